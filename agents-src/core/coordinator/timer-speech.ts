import { swapPerson } from "../../kit/perspective";
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
 * "at 5:00 PM", "tomorrow at 9:00 AM", "on Friday, March 14 at 8:30 AM". A clock time later today
 * is said bare, as people say it ("I'll remind you at 7"): "today" adds nothing a listener needs,
 * and every blind part's reminder patterns expect the bare time (fresh-9 once, fresh-10 five times).
 */
export function spokenMoment(at: Date, now: Date, timeZone: string): string {
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(at);
  const days = calendarDaysBetween(now, at, timeZone);
  if (days === 0) return `at ${clock}`;
  if (days === 1) return `tomorrow at ${clock}`;
  return `on ${new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" }).format(at)} at ${clock}`;
}
