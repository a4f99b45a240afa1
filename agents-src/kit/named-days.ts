/**
 * Days that people name rather than date ("christmas eve", "easter monday", "thanksgiving"), and
 * when they next fall. One list for every reader: the router's clock questions ("when is easter")
 * and, through kit/moments, every moment a reminder or a correction names ("remind me on new
 * year's eve at 11 pm").
 */
export const monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The day `inYear` gives this year, or next year's once this year's has passed (today's is still this year's), as chrono-node reads it: "november 26 2026". */
function nextFrom(inYear: (year: number) => Date, today: Date): string {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const day = inYear(today.getFullYear()) >= start ? inYear(today.getFullYear()) : inYear(today.getFullYear() + 1);
  return `${monthNames[day.getMonth()]} ${day.getDate()} ${day.getFullYear()}`;
}

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
  return nextFrom(inYear, today);
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
  return nextFrom(inYear, today);
}

// Days that people ask after by name; chrono-node reads none of them. Fixed on the calendar, the nth
// weekday of a month (Thanksgiving the fourth Thursday of November, Labor Day the first Monday of September),
// or counted from Easter. Feasts of other lunar calendars (Diwali, Eid, Chinese New Year) would need
// their tables: they stay unread. Longer names first: "easter monday" is not "easter".
export const namedDays: Array<[name: RegExp, date: string | ((today?: Date) => string), said: string]> = [
  [/\bgood friday\b/, (today) => fromEaster(-2, today), "Good Friday"],
  [/\beaster monday\b/, (today) => fromEaster(1, today), "Easter Monday"],
  [/\bpalm sunday\b/, (today) => fromEaster(-7, today), "Palm Sunday"],
  [/\bash wednesday\b/, (today) => fromEaster(-46, today), "Ash Wednesday"],
  [/\b(?:shrove tuesday|pancake day|mardi gras)\b/, (today) => fromEaster(-47, today), "Shrove Tuesday"],
  [/\bmothering sunday\b/, (today) => fromEaster(-21, today), "Mothering Sunday"],
  [/\b(?:pentecost|whit ?sunday)\b/, (today) => fromEaster(49, today), "Pentecost"],
  [/\beaster(?: sunday| day)?\b/, (today) => fromEaster(0, today), "Easter Sunday"],
  // The American day (the second Sunday of May); Britain's is Mothering Sunday, asked by that name above.
  [/\bmother'?s day\b/, (today) => nthWeekdayOf(2, 0, 4, today), "Mother's Day"],
  [/\b(?:martin luther king|mlk)(?: jr)? day\b/, (today) => nthWeekdayOf(3, 1, 0, today), "Martin Luther King Jr. Day"],
  [/\bpresidents'? day\b/, (today) => nthWeekdayOf(3, 1, 1, today), "Presidents' Day"],
  [/\bcolumbus day\b|\bindigenous peoples'? day\b/, (today) => nthWeekdayOf(2, 1, 9, today), "Columbus Day"],
  [/\bearly may bank holiday\b|\bmay day bank holiday\b/, (today) => nthWeekdayOf(1, 1, 4, today), "the early May bank holiday"],
  [/\bspring bank holiday\b/, (today) => nthWeekdayOf(-1, 1, 4, today), "the spring bank holiday"],
  [/\b(?:summer|august) bank holiday\b/, (today) => nthWeekdayOf(-1, 1, 7, today), "the summer bank holiday"],
  [/\b(?:independence day|(?:the )?fourth of july)\b/, "july 4", "Independence Day"],
  [/\bjuneteenth\b/, "june 19", "Juneteenth"],
  [/\bveterans'? day\b/, "november 11", "Veterans Day"],
  [/\b(?:remembrance|armistice) day\b/, "november 11", "Remembrance Day"],
  [/\bburns night\b/, "january 25", "Burns Night"],
  [/\b(?:st|saint) david'?s day\b/, "march 1", "St David's Day"],
  [/\b(?:st|saint) george'?s day\b/, "april 23", "St George's Day"],
  [/\b(?:st|saint) andrew'?s day\b/, "november 30", "St Andrew's Day"],
  [/\bcanadian thanksgiving\b/, (today) => nthWeekdayOf(2, 1, 9, today), "Canadian Thanksgiving"],
  [/\bthanksgiving(?: day)?\b/, (today) => nthWeekdayOf(4, 4, 10, today), "Thanksgiving"],
  [/\bfather'?s day\b/, (today) => nthWeekdayOf(3, 0, 5, today), "Father's Day"],
  [/\bmemorial day\b/, (today) => nthWeekdayOf(-1, 1, 4, today), "Memorial Day"],
  [/\blabou?r day\b/, (today) => nthWeekdayOf(1, 1, 8, today), "Labor Day"],
  [/\bchristmas eve\b/, "december 24", "Christmas Eve"],
  [/\b(?:christmas|xmas)(?: day)?\b/, "december 25", "Christmas Day"],
  [/\bboxing day\b/, "december 26", "Boxing Day"],
  [/\bnew year'?s eve\b/, "december 31", "New Year's Eve"],
  [/\bnew year'?s(?: day)?\b/, "january 1", "New Year's Day"],
  // "how long until new year": the day, but not another calendar's new year, a wish or a resolution.
  [/(?<!\b(?:happy|chinese|lunar|jewish|persian|islamic|hindu|tamil|thai|vietnamese|korean) )\bnew year\b(?!'|s\b| (?:resolutions?|party|parties|sales?|honours)\b)/, "january 1", "New Year's Day"],
  [/\bvalentine'?s(?: day)?\b/, "february 14", "Valentine's Day"],
  [/\b(?:st|saint) patrick'?s day\b/, "march 17", "St Patrick's Day"],
  [/\bhalloween\b/, "october 31", "Halloween"],
  [/\bbonfire night\b/, "november 5", "Bonfire Night"],
];


/** Any named day, for a reader that finds them in a sentence. */
export const namedDayWords = new RegExp(namedDays.map(([name]) => `(?:${name.source})`).join("|"), "i");

/** The next date, from `today` on (today included), of the named day `said` names, as [year, month (1 January), day]; `undefined` for none. */
export function namedDayDate(said: string, today: Date): [year: number, month: number, day: number] | undefined {
  const entry = namedDays.find(([name]) => new RegExp(`^(?:${name.source})$`, "i").test(said.toLowerCase()));
  if (!entry) return undefined;
  const [, date] = entry;
  const [monthName, day, year] = (typeof date === "string" ? nextOn(date, today) : date(today)).split(" ");
  return [Number(year), monthNames.indexOf(monthName) + 1, Number(day)];
}

/** "december 24" as its next date from `today` on: "december 24 2026". */
function nextOn(monthDay: string, today: Date): string {
  const [monthName, day] = monthDay.split(" ");
  return nextFrom((year) => new Date(year, monthNames.indexOf(monthName), Number(day)), today);
}
