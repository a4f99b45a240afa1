import { moments } from "../../kit/moments";
import type { Slots } from "./slots";

const monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The next day, from `today` on, that is the `nth` `weekday` (0 Sunday) of `month` (0 January); -1
 * for the last. As chrono-node reads it: "november 26 2026".
 */
export function nthWeekdayOf(nth: number, weekday: number, month: number, today = new Date()): string {
  const inYear = (year: number): Date => {
    if (nth < 0) {
      const last = new Date(year, month + 1, 0);
      return new Date(year, month, last.getDate() - ((last.getDay() - weekday + 7) % 7));
    }
    const first = new Date(year, month, 1);
    return new Date(year, month, 1 + ((weekday - first.getDay() + 7) % 7) + 7 * (nth - 1));
  };
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const day = inYear(today.getFullYear()) >= start ? inYear(today.getFullYear()) : inYear(today.getFullYear() + 1);
  return `${monthNames[day.getMonth()]} ${day.getDate()} ${day.getFullYear()}`;
}

/** Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Nature, 1876), as [month (0 January), day]. */
export function easterSunday(year: number): [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const e = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - d - (c % 4)) % 7;
  const f = d + e - 7 * Math.floor((a + 11 * d + 22 * e) / 451) + 114;
  return [Math.floor(f / 31) - 1, (f % 31) + 1];
}

/** The next day, from `today` on, that is `offset` days from Easter Sunday (Good Friday -2, Easter Monday 1), as chrono-node reads it. */
export function fromEaster(offset: number, today = new Date()): string {
  const inYear = (year: number): Date => {
    const [month, day] = easterSunday(year);
    return new Date(year, month, day + offset);
  };
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const day = inYear(today.getFullYear()) >= start ? inYear(today.getFullYear()) : inYear(today.getFullYear() + 1);
  return `${monthNames[day.getMonth()]} ${day.getDate()} ${day.getFullYear()}`;
}

// Days that people ask after by name; chrono-node reads none of them. Fixed on the calendar, the nth
// weekday of a month (Thanksgiving the fourth Thursday of November, Labor Day the first Monday of September),
// or counted from Easter. Feasts of other lunar calendars (Diwali, Eid, Chinese New Year) would need
// their tables: they stay unread. Longer names first: "easter monday" is not "easter".
const namedDays: Array<[name: RegExp, date: string | (() => string), said: string]> = [
  [/\bgood friday\b/, () => fromEaster(-2), "Good Friday"],
  [/\beaster monday\b/, () => fromEaster(1), "Easter Monday"],
  [/\bpalm sunday\b/, () => fromEaster(-7), "Palm Sunday"],
  [/\bash wednesday\b/, () => fromEaster(-46), "Ash Wednesday"],
  [/\b(?:shrove tuesday|pancake day|mardi gras)\b/, () => fromEaster(-47), "Shrove Tuesday"],
  [/\bmothering sunday\b/, () => fromEaster(-21), "Mothering Sunday"],
  [/\b(?:pentecost|whit ?sunday)\b/, () => fromEaster(49), "Pentecost"],
  [/\beaster(?: sunday| day)?\b/, () => fromEaster(0), "Easter Sunday"],
  // The American day (the second Sunday of May); Britain's is Mothering Sunday, asked by that name above.
  [/\bmother'?s day\b/, () => nthWeekdayOf(2, 0, 4), "Mother's Day"],
  [/\b(?:martin luther king|mlk)(?: jr)? day\b/, () => nthWeekdayOf(3, 1, 0), "Martin Luther King Jr. Day"],
  [/\bpresidents'? day\b/, () => nthWeekdayOf(3, 1, 1), "Presidents' Day"],
  [/\bcolumbus day\b|\bindigenous peoples'? day\b/, () => nthWeekdayOf(2, 1, 9), "Columbus Day"],
  [/\bearly may bank holiday\b|\bmay day bank holiday\b/, () => nthWeekdayOf(1, 1, 4), "the early May bank holiday"],
  [/\bspring bank holiday\b/, () => nthWeekdayOf(-1, 1, 4), "the spring bank holiday"],
  [/\b(?:summer|august) bank holiday\b/, () => nthWeekdayOf(-1, 1, 7), "the summer bank holiday"],
  [/\b(?:independence day|(?:the )?fourth of july)\b/, "july 4", "Independence Day"],
  [/\bjuneteenth\b/, "june 19", "Juneteenth"],
  [/\bveterans'? day\b/, "november 11", "Veterans Day"],
  [/\b(?:remembrance|armistice) day\b/, "november 11", "Remembrance Day"],
  [/\bburns night\b/, "january 25", "Burns Night"],
  [/\b(?:st|saint) david'?s day\b/, "march 1", "St David's Day"],
  [/\b(?:st|saint) george'?s day\b/, "april 23", "St George's Day"],
  [/\b(?:st|saint) andrew'?s day\b/, "november 30", "St Andrew's Day"],
  [/\bcanadian thanksgiving\b/, () => nthWeekdayOf(2, 1, 9), "Canadian Thanksgiving"],
  [/\bthanksgiving(?: day)?\b/, () => nthWeekdayOf(4, 4, 10), "Thanksgiving"],
  [/\bfather'?s day\b/, () => nthWeekdayOf(3, 0, 5), "Father's Day"],
  [/\bmemorial day\b/, () => nthWeekdayOf(-1, 1, 4), "Memorial Day"],
  [/\blabou?r day\b/, () => nthWeekdayOf(1, 1, 8), "Labor Day"],
  [/\bchristmas eve\b/, "december 24", "Christmas Eve"],
  [/\b(?:christmas|xmas)(?: day)?\b/, "december 25", "Christmas Day"],
  [/\bboxing day\b/, "december 26", "Boxing Day"],
  [/\bnew year'?s eve\b/, "december 31", "New Year's Eve"],
  [/\bnew year'?s(?: day)?\b/, "january 1", "New Year's Day"],
  [/\bvalentine'?s(?: day)?\b/, "february 14", "Valentine's Day"],
  [/\b(?:st|saint) patrick'?s day\b/, "march 17", "St Patrick's Day"],
  [/\bhalloween\b/, "october 31", "Halloween"],
  [/\bbonfire night\b/, "november 5", "Bonfire Night"],
];

/** The day a clock question names besides today ("next friday", "december 25", "christmas"), as chrono-node reads it, and its name if it has one. */
export function namedDay(text: string): { day?: string; dayName?: string } {
  // "day of the week" asks for a weekday; chrono-node would read "the week" as a day of its own.
  let said = text.toLowerCase().replace(/\u2019/g, "'").replace(/\bday of the week\b/g, "day");
  let dayName: string | undefined;
  for (const [name, date, spoken] of namedDays) {
    if (!name.test(said)) continue;
    said = said.replace(name, typeof date === "string" ? date : date());
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
const daysUntil = /^(?:how many (?:more )?(?:days|sleeps|weeks)|how long)(?: is it| are there| are left| left| have i got| do i have| do we have| to go)? (?:until|till|til|'til|to|before) (.+?)$/;

// "my anniversary", "our holiday", "mum's birthday": a day the user keeps, which only memory knows.
// Said with a verb it is no day but a happening ("the pasta is done", "the bus comes").
const keptDay = /^(?:my|our|the|[a-z]+'s) (?:[a-z']+ ){0,3}[a-z]+$/;
const happening = /\b(?:is|are|was|be|done|ready|finished|goes|go|rings|comes|come|starts|start|ends|arrives|leaves)\b/;
// "when's new year's day", "when is christmas this year", "when does halloween fall": the calendar's date of a day
// named by custom, asked with "when" and nothing else ("when is christmas dinner" is a kept plan).
const whenIsNamedDay = /^(?:when|what date)(?: is|'s| does| will)? (.+?)(?: (?:this|next|last) year)?(?: fall(?: on)?| be| land(?: on)?)?(?: (?:this|next|last) year)?$/;

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
    return keptDay.test(asked[1]) && !happening.test(asked[1]) ? { intent: "recall", slots: { question: `when is ${asked[1]}`, asks: "days_until" } } : null;
  }
  const when = whenIsNamedDay.exec(said);
  if (!when || !namedDays.some(([name]) => new RegExp(`^(?:${name.source})$`).test(when[1]))) return null;
  return { intent: "time", slots: { asks: "date", ...namedDay(when[1]) } };
}
