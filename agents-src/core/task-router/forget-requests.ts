import { lastReply, lastSubject, type RecentTurn } from "./conversation-context";

/**
 * "delete the note about the canoe paddles", "please delete what I told you about the locker",
 * "wipe everything I said about my ex": what was kept about something, named as the note (or
 * memory, entry, details) or as the telling, is to be forgotten. Without a forget verb's exemplar
 * near it such a request reads as a statement ("the note about ...") or a question about what was
 * said ("what I told you about ..."), so it is decided by its form before any exemplar is scored.
 */
const forgetVerb = String.raw`(?:delete|erase|remove|wipe|clear|scrap|drop|get rid of|forget|bin|ditch|throw away|throw out)`;
const keptThing = String.raw`(?:the|that|those|this|these|your|my|any|all(?: of)?(?: the| your| my)?|every)?\s*(?:notes?|memor(?:y|ies)|facts?|entry|entries|records?|info(?:rmation)?|details?|stuff|things?)`;
// What was kept, named as the user's telling ("what I told you") or as the assistant's knowing ("what you know", "everything you've got").
const telling = String.raw`(?:what|everything|anything|all|whatever)\s+(?:that\s+)?(?:(?:i|we)\s+(?:have\s+|had\s+)?(?:told you|said|saved|mentioned|gave you|noted|stored|asked you to remember)|you\s+(?:know|have|have got|have stored|have saved|remember|kept))`;
const forgetKept = new RegExp(String.raw`^${forgetVerb}\s+(?:${keptThing}|${telling})\s+(?:you have\s+|you've\s+|you\s+)?(?:about|on|regarding|concerning|of|for)\s+(.+)$`);
// "you can forget about the tripod now", "forget all about my old bike", "you can forget the allotment
// number now", "forget where the boat key is": letting go of a particular thing, named with a
// determiner, with "about" or without it, or as where (when, what, who) it is. "forget about it" is
// "never mind", and is left to the reference rules; "forget that my car is ..." is the exemplars'.
const determiner = String.raw`(?:the|my|our|his|her|their)`;
const forgetAboutThing = new RegExp(
  String.raw`^(?:you can |you may |feel free to )?(?:now )?forget (?:all )?` +
    String.raw`(?:about ((?:${determiner}|that|those) .+?)|(${determiner} .+?)|(?:where|when|what|who) (${determiner} .+?) (?:is|are|was|were))` +
    String.raw`(?: now| then| from now on| altogether| completely)?$`,
);
// "delete my locker number", "erase our wifi password": one's own thing named after a verb of deleting is what was kept
// about it, as after "forget". Timers, reminders and alarms are read before this (timer-requests.ts); the things a device
// keeps (emails, photos, messages, an account, apps) are not the assistant's to delete.
const deleteOwnThing =
  /^(?:delete|erase|wipe) ((?:my|our) (?!.*\b(?:emails?|photos?|pictures?|messages?|texts?|account|apps?|files?|contacts?|history|playlists?|songs?|music|voicemails?)\b).+?)(?: now| then| from now on| please)?$/;

/** The subject of a request to forget what was kept about it; `null` for anything else. `normalized` is the router's token text. */
export function forgetKeptAbout(normalized: string): string | null {
  return forgetKept.exec(normalized)?.[1] ?? thingLetGo(normalized) ?? deleteOwnThing.exec(normalized)?.[1] ?? null;
}

function thingLetGo(normalized: string): string | null {
  const m = forgetAboutThing.exec(normalized);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

// "delete that", "erase it", "remove that please": an order to delete said with a pronoun, which the reference rules turn
// into "delete my pin ..." and the remember frames then took for a fact to keep.
const pronounDeleted = /^(?:delete|erase|remove|wipe|scrap|bin|ditch|drop|get rid of) (?:that|it|this)(?: one)?(?: now| then| please| as well| too)?$/;
// The replies after which "that" is a fact: one just kept, corrected or read back. After a timer or a reminder "delete
// that" is theirs (timer-requests.ts reads it before this), and after anything else it names no kept thing.
const factReplies = new Set(["remember", "correct", "recall"]);

/** What was just kept, as "delete that" right after it names it (its subject, else the fact itself); `null` for anything else. */
export function forgetJustKept(normalized: string, recent: readonly RecentTurn[]): string | null {
  const last = lastReply(recent);
  if (!pronounDeleted.test(normalized) || !last?.intent || !factReplies.has(last.intent)) return null;
  return lastSubject(recent) ?? last.fact ?? null;
}
