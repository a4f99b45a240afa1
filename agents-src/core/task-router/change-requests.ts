import { moments } from "../../kit/moments";
import { withDigits } from "../../kit/spoken-numbers";
import { lastReply, type RecentTurn } from "./conversation-context";
import { durationAlone, justSetReminder, momentsInDigits } from "./timer-requests";

/**
 * "no, at 4 pm", "make it 7 pm", "actually make that 11", "change it to friday", "make it 15": the
 * reminder or timer the assistant has just set, set again. Only right after one was set: elsewhere
 * "make it 15" says nothing of a timer. The coordinator finds the newest one and moves it.
 */
export type ChangeRequest =
  | { intent: "reminder"; slots: { action: "move"; when: string } }
  | { intent: "timer"; slots: { action: "change"; durationMs: string } };

// "ah actually make it 15" (Ireland's "ah"), "hmm, make that 25": hesitations open a change as "oh" does.
const lead = /^(?:(?:no|nope|actually|sorry|oh|a+h+|h+m+|wait|hang on|um|uh|er|erm|oops|my mistake)[,.!]?\s+)+/;
const changeVerb =
  /^(?:(?:can you |could you |please )?(?:make|change|move|put|push|set|switch|shift|bring) (?:it|that|this|the (?:reminder|timer|alarm|time)) (?:to |for |till |until |back to |forward to )?|i (?:meant|mean|said) )/;
// "make that 25 actually": said after the new value as before it.
const tail = /\s+(?:instead|then|please|rather|actually)$/;
// "11", "7:30", "4 pm": a clock time said alone, which chrono-node reads only after "at".
const bareClock = /^\d{1,2}(?::\d{2})?(?: ?[ap]\.? ?m\.?)?$/;
const spanUnit = /\b(?:set for|is now) \d+(?:\.\d+)? (second|minute|hour)s?\b/i;
/** The assistant's words for a timer it has set ("your timer is set for 10 minutes") or set again ("your timer is now 15 minutes"). */
export const timerSetReply = /\btimer is (?:set for|now) \d/;

export function changeOfLastSet(utterance: string, recent: readonly RecentTurn[]): ChangeRequest | null {
  const last = lastReply(recent);
  const setReminder = justSetReminder(recent);
  const setTimer = last?.intent === "timer" && timerSetReply.test(last.content);
  if (!last || (!setReminder && !setTimer)) return null;
  let said = utterance.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  const led = lead.test(said);
  said = said.replace(lead, "");
  const changed = changeVerb.test(said);
  said = said.replace(changeVerb, "").replace(tail, "").trim();
  if ((!led && !changed) || said === "") return null;
  if (setReminder) {
    // "six thirty", "quarter to five", "8 15": a clock time said alone in words, read as a reminder's own is.
    const clock = momentsInDigits(`at ${said}`).replace(/^at /, "");
    const spoken = withDigits(said);
    // "make it 3 hours" of a reminder set "in 2 hours": a span alone is a delay from now.
    const when = bareClock.test(clock) ? `at ${clock}` : durationAlone(spoken) > 0 ? `in ${spoken}` : spoken;
    return moments.parse(when).some((m) => m.text === when || m.text === when.replace(/^(?:at|on|for) /, "")) ? { intent: "reminder", slots: { action: "move", when } } : null;
  }
  // "make it 15" after a 10 minute timer: the unit it was set in.
  const unit = spanUnit.exec(last.content)?.[1];
  const length = withDigits(said);
  const span = /^\d+(?:\.\d+)?$/.test(length) && unit ? `${length} ${unit}s` : length;
  const ms = durationAlone(span);
  return ms > 0 ? { intent: "timer", slots: { action: "change", durationMs: String(ms) } } : null;
}

// "change my wifi password to daisy77", "update our door code to 4471", "update the gate code to 5582":
// a kept thing's new value, said as the fact it makes ("my wifi password is daisy77"), which supersedes
// the old one. Timers, reminders and devices are changed elsewhere or not at all.
const ownValueChanged = /^(?:please )?(?:change|update|switch|reset) (my|our|the) ((?:[a-z']+ ){0,3}[a-z']+) to (.+)$/;
// Read on the thing's last word: "my alarm" is a device's, "my alarm code" is kept.
const notAKeptThing = /\b(?:timers?|alarms?|reminders?|volume|thermostat|heating|lights?|music|song|station|channel|settings?)$/;
// "the" names anything, the thermostat and the lights as well: only a value people keep and look up
// ("the gate code", "the wifi password") is a kept thing's.
const keptValue = /\b(?:code|password|passcode|pin|combination|number|username|login)$/;

/** The fact a request to change one's own thing's value makes; `null` for any other request. */
export function changedValueFact(utterance: string): { intent: "remember"; slots: { fact: string } } | null {
  const said = ownValueChanged.exec(utterance.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim());
  if (!said || notAKeptThing.test(said[2]) || (said[1] === "the" && !keptValue.test(said[2]))) return null;
  return { intent: "remember", slots: { fact: `${said[1]} ${said[2]} ${/s$/.test(said[2]) && !/(?:ss|us|is)$/.test(said[2]) ? "are" : "is"} ${said[3]}` } };
}
