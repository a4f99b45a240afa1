import { moments } from "../../kit/moments";
import { lastReply, type RecentTurn } from "./conversation-context";
import { spokenMomentForms } from "./timer-requests";

/**
 * "what have I got on tomorrow", "what's happening on saturday", "anything on friday?", "what's on my
 * calendar": what the user has on a day, which the assistant knows from the reminders set for it and
 * the kept facts that name it ("the kids have football on saturday at 10"). Without a question's frame
 * a day is not asked after ("saturday is my day off" is a fact), and the frame's day must be one
 * chrono-node reads as a day: "what's on the telly" is not.
 */
const frames = [
  // "what i have on sunday": its "do" left out, as learners do.
  /^what (?:(?:do|have|did) )?(?:i|we) (?:got |have |get )?(?:on|planned|scheduled|booked(?: in)?|coming up|going on|lined up)(?: for)? (.+)$/,
  // "what have i got this week", "what do we have tomorrow": "on" left out, the day or span right after.
  /^what (?:do|have) (?:i|we) (?:got|have) (.+)$/,
  /^what is (?:on (?:my|our|the) (?:calendar|schedule|agenda|diary)|in (?:the|my|our) diary|on|happening|planned|scheduled|going on)(?: for)? (.+)$/,
  // "what's my day like tomorrow", but "what's the day today" asks which day it is.
  /^what is (?:(?:my|our|the) (?:plans?|schedule|agenda)|(?:my|our) day)(?: like)?(?: for)? (.+)$/,
  /^(?:is there |have (?:i|we) got |do (?:i|we) have )?anything (?:on|planned|happening|scheduled|booked(?: in)?)(?: for)? (.+)$/,
  /^(?:am i|are we) (?:free|busy)(?: on)? (.+)$/,
];
// "what's on my calendar", "what's on the agenda": the day asked about is today.
const todayUnsaid = /^what is (?:on )?(?:my|our|the) (?:calendar|schedule|agenda|diary)(?: like)?$/;
// "saturday", "on friday", "this thursday", "tomorrow night", "the 14th", "december 12": a day and nothing else.
const dayOnly = /^(?:on |this |next |for )?(?:today|tonight|tomorrow(?: (?:morning|afternoon|evening|night))?|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?|the \d{1,2}(?:st|nd|rd|th)(?: of \w+)?|\w+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? of \w+)$/;

// "this week", "next week", "at the weekend": several days, which the coordinator goes through one by one.
const span = /^(?:on |for )?((?:this |next )?week|(?:this |next |the |at the )?weekend)$/;

/** A request for a day's agenda, the day as said, or a span's; `null` for anything else. `text` is the router's wrapper-free text. */
export function agendaRequest(text: string): { intent: "reminder"; slots: { action: "agenda"; day?: string; span?: string } } | null {
  const said = spokenMomentForms(text.toLowerCase().replace(/\u2019/g, "'").replace(/\bwhat's\b/g, "what is").replace(/\bwhat've\b/g, "what have").replace(/[?!.]+$/, "").trim());
  if (todayUnsaid.test(said)) return { intent: "reminder", slots: { action: "agenda", day: "today" } };
  for (const frame of frames) {
    const day = frame.exec(said)?.[1].trim();
    const days = day ? span.exec(day)?.[1] : undefined;
    if (days) return { intent: "reminder", slots: { action: "agenda", span: days.replace(/^at /, "") } };
    if (!day || !dayOnly.test(day)) continue;
    const [moment] = moments.parse(day);
    if (moment && (moment.start.isCertain("day") || moment.start.isCertain("weekday"))) return { intent: "reminder", slots: { action: "agenda", day: day.replace(/^for /, "") } };
  }
  return null;
}

// "and what about sunday?", "how about friday", "tomorrow?" right after a day's agenda was asked: the same question of
// another day. The router has taken the "and" off.
const anotherDay = /^(?:(?:what|how) about |and )?(.+?)$/;

/** Another day's agenda asked right after one was given; `null` otherwise. */
export function agendaOfAnotherDay(text: string, recent: readonly RecentTurn[]): ReturnType<typeof agendaRequest> {
  const asked = [...recent].reverse().find((turn) => turn.role === "user");
  if (lastReply(recent)?.intent !== "reminder" || !asked || !agendaRequest(asked.content)) return null;
  const day = anotherDay.exec(spokenMomentForms(text.toLowerCase().replace(/[?!.]+$/, "").trim()))?.[1];
  return day && dayOnly.test(day) ? agendaRequest(`what is on ${day.replace(/^on /, "")}`) : null;
}
