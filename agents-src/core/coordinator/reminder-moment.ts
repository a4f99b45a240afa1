import { monthNames } from "../../kit/named-days";
import { calendarDaysBetween, momentIn, wallClock } from "./zone-time";

const halfDayMs = 12 * 3_600_000;
// Words that already say which half of the day an hour is in ("at 6 tomorrow morning", "at 9 am").
const saysMorning = /\b(?:morning|am|a\.m\.?)(?=\s|$)/i;
const wakingUp = /^wake up\b/;

// "tonight", "tomorrow afternoon", "at lunchtime": the day's part says when in it; chrono-node knows their hours.
const saysPartOfDay = /\b(?:morning|afternoon|evening|tonight|night|noon|midday|midnight|lunch(?:time)?|dinner(?:time)?|teatime|breakfast)\b/i;
/** A reminder for a day with no time said ("tomorrow", "on friday", "next week") goes off as that day starts for most people. */
const dayStartHour = 9;

/** The moment at `hour`:`minute` on the wall clock of `timeZone` on the calendar day `date` (a UTC midnight standing for the day). */
function atWallClock(date: Date, hour: number, minute: number, at: Date, timeZone: string): Date | undefined {
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "am" : "pm"}`;
  return momentIn(`${monthNames[date.getUTCMonth()]} ${date.getUTCDate()} ${date.getUTCFullYear()} at ${clock}`, at, timeZone)?.start.date();
}

/** The moment `days` calendar days after `day`'s date in `timeZone`, at `hour`:`minute` on its wall clock. */
function wallClockMoment(day: Date, days: number, hour: number, minute: number, at: Date, timeZone: string): Date | undefined {
  const date = wallClock(day, timeZone);
  return atWallClock(new Date(Date.UTC(date.year, date.month - 1, date.day + days)), hour, minute, at, timeZone);
}

/** `months` calendar months before `moment`, at the same wall-clock time in `timeZone` (the 31st becomes the month's last day). */
export function monthsBefore(moment: Date, months: number, at: Date, timeZone: string): Date | undefined {
  const clock = wallClock(moment, timeZone);
  const first = new Date(Date.UTC(clock.year, clock.month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return atWallClock(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(clock.day, lastDay))), clock.hour, clock.minute, at, timeZone);
}

/**
 * The days a span asked about covers, each as its noon in `timeZone`: "this week" from today to
 * Sunday, "next week" its Monday to Sunday, "the weekend" ("this weekend", "at the weekend") the
 * coming Saturday and Sunday (today's, on either), "next weekend" the one after that; `undefined`
 * for any other span.
 */
export function agendaDays(span: string, at: Date, timeZone: string): Date[] | undefined {
  const today = wallClock(at, timeZone);
  // Monday 0 to Sunday 6.
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
  const toSaturday = 5 - weekday;
  const [from, count] = /^(?:this )?week$/.test(span)
    ? [0, 7 - weekday]
    : span === "next week"
      ? [7 - weekday, 7]
      : /^(?:this |the |at the )?weekend$/.test(span)
        ? [Math.max(0, toSaturday), toSaturday < 0 ? 1 : 2]
        : span === "next weekend"
          ? [toSaturday + 7, 2]
          : [0, 0];
  if (count === 0) return undefined;
  return Array.from({ length: count }, (_, k) => wallClockMoment(at, from + k, 12, 0, at, timeZone)).filter((d): d is Date => d !== undefined);
}

/**
 * When a reminder said as `when` ("at 5", "on friday at 3", "tomorrow at 10 am", "in 20 minutes")
 * is due, read at `at` in `timeZone`; `undefined` when it names no moment. An hour said without
 * AM or PM is the one people mean: chrono-node reads "at 5" as 5 AM (tomorrow's, once today's has
 * passed), so at 6 AM "remind me at 5" would wait 23 hours. Without a day it is the next of the
 * two, AM or PM; with a day ("on friday at 3") 1 to 5 is the afternoon, 6 to 11 the morning; and
 * one wakes up in the morning (`task` "wake up", an alarm). A day with no time said is at 9:00 AM
 * (chrono-node puts "tomorrow" at the clock time it is said at, "on friday" at noon); a delay ("in
 * 2 weeks") is from now, to the minute. A weekday said on that weekday once its time has passed is
 * next week's: no one names today by its weekday. A reminder that `repeats` ("every weekday at 7:15")
 * is about every such day, not the next moment: its hour's half is read as with a day.
 */
export function reminderDue(when: string, at: Date, timeZone: string, task = "", repeats = false): Date | undefined {
  const moment = momentIn(when, at, timeZone);
  if (!moment) return undefined;
  const weekdayOnly = moment.start.isCertain("weekday") && !moment.start.isCertain("day");
  const due = dueAsSaid(moment, when, at, timeZone, task, weekdayOnly || repeats);
  if (!weekdayOnly) return due;
  const clock = wallClock(due, timeZone);
  // chrono-node puts today's weekday a week on in a zone ahead of the machine's ("tuesday 6pm" at 9 AM on
  // a Tuesday in Tokyo): the week before is meant while it is still ahead.
  const weekEarlier = wallClockMoment(due, -7, clock.hour, clock.minute, at, timeZone);
  if (weekEarlier && weekEarlier.getTime() > at.getTime()) return weekEarlier;
  if (due.getTime() > at.getTime()) return due;
  return wallClockMoment(due, 7, clock.hour, clock.minute, at, timeZone) ?? due;
}

function dueAsSaid(moment: NonNullable<ReturnType<typeof momentIn>>, when: string, at: Date, timeZone: string, task: string, dayOfItsOwn: boolean): Date {
  const due = moment.start.date();
  if (!moment.start.isCertain("hour") && !saysPartOfDay.test(when) && !/^in\b/i.test(when)) {
    // "today" once 9:00 has passed stays as read; a weekday said on that day is moved on a week after, and
    // the timekeeper moves a series' first moment once passed on to the next.
    const start = wallClockMoment(due, 0, dayStartHour, 0, at, timeZone);
    return start && (start.getTime() > at.getTime() || dayOfItsOwn) ? start : due;
  }
  const hour = moment.start.get("hour") ?? 0;
  const halfUnsaid = moment.start.isCertain("hour") && !moment.start.isCertain("meridiem") && hour >= 1 && hour <= 11 && !saysMorning.test(when) && !wakingUp.test(task);
  if (!halfUnsaid) return due;
  const dayNamed = moment.start.isCertain("day") || moment.start.isCertain("weekday");
  if (dayNamed || dayOfItsOwn) {
    const meant = hour <= 5 ? new Date(due.getTime() + halfDayMs) : due;
    // chrono-node carries "at 5" to tomorrow once 5 AM has passed; a series' 5 PM may still be today's.
    const clock = wallClock(meant, timeZone);
    const today = dayNamed ? undefined : wallClockMoment(meant, -1, clock.hour, clock.minute, at, timeZone);
    return today && today.getTime() > at.getTime() ? today : meant;
  }
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
  const day = dayNamed ? moment.start.date() : old;
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
  return wallClockMoment(day, 0, hour, minute, at, timeZone);
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
