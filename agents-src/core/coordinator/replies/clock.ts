import { monthNames } from "../../../kit/named-days";
import { placeZone } from "../place-zones";
import { spokenSpan } from "../timer-speech";
import { calendarDaysBetween, momentIn, wallClock, zoneOffsetMinutes } from "../zone-time";
import { capitalised, IntentHandler } from "./reply";

/**
 * Time, date or weekday in the configured time zone, said the way a person would; for a day the
 * question names ("what's the date next friday", "how many days until christmas"), that day.
 */
export function clockReplies(timeZone: string, now: () => Date = () => new Date()): IntentHandler {
  const formats = {
    time: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }),
    date: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }),
    weekday: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }),
  };
  const inPlace = clockInPlace(now);
  return async (decision) => {
    const at = now();
    const { asks, day, dayName, place, unit, shiftMs } = decision.slots;
    if (asks === "is_day") return isDayReply(decision.slots.day ?? "", new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }).format(at));
    if (asks === "leap_year" || asks === "days_in" || asks === "week_number") return calendarReply(decision.slots, wallClock(at, timeZone));
    if (asks === "difference" && place) return timeDifference(place, decision.slots.other, now(), timeZone);
    if (place && !day) return inPlace(place, asks);
    if (shiftMs && !day) return shiftedClock(Number(shiftMs), at, timeZone);
    const named = day ? momentIn(day, at, timeZone, asks === "days_since" || undefined) : undefined;
    if (named && asks !== "time") {
      const date = asks === "days_since" ? lastBefore(named.start.date(), at, timeZone) : named.start.date();
      const days = calendarDaysBetween(at, date, timeZone);
      if (days === 0) return { text: `${dayName ? `${dayName} is today` : "That's today"}, ${formats.date.format(date)}.` };
      if (asks === "days_since") return { text: `It's been ${-days} day${days === -1 ? "" : "s"} since ${dayName ?? formats.date.format(date)}${dayName ? `, ${formats.date.format(date)}` : ""}.` };
      if (asks === "days_until") {
        if (days < 0) return { text: `${dayName ?? capitalised(day ?? "")} was ${-days} day${days === -1 ? "" : "s"} ago, on ${formats.date.format(date)}.` };
        return { text: `${dayName ?? capitalised(day ?? "")} is ${days === 1 ? "tomorrow" : `in ${unit === "weeks" ? weeksAndDays(days) : `${days} days`}`}, on ${formats.date.format(date)}.` };
      }
      if (dayName) return { text: `${dayName} is on ${formats.date.format(date)}.` };
      return { text: `${days < 0 ? "That was" : "That's"} ${formats.date.format(date)}.` };
    }
    switch (asks) {
      case "date":
        return { text: `Today is ${formats.date.format(at)}.` };
      case "weekday":
        return { text: `It's ${formats.weekday.format(at)}.` };
      default:
        return { text: `It's ${formats.time.format(at)}.` };
    }
  };
}

/** "since christmas" on December 7: last year's, as chrono-node reads a day of the year as this year's whether or not it has come. */
function lastBefore(date: Date, at: Date, timeZone: string): Date {
  if (calendarDaysBetween(at, date, timeZone) <= 0) return date;
  const day = wallClock(date, timeZone);
  return momentIn(`${monthNames[day.month - 1]} ${day.day} ${day.year - 1}`, at, timeZone, true)?.start.date() ?? date;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const nextLeap = (after: number): number => {
  let year = after + 1;
  while (!isLeap(year)) year += 1;
  return year;
};
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthName = (month: number): string => capitalised(monthNames[month - 1]);

/** ISO 8601's week of a calendar date: weeks start on Monday, and week 1 holds the year's first Thursday. */
function isoWeek(year: number, month: number, day: number): { week: number; year: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { week: Math.floor((thursday.getTime() - firstOfYear) / (7 * 86_400_000)) + 1, year: thursday.getUTCFullYear() };
}

/**
 * The calendar's own answers, on the stack's wall-clock date `today`: whether a year is a leap
 * year, how many days a month (the coming one of that name) or a year has, and the week number.
 */
function calendarReply(slots: Record<string, string>, today: { year: number; month: number; day: number }): { text: string } {
  const year = slots.year ? Number(slots.year) : today.year + Number(slots.yearOffset ?? 0);
  switch (slots.asks) {
    case "leap_year":
      if (slots.next === "true") return { text: `The next leap year is ${nextLeap(today.year)}.` };
      if (isLeap(year)) return { text: `Yes, ${year} is a leap year: February has 29 days.` };
      return { text: `No, ${year} isn't a leap year. The next one is ${nextLeap(year)}.` };
    case "days_in": {
      const ahead = Number(slots.ahead ?? 0);
      if (slots.span === "year") return { text: `${year + ahead} has ${isLeap(year + ahead) ? 366 : 365} days.` };
      // "february" alone is the coming February; "this month" is this one, "next month" the one after.
      const month = slots.month ? Number(slots.month) : ((today.month - 1 + ahead) % 12) + 1;
      const inYear = slots.year ? Number(slots.year) : month < today.month ? today.year + 1 : today.year;
      return { text: `${monthName(month)} ${inYear} has ${daysInMonth(inYear, month)} days.` };
    }
    default: {
      const { week, year: weekYear } = isoWeek(today.year, today.month, today.day);
      return { text: `It's week ${week} of ${weekYear}.` };
    }
  }
}

/** "Yes, it's Friday." / "No, it's Monday.": whether today is the day asked, a weekday or the weekend. */
function isDayReply(asked: string, weekday: string): { text: string } {
  const weekend = weekday === "Saturday" || weekday === "Sunday";
  const yes = asked === "weekend" ? weekend : asked === "weekday" ? !weekend : asked === weekday.toLowerCase();
  return { text: `${yes ? "Yes" : "No"}, it's ${weekday}.` };
}

/** The time, date or weekday somewhere else: "It's 3:53 AM in New York."; a place with no zone known is said so, not answered with the time here. */
/** A place as said, named as a name is written ("new york" is "New York"). */
const placeNamed = (place: string): string => place.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** "Sydney is 11 hours ahead of London.": `other`'s clock against `place`'s, or `place`'s against here (the stack's zone), now. */
function timeDifference(place: string, other: string | undefined, at: Date, timeZone: string): { text: string } {
  const unknown = [place, other].find((p) => p !== undefined && !placeZone(p));
  if (unknown) return { text: `Sorry, I don't know the time zone of ${placeNamed(unknown)}. Ask me for a city there.` };
  // Said of the second place against the first ("between london and sydney": Sydney against London), or of the place against here.
  const [subject, base] = other ? [other, place] : [place, undefined];
  const minutes = zoneOffsetMinutes(placeZone(subject)!, at) - zoneOffsetMinutes(base ? placeZone(base)! : timeZone, at);
  const against = base ? placeNamed(base) : "here";
  if (minutes === 0) return { text: `${placeNamed(subject)} is on the same time as ${against}.` };
  return { text: `${placeNamed(subject)} is ${spokenSpan(Math.abs(minutes) * 60_000)} ${minutes > 0 ? "ahead of" : "behind"} ${against}.` };
}

function clockInPlace(now: () => Date): (place: string, asks: string | undefined) => { text: string } {
  return (place, asks) => {
    const zone = placeZone(place);
    if (!zone) return { text: `Sorry, I don't know the time zone of ${placeNamed(place)}. Ask me for a city there, or the time here.` };
    const at = now();
    const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-US", { timeZone: zone, ...options }).format(at);
    if (asks === "date") return { text: `In ${placeNamed(place)} it's ${format({ weekday: "long", month: "long", day: "numeric", year: "numeric" })}.` };
    if (asks === "weekday") return { text: `In ${placeNamed(place)} it's ${format({ weekday: "long" })}.` };
    return { text: `It's ${format({ hour: "numeric", minute: "2-digit" })} in ${placeNamed(place)}.` };
  };
}

/** "In 3 hours it'll be 2:40 PM.", "2 hours ago it was 9:40 AM.": the clock a span from now, with its day when that is another. */
function shiftedClock(shiftMs: number, at: Date, timeZone: string): { text: string } {
  const then = new Date(at.getTime() + shiftMs);
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(then);
  const days = calendarDaysBetween(at, then, timeZone);
  const day =
    days === 0 ? "" : days === 1 ? " tomorrow" : days === -1 ? " yesterday" : ` on ${new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" }).format(then)}`;
  const span = spokenSpan(Math.abs(shiftMs));
  return { text: shiftMs > 0 ? `In ${span} it'll be ${clock}${day}.` : `${capitalised(span)} ago it was ${clock}${day}.` };
}

/** "how many weeks until christmas": 18 days are "2 weeks and 4 days". */
function weeksAndDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const said = [weeks > 0 ? `${weeks} week${weeks === 1 ? "" : "s"}` : "", rest > 0 ? `${rest} day${rest === 1 ? "" : "s"}` : ""].filter((p) => p !== "");
  return said.join(" and ");
}
