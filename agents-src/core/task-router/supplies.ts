import { isShortfall } from "../../kit/shortfalls";
import { lastReply, type RecentTurn } from "./conversation-context";
import type { Slots } from "./slots";

// "what are we out of", "what do we need from the shops": every kept shortfall asked back at once ("are we out of
// coffee" asks of one thing, a recall like any other).
// Said in a learner's order too ("what we are out of", "what things we are out of").
const asksShortfalls =
  /^(?:what(?: (?:things|stuff|items|else))? (?:(?:are|am) (?:we|i)|(?:we|i) (?:are|am|'re|'m)) (?:out of|low on|short of|running (?:low on|out of))|what do (?:we|i) need (?:to (?:buy|get|pick up)|from the (?:shops?|supermarket|store)|at the (?:shops?|supermarket|store)))$/;

// "also out of bin bags", "and out of porridge oats too" right after a shortfall was kept: another thing run short of,
// said without whose it is again. Said alone ("out of interest", "out of order") it tells nothing.
const anotherShortfall =
  /^(?:(?:and|also|plus|oh)\s+)*(?:(?:we're|we are|i'm|i am)\s+)?(?:also\s+)?(out of|low on|short of|short on)\s+(\S.*?)(?:\s+(?:too|as well|also))?$/;
const whoseShortfall = /^(?:we|i)\b/;

/**
 * A shortfall told ("we're out of milk": kept as said; near the device and shopping exemplars it was taken for an
 * order the assistant cannot carry out) or every kept one asked after; `null` for any other request.
 */
export function suppliesRequest(text: string, recent: readonly RecentTurn[] = []): { intent: "remember" | "recall"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  if (isShortfall(said)) return { intent: "remember", slots: { fact: said } };
  const kept = lastReply(recent);
  const another = anotherShortfall.exec(said);
  if (another && kept?.intent === "remember" && kept.fact && isShortfall(kept.fact)) {
    const who = whoseShortfall.exec(kept.fact.toLowerCase())?.[0] === "i" ? "i am" : "we are";
    return { intent: "remember", slots: { fact: `${who} ${another[1]} ${another[2]}` } };
  }
  return asksShortfalls.test(said) ? { intent: "recall", slots: { shortfalls: "true" } } : null;
}
