import { contentFingerprint } from "../../agents-src/memory/memory-orchestrator/memory-text";

describe("contentFingerprint", () => {
  it.each([
    ["I'm allergic to peanuts.", "i'm ALLERGIC   to peanuts!!"],
    ["Café au lait", "café au lait"],
    ["ﬁne print", "fine print"],
  ])("treats %j and %j as the same text", (a, b) => {
    expect(contentFingerprint(a)).toBe(contentFingerprint(b));
  });

  it.each([
    ["I'm allergic to peanuts", "I'm allergic to walnuts"],
    ["call mom at 5", "call mom at 6"],
  ])("tells %j and %j apart", (a, b) => {
    expect(contentFingerprint(a)).not.toBe(contentFingerprint(b));
  });
});
