import { clockReplies } from "../../agents-src/core/coordinator/replies/clock";
import { swapPerson } from "../../agents-src/kit/perspective";
import { notUnderstood, smallTalk } from "../../agents-src/core/coordinator/replies/small-talk";
import type { RouteDecision } from "../../agents-src/core/task-router/router";

const decision = (intent: RouteDecision["intent"], slots: Record<string, string>): RouteDecision => ({
  intent,
  slots,
  confidence: 1,
  classifier: "lexical",
  target: "coordinator",
  targetState: "local",
});
const context = { text: "", signal: new AbortController().signal, userId: "test-user", recent: [] };

describe("coordinator's own replies", () => {
  it.each([
    ["my car is parked on level 3", "your car is parked on level 3"],
    ["I am allergic to peanuts", "you are allergic to peanuts"],
    ["I'm out and the keys are mine", "you're out and the keys are yours"],
    ["the meeting moved to Friday", "the meeting moved to Friday"],
  ])("reads %j back as %j", (fact, said) => {
    expect(swapPerson(fact)).toBe(said);
  });

  it("tells time, date and weekday in the configured zone", async () => {
    const noonUtc = new Date("2025-03-14T12:05:00Z");
    const tokyo = clockReplies("Asia/Tokyo", () => noonUtc);
    expect((await tokyo(decision("time", { asks: "time" }), context)).text).toBe("It's 9:05 PM.");
    expect((await tokyo(decision("time", { asks: "date" }), context)).text).toBe("Today is Friday, March 14, 2025.");
    const honolulu = clockReplies("Pacific/Honolulu", () => new Date("2025-03-14T05:00:00Z"));
    expect((await honolulu(decision("time", { asks: "weekday" }), context)).text).toBe("It's Thursday.");
  });

  it("answers small talk by kind and says what it can do when it did not understand", async () => {
    expect((await smallTalk(decision("small_talk", { kind: "thanks" }), context)).text).toBe("You're welcome.");
    expect((await smallTalk(decision("small_talk", { kind: "identity" }), context)).text).toMatch(/remember/);
    expect((await notUnderstood(decision("unknown", {}), context)).text).toMatch(/didn't understand.*remember/);
  });
});
