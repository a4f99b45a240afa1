import { reminderFor, spokenDay, spokenMoment } from "../../agents-src/core/coordinator/timer-speech";

// The moment a reminder is confirmed with: a clock time later today is said bare (round 12).
describe("spokenMoment", () => {
  const now = new Date("2026-12-07T04:00:00Z");
  it.each([
    ["later today (fresh-10's 'remind me to call my mum at 7 pm')", "2026-12-07T19:00:00Z", "at 7:00 PM"],
    ["later today, morning", "2026-12-07T08:45:00Z", "at 8:45 AM"],
    ["tomorrow (unchanged)", "2026-12-08T09:00:00Z", "tomorrow at 9:00 AM"],
    // A day of the coming week by its weekday alone (fresh-19's "remind me to call my sister on saturday at 11 am").
    ["a day of the coming week", "2026-12-11T08:30:00Z", "on Friday at 8:30 AM"],
    ["six days on", "2026-12-13T11:00:00Z", "on Sunday at 11:00 AM"],
    // A week on, the weekday is today's again: the date tells them apart.
    ["a week on", "2026-12-14T09:00:00Z", "on Monday, December 14 at 9:00 AM"],
    ["a later month", "2027-01-01T09:00:00Z", "on Friday, January 1 at 9:00 AM"],
  ])("%s", (_case, at, said) => {
    expect(spokenMoment(new Date(at), now, "UTC")).toBe(said);
  });
});

// A reminder is to do something or about a thing, said back in the user's second person.
describe("reminderFor", () => {
  it.each([
    ["call my mum", "to call your mum"],
    ["about my sister's flight", "about your sister's flight"],
    ["ask about the pay rise", "to ask about the pay rise"],
  ])("%j", (task, said) => {
    expect(reminderFor(task)).toBe(said);
  });
});

describe("spokenDay", () => {
  const now = new Date("2026-12-07T09:00:00Z");
  it.each([
    ["2026-12-07T22:00:00Z", "today"],
    ["2026-12-08T01:00:00Z", "tomorrow"],
    ["2026-12-12T10:00:00Z", "on Saturday"],
    ["2026-12-19T10:00:00Z", "on Saturday, December 19"],
  ])("says the day of %s as %j", (at, said) => {
    expect(spokenDay(new Date(at), now, "UTC")).toBe(said);
  });
});
