import { clockOfAnotherPlace, terseClockPlace, timeDifferenceRequest } from "../../agents-src/core/task-router/clock-places";

// The clock in a place, asked tersely (round 22: fresh-20's "time in dubai?", the round's own Tokyo and Los Angeles;
// the others invented). A clock word with no place after it, or none at all, is not.
describe("terseClockPlace", () => {
  it.each([
    ["time in dubai", { asks: "time", place: "dubai" }],
    ["time in tokyo", { asks: "time", place: "tokyo" }],
    ["time in los angeles please", { asks: "time", place: "los angeles" }],
    ["the time in paris", { asks: "time", place: "paris" }],
    ["date in sydney", { asks: "date", place: "sydney" }],
    ["time now in new york", { asks: "time", place: "new york" }],
  ])("%j asks %j", (text, slots) => {
    expect(terseClockPlace(text)).toEqual({ intent: "time", slots });
  });

  it.each(["time in a bottle", "time in the morning", "time to go", "what time is it in tokyo", "the time in my room"])("%j is not one", (text) => {
    expect(terseClockPlace(text)).toBeNull();
  });
});

// The last clock question asked again for another place (round 22: fresh-20's "and what about in Sydney", the round's
// own; the others invented); another day, one's own thing, or a last request that was not the clock is not.
describe("clockOfAnotherPlace", () => {
  it.each([
    ["and what about in sydney", "what time is it", { asks: "time", place: "sydney" }],
    ["what about in tokyo", "what time is it", { asks: "time", place: "tokyo" }],
    ["and in london", "what's the time", { asks: "time", place: "london" }],
    ["how about new york", "what time is it in paris", { asks: "time", place: "new york" }],
    ["and what about in auckland", "what's the date", { asks: "date", place: "auckland" }],
  ])("%j after %j asks %j", (text, lastAsked, slots) => {
    expect(clockOfAnotherPlace(text, lastAsked)).toEqual({ intent: "time", slots });
  });

  it.each([
    ["what about tomorrow", "what time is it"],
    ["and what about my keys", "what time is it"],
    ["what about in rome", null],
    ["and in london", null],
    ["and the date", "what day is it"],
    ["and what is the date", "what day is it"],
    ["and what time is it there", "what time is it in paris"],
  ])("%j after %j is not one", (text, lastAsked) => {
    expect(clockOfAnotherPlace(text, lastAsked)).toBeNull();
  });
});

// Two clocks compared (the lead's own use: "what's the time difference between london and sydney" was travel).
describe("timeDifferenceRequest", () => {
  it.each([
    ["what is the time difference between london and sydney", { asks: "difference", place: "london", other: "sydney" }],
    ["how many hours ahead is tokyo", { asks: "difference", place: "tokyo" }],
    ["how far behind is new york from london", { asks: "difference", place: "new york", other: "london" }],
    ["how many hours ahead of us is dubai", { asks: "difference", place: "dubai" }],
    ["what is the time difference with auckland", { asks: "difference", place: "auckland" }],
  ])("%j", (text, slots) => expect(timeDifferenceRequest(text)).toEqual({ intent: "time", slots }));

  it.each(["what is the time difference between my watch and the oven clock in the kitchen", "how many hours ahead is the project", "what is the difference between 5 and 3"])("%j is none", (text) => {
    expect(timeDifferenceRequest(text)).toBeNull();
  });
});
