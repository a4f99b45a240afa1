import { contentFingerprint, factSubject } from "../../agents-src/memory/memory-orchestrator/memory-text";

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

describe("factSubject", () => {
  it.each([
    ["My favourite colour is blue.", "my favourite colour"],
    ["my FAVOURITE colour is green!", "my favourite colour"],
    ["Anna lives in Berlin", "anna lives in"],
    ["My brother works at the bakery", "my brother works at"],
    ["The wifi password was hunter2", "the wifi password"],
    ["It is raining", null],
    ["That was fun", null],
    ["I am vegetarian", null],
    ["The meeting with Bob and the whole team tomorrow is at 10", null],
    ["Remind me to call mom", null],
  ])("%j -> %j", (text, subject) => {
    expect(factSubject(text)).toBe(subject);
  });
});
