import { withDigits } from "../../kit/spoken-numbers";
import type { Slots } from "./slots";
import { durationAlone } from "./timer-requests";

// "what time will it be in 3 hours", "what's the time 20 minutes from now", "what's 15 minutes from now",
// "what time was it 2 hours ago": the clock moved by a span, which the coordinator adds to its own now.
const clockLead = /^(?:what(?: time)? (?:will|would|is) it (?:be|going to be)|what time (?:is it|was it)|what(?:'s|s| is| was) the time|what(?:'s|s| is))(?: it)?(?: (?:be|going to be))? (.+)$/;
const spanAhead = /^(?:in (?:another )?(.+?)(?: time)?|(.+?) (?:from now|later|hence))$/;
const spanBack = /^(.+?) ago$/;
// The span itself is said with a number or "an", "half", "a quarter" first: "in a minute" is a manner of speaking.
const spanStart = /^(?:\d|an? (?:hour|day|week)|one |half|a quarter|three quarters)/;

/** The clock a span from now or before it, as a time request; `null` when no such span is asked about. */
export function clockShiftRequest(text: string): { intent: "time"; slots: Slots } | null {
  const said = withDigits(text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.,]+/g, "").trim());
  const rest = clockLead.exec(said)?.[1];
  if (!rest) return null;
  const ahead = spanAhead.exec(rest);
  const back = ahead ? null : spanBack.exec(rest);
  const span = ahead ? (ahead[1] ?? ahead[2]) : back?.[1];
  if (!span || !spanStart.test(span)) return null;
  const ms = durationAlone(span);
  if (ms <= 0) return null;
  return { intent: "time", slots: { asks: "time", shiftMs: String(back ? -ms : ms) } };
}
