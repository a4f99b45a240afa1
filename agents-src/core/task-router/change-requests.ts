import { moments } from "../../kit/moments";
import { withDigits } from "../../kit/spoken-numbers";
import type { RecentTurn } from "./conversation-context";
import { spokenDuration } from "./timer-requests";

/**
 * "no, at 4 pm", "make it 7 pm", "actually make that 11", "change it to friday", "make it 15": the
 * reminder or timer the assistant has just set, set again. Only right after one was set: elsewhere
 * "make it 15" says nothing of a timer. The coordinator finds the newest one and moves it.
 */
export type ChangeRequest =
  | { intent: "reminder"; slots: { action: "move"; when: string } }
  | { intent: "timer"; slots: { action: "change"; durationMs: string } };

const lead = /^(?:(?:no|nope|actually|sorry|oh|wait|hang on|um|uh|er|erm|oops|my mistake)[,.!]?\s+)+/;
const changeVerb =
  /^(?:(?:can you |could you |please )?(?:make|change|move|put|push|set|switch|shift|bring) (?:it|that|this|the (?:reminder|timer|alarm|time)) (?:to |for |till |until |back to |forward to )?|i (?:meant|mean|said) )/;
const tail = /\s+(?:instead|then|please|rather)$/;
// "11", "7:30", "4 pm": a clock time said alone, which chrono-node reads only after "at".
const bareClock = /^\d{1,2}(?::\d{2})?(?: ?[ap]\.? ?m\.?)?$/;
const spanUnit = /\bset for \d+(?:\.\d+)? (second|minute|hour)s?\b/i;

export function changeOfLastSet(utterance: string, recent: readonly RecentTurn[]): ChangeRequest | null {
  const last = [...recent].reverse().find((t) => t.role === "assistant");
  const setReminder = last?.intent === "reminder" && /^Okay, I'll remind you\b/.test(last.content);
  const setTimer = last?.intent === "timer" && /\btimer is set for\b/.test(last.content);
  if (!last || (!setReminder && !setTimer)) return null;
  let said = withDigits(utterance.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim());
  const led = lead.test(said);
  said = said.replace(lead, "");
  const changed = changeVerb.test(said);
  said = said.replace(changeVerb, "").replace(tail, "").trim();
  if ((!led && !changed) || said === "") return null;
  if (setReminder) {
    const when = bareClock.test(said) ? `at ${said}` : said;
    return moments.parse(when).some((m) => m.text === when || m.text === when.replace(/^(?:at|on|for) /, "")) ? { intent: "reminder", slots: { action: "move", when } } : null;
  }
  // "make it 15" after a 10 minute timer: the unit it was set in.
  const unit = spanUnit.exec(last.content)?.[1];
  const span = /^\d+(?:\.\d+)?$/.test(said) && unit ? `${said} ${unit}s` : said;
  const ms = spokenDuration(span);
  return ms > 0 && span.replace(/\b(?:and|a half|a quarter|three quarters|of|an?|half|\d+(?:\.\d+)?|(?:second|sec|minute|min|hour|hr)s?)\b/g, "").trim() === ""
    ? { intent: "timer", slots: { action: "change", durationMs: String(ms) } }
    : null;
}
