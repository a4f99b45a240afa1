import * as chrono from "chrono-node";
import { namedDayDate, namedDayWords } from "./named-days";

// "on the 15th", "by the 3rd": a day of the month said alone, which chrono-node reads only with a
// month; "the 1st floor", "the 20th century", "the 3rd of may" (chrono-node's own) are not it.
const months = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const dayOfMonthAlone = new RegExp(
  String.raw`\b(?:(?:on|by|from|until|till|before|after) )?the ([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! (?:floor|time|place|one|century|birthday|anniversary|of (?!(?:${months}))|(?:${months})))`,
  "i",
);

/**
 * The next day of the month numbered `day`, from the reference day on: this month's when it has not
 * passed (today's included), else the first month after it that has such a day.
 */
function nextDayOfMonth(context: chrono.ParsingContext, match: RegExpMatchArray): { day: number; month: number; year: number } | null {
  const day = Number(match[1]);
  // The reference's wall-clock date in its own time zone (the stack's, where the caller gave one).
  const today = context.reference.getDateWithAdjustedTimezone();
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const month = new Date(today.getFullYear(), today.getMonth() + ahead, 1);
    const daysInMonth = new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
    if (day <= daysInMonth && (ahead > 0 || day >= today.getDate())) return { day, month: month.getMonth() + 1, year: month.getFullYear() };
  }
  return null;
}

/**
 * chrono-node's casual English reader, with what people say that it does not read: a day of the
 * month alone. Every reader of moments (the router's reminders and corrections, the coordinator's
 * due times) uses this one, so that what the router takes for a moment the coordinator can place.
 */
export const moments: chrono.Chrono = chrono.casual.clone();
moments.parsers.push({ pattern: () => dayOfMonthAlone, extract: nextDayOfMonth });
// "on new year's eve at 11 pm", "the day before easter": a day named rather than dated, on the reference's own calendar.
moments.parsers.push({
  pattern: () => namedDayWords,
  extract: (context, match) => {
    const date = namedDayDate(match[0], context.reference.getDateWithAdjustedTimezone());
    return date ? { year: date[0], month: date[1], day: date[2] } : null;
  },
});

// "in a fortnight", "in two fortnights' time": chrono-node reads "in 2 weeks" but not the fortnight, which
// British and Irish speakers say. The same clock time so many fortnights on, as chrono-node has "in 2 weeks".
const fortnights = /\bin (a|one|two|2|three|3) fortnights?(?:['\u2019]?s?\s+time)?\b/i;
const fortnightCount: Record<string, number> = { a: 1, one: 1, two: 2, "2": 2, three: 3, "3": 3 };
moments.parsers.push({
  pattern: () => fortnights,
  extract: (context, match) => {
    const then = context.reference.getDateWithAdjustedTimezone();
    then.setDate(then.getDate() + 14 * fortnightCount[match[1].toLowerCase()]);
    return context
      .createParsingComponents({ year: then.getFullYear(), month: then.getMonth() + 1, day: then.getDate() })
      .imply("hour", then.getHours())
      .imply("minute", then.getMinutes());
  },
});

// "give her the evening ones at 6 pm", "take the morning tablets", "book the evening class on wednesday": a part
// of the day between a determiner and a noun names a kind of thing, not when; chrono-node reads it as the moment
// (8 PM, 6 AM) and the clock time after it is lost to the task. After a joining word or at the end it is one
// ("remind me in the evening to call mum", "... in the evening").
const partOfDayNamingAThing = /\b(?:the|my|your|his|her|our|their|its) $/;
const joinsAMoment = /^ +(?:to|at|on|in|by|and|or|please|then|about|before|after|of|for|so|with|when|until|till|today|tomorrow|tonight|this|next|every)\b/;
moments.refiners.push({
  refine: (context, results) =>
    results.filter(
      (result) =>
        !(
          /^(?:morning|afternoon|evening|night)$/i.test(result.text) &&
          partOfDayNamingAThing.test(context.text.slice(0, result.index).toLowerCase()) &&
          /^ +[a-z]/i.test(context.text.slice(result.index + result.text.length)) &&
          !joinsAMoment.test(context.text.slice(result.index + result.text.length).toLowerCase())
        ),
    ),
});

// "remind me every morning to take my pills", "tomorrow morning": a morning with no clock time said.
// chrono-node takes it for 6:00 AM, before most people are up; 8:00 AM is when a morning reminder
// finds them. A time said ("at 6 in the morning") is certain and stays.
const morningHour = 8;
moments.refiners.push({
  refine: (_context, results) => {
    for (const result of results) {
      if (/\bmorning\b/i.test(result.text) && !result.start.isCertain("hour")) result.start.imply("hour", morningHour).imply("minute", 0);
    }
    return results;
  },
});

// "at 7 in the evening", "at 5 o'clock in the afternoon", "at 10 o'clock in the morning": chrono-node reads "in the
// morning" and "in the afternoon" after a bare clock time but not "in the evening", nor any part of the day after
// "o'clock"; it takes the part for a moment of its own and leaves the clock time in the morning. The part of the day
// sets the clock time's half and is part of the moment; read before chrono-node's own refiners, so that the day it
// carries a past time forward to is the right half's.
const partOfDayAfterClock = /^ in the (morning|afternoon|evening)\b/i;
moments.refiners.unshift({
  refine: (context, results) => {
    const lengthened: chrono.ParsedResult[] = [];
    for (const result of results) {
      const part = partOfDayAfterClock.exec(context.text.slice(result.index + result.text.length));
      if (!part || !result.start.isCertain("hour")) continue;
      const meridiem = part[1].toLowerCase() === "morning" ? 0 : 1;
      // "at 7 pm in the evening" says it twice; "at 7 am in the evening" contradicts itself and is read as said.
      if (result.start.isCertain("meridiem") && result.start.get("meridiem") !== meridiem) continue;
      const hour = (result.start.get("hour") ?? 0) % 12;
      result.start.assign("hour", meridiem === 1 ? hour + 12 : hour);
      result.start.assign("meridiem", meridiem);
      result.text += part[0];
      lengthened.push(result);
    }
    // The part of the day chrono-node read on its own is now inside the moment.
    return results.filter((result) => !lengthened.some((moment) => result.index > moment.index && result.index < moment.index + moment.text.length));
  },
});
