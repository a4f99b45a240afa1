import { calculation } from "../../agents-src/core/coordinator/replies/calculation";
import { clockReplies } from "../../agents-src/core/coordinator/replies/clock";
import { spokenRepeat } from "../../agents-src/core/coordinator/timer-speech";
import { swapPerson } from "../../agents-src/kit/perspective";
import { namesReminder, namesTimer, Timer, timerReplies } from "../../agents-src/core/coordinator/replies/timers";
import { conversationReplies } from "../../agents-src/core/coordinator/replies/conversation";
import { keptOnDay, memoryReplies } from "../../agents-src/core/coordinator/replies/memory";
import { PeerClient, PeerError } from "../../agents-src/kit/peer-client";
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
    ["our spare key is with the neighbours", "your spare key is with the neighbours"],
  ])("reads %j back as %j", (fact, said) => {
    expect(swapPerson(fact)).toBe(said);
  });

  it.each([
    // An amount converted: a temperature to a tenth of a degree, any other measure to five significant figures.
    ["350 degF to degC", "350", "fahrenheit", "celsius", "350 fahrenheit is 176.7 celsius."],
    ["8 oz to g", "8", "ounces", "grams", "8 ounces is 226.8 grams."],
    ["98.6 degF to degC", "98.6", "fahrenheit", "celsius", "98.6 fahrenheit is 37 celsius."],
    ["70 kg to lb", "70", "kilograms", "pounds", "70 kilograms is 154.32 pounds."],
    ["100 mi to m", "100", "miles", "metres", "100 miles is 160934 metres."],
    // Must not change: an exact conversion keeps every digit, and one unit's worth six figures, as a sum.
    ["6 ft to cm", "6", "feet", "centimetres", "6 feet is 182.88 centimetres."],
    ["1 lb to g", "1", "pound", "grams", "1 pound is 453.592 grams."],
    // Kitchen measures are one system: a cup is 16 tablespoons, a tablespoon 3 teaspoons (fresh-16's cup; the others invented).
    ["1 cup to tablespoon", "1", "cup", "tablespoons", "1 cup is 16 tablespoons."],
    ["1 tablespoon to teaspoon", "1", "tablespoon", "teaspoons", "1 tablespoon is 3 teaspoons."],
    ["0.5 cup to teaspoon", "0.5", "cup", "teaspoons", "0.5 cup is 24 teaspoons."],
    // A measure in two units is said whole (the lead's own use: "6 foot 2 in cm").
    ["6 ft + 2 inch to cm", "6 foot 2", "", "cm", "6 foot 2 is 187.96 cm."],
    ["11 stone + 4 lb to kg", "11 stone 4", "", "kilos", "11 stone 4 is 71.668 kilos."],
  ])("converts %j (%s %s to %s) and says %j", async (expression, amount, fromName, toName, said) => {
    expect((await calculation(decision("calculate", { kind: "conversion", expression, amount, fromName, toName }), context)).text).toBe(said);
  });

  it("says a number too large or too small for digits as scientific notation is said aloud", async () => {
    const said = async (expression: string, words: string) => (await calculation(decision("calculate", { kind: "arithmetic", expression, said: words }), context)).text;
    expect(await said("10 ^ 20", "10 to the power of 20")).toBe("10 to the power of 20 is 1 times 10 to the power of 20.");
    expect(await said("6.02 * 10 ^ 23", "6.02 times 10 to the 23")).toBe("6.02 times 10 to the 23 is 6.02 times 10 to the power of 23.");
    expect(await said("1 / 30000000", "1 divided by 30000000")).toBe("1 divided by 30000000 is 3.333 times 10 to the power of -8.");
    expect(await said("999999 * 1000", "999999 times 1000")).toBe("999999 times 1000 is 999999000.");
    expect(await said("sqrt(2)", "square root of 2")).toBe("The square root of 2 is 1.41421.");
  });

  it("tosses a coin, rolls a die and picks a number by chance, within their bounds", async () => {
    const draws = async (slots: Record<string, string>) =>
      Promise.all(Array.from({ length: 200 }, async () => (await calculation(decision("calculate", { kind: "chance", ...slots }), context)).text));
    expect(new Set(await draws({ draw: "coin" }))).toEqual(new Set(["It's heads.", "It's tails."]));
    const rolled = (await draws({ draw: "die", sides: "6" })).map((t) => Number(/^You rolled an? (\d+)\.$/.exec(t)?.[1]));
    expect(new Set(rolled)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(await draws({ draw: "die", sides: "8" })).toContain("You rolled an 8.");
    const picked = (await draws({ draw: "number", from: "3", to: "5" })).map((t) => Number(/^I picked (\d+)\.$/.exec(t)?.[1]));
    expect(new Set(picked)).toEqual(new Set([3, 4, 5]));
    expect((await calculation(decision("calculate", { kind: "chance", draw: "die", sides: "1" }), context)).text).toBe("A die needs between 2 and 1000 sides.");
    // Several dice: each and their sum.
    for (const text of await draws({ draw: "die", sides: "6", count: "2" })) {
      const [, a, b, sum] = /^You rolled (\d) and (\d): (\d+) in all\.$/.exec(text) ?? [];
      expect(Number(a) + Number(b)).toBe(Number(sum));
    }
    expect((await calculation(decision("calculate", { kind: "chance", draw: "die", sides: "6", count: "40" }), context)).text).toBe("I can roll between 1 and 10 dice at once.");
    expect((await calculation(decision("calculate", { kind: "chance", draw: "number", from: "7", to: "7" }), context)).text).toBe("It can only be 7.");
  });

  it("says arithmetic to six significant figures", async () => {
    expect((await calculation(decision("calculate", { kind: "arithmetic", expression: "1000 / 7", said: "1000 divided by 7" }), context)).text).toBe(
      "1000 divided by 7 is 142.857.",
    );
  });

  it("tells time, date and weekday in the configured zone", async () => {
    const noonUtc = new Date("2025-03-14T12:05:00Z");
    const tokyo = clockReplies("Asia/Tokyo", () => noonUtc);
    expect((await tokyo(decision("time", { asks: "time" }), context)).text).toBe("It's 9:05 PM.");
    expect((await tokyo(decision("time", { asks: "date" }), context)).text).toBe("Today is Friday, March 14, 2025.");
    const honolulu = clockReplies("Pacific/Honolulu", () => new Date("2025-03-14T05:00:00Z"));
    expect((await honolulu(decision("time", { asks: "weekday" }), context)).text).toBe("It's Thursday.");
  });

  it("says how far ahead or behind one place's clock is of another's, or of here", async () => {
    const london = clockReplies("Europe/London", () => new Date("2026-12-07T12:00:00Z"));
    const said = async (slots: Record<string, string>) => (await london(decision("time", { asks: "difference", ...slots }), context)).text;
    expect(await said({ place: "london", other: "sydney" })).toBe("Sydney is 11 hours ahead of London.");
    expect(await said({ place: "new york", other: "london" })).toBe("London is 5 hours ahead of New York.");
    expect(await said({ place: "new york" })).toBe("New York is 5 hours behind here.");
    expect(await said({ place: "mumbai" })).toBe("Mumbai is 5 hours and 30 minutes ahead of here.");
    expect(await said({ place: "dublin" })).toBe("Dublin is on the same time as here.");
    expect(await said({ place: "atlantis" })).toBe("Sorry, I don't know the time zone of Atlantis. Ask me for a city there.");
  });

  it("says whether a year is a leap year, counted in the configured zone", async () => {
    // 2027-12-31 20:00 UTC is already 2028 in Tokyo.
    const tokyo = clockReplies("Asia/Tokyo", () => new Date("2027-12-31T20:00:00Z"));
    const said = async (slots: Record<string, string>) => (await tokyo(decision("time", { asks: "leap_year", ...slots }), context)).text;
    expect(await said({ yearOffset: "0" })).toBe("Yes, 2028 is a leap year: February has 29 days.");
    expect(await said({ yearOffset: "-1" })).toBe("No, 2027 isn't a leap year. The next one is 2028.");
    expect(await said({ year: "2100" })).toBe("No, 2100 isn't a leap year. The next one is 2104.");
    expect(await said({ year: "2000" })).toBe("Yes, 2000 is a leap year: February has 29 days.");
    expect(await said({ next: "true" })).toBe("The next leap year is 2032.");
    const utc = clockReplies("UTC", () => new Date("2026-12-07T11:00:00Z"));
    const calendar = async (slots: Record<string, string>) => (await utc(decision("time", slots), context)).text;
    // The coming February is 2027's; next month after December is January.
    expect(await calendar({ asks: "days_in", month: "2" })).toBe("February 2027 has 28 days.");
    expect(await calendar({ asks: "days_in", month: "2", year: "2028" })).toBe("February 2028 has 29 days.");
    expect(await calendar({ asks: "days_in", month: "12" })).toBe("December 2026 has 31 days.");
    expect(await calendar({ asks: "days_in", span: "month", ahead: "1" })).toBe("January 2027 has 31 days.");
    expect(await calendar({ asks: "days_in", span: "year", ahead: "1" })).toBe("2027 has 365 days.");
    expect(await calendar({ asks: "week_number" })).toBe("It's week 50 of 2026.");
    expect(await calendar({ asks: "is_day", day: "weekend" })).toBe("No, it's Monday.");
    expect(await calendar({ asks: "is_day", day: "weekday" })).toBe("Yes, it's Monday.");
    expect(await calendar({ asks: "is_day", day: "friday" })).toBe("No, it's Monday.");
    expect(await calendar({ asks: "is_day", day: "monday" })).toBe("Yes, it's Monday.");
    // 2027-01-01 is a Friday: still ISO week 53 of 2026.
    expect(await clockReplies("UTC", () => new Date("2027-01-01T12:00:00Z"))(decision("time", { asks: "week_number" }), context)).toEqual({ text: "It's week 53 of 2026." });
  });

  it("tells the day a question names, not today's, in the configured zone", async () => {
    // Monday, December 7, 2026 at 05:45 UTC: still Sunday evening in Honolulu.
    const utc = clockReplies("UTC", () => new Date("2026-12-07T05:45:00Z"));
    const said = async (slots: Record<string, string>) => (await utc(decision("time", slots), context)).text;
    expect(await said({ asks: "date", day: "next friday" })).toBe("That's Friday, December 18, 2026.");
    // A day said as past stays past (the lead's own use: "what was the date last monday" was next week's Monday).
    expect(await said({ asks: "date", day: "last monday" })).toBe("That was Monday, November 30, 2026.");
    expect(await said({ asks: "date", day: "last friday" })).toBe("That was Friday, December 4, 2026.");
    expect(await said({ asks: "weekday", day: "december 25", dayName: "Christmas Day" })).toBe("Christmas Day is on Friday, December 25, 2026.");
    expect(await said({ asks: "weekday", day: "yesterday" })).toBe("That was Sunday, December 6, 2026.");
    expect(await said({ asks: "days_until", day: "december 25", dayName: "Christmas Day" })).toBe("Christmas Day is in 18 days, on Friday, December 25, 2026.");
    // Counted back: a day of the year not yet come this year is last year's.
    expect(await said({ asks: "days_since", day: "1st of january" })).toBe("It's been 340 days since Thursday, January 1, 2026.");
    expect(await said({ asks: "days_since", day: "december 25", dayName: "Christmas Day" })).toBe("It's been 347 days since Christmas Day, Thursday, December 25, 2025.");
    expect(await said({ asks: "days_since", day: "december 6" })).toBe("It's been 1 day since Sunday, December 6, 2026.");
    expect(await said({ asks: "days_until", day: "tuesday" })).toBe("Tuesday is tomorrow, on Tuesday, December 8, 2026.");
    expect(await said({ asks: "days_until", day: "december 7" })).toBe("That's today, Monday, December 7, 2026.");
    expect(await said({ asks: "days_until", day: "december 25", dayName: "Christmas Day", unit: "weeks" })).toBe("Christmas Day is in 2 weeks and 4 days, on Friday, December 25, 2026.");
    expect(await said({ asks: "days_until", day: "december 21", unit: "weeks" })).toBe("December 21 is in 2 weeks, on Monday, December 21, 2026.");
    // The clock's own question is answered as before, whatever day words it carries.
    expect(await said({ asks: "time", day: "tomorrow" })).toBe("It's 5:45 AM.");
    expect(await said({ asks: "date" })).toBe("Today is Monday, December 7, 2026.");
    const honolulu = clockReplies("Pacific/Honolulu", () => new Date("2026-12-07T05:45:00Z"));
    expect((await honolulu(decision("time", { asks: "days_until", day: "december 25", dayName: "Christmas Day" }), context)).text).toBe(
      "Christmas Day is in 19 days, on Friday, December 25, 2026.",
    );
  });

  it("tells the clock a span from now or before it, with its day when that is another", async () => {
    // Monday, December 7, 2026 at 11:40 AM in London.
    const london = clockReplies("Europe/London", () => new Date("2026-12-07T11:40:00Z"));
    const said = async (slots: Record<string, string>) => (await london(decision("time", slots), context)).text;
    expect(await said({ asks: "time", shiftMs: String(3 * 3_600_000) })).toBe("In 3 hours it'll be 2:40 PM.");
    expect(await said({ asks: "time", shiftMs: String(90 * 60_000) })).toBe("In 1 hour and 30 minutes it'll be 1:10 PM.");
    expect(await said({ asks: "time", shiftMs: String(14 * 3_600_000) })).toBe("In 14 hours it'll be 1:40 AM tomorrow.");
    expect(await said({ asks: "time", shiftMs: String(-2 * 3_600_000) })).toBe("2 hours ago it was 9:40 AM.");
    expect(await said({ asks: "time", shiftMs: String(-12 * 3_600_000) })).toBe("12 hours ago it was 11:40 PM yesterday.");
    expect(await said({ asks: "time", shiftMs: String(72 * 3_600_000) })).toBe("In 72 hours it'll be 11:40 AM on Thursday, December 10.");
  });

  it("tells the time, date or weekday of a place the question names, and says when it knows no zone for it", async () => {
    // Monday, December 7, 2026 at 08:57 UTC.
    const london = clockReplies("Europe/London", () => new Date("2026-12-07T08:57:00Z"));
    const said = async (slots: Record<string, string>) => (await london(decision("time", slots), context)).text;
    expect(await said({ asks: "time", place: "new york" })).toBe("It's 3:57 AM in New York.");
    expect(await said({ asks: "time", place: "india" })).toBe("It's 2:27 PM in India.");
    expect(await said({ asks: "time", place: "buenos aires" })).toBe("It's 5:57 AM in Buenos Aires.");
    expect(await said({ asks: "date", place: "sydney" })).toBe("In Sydney it's Monday, December 7, 2026.");
    expect(await said({ asks: "weekday", place: "honolulu" })).toBe("In Honolulu it's Sunday.");
    // A state or province named as a city is (the lead's own use: "what time is it in california" had no zone).
    expect(await said({ asks: "time", place: "california" })).toBe("It's 12:57 AM in California.");
    expect(await said({ asks: "time", place: "queensland" })).toBe("It's 6:57 PM in Queensland.");
    expect(await said({ asks: "time", place: "narnia" })).toBe("Sorry, I don't know the time zone of Narnia. Ask me for a city there, or the time here.");
    // A country of several zones is no place to give one time for.
    expect(await said({ asks: "time", place: "america" })).toMatch(/^Sorry, I don't know the time zone of America\./);
    // Round 26: a city with its country or state (fresh-24's "what time is it in Sydney, Australia"; the round's own
    // Toronto, Canada); a region of one zone decides, and a place unknown stays unknown.
    expect(await said({ asks: "time", place: "sydney australia" })).toBe("It's 7:57 PM in Sydney Australia.");
    expect(await said({ asks: "time", place: "toronto, canada" })).toBe("It's 3:57 AM in Toronto, Canada.");
    expect(await said({ asks: "time", place: "perth scotland" })).toBe("It's 8:57 AM in Perth Scotland.");
    expect(await said({ asks: "time", place: "narnia australia" })).toMatch(/^Sorry, I don't know the time zone of Narnia Australia\./);
    // Round 27: a city said as today's spelling where ICU keeps the zone's old one (fresh-25's "what time in Kathmandu
    // now"; Kolkata, Kyiv invented), and a city by its own people's name (fresh-25's Joburg, the round's own Jozi).
    expect(await said({ asks: "time", place: "kathmandu" })).toBe("It's 2:42 PM in Kathmandu.");
    expect(await said({ asks: "time", place: "kolkata" })).toBe("It's 2:27 PM in Kolkata.");
    expect(await said({ asks: "time", place: "kyiv" })).toBe("It's 10:57 AM in Kyiv.");
    expect(await said({ asks: "time", place: "joburg" })).toBe("It's 10:57 AM in Joburg.");
    expect(await said({ asks: "time", place: "jozi" })).toBe("It's 10:57 AM in Jozi.");
    expect(await said({ asks: "time", place: "dhaka" })).toBe("It's 2:57 PM in Dhaka.");
    expect(await said({ asks: "time", place: "jozi land" })).toMatch(/^Sorry, I don't know the time zone of Jozi Land\./);
    expect(await said({ asks: "time" })).toBe("It's 8:57 AM.");
  });

  it("says the soonest reminder alone, every timer's time left when none is named, and 'both' for two cancelled", async () => {
    const at = new Date("2026-12-07T09:00:00Z");
    const timer = (id: string, kind: Timer["kind"], label: string, minutes: number): Timer => ({
      id, kind, label, durationMs: null, dueAt: new Date(at.getTime() + minutes * 60_000).toISOString(), remainingMs: minutes * 60_000, state: "running",
    });
    const kept = [timer("1", "reminder", "call the bank", 90), timer("2", "reminder", "check my oven", 30), timer("3", "timer", "rice", 12), timer("4", "timer", "chicken", 25)];
    const cancelled: string[] = [];
    const timekeeper = {
      get: async () => ({ timers: kept }),
      post: async (path: string) => {
        cancelled.push(path);
        return kept.find((t) => path.includes(`/${t.id}/`));
      },
    } as unknown as PeerClient;
    const { timer: timers, reminder } = timerReplies(timekeeper, "UTC", () => at);
    expect((await reminder(decision("reminder", { action: "list", next: "true" }), context)).text).toBe("Your next reminder is to check your oven at 9:30 AM.");
    expect((await timers(decision("timer", { action: "time_left" }), context)).text).toBe(
      "You have 2 timers: your rice timer, 12 minutes left; your chicken timer, 25 minutes left.",
    );
    expect((await timers(decision("timer", { action: "time_left", label: "rice" }), context)).text).toBe("Your rice timer has 12 minutes left.");
    expect((await timers(decision("timer", { action: "cancel", all: "true" }), context)).text).toBe("Okay, I've cancelled both timers.");
    expect(cancelled).toEqual(["/v1/timers/3/cancel", "/v1/timers/4/cancel"]);
  });

  it("resets a timer to its whole length: a new one set first, then the old one cancelled", async () => {
    // The lead's own use: "reset the timer" was not understood.
    const at = new Date("2026-12-07T09:00:00Z");
    const pasta: Timer = { id: "1", kind: "timer", label: "pasta", durationMs: 600_000, dueAt: new Date(at.getTime() + 120_000).toISOString(), remainingMs: 120_000, state: "running" };
    const calls: Array<[string, unknown]> = [];
    const timekeeper = {
      get: async () => ({ timers: [pasta] }),
      post: async (path: string, body: unknown) => {
        calls.push([path, body]);
        return path === "/v1/timers" ? { ...pasta, id: "2", remainingMs: 600_000 } : { ...pasta, state: "cancelled" };
      },
    } as unknown as PeerClient;
    const { timer } = timerReplies(timekeeper, "UTC", () => at);
    expect((await timer(decision("timer", { action: "reset", label: "pasta" }), context)).text).toBe("Okay, your pasta timer is back to 10 minutes, starting now.");
    expect(calls).toEqual([
      ["/v1/timers", { kind: "timer", durationMs: 600_000, label: "pasta" }],
      ["/v1/timers/1/cancel", {}],
    ]);
  });

  // The lead's own use: "what's happening on saturday" after "the kids have football on saturday at 10" found nothing.
  it("tells a day's agenda: the reminders that go off that day, soonest first, repeating ones too, and the kept facts that name it", async () => {
    const at = new Date("2026-12-07T09:00:00Z"); // a Monday
    const reminder = (id: string, label: string, dueAt: string, repeat: string | null = null): Timer => ({
      id, kind: "reminder", label, durationMs: null, dueAt, remainingMs: 0, state: "running", repeat,
    });
    const kept = [
      reminder("1", "buy a birthday card", "2026-12-12T09:00:00Z"),
      reminder("2", "take my tablets", "2026-12-07T20:00:00Z", "P1D"),
      reminder("3", "call the bank", "2026-12-08T10:00:00Z"),
    ];
    const timekeeper = { get: async () => ({ timers: kept }) } as unknown as PeerClient;
    const days: string[] = [];
    const facts = async (day: Date) => {
      days.push(day.toISOString().slice(0, 10));
      return day.toISOString().startsWith("2026-12-12") ? ["the kids have football on saturday at 10"] : [];
    };
    const { reminder: agenda } = timerReplies(timekeeper, "UTC", () => at, undefined, facts);
    const said = async (day: string) => (await agenda(decision("reminder", { action: "agenda", day }), context)).text;
    expect(await said("saturday")).toBe(
      "On Saturday you have 2 reminders: to buy a birthday card at 9:00 AM; to take your tablets at 8:00 PM. You also told me that the kids have football on saturday at 10.",
    );
    expect(await said("tomorrow")).toBe("Tomorrow you have 2 reminders: to call the bank at 10:00 AM; to take your tablets at 8:00 PM.");
    expect(days).toEqual(["2026-12-12", "2026-12-08"]);
    // Several days: a one-off with its day, a series once with its rule, the facts that name any of the days.
    expect((await agenda(decision("reminder", { action: "agenda", span: "this week" }), context)).text).toBe(
      "This week you have 3 reminders: to call the bank tomorrow at 10:00 AM; to buy a birthday card on Saturday at 9:00 AM; to take your tablets every day at 8:00 PM. You also told me that the kids have football on saturday at 10.",
    );
    days.length = 0;
    const { reminder: none } = timerReplies({ get: async () => ({ timers: [] }) } as unknown as PeerClient, "UTC", () => at, undefined, facts);
    expect((await none(decision("reminder", { action: "agenda", day: "on saturday" }), context)).text).toBe("For Saturday, you told me that the kids have football on saturday at 10.");
    expect((await none(decision("reminder", { action: "agenda", day: "friday" }), context)).text).toBe(
      "I don't know of anything on Friday: you have no reminders then, and nothing you've told me is on that day.",
    );
    const { reminder: forgetful } = timerReplies(timekeeper, "UTC", () => at, undefined, async () => undefined);
    expect((await forgetful(decision("reminder", { action: "agenda", day: "friday" }), context)).text).toBe(
      "On Friday you have a reminder: to take your tablets at 8:00 PM. I can't reach my memory right now, so I can't say what you've told me about it.",
    );
    const { reminder: both } = timerReplies({ get: async () => ({ timers: [] }) } as unknown as PeerClient, "UTC", () => at, undefined, async () => undefined);
    expect((await both(decision("reminder", { action: "agenda", day: "friday" }), context)).text).toBe(
      "You have no reminders on Friday. I can't reach my memory right now, so I can't say what you've told me about it.",
    );
  });

  it("finds the kept facts that name a day, each read from when it was told, and not 'now'", async () => {
    const memories = [
      { content: "the kids have football on saturday at 10", createdAt: "2026-12-07T08:00:00Z" },
      { content: "the plumber came on saturday", createdAt: "2026-11-30T08:00:00Z" },
      { content: "my dentist is now dr singh", createdAt: "2026-12-12T08:00:00Z" },
      { content: "my locker number is 212", createdAt: "2026-12-07T08:00:00Z" },
      { content: "I have a haircut on the 12th", createdAt: "2026-12-01T08:00:00Z" },
    ];
    const asked: string[] = [];
    const orchestrator = {
      get: async (path: string) => {
        asked.push(path);
        return { memories };
      },
    } as unknown as PeerClient;
    const saturday = new Date("2026-12-12T12:00:00Z");
    expect(await keptOnDay(orchestrator, "UTC")(saturday, context)).toEqual(["the kids have football on saturday at 10", "you have a haircut on the 12th"]);
    expect(asked).toEqual(["/v1/memories?limit=100&type=fact"]);
    const down = { get: async () => Promise.reject(new PeerError("memory-orchestrator", "unreachable", "connect ECONNREFUSED")) } as unknown as PeerClient;
    expect(await keptOnDay(down, "UTC")(saturday, context)).toBeUndefined();
  });

  it.each([
    ["P1D", "2026-12-07T20:00:00Z", "every day at 8:00 PM"],
    ["weekdays", "2026-12-08T07:00:00Z", "every weekday at 7:00 AM"],
    ["P1W", "2026-12-10T19:00:00Z", "every Thursday at 7:00 PM"],
    ["P2W", "2026-12-10T19:00:00Z", "every other Thursday, the first on Thursday at 7:00 PM"],
    ["P2D", "2026-12-08T18:00:00Z", "every other day, the first tomorrow at 6:00 PM"],
    ["PT2H", "2026-12-07T11:00:00Z", "every 2 hours, the first at 11:00 AM"],
    ["PT1H", "2026-12-07T10:00:00Z", "every hour, the first at 10:00 AM"],
    // By the day of the month (round 24: fresh-22's "remind me on the first of every month to pay the rent" was said as
    // "every month, the first on Friday, January 1", which names no day of the month to come back on).
    ["P1M", "2027-01-01T12:00:00Z", "every month on the 1st at 12:00 PM"],
    ["P1M", "2026-12-22T09:30:00Z", "every month on the 22nd at 9:30 AM"],
    ["P1M", "2026-12-11T09:30:00Z", "every month on the 11th at 9:30 AM"],
  ])("says a %s reminder first due %s as %j", (rule, due, said) => {
    expect(spokenRepeat(rule, new Date(due), new Date("2026-12-07T09:00:00Z"), "UTC")).toBe(said);
  });

  it("sets a repeating reminder with its rule and zone, and says how it comes back; without a moment it asks, naming the repeat", async () => {
    const posted: unknown[] = [];
    const timekeeper = {
      post: async (_path: string, body: { dueAt: string }) => {
        posted.push(body);
        return { id: "1", kind: "reminder", label: "take my pills", durationMs: null, dueAt: body.dueAt, remainingMs: 0, state: "running", repeat: "P1D" };
      },
    } as unknown as PeerClient;
    const { reminder } = timerReplies(timekeeper, "Europe/London", () => new Date("2026-12-07T09:00:00Z"));
    const set = await reminder(decision("reminder", { action: "start", task: "take my pills", when: "at 8", repeat: "P1D" }), context);
    // A series' hour without AM or PM is read as with a day: 6 to 11 the morning, so tomorrow's 8 AM comes first.
    expect(set.text).toBe("Okay, I'll remind you to take your pills every day at 8:00 AM.");
    expect(posted).toEqual([{ kind: "reminder", label: "take my pills", dueAt: "2026-12-08T08:00:00.000Z", repeat: "P1D", timeZone: "Europe/London" }]);
    const asked = await reminder(decision("reminder", { action: "start", task: "take my pills", when: "", repeat: "P1D" }), context);
    expect(asked.text).toBe("When should I remind you to take your pills every day?");
    // When but not what: what is asked, and nothing set.
    expect((await reminder(decision("reminder", { action: "start", task: "", when: "in 10 minutes" }), context)).text).toBe("What should I remind you to do at 9:10 AM?");
    expect((await reminder(decision("reminder", { action: "start", task: "", when: "at 8", repeat: "P1D" }), context)).text).toBe("What should I remind you to do every day at 8:00 AM?");
    // A place cannot set one off: said so, and a time asked for (the lead's own use: "when you're at the shop" was kept in the task).
    const atPlace = await reminder(decision("reminder", { action: "start", task: "get milk", when: "", trigger: "when i'm at the shop" }), context);
    expect(atPlace.text).toBe("I can't tell where you are, so I can't remind you when you're at the shop, only at a time. When should I remind you to get milk?");
    expect(posted).toHaveLength(1);
  });

  it("says a repeating reminder cannot be kept when the timekeeper's database knows no such zone, not that it is unreachable", async () => {
    const body = { error: "validation_failed", message: "invalid request body", details: [{ path: "timeZone", message: "unknown time zone America/Ciudad_Juarez" }] };
    const timekeeper = {
      post: async () => Promise.reject(new PeerError("timekeeper", "http_error", "timekeeper answered 400: invalid request body", 400, body)),
    } as unknown as PeerClient;
    const { reminder } = timerReplies(timekeeper, "America/Ciudad_Juarez", () => new Date("2026-12-07T09:00:00Z"));
    const repeating = await reminder(decision("reminder", { action: "start", task: "take my pills", when: "at 8", repeat: "P1D" }), context);
    expect(repeating.text).toBe("Sorry, I can't set a reminder that comes back: my reminders don't know the time zone America/Ciudad_Juarez. A one-off reminder still works.");
    const once = await reminder(decision("reminder", { action: "start", task: "take my pills", when: "at 8" }), context);
    expect(once.text).toBe("Sorry, I can't reach my reminders right now.");
  });

  describe("the reminder or timer just set, set again", () => {
    // An in-memory timekeeper with the routes the replies use: list, create, add-time, cancel.
    const fakeTimekeeper = (timers: Timer[]) => {
      const calls: string[] = [];
      const client = {
        get: async () => ({ timers: timers.filter((t) => t.state === "running" || t.state === "paused") }),
        post: async (path: string, body: { ms?: number; dueAt?: string; label?: string; repeat?: string }) => {
          calls.push(path);
          const [, id, action] = /^\/v1\/timers\/([^/]+)\/(.+)$/.exec(path) ?? [];
          if (!id) {
            const made: Timer = { id: `t${timers.length + 1}`, kind: "reminder", label: body.label ?? null, durationMs: null, dueAt: body.dueAt!, remainingMs: 0, state: "running", repeat: body.repeat, createdAt: new Date().toISOString() };
            timers.push(made);
            return made;
          }
          const timer = timers.find((t) => t.id === id)!;
          if (action === "cancel") timer.state = "cancelled";
          if (action === "add-time") {
            timer.dueAt = new Date(Date.parse(timer.dueAt) + body.ms!).toISOString();
            timer.remainingMs += body.ms!;
            if (timer.durationMs !== null) timer.durationMs += body.ms!;
          }
          return timer;
        },
      } as unknown as PeerClient;
      return { client, calls };
    };
    const at = () => new Date("2026-12-07T11:00:00Z");
    const reminderAt = (id: string, label: string, dueAt: string, createdAt: string, repeat?: string): Timer =>
      ({ id, kind: "reminder", label, durationMs: null, dueAt, remainingMs: 0, state: "running", repeat, createdAt });

    it("moves the reminder set last, in place when it is one-off", async () => {
      const timers = [reminderAt("old", "call mum", "2026-12-07T20:00:00Z", "2026-12-06T10:00:00Z"), reminderAt("fish", "feed the fish", "2026-12-07T18:00:00Z", "2026-12-07T10:59:00Z")];
      const { client, calls } = fakeTimekeeper(timers);
      const { reminder } = timerReplies(client, "UTC", at);
      expect((await reminder(decision("reminder", { action: "move", when: "at 7" }), context)).text).toBe("Okay, I'll remind you to feed the fish at 7:00 PM instead.");
      expect(calls).toEqual(["/v1/timers/fish/add-time"]);
    // "cancel that" right after one was set: the one set last, though another is named alike.
    expect((await reminder(decision("reminder", { action: "cancel", last: "true" }), context)).text).toBe("Okay, I've cancelled your reminder to feed the fish.");
    expect(timers.map((t) => t.state)).toEqual(["running", "cancelled"]);
    timers[1].state = "running";
      expect(timers[1].dueAt).toBe("2026-12-07T19:00:00.000Z");
      expect((await reminder(decision("reminder", { action: "move", when: "at 9 am" }), context)).text).toBe("That time has passed. When should I remind you to feed the fish instead?");
      expect((await reminder(decision("reminder", { action: "move", when: "friday" }), context)).text).toBe("Okay, I'll remind you to feed the fish on Friday at 7:00 PM instead.");
      expect(timers[0].dueAt).toBe("2026-12-07T20:00:00Z");
    });

    it("sets a repeating reminder again from its new moment before cancelling the old series", async () => {
      const timers = [reminderAt("pills", "take my pills", "2026-12-07T20:00:00Z", "2026-12-07T10:59:00Z", "P1D")];
      const { client, calls } = fakeTimekeeper(timers);
      const { reminder } = timerReplies(client, "UTC", at);
      expect((await reminder(decision("reminder", { action: "move", when: "at 9 pm" }), context)).text).toBe("Okay, I'll remind you to take your pills every day at 9:00 PM instead.");
      expect(calls).toEqual(["/v1/timers", "/v1/timers/pills/cancel"]);
      expect(timers.filter((t) => t.state === "running").map((t) => [t.label, t.dueAt, t.repeat])).toEqual([["take my pills", "2026-12-07T21:00:00.000Z", "P1D"]]);
    });

    it("makes the timer set last the new length, counted from when it started", async () => {
      const timers: Timer[] = [
        { id: "tea", kind: "timer", label: "tea", durationMs: 240_000, dueAt: "2026-12-07T11:02:00Z", remainingMs: 120_000, state: "running", createdAt: "2026-12-07T10:58:00Z" },
        { id: "new", kind: "timer", label: null, durationMs: 600_000, dueAt: "2026-12-07T11:09:50Z", remainingMs: 590_000, state: "running", createdAt: "2026-12-07T10:59:50Z" },
      ];
      const { client } = fakeTimekeeper(timers);
      const { timer } = timerReplies(client, "UTC", at);
      expect((await timer(decision("timer", { action: "change", durationMs: "900000" }), context)).text).toBe("Okay, your timer is now 15 minutes, with 14 minutes and 50 seconds left.");
      expect((await timer(decision("timer", { action: "change", durationMs: "5000" }), context)).text).toBe(
        "Your 15 minute timer has already run longer than 5 seconds. It has 14 minutes and 50 seconds left.",
      );
      // The soonest running one goes off first; a paused one waits.
      expect((await timer(decision("timer", { action: "next" }), context)).text).toBe("Your tea timer goes off first, in 2 minutes.");
      timers[0].state = "paused";
      expect((await timer(decision("timer", { action: "next" }), context)).text).toBe("Your 15 minute timer goes off first, in 14 minutes and 50 seconds.");
      timers[0].state = "running";
      // "add 5 minutes" right after a timer was set is about that one, not a question of which.
      const justSet = { ...context, recent: [{ role: "assistant" as const, content: "Okay, your timer is set for 10 minutes, starting now.", intent: "timer" }] };
      expect((await timer(decision("timer", { action: "add", durationMs: "300000" }), justSet)).text).toMatch(/^Okay, I've added 5 minutes to your 20 minute timer: 19 minutes and 50 seconds left/);
      expect((await timer(decision("timer", { action: "add", durationMs: "300000" }), context)).text).toMatch(/Which one do you mean\?$/);
    });
  });

  it("takes the timer the last reply named, or the only one that can be paused or resumed, for one not named", async () => {
    const timers: Timer[] = [
      { id: "pasta", kind: "timer", label: "pasta", durationMs: 480_000, dueAt: "2026-12-07T11:08:00Z", remainingMs: 479_000, state: "paused", createdAt: "2026-12-07T10:59:30Z" },
      { id: "plain", kind: "timer", label: null, durationMs: 600_000, dueAt: "2026-12-07T11:09:50Z", remainingMs: 590_000, state: "running", createdAt: "2026-12-07T10:59:00Z" },
      { id: "tea", kind: "timer", label: "tea", durationMs: 240_000, dueAt: "2026-12-07T11:02:00Z", remainingMs: 120_000, state: "running", createdAt: "2026-12-07T10:58:00Z" },
    ];
    const posted: string[] = [];
    const timekeeper = {
      get: async () => ({ timers }),
      post: async (path: string) => {
        posted.push(path);
        const timer = timers.find((t) => path.includes(`/${t.id}/`))!;
        return { ...timer, state: path.endsWith("resume") ? "running" : "paused" };
      },
    } as unknown as PeerClient;
    const { timer } = timerReplies(timekeeper, "UTC", () => new Date("2026-12-07T11:00:00Z"));
    const after = (content: string) => ({ ...context, recent: [{ role: "assistant" as const, content, intent: "timer" }] });
    // The pasta timer is the only paused one: "resume the timer" cannot mean another.
    expect((await timer(decision("timer", { action: "resume" }), context)).text).toBe("Okay, your pasta timer is running again, with 7 minutes and 59 seconds left.");
    // Two run: which one to pause is asked, unless the last reply spoke of one.
    expect((await timer(decision("timer", { action: "pause" }), context)).text).toMatch(/Which one do you mean\?$/);
    expect((await timer(decision("timer", { action: "pause" }), after("Your tea timer has 2 minutes left."))).text).toBe("Okay, your tea timer is paused, with 2 minutes left.");
    // "resume it" after the tea timer was spoken of: the tea timer, though another is the one paused.
    expect((await timer(decision("timer", { action: "resume" }), after("Your tea timer has 2 minutes left."))).text).toBe("Your tea timer is already running, with 2 minutes left.");
    // A list names them all: still a question.
    expect((await timer(decision("timer", { action: "cancel" }), after("You have 3 timers: your pasta timer, ...; your tea timer, ...; your 10 minute timer, ....")) ).text).toMatch(/Which one do you mean\?$/);
    expect(posted).toEqual(["/v1/timers/pasta/resume", "/v1/timers/tea/pause"]);
  });

  it("counts a reminder back from a moment the user told of, and says why when it cannot", async () => {
    const posted: Array<{ dueAt: string; label: string }> = [];
    const timekeeper = { post: async (_path: string, body: { dueAt: string; label: string }) => (posted.push(body), { ...body, id: "1" }) } as unknown as PeerClient;
    const at = () => new Date("2026-12-07T09:00:00Z");
    const kept = async (thing: string) => (thing === "my dentist appointment" ? new Date("2026-12-11T15:00:00Z") : undefined);
    const { reminder } = timerReplies(timekeeper, "UTC", at, kept);
    const said = async (slots: Record<string, string>) => (await reminder(decision("reminder", { action: "start", when: "", ...slots }), context)).text;
    expect(await said({ task: "about my dentist appointment", before: "3600000", of: "my dentist appointment" })).toBe(
      "Okay, I'll remind you about your dentist appointment on Friday at 2:00 PM, 1 hour before it.",
    );
    expect(await said({ task: "buy a card", before: "86400000", of: "my dentist appointment" })).toBe(
      "Okay, I'll remind you to buy a card on Thursday at 3:00 PM, 1 day before your dentist appointment.",
    );
    expect(posted.map((p) => p.dueAt)).toEqual(["2026-12-11T14:00:00.000Z", "2026-12-10T15:00:00.000Z"]);
    expect(await said({ task: "about my sister's wedding", before: "604800000", of: "my sister's wedding" })).toBe(
      "I don't know when your sister's wedding is, so I can't count 1 week back from it. Tell me when it is, or when to remind you.",
    );
    expect(await said({ task: "about my dentist appointment", before: "864000000", of: "my dentist appointment" })).toBe(
      "Your dentist appointment is on Friday at 3:00 PM, so 10 days before it has passed.",
    );
    expect(await said({ task: "stretch", before: "1800000" })).toBe("30 minutes before what?");
    expect(posted).toHaveLength(2);
  });

  // The lead's own use: "remind me three months before my passport expires" asked "When should I remind you to your passport expires?".
  it("lists the alarms, the reminders to wake up, on their own", async () => {
    const timers = [
      { id: "1", kind: "reminder", label: "wake up", durationMs: null, dueAt: "2026-12-08T06:45:00.000Z", remainingMs: 0, state: "running" },
      { id: "2", kind: "reminder", label: "call the bank", durationMs: null, dueAt: "2026-12-08T09:00:00.000Z", remainingMs: 0, state: "running" },
    ];
    const timekeeper = (listed: unknown[]) => ({ get: async () => ({ timers: listed }) }) as unknown as PeerClient;
    const asked = async (listed: unknown[]) =>
      (await timerReplies(timekeeper(listed), "UTC", () => new Date("2026-12-07T12:00:00Z")).reminder(decision("reminder", { action: "list", alarms: "true" }), context)).text;
    expect(await asked(timers)).toBe("You have one alarm: wake up tomorrow at 6:45 AM.");
    expect(await asked(timers.slice(1))).toBe("You don't have any alarms set.");
  });

  it("counts a reminder back by calendar months", async () => {
    const posted: Array<{ dueAt: string; label: string }> = [];
    const timekeeper = { post: async (_path: string, body: { dueAt: string; label: string }) => (posted.push(body), { ...body, id: "1" }) } as unknown as PeerClient;
    const kept = async (thing: string) => (thing === "my passport expires" ? new Date("2029-03-31T09:00:00Z") : undefined);
    const { reminder } = timerReplies(timekeeper, "Europe/London", () => new Date("2026-12-07T09:00:00Z"), kept);
    const said = async (slots: Record<string, string>) => (await reminder(decision("reminder", { action: "start", when: "", ...slots }), context)).text;
    expect(await said({ task: "about my passport expires", beforeMonths: "3", of: "my passport expires" })).toBe(
      "Okay, I'll remind you about your passport expires on Sunday, December 31, 2028 at 10:00 AM, 3 months before it.",
    );
    // The wall-clock time is kept across the clock change (10:00 BST on March 31 is 10:00 GMT on December 31), and
    // the 31st of a month without one is its last day.
    expect(await said({ task: "renew it", beforeMonths: "1", of: "my passport expires" })).toBe(
      "Okay, I'll remind you to renew it on Wednesday, February 28, 2029 at 10:00 AM, 1 month before your passport expires.",
    );
    expect(posted.map((p) => p.dueAt)).toEqual(["2028-12-31T10:00:00.000Z", "2029-02-28T10:00:00.000Z"]);
  });

  it("says the first or the last thing the user said, and the last reply", async () => {
    const recent = [
      { role: "user" as const, content: "hello" },
      { role: "assistant" as const, content: "Hello!" },
      { role: "user" as const, content: "what's the time" },
      { role: "assistant" as const, content: "It's 9:05 PM." },
    ];
    const said = async (asks: string) => (await conversationReplies(decision("conversation", { asks }), { ...context, recent })).text;
    expect(await said("first_user_turn")).toBe('You said: "hello"');
    expect(await said("last_user_turn")).toBe(`You said: "what's the time"`);
    expect(await said("last_reply")).toBe("It's 9:05 PM.");
    expect((await conversationReplies(decision("conversation", { asks: "first_user_turn" }), context)).text).toMatch(/haven't said anything/);
  });

  // Round 27: fresh-25's "and what did you say" after "what did I just ask", and "what did I just say" after "sorry, what
  // did you say?"; the round's own "and what did you answer"; a quote that is all there is, and "say that again" twice.
  it("passes over the turns that only quoted the conversation", async () => {
    const recent = [
      { role: "user" as const, content: "what's 18 times 12" },
      { role: "assistant" as const, content: "18 times 12 is 216.", intent: "calculate" },
      { role: "user" as const, content: "what did I just ask" },
      { role: "assistant" as const, content: `You said: "what's 18 times 12"`, intent: "conversation" },
    ];
    const said = async (asks: string, turns = recent, answer = "true") => (await conversationReplies(decision("conversation", { asks, answer }), { ...context, recent: turns })).text;
    expect(await said("last_reply")).toBe("18 times 12 is 216.");
    // "say that again" repeats the quote itself.
    expect(await said("last_reply", recent, "")).toBe(`You said: "what's 18 times 12"`);
    expect(await said("last_user_turn")).toBe(`You said: "what's 18 times 12"`);
    expect(await said("first_user_turn")).toBe(`You said: "what's 18 times 12"`);
    const reminder = [
      { role: "user" as const, content: "remind me to call the pediatrician at 2:15" },
      { role: "assistant" as const, content: "Okay, I'll remind you to call the pediatrician at 2:15 PM.", intent: "reminder" },
      { role: "user" as const, content: "sorry, what did you say?" },
      { role: "assistant" as const, content: "Okay, I'll remind you to call the pediatrician at 2:15 PM.", intent: "conversation" },
    ];
    expect(await said("last_user_turn", reminder)).toBe(`You said: "remind me to call the pediatrician at 2:15"`);
    expect(await said("last_reply", reminder)).toBe("Okay, I'll remind you to call the pediatrician at 2:15 PM.");
    const onlyQuotes = [
      { role: "user" as const, content: "what did I say" },
      { role: "assistant" as const, content: "You haven't said anything yet in this conversation.", intent: "conversation" },
    ];
    expect(await said("last_user_turn", onlyQuotes)).toBe(`You said: "what did I say"`);
  });

  // A reminder is named with other words for whose or which its thing is (round 16: fresh-14's first; the second invented).
  it.each([
    ["the painkillers", "take my painkillers", true],
    ["my library books", "return the library books", true],
    ["call mom", "call mom", true],
    ["the dentist", "take my painkillers", false],
  ])("namesReminder(%j, %j) = %j", (task, label, named) => {
    expect(namesReminder(task, label)).toBe(named);
  });

  // A timer is named by the words of its label in either form (round 17: fresh-15's first and the user's
  // own second and third; the others invented); an exact label still picks its own timer (timerReplies).
  it.each([
    ["onion", "onions", true],
    ["potatoes", "roast potatoes", true],
    ["the potato", "roast potatoes", true],
    ["crumpet", "crumpets", true],
    ["berries", "strawberry", false],
    ["blueberry", "blueberries", true],
    ["dishes", "dish", true],
    ["rice", "onions", false],
    ["roast", "roast potatoes", true],
    ["potatoes roast", "roast potatoes", false],
  ])("namesTimer(%j, %j) = %j", (asked, label, named) => {
    expect(namesTimer(asked, label)).toBe(named);
  });

  it("picks a timer said exactly before one whose label holds the words, and a timer by its label's other form", async () => {
    const timers = [
      { id: "1", kind: "timer", label: "rice", durationMs: 60_000, dueAt: new Date().toISOString(), remainingMs: 60_000, state: "running" },
      { id: "2", kind: "timer", label: "rice pudding", durationMs: 60_000, dueAt: new Date().toISOString(), remainingMs: 60_000, state: "running" },
      { id: "3", kind: "timer", label: "onions", durationMs: 60_000, dueAt: new Date().toISOString(), remainingMs: 60_000, state: "running" },
    ];
    const cancelled: string[] = [];
    const timekeeper = {
      get: async () => ({ timers }),
      post: async (path: string) => {
        cancelled.push(path);
        return { ...timers.find((t) => path.includes(`/${t.id}/`)), state: "cancelled" };
      },
    } as unknown as PeerClient;
    const { timer } = timerReplies(timekeeper, "UTC");
    await timer(decision("timer", { action: "cancel", label: "rice" }), context);
    await timer(decision("timer", { action: "cancel", label: "onion" }), context);
    expect(cancelled).toEqual(["/v1/timers/1/cancel", "/v1/timers/3/cancel"]);
    expect((await timer(decision("timer", { action: "cancel", label: "egg" }), context)).text).toMatch(/^You don't have an egg timer\./);
  });

  it("says it knows nothing the same way whether unified-memory-reasoning or memory search found nothing", async () => {
    // unified-memory-reasoning's answer when no memory is relevant enough, and an empty search.
    const reasoning = { post: async () => ({ answer: "I don't know.", confidence: 0.1, memories: [] }) } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const emptySearch = { post: async () => ({ results: [] }) } as unknown as PeerClient;
    const asked = { ...decision("recall", { question: "where is my ukulele" }), target: "unified-memory-reasoning" as const };
    const answered = await memoryReplies(emptySearch, reasoning).recall(asked, context);
    const searched = await memoryReplies(emptySearch, down).recall(asked, context);
    expect(answered.text).toBe("I don't know. You haven't told me anything about that.");
    expect(searched.text).toBe(answered.text);
  });

  it("forgets and recalls the thing of the owner named, not another's that shares its words", async () => {
    const hits = [
      { id: "son", content: "my son's shoe size is 4", matchedBy: ["fulltext", "vector"] },
      { id: "daughter", content: "my daughter's shoe size is 2", matchedBy: ["fulltext", "vector"] },
    ];
    const forgotten: unknown[] = [];
    const orchestrator = {
      post: async (path: string, body: { ids?: string[] }) => {
        if (path === "/v1/memories/forget") {
          forgotten.push(body.ids);
          return { forgotten: body.ids?.length ?? 0 };
        }
        return { results: hits };
      },
    } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, down);
    expect((await replies.forget(decision("forget", { subject: "my daughter's shoe size" }), context)).text).toBe("Okay, I've forgotten that your daughter's shoe size is 2.");
    expect(forgotten).toEqual([["daughter"]]);
    const asked = { ...decision("recall", { question: "what's my daughter's shoe size" }), target: "unified-memory-reasoning" as const };
    expect((await replies.recall(asked, context)).text).toBe("Your daughter's shoe size is 2.");
  });

  it("asks again under the other name a kept fact gives a person, only when nothing is known as asked", async () => {
    // The lead's own use: "when is anna's birthday" after "my wife's name is anna" and "her birthday is march 3rd".
    const kept = [
      { id: "name", content: "my wife's name is anna" },
      { id: "birthday", content: "my wife's birthday is march 3rd" },
    ];
    const searched: string[] = [];
    const orchestrator = {
      get: async () => ({ memories: kept }),
      post: async (_path: string, body: { query: string }) => {
        searched.push(body.query);
        return { results: /wife's birthday/.test(body.query) ? [{ id: "birthday", content: "my wife's birthday is march 3rd", matchedBy: ["fulltext"] }] : [] };
      },
    } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, down);
    const asked = (question: string) => replies.recall({ ...decision("recall", { question }), target: "unified-memory-reasoning" as const }, context);
    expect((await asked("when is anna's birthday")).text).toBe("Your wife's birthday is march 3rd.");
    expect(searched).toEqual(["when is anna's birthday", "when is my wife's birthday"]);
    expect((await asked("when is bob's birthday")).text).toBe("I don't know. You haven't told me anything about that.");
  });

  it("asks again under the role when all that was found is the naming and the question asks after the named one's thing", async () => {
    // The lead's own use: "where is dr khan's surgery" answered "Your dentist is dr khan."
    const kept = [
      { id: "name", content: "my dentist is dr khan" },
      { id: "surgery", content: "my dentist's surgery is on high street" },
    ];
    const orchestrator = {
      get: async () => ({ memories: kept }),
      post: async (_path: string, body: { query: string }) => ({
        results: /dentist's surgery/.test(body.query) ? [{ ...kept[1], matchedBy: ["fulltext"] }] : /dr khan/.test(body.query) ? [{ ...kept[0], matchedBy: ["fulltext"] }] : [],
      }),
    } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, down);
    const asked = (question: string) => replies.recall({ ...decision("recall", { question }), target: "unified-memory-reasoning" as const }, context);
    expect((await asked("where is dr khan's surgery")).text).toBe("Your dentist's surgery is on high street.");
    expect((await asked("who is dr khan")).text).toBe("Your dentist is dr khan.");
  });

  it("says everything kept in a place asked after, and falls back to the nearest fact when nothing is kept there", async () => {
    // The lead's own use: "what's in the kitchen drawer" gave the batteries and not the torch kept there too.
    const hits = [
      { id: "batteries", content: "the spare batteries are in the kitchen drawer", matchedBy: ["fulltext"] },
      { id: "torch", content: "the torch is in the kitchen drawer too", matchedBy: ["fulltext"] },
      { id: "knives", content: "the sharp knives are in the top drawer", matchedBy: ["fulltext"] },
    ];
    const orchestrator = { post: async (_path: string, body: { query: string }) => ({ results: /bag/.test(body.query) ? [{ id: "bag", content: "my bag has a hole in it", matchedBy: ["fulltext"] }] : hits }) } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, down);
    const asked = (question: string) => replies.recall({ ...decision("recall", { question }), target: "unified-memory-reasoning" as const }, context);
    expect((await asked("what's in the kitchen drawer")).text).toBe("The spare batteries are in the kitchen drawer. The torch is in the kitchen drawer too.");
    expect((await asked("what is in my bag")).text).toBe("Your bag has a hole in it.");
  });

  it("finds where a vehicle is from where the user parked, only when nothing is known as asked", async () => {
    // Round 18's parking dialogue: "where did i leave the car" after "i parked on level 4 of the multi storey" said "I don't know".
    const parked = { id: "parked", content: "i parked on level 4 of the multi storey", matchedBy: ["fulltext"] };
    const searched: string[] = [];
    const orchestrator = {
      post: async (_path: string, body: { query: string }) => {
        searched.push(body.query);
        return { results: /park/.test(body.query) ? [parked] : [] };
      },
    } as unknown as PeerClient;
    const down = { post: async () => Promise.reject(new Error("unified-memory-reasoning is down")) } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, down);
    const asked = (question: string) => replies.recall({ ...decision("recall", { question }), target: "unified-memory-reasoning" as const }, context);
    expect((await asked("where did i leave the car")).text).toBe("You parked on level 4 of the multi storey.");
    expect(searched).toEqual(["where did i leave the car", "where did i park"]);
    expect((await asked("where is my bike lock")).text).toBe("I don't know. You haven't told me anything about that.");
  });

  it("counts the days to a day the user told it of", async () => {
    const orchestrator = { post: async () => ({ results: [{ id: "a", content: "my anniversary is on the 14th of june", matchedBy: ["fulltext"] }] }) } as unknown as PeerClient;
    const reasoning = {
      post: async () => ({ answer: "Your anniversary is on the 14th of june.", confidence: 0.9, memories: [{ id: "a", content: "my anniversary is on the 14th of june", score: 0.9 }] }),
    } as unknown as PeerClient;
    const replies = memoryReplies(orchestrator, reasoning, "UTC", () => new Date("2026-12-07T09:00:00Z"));
    const asked = { ...decision("recall", { question: "when is my anniversary", asks: "days_until" }), target: "unified-memory-reasoning" as const };
    expect((await replies.recall(asked, context)).text).toBe("Your anniversary is on the 14th of june: that's in 189 days.");
    const plain = { ...decision("recall", { question: "when is my anniversary" }), target: "unified-memory-reasoning" as const };
    expect((await replies.recall(plain, context)).text).toBe("Your anniversary is on the 14th of june.");
  });

  it("counts an age from a kept birth date, and says a kept age as it is", async () => {
    // The lead's own use: "how old am i" after "i was born on march 3rd 1980" was not understood.
    const kept = (content: string) => {
      const orchestrator = { post: async () => ({ results: [{ id: "a", content, matchedBy: ["fulltext"] }] }) } as unknown as PeerClient;
      const answer = `${content.replace(/^i was/, "You were").replace(/^my/, "Your")}.`;
      const reasoning = { post: async () => ({ answer, confidence: 0.9, memories: [{ id: "a", content, score: 0.9 }] }) } as unknown as PeerClient;
      return memoryReplies(orchestrator, reasoning, "UTC", () => new Date("2026-12-07T09:00:00Z"));
    };
    const age = async (content: string, whose: string) =>
      (await kept(content).recall({ ...decision("recall", { question: "q", asks: "age", whose }), target: "unified-memory-reasoning" as const }, context)).text;
    expect(await age("i was born on march 3rd 1980", "i")).toBe("You were born on march 3rd 1980, so you're 46.");
    expect(await age("i was born on december 20 1980", "i")).toBe("You were born on december 20 1980, so you're 45.");
    expect(await age("i was born on december 7 1980", "i")).toBe("You were born on december 7 1980, so you're 46.");
    expect(await age("my daughter was born in 2015", "my daughter")).toBe("Your daughter was born in 2015, so your daughter is 10 or 11.");
    expect(await age("my boiler is 12 years old", "my boiler")).toBe("Your boiler is 12 years old.");
    // A birthday with its year is a birth date (the lead's own use: "how old is my son" read the birthday back, and
    // "how many days until his birthday" was "that was 2745 days ago").
    expect(await age("my son's birthday is june 2nd 2019", "my son")).toBe("Your son's birthday is june 2nd 2019, so your son is 7.");
    expect(await age("my son's birthday is june 2nd", "my son")).toBe("Your son's birthday is june 2nd.");
    // Days until a birthday count to the next one, not back to the birth (it was "that's in -2745 days").
    const until = async (content: string) =>
      (await kept(content).recall({ ...decision("recall", { question: "q", asks: "days_until" }), target: "unified-memory-reasoning" as const }, context)).text;
    expect(await until("my son was born on june 2nd 2019")).toBe("Your son was born on june 2nd 2019: the 8th birthday is in 177 days.");
    expect(await until("my son was born on december 8")).toBe("Your son was born on december 8: the birthday is tomorrow.");
    expect(await until("i was born on december 8 2005")).toBe("You were born on december 8 2005: the 21st birthday is tomorrow.");
    expect(await until("my exam was on december 1 2026")).toBe("Your exam was on december 1 2026: that was 6 days ago.");
    expect(await until("my son's birthday is june 2nd 2019")).toBe("Your son's birthday is june 2nd 2019: the 8th birthday is in 177 days.");
  });

  it("answers small talk by kind and says what it can do when it did not understand", async () => {
    expect((await smallTalk(decision("small_talk", { kind: "thanks" }), context)).text).toBe("You're welcome.");
    expect((await smallTalk(decision("small_talk", { kind: "dismissal" }), context)).text).toBe("Okay.");
    expect((await smallTalk(decision("small_talk", { kind: "identity" }), context)).text).toMatch(/remember/);
    expect((await notUnderstood(decision("unknown", {}), context)).text).toMatch(/didn't understand.*remember/);
  });
});
