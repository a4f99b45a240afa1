import { monthNames } from "../../kit/named-days";
import { calendarDaysBetween, momentIn, wallClock } from "./zone-time";

const halfDayMs = 12 * 3_600_000;
const weekMs = 7 * 24 * 3_600_000;
// Words that already say which half of the day an hour is in ("at 6 tomorrow morning", "at 9 am").
const saysMorning = /\b(?:morning|am|a\.m\.?)(?=\s|$)/i;
const wakingUp = /^wake up\b/;

/**
 * When a reminder said as `when` ("at 5", "on friday at 3", "tomorrow at 10 am", "in 20 minutes")
 * is due, read at `at` in `timeZone`; `undefined` when it names no moment. An hour said without
 * AM or PM is the one people mean: chrono-node reads "at 5" as 5 AM (tomorrow's, once today's has
 * passed), so at 6 AM "remind me at 5" would wait 23 hours. Without a day it is the next of the
 * two, AM or PM; with a day ("on friday at 3") 1 to 5 is the afternoon, 6 to 11 the morning; and
 * one wakes up in the morning (`task` "wake up", an alarm). A weekday said on that weekday, its moment
 * already past ("on monday at 9 am" at Monday noon), is next week's: chrono-node reads today's.
 */
export function reminderDue(when: string, at: Date, timeZone: string, task = ""): Date | undefined {
  const moment = momentIn(when, at, timeZone);
  if (!moment) return undefined;
  const said = moment.start.date();
  const weekdayPassed = moment.start.isCertain("weekday") && !moment.start.isCertain("day") && said.getTime() <= at.getTime();
  const due = weekdayPassed ? new Date(said.getTime() + weekMs) : said;
  const hour = moment.start.get("hour") ?? 0;
  const halfUnsaid = moment.start.isCertain("hour") && !moment.start.isCertain("meridiem") && hour >= 1 && hour <= 11 && !saysMorning.test(when) && !wakingUp.test(task);
  if (!halfUnsaid) return due;
  if (moment.start.isCertain("day") || moment.start.isCertain("weekday")) return hour <= 5 ? new Date(due.getTime() + halfDayMs) : due;
  const ahead = [due.getTime() - halfDayMs, due.getTime(), due.getTime() + halfDayMs].filter((t) => t > at.getTime());
  return new Date(Math.min(...ahead));
}

/**
 * Where a reminder due at `old` moves to when the user says `when` of it ("make it 7 pm", "change it
 * to friday", "actually make that 11"): what `when` names replaces what it names of `old`, the rest
 * stays; a day alone keeps the clock time and a clock time alone keeps the day. An hour said without
 * AM or PM is the one nearer the old hour: "make that 11" of 10:00 AM is 11:00 AM. A delay ("in 3 hours")
 * is from now. `undefined` when
 * `when` names no moment.
 */
export function movedMoment(when: string, old: Date, at: Date, timeZone: string): Date | undefined {
  const moment = momentIn(when, at, timeZone);
  if (!moment) return undefined;
  // "make it 3 hours" of a reminder set "in 2 hours": a delay is counted whole from now, across midnight too.
  if (/^in\b/.test(when)) return moment.start.date();
  const said = moment.start;
  const before = wallClock(old, timeZone);
  const dayNamed = said.isCertain("day") || said.isCertain("weekday");
  const day = dayNamed ? wallClock(moment.start.date(), timeZone) : before;
  let hour = before.hour;
  let minute = before.minute;
  if (said.isCertain("hour")) {
    hour = said.get("hour") ?? 0;
    minute = said.get("minute") ?? 0;
    if (!said.isCertain("meridiem") && hour >= 1 && hour <= 12 && !saysMorning.test(when)) {
      const [morning, evening] = [hour % 12, (hour % 12) + 12];
      hour = Math.abs(evening - before.hour) < Math.abs(morning - before.hour) ? evening : morning;
    }
  }
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "am" : "pm"}`;
  return momentIn(`${monthNames[day.month - 1]} ${day.day} ${day.year} at ${clock}`, at, timeZone)?.start.date();
}

/**
 * Whether a reminder due next at `due` goes off on the day of `day` in `timeZone`: that day, or for
 * one that comes back (`repeat`, the timekeeper's rule), a later day its rule lands on, as the
 * database's timer_next_due steps it (days and weeks on the wall clock, weekdays skipping the weekend,
 * months and years on the same day of the month).
 */
export function goesOffOn(due: Date, repeat: string | null | undefined, day: Date, timeZone: string): boolean {
  const days = calendarDaysBetween(due, day, timeZone);
  if (days === 0) return true;
  if (days < 0 || !repeat) return false;
  const [then, asked] = [wallClock(due, timeZone), wallClock(day, timeZone)];
  const weekday = new Date(Date.UTC(asked.year, asked.month - 1, asked.day)).getUTCDay();
  switch (repeat) {
    case "P1D":
      return true;
    case "P2D":
      return days % 2 === 0;
    case "weekdays":
      return weekday >= 1 && weekday <= 5;
    case "P1W":
      return days % 7 === 0;
    case "P2W":
      return days % 14 === 0;
    case "P1M":
      return asked.day === then.day;
    case "P1Y":
      return asked.day === then.day && asked.month === then.month;
    default:
      // "PT4H": every few hours comes round on every day after the first.
      return /^PT\d+H$/.test(repeat);
  }
}
