import { moments } from "../../agents-src/kit/moments";

// Monday, December 7, 2026, 09:00 UTC.
const reference = { instant: new Date("2026-12-07T09:00:00Z"), timezone: 0 };
const read = (text: string) => moments.parse(text, reference, { forwardDate: true }).map((m) => [m.text, m.start.date().toISOString().slice(0, 10)]);

describe("moments: chrono-node with a day of the month said alone", () => {
  it.each([
    // This month's while it has not passed, today's included; else the next month's.
    ["remind me on the 15th to pay the rent", [["on the 15th", "2026-12-15"]]],
    ["on the 7th", [["on the 7th", "2026-12-07"]]],
    ["by the 3rd", [["by the 3rd", "2027-01-03"]]],
    ["the 31st", [["the 31st", "2026-12-31"]]],
    // With a clock time, one moment.
    ["pay the rent on the 31st at 10", [["on the 31st at 10", "2026-12-31"]]],
    // A day with its month is chrono-node's own; an ordinal naming a thing is no day.
    ["the 3rd of may", [["3rd of may", "2027-05-03"]]],
    ["the 1st floor", []],
    ["the 20th century", []],
    ["my 40th birthday", []],
  ])("reads %j as %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("skips to the next month that has the day: the 31st after November 30 is December's", () => {
    const lateNovember = { instant: new Date("2026-11-30T09:00:00Z"), timezone: 0 };
    expect(moments.parse("on the 31st", lateNovember, { forwardDate: true })[0].start.date().toISOString().slice(0, 10)).toBe("2026-12-31");
  });
});

// The lead's own use: "remind me every morning to feed the cat" was set for 6:00 AM.
describe("moments: a morning with no clock time", () => {
  const hourOf = (text: string) => {
    const moment = moments.parse(text, { instant: new Date("2026-12-07T03:00:00Z"), timezone: 0 }, { forwardDate: true })[0];
    return `${moment.start.get("hour")}:${String(moment.start.get("minute")).padStart(2, "0")}`;
  };
  it.each([
    ["tomorrow morning", "8:00"],
    ["this morning", "8:00"],
    ["on friday morning", "8:00"],
    // A clock time said stays, and other parts of the day keep chrono-node's hours.
    ["6 in the morning", "6:00"],
    ["tomorrow morning at 7:30", "7:30"],
    ["tomorrow afternoon", "15:00"],
  ])("%j is %s", (text, expected) => {
    expect(hourOf(text)).toBe(expected);
  });
});

// "in the evening" after a clock time makes it PM and is part of the moment, which chrono-node read as 7 AM and a
// separate "evening" (round 22: fresh-20's "every sunday at 7 in the evening", the round's own; the others invented).
describe("moments: a clock time in the evening", () => {
  // Monday 2026-12-07, 15:00 UTC.
  const read = (text: string) => {
    const [moment] = moments.parse(text, { instant: new Date("2026-12-07T15:00:00Z"), timezone: 0 }, { forwardDate: true });
    return `${moment.text} ${moment.start.date().toISOString().slice(5, 16)}`;
  };
  it.each([
    ["on sunday at 7 in the evening", "on sunday at 7 in the evening 12-13T19:00"],
    ["at 7 in the evening", "at 7 in the evening 12-07T19:00"],
    ["tomorrow at 6:30 in the evening", "tomorrow at 6:30 in the evening 12-08T18:30"],
    ["at 8 pm in the evening", "at 8 pm in the evening 12-07T20:00"],
    // Not changed: the morning, the afternoon, a night and an evening with no clock time.
    ["on monday at 8 in the morning", "on monday at 8 in the morning 12-14T08:00"],
    ["at 3 in the afternoon", "at 3 in the afternoon 12-07T15:00"],
    ["at 9 at night", "at 9 at night 12-07T21:00"],
    ["this evening", "this evening 12-07T20:00"],
  ])("%j is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

// A part of the day after "o'clock" sets the clock time's half and is part of the moment; chrono-node read "at 5 o'clock"
// as 5 AM and a separate "afternoon" (round 23: fresh-21's "feed my fish at 5 o'clock in the afternoon", the round's
// own; the others invented).
describe("moments: a part of the day after o'clock", () => {
  // Monday 2026-12-07, 15:00 UTC.
  const read = (text: string) => {
    const [moment] = moments.parse(text, { instant: new Date("2026-12-07T15:00:00Z"), timezone: 0 }, { forwardDate: true });
    return `${moment.text} ${moment.start.date().toISOString().slice(5, 16)}`;
  };
  it.each([
    ["at 5 o'clock in the afternoon", "at 5 o'clock in the afternoon 12-07T17:00"],
    ["at 4 o'clock in the afternoon", "at 4 o'clock in the afternoon 12-07T16:00"],
    ["tomorrow at 10 o'clock in the morning", "tomorrow at 10 o'clock in the morning 12-08T10:00"],
    ["at 8 o'clock in the evening", "at 8 o'clock in the evening 12-07T20:00"],
    ["on friday at 9 o'clock in the morning", "on friday at 9 o'clock in the morning 12-11T09:00"],
    // Not changed: a clock time with its half said, and one with no part of the day.
    ["at 3 pm in the afternoon", "at 3 pm in the afternoon 12-07T15:00"],
    ["at 7 in the evening", "at 7 in the evening 12-07T19:00"],
    ["at 6 o'clock", "at 6 o'clock 12-08T06:00"],
  ])("%j is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

// A day named rather than dated is a moment for every reader (the lead's own use: "remind me on new year's
// eve at 11 pm to call dad" was kept as "remind you to on new year's eve to call dad at 11:00 PM").
describe("moments: days named rather than dated", () => {
  it.each([
    ["remind me on new year's eve at 11 pm to call dad", "new year's eve at 11 pm", "2026-12-31T23:00"],
    ["remind me on christmas eve to wrap the presents", "christmas eve", "2026-12-24"],
    ["remind me on easter monday at 9 am to ring gran", "easter monday at 9 am", "2027-03-29T09:00"],
    ["book the table for valentine's day", "valentine's day", "2027-02-14"],
    ["remind me at new year to renew the insurance", "new year", "2027-01-01"],
    // Another calendar's new year, a wish and a resolution are no day of this one.
    ["remind me to wish gran a happy new year", null, null],
    ["when is chinese new year", null, null],
    ["my new year resolution is to run more", null, null],
    // Today's is today's, not next year's.
    ["what's on for st nicholas day", null, null],
  ])("%j reads %j", (text, said, at) => {
    const [moment] = moments.parse(text, reference, { forwardDate: true });
    if (said === null) return expect(moment).toBeUndefined();
    expect(moment.text).toBe(said);
    expect(moment.start.date().toISOString()).toContain(at);
  });
});
