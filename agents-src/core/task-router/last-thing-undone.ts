import { lastReply, type RecentTurn } from "./conversation-context";
import { timerRequestOf, type TimerRequest } from "./timer-requests";

/**
 * "scratch that", "undo that", "delete that" right after the assistant kept (or read back) a fact or
 * set a timer or a reminder: that one thing undone. A fact is forgotten by what was kept, not by its subject
 * ("you're parked on level 4" has none to find, and "forget that" after "my bike lock code is
 * 3321" must not take an older code with it); a timer or reminder is cancelled as "cancel that" is.
 */
const undoOrder =
  /^(?:(?:no|actually|oh|sorry|wait|hang on|um|uh|er|oops)\s+)*(?:(?:scratch|strike|undo|delete|cancel|scrap|remove|erase|wipe|drop|get rid of|forget|bin|ditch) (?:that|it|that one|this(?: one)?|what i (?:just )?said)|take (?:that|it) back)(?: now| then| please| as well| too)?$/;
// A fact just kept, corrected or read back is what "that" is.
const factReplies = new Set(["remember", "correct", "recall"]);

export type Undone = { intent: "forget"; slots: { subject: string } } | TimerRequest;

/** The request undoing what the assistant just did; `null` for anything else or after any other turn. */
export function lastThingUndone(utterance: string, recent: readonly RecentTurn[]): Undone | null {
  const said = utterance.toLowerCase().replace(/\u2019/g, "'").replace(/[,.!?]+/g, " ").replace(/\s+/g, " ").trim();
  if (!undoOrder.test(said)) return null;
  const previous = lastReply(recent);
  if (previous?.fact && factReplies.has(previous.intent ?? "")) return { intent: "forget", slots: { subject: previous.fact } };
  return timerRequestOf("cancel that", recent);
}
