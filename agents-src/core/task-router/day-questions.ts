import { moments } from "../../kit/moments";
import { monthNames, namedDays } from "../../kit/named-days";
import type { Slots } from "./slots";

/** The day a clock question names besides today ("next friday", "december 25", "christmas"), as chrono-node reads it, and its name if it has one. */
export function namedDay(text: string): { day?: string; dayName?: string } {
  // "day of the week" asks for a weekday; chrono-node would read "the week" as a day of its own.
  let said = text.toLowerCase().replace(/\u2019/g, "'").replace(/\bday of the week\b/g, "day");
  let dayName: string | undefined;
  for (const [name, date, spoken] of namedDays) {
    if (!name.test(said)) continue;
    // "easter in 2028", "christmas 2027": the day of the year said, not the next one.
    const year = new RegExp(String.raw`(?:${name.source})(?: (?:in|of))? (\d{4})\b`).exec(said)?.[1];
    const inYear = year === undefined ? undefined : typeof date === "string" ? `${date} ${year}` : date(new Date(Number(year), 0, 1));
    if (inYear !== undefined) said = said.replace(new RegExp(String.raw`(?: (?:in|of))? ${year}\b`), "");
    said = said.replace(name, inYear ?? (typeof date === "string" ? date : date()));
    dayName = spoken;
    break;
  }
  // "this year", "the week" name no day; "today" is the day a plain clock question answers, and so is
  // "the day" ("what's the day today"), which chrono-node reads as a weekday of its own.
  const day = moments
    .parse(said, new Date(), { forwardDate: true })
    .find((m) => (m.start.isCertain("day") || m.start.isCertain("weekday")) && !/^(?:today|now|tonight|(?:the )?day)$/.test(m.text));
  if (!day) return {};
  return dayName ? { day: day.text, dayName } : { day: day.text };
}

// "how many days until christmas", "how many sleeps till the 24th of december", "how long is it until friday".
// "how many days between now and the 1st of march", "how many days from today to friday": counted from today all the same.
const daysUntil =
  /^(?:how many (?:more )?(?:days|sleeps|weeks)|how long)(?: is it| are there| are left| left| have i got| do i have| do we have| to go)? (?:(?:until|till|til|'til|to|before)|(?:between (?:now|today) and|from (?:now|today) (?:until|till|to))) (.+?)$/;

// "how many days since the 1st of january", "how long has it been since christmas", "how many days ago was my birthday".
const daysSince = /^(?:how many days(?: has it been| is it| have passed| have gone by)?|how long(?: has it been| is it)?) since (.+?)$|^how many days ago (?:was|is) (.+?)$/;

// "my anniversary", "our holiday", "mum's birthday": a day the user keeps, which only memory knows.
// Said with a verb it is no day but a happening ("the pasta is done", "the bus comes").
const keptDay = /^(?:my|our|the|[a-z]+'s) (?:[a-z']+ ){0,3}[a-z]+$/;
const happening = /\b(?:is|are|was|be|done|ready|finished|goes|go|rings|comes|come|starts|start|ends|arrives|leaves)\b/;
// "my mother in law arrives", "the builders start", "our flight leaves": a happening the user may have told the day of
// ("how many days until my mother in law arrives"). Something cooking being done is a timer's, and none.
const keptHappening =
  /^(?:my|our|the|[a-z]+'s) (?:[a-z']+ ){0,4}?(?:arrives?|comes?|starts?|ends?|leaves?|goes|go|opens?|closes?|returns?|lands?|flies|fly|gets? (?:here|back|home)|(?:is|are) due)(?: (?:back|home|here|in|out|off|over))?$/;
// "when's new year's day", "when is christmas this year", "when does halloween fall": the calendar's date of a day
// named by custom, asked with "when" and nothing else ("when is christmas dinner" is a kept plan).
// "when is easter in 2027": in a year said, that year's.
const whenIsNamedDay = /^(?:when|what date)(?: is|'s| does| will)? (.+?)(?: (?:this|next|last) year| (?:in )?(\d{4}))?(?: fall(?: on)?| be| land(?: on)?)?(?: (?:this|next|last) year| (?:in )?(\d{4}))?$/;

/**
 * "how many days until christmas": the days from today to a day named outright; "how long until my
 * anniversary": a recall of that day, counted from today by the coordinator; "when is new year's
 * day": the date of a day named by custom. `null` for any other request.
 */
export function daysUntilRequest(text: string): { intent: "time" | "recall"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  const asked = daysUntil.exec(said);
  if (asked) {
    const day = namedDay(asked[1]);
    if (day.day) return { intent: "time", slots: { asks: "days_until", ...day, ...(/^how many (?:more )?weeks\b/.test(said) ? { unit: "weeks" } : {}) } };
    if (keptDay.test(asked[1]) && !happening.test(asked[1])) return { intent: "recall", slots: { question: `when is ${asked[1]}`, asks: "days_until" } };
    return keptHappening.test(asked[1]) ? { intent: "recall", slots: { question: `when ${asked[1]}`, asks: "days_until" } } : null;
  }
  const since = daysSince.exec(said);
  const sinceDay = since ? namedDay(since[1] ?? since[2]) : {};
  if (sinceDay.day) return { intent: "time", slots: { asks: "days_since", ...sinceDay } };
  const when = whenIsNamedDay.exec(said);
  if (!when || !namedDays.some(([name]) => new RegExp(`^(?:${name.source})$`).test(when[1]))) return null;
  const year = when[2] ?? when[3];
  return { intent: "time", slots: { asks: "date", ...namedDay(year ? `${when[1]} ${year}` : when[1]) } };
}

// "is it a leap year", "is 2028 a leap year", "when's the next leap year": a calendar question with one answer.
const leapYear = /^(?:is (it|this year|this|next year|last year|(\d{4})) a leap year|(?:when|what)(?: is|'s| will be) the next leap year|does (?:this year|(\d{4})) have a (?:leap day|29th of february|february 29th))$/;
const yearOffsets: Record<string, string> = { "next year": "1", "last year": "-1" };
// "how many days in february", "how many days are there in this month", "how many days in a year".
const daysIn = new RegExp(String.raw`^how many days (?:are there |is there |are )?in (?:the month of )?(?:(${monthNames.join("|")})(?: (\d{4}))?|(this|a|the|next) (month|year))$`);
// "how many days has february got in 2027", "how many days does june have": the month said first, as what has the days;
// "has" alone is the verb itself ("how many days has february in 2027").
const monthHasDays = new RegExp(String.raw`^how many days (?:has|does) (${monthNames.join("|")})(?: (\d{4}))?(?: (?:got|have|get))?(?: in (\d{4}))?$`);
// "what week of the year is it", "what's the week number": the ISO week.
const weekNumber = /^(?:(?:what|which) week (?:of the year |number )?(?:is (?:it|this)(?: today)?|are we in)|what(?: is|'s) the week number(?: today)?)$/;

// "is it friday", "is today a weekday", "is it the weekend yet": yes or no, with the day it is (the lead's own use: "is it
// the weekend" gave the date of Saturday).
const todayIs = /^is (?:it|today|this) (?:still )?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a weekday|a weekend|the weekend)(?: today)?(?: yet| already)?$/;

/**
 * A question about the calendar itself: whether a year is a leap year (a number, or `yearOffset`
 * years from this one, or `next` for the next leap year), how many days a month or a year has (a
 * named one, or this `span` or, `ahead`, the next), or the week number. `null` for any other request.
 */
export function calendarRequest(text: string): { intent: "time"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  const leap = leapYear.exec(said);
  if (leap) {
    const year = leap[2] ?? leap[3];
    if (year) return { intent: "time", slots: { asks: "leap_year", year } };
    return { intent: "time", slots: leap[1] || !/next leap/.test(said) ? { asks: "leap_year", yearOffset: yearOffsets[leap[1] ?? ""] ?? "0" } : { asks: "leap_year", next: "true" } };
  }
  const has = monthHasDays.exec(said);
  if (has) return { intent: "time", slots: { asks: "days_in", month: String(monthNames.indexOf(has[1]) + 1), ...(has[2] ?? has[3] ? { year: has[2] ?? has[3] } : {}) } };
  const days = daysIn.exec(said);
  if (days) {
    if (days[1]) return { intent: "time", slots: { asks: "days_in", month: String(monthNames.indexOf(days[1]) + 1), ...(days[2] ? { year: days[2] } : {}) } };
    return { intent: "time", slots: { asks: "days_in", span: days[4], ...(days[3] === "next" ? { ahead: "1" } : {}) } };
  }
  const isDay = todayIs.exec(said);
  if (isDay) return { intent: "time", slots: { asks: "is_day", day: isDay[1].replace(/^(?:a |the )/, "") } };
  return weekNumber.test(said) ? { intent: "time", slots: { asks: "week_number" } } : null;
}
