// Moments in the stack's time zone, which the coordinator knows and the router does not.
import type * as chrono from "chrono-node";
import { moments } from "../../kit/moments";

/** The time zone's offset from UTC at `at`, in minutes (what chrono-node takes). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

// "last monday", "3 days ago", "yesterday": a moment said as past, which reading forward would move a week on.
const saidAsPast = /\b(?:last|ago|yesterday|previous|past)\b/i;

/** The first moment chrono-node reads in `text`, in `timeZone`: from `at` onwards unless it is said as past, or `past` says it is. */
export function momentIn(text: string, at: Date, timeZone: string, past = saidAsPast.test(text)): chrono.ParsedResult | undefined {
  return moments.parse(text, { instant: at, timezone: zoneOffsetMinutes(timeZone, at) }, { forwardDate: !past })[0];
}

/** Whole days from `from` to `to` as the calendar in `timeZone` counts them (tomorrow at 00:01 is 1). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return Math.round((Date.parse(day.format(to)) - Date.parse(day.format(from))) / 86_400_000);
}

/** The wall-clock parts of `at` in `timeZone`. */
export function wallClock(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}
