/**
 * What every part of the assistant's evaluation set is written with: the parts, the categories,
 * the shape of a turn and a dialogue, and the reply patterns several parts share. Kept apart from
 * the sentences so that someone writing a new blind part can use it without reading any other
 * part.
 */
export const evalParts = ["tuned", "held-out", "fresh", "fresh-2", "fresh-3", "fresh-4", "fresh-5", "fresh-6", "fresh-7", "fresh-8", "fresh-9", "fresh-10", "fresh-11", "fresh-12", "fresh-13", "fresh-14", "fresh-15", "fresh-16", "fresh-17", "fresh-18", "fresh-19", "fresh-20", "fresh-21", "fresh-22", "fresh-23", "fresh-24", "fresh-25", "fresh-26"] as const;
export type EvalPart = (typeof evalParts)[number];
export type Category =
  | "timer"
  | "reminder"
  | "remember"
  | "recall"
  | "forget"
  | "conversation"
  | "time"
  | "status"
  | "small_talk"
  | "out_of_domain"
  | "arithmetic";

/** One turn: what is said, the intent it must get, and a pattern its reply must match. */
export type EvalTurn = [say: string, intent: string, reply: string];

export interface EvalDialogue {
  id: string;
  part: EvalPart;
  category: Category;
  turns: EvalTurn[];
}

export const capabilityReply = "can't help with .*remember";
export const single = (part: EvalPart, category: Category, intent: string, reply: string, texts: string[]): EvalDialogue[] =>
  texts.map((say, i) => ({ id: `${part}-${category}-${intent}-${i}`, part, category, turns: [[say, intent, reply]] }));
export const dialogue = (part: EvalPart, category: Category, id: string, turns: EvalTurn[]): EvalDialogue => ({ id: `${part}-${id}`, part, category, turns });

export const greetingReply = "^(Hello|Hi|Hey|Good (morning|afternoon|evening))";
export const thanksReply = "welcome|no problem|pleasure|anytime";
export const goodbyeReply = "^(Goodbye|Bye|Good ?night|See you)";
/** The status reply, whether every service or one is asked about, up or down. */
export const statusReply = "services are up|is up|are up|is down|are down";
/** "who are you" and its kind: the assistant names itself. */
export const identityReply = "private voice assistant";
export const wellbeingReply = "running fine|I'm (doing )?(well|good|fine|great)";
/** Single turns whose replies each need their own pattern: [say, reply]. */
export const singlePairs = (part: EvalPart, category: Category, intent: string, pairs: Array<[say: string, reply: string]>): EvalDialogue[] =>
  pairs.map(([say, reply], i) => ({ id: `${part}-${category}-${intent}-p${i}`, part, category, turns: [[say, intent, reply]] }));
export const forgotten = "forg[eo]t";
/** A clock time as the replies say it: "7:00 PM". */
export const clockReply = "\\b\\d{1,2}:\\d{2} ?(AM|PM)\\b";
/** A timer or reminder cancelled. */
export const cancelledReply = "cancell?ed";
/** Asked about something never told. */
export const unknownReply = "don't know|haven't told me";
/** A correction's reply: says it corrected, and gives the new value. */
export const correctedReply = (value: string) => `^(?=.*corrected)(?=.*${value})`;
/** Today's date as the replies say it: "December 7". */
export const monthDayReply = "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}";
/** A weekday named. */
export const weekdayReply = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A fresh user's timers or reminders listed: none, or how many. */
export const timerListReply = "(don't have any|have \\w+) timers?";
// An alarm is a reminder to wake up, and asked after as alarms the list says alarms (widened by the lead on
// 2026-12-07, when "do I have any alarms set" was first answered with the alarms alone).
export const reminderListReply = "(don't have any|have \\w+) (reminders?|alarms?)";
/** An empty "remember": the assistant asks what. */
export const emptyCaptureReply = "what should I remember";
