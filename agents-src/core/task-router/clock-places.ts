import { moments } from "../../kit/moments";
import { askedAgainFor } from "./out-of-domain";
import { clockAsked, clockPlace } from "./sentence-form";
import type { Slots } from "./slots";
import { tokenize } from "./text-normalization";

/**
 * The clock asked for in a place in fewer words than a question: tersely ("time in dubai?", "the
 * date in sydney") or, right after a clock answer, as the same question for another place ("and
 * what about in sydney", "how about new york"). Neither is near enough any exemplar to be read as
 * the clock, and "in sydney" alone is nearer travel.
 */

// "and what's the date", "and is it dark there": a question of its own names no place.
const notAPlace = /^(?:what|when|where|who|which|how|is|are|was|were|do|does|did|can|could|will)\b/;
// "time in dubai", "the date in tokyo now": a clock word, then the place.
const terseClock = /^(?:the )?(?:time|date|day)(?: (?:now|right now))? (?:in|over in|out in) /;

/** The clock in a place, asked tersely; `null` for anything else ("time in a bottle" names no place). */
export function terseClockPlace(normalized: string): { intent: "time"; slots: Slots } | null {
  if (!terseClock.test(normalized)) return null;
  const { place } = clockPlace(normalized);
  return place ? { intent: "time", slots: { ...clockAsked(tokenize(normalized)), place } } : null;
}

/**
 * The last clock question asked again for another place ("and in london" after "what time is it");
 * `lastAsked` is the user's last request when the assistant answered it with the clock, else `null`.
 * Another day ("what about tomorrow") or one's own thing ("what about my keys") is no place.
 */
export function clockOfAnotherPlace(normalized: string, lastAsked: string | null): { intent: "time"; slots: Slots } | null {
  const again = lastAsked === null ? null : askedAgainFor(normalized);
  // "and the date?", "and what's the date" after "what day is it": another clock question, not a place.
  if (again === null || moments.parse(again).length > 0 || Object.keys(clockAsked(tokenize(again))).length > 0 || notAPlace.test(again)) return null;
  const { place } = clockPlace(/^(?:over |out )?in /.test(again) ? again : `in ${again}`);
  return place && lastAsked !== null ? { intent: "time", slots: { ...clockAsked(tokenize(lastAsked)), place } } : null;
}

// "what's the time difference between london and sydney", "how many hours ahead is tokyo", "how far behind
// us is new york": two clocks compared, which the assistant knows from the places' zones (it was travel).
const differenceBetween = /^what is the time difference between (.+?) and (.+)$/;
const differenceFromHere = /^(?:what is )?the time difference (?:with|to|from|in) (.+)$/;
const hoursApart = /^how (?:many hours|far) (?:ahead|behind|forward|back) (?:of (?:us|here) )?is (.+?)(?: (?:of|from|than) (.+))?$/;

/** The clock difference between two places, or a place and here (`other` unsaid); `null` for anything else. */
export function timeDifferenceRequest(normalized: string): { intent: "time"; slots: Slots } | null {
  const [, first, second] = differenceBetween.exec(normalized) ?? hoursApart.exec(normalized) ?? differenceFromHere.exec(normalized) ?? [];
  // A city is named bare; "the project", "my watch" are things, however the sentence runs.
  const cityNamed = (said: string | undefined) => (said === undefined || /^(?:the|my|our|your|a|an|this|that)\b/.test(said) ? undefined : clockPlace(`in ${said}`).place);
  const place = cityNamed(first);
  const other = second === "here" || second === "us" ? undefined : cityNamed(second);
  if (!place || (second !== undefined && !other && !["here", "us"].includes(second))) return null;
  return { intent: "time", slots: { asks: "difference", place, ...(other ? { other } : {}) } };
}
