import { clockShiftRequest } from "../../agents-src/core/task-router/clock-shifts";

// The clock a span from now (the lead's own use: "what time will it be in 3 hours" was told the time now,
// and "what's 15 minutes from now" was a recall).
describe("clockShiftRequest", () => {
  it.each([
    ["what time will it be in 3 hours", 3 * 3_600_000],
    ["what time is it in forty five minutes", 45 * 60_000],
    ["what's 15 minutes from now", 15 * 60_000],
    ["whats ten minutes from now?", 10 * 60_000],
    ["what time will it be in an hour and a half", 90 * 60_000],
    ["what time is it going to be in half an hour", 30 * 60_000],
    ["what's the time in another twenty minutes", 20 * 60_000],
    ["what time was it two hours ago", -2 * 3_600_000],
  ])("%j", (text, shift) => {
    expect(clockShiftRequest(text)).toEqual({ intent: "time", slots: { asks: "time", shiftMs: String(shift) } });
  });

  it.each([
    // A place, a manner of speaking, a sum, a timer's time left: not the clock moved.
    "what time is it in tokyo",
    "what time is it in a minute",
    "what is five times three",
    "what's 15 minutes times 4",
    "what time is it in 3 hours in london",
    "how long is left on the timer",
  ])("%j is no clock shift", (text) => {
    expect(clockShiftRequest(text)).toBeNull();
  });
});
