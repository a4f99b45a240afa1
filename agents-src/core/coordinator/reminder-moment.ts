import { momentIn } from "./zone-time";

const halfDayMs = 12 * 3_600_000;
// Words that already say which half of the day an hour is in ("at 6 tomorrow morning", "at 9 am").
const saysMorning = /\b(?:morning|am|a\.m\.?)(?=\s|$)/i;
const wakingUp = /^wake up\b/;

/**
 * When a reminder said as `when` ("at 5", "on friday at 3", "tomorrow at 10 am", "in 20 minutes")
 * is due, read at `at` in `timeZone`; `undefined` when it names no moment. An hour said without
 * AM or PM is the one people mean: chrono-node reads "at 5" as 5 AM (tomorrow's, once today's has
 * passed), so at 6 AM "remind me at 5" would wait 23 hours. Without a day it is the next of the
 * two, AM or PM; with a day ("on friday at 3") 1 to 5 is the afternoon, 6 to 11 the morning; and
 * one wakes up in the morning (`task` "wake up", an alarm).
 */
export function reminderDue(when: string, at: Date, timeZone: string, task = ""): Date | undefined {
  const moment = momentIn(when, at, timeZone);
  if (!moment) return undefined;
  const due = moment.start.date();
  const hour = moment.start.get("hour") ?? 0;
  const halfUnsaid = moment.start.isCertain("hour") && !moment.start.isCertain("meridiem") && hour >= 1 && hour <= 11 && !saysMorning.test(when) && !wakingUp.test(task);
  if (!halfUnsaid) return due;
  if (moment.start.isCertain("day") || moment.start.isCertain("weekday")) return hour <= 5 ? new Date(due.getTime() + halfDayMs) : due;
  const ahead = [due.getTime() - halfDayMs, due.getTime(), due.getTime() + halfDayMs].filter((t) => t > at.getTime());
  return new Date(Math.min(...ahead));
}
