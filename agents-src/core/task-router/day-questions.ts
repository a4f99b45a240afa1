import { moments } from "../../kit/moments";
import { namedDays } from "../../kit/named-days";
import type { Slots } from "./slots";

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
