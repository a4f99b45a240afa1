import { isShortfall } from "../../kit/shortfalls";
import type { Slots } from "./slots";

// "what are we out of", "what do we need from the shops": every kept shortfall asked back at once ("are we out of
// coffee" asks of one thing, a recall like any other).
const asksShortfalls =
  /^(?:what (?:are|am) (?:we|i) (?:out of|low on|short of|running (?:low on|out of))|what do (?:we|i) need (?:to (?:buy|get|pick up)|from the (?:shops?|supermarket|store)|at the (?:shops?|supermarket|store)))$/;

/**
 * A shortfall told ("we're out of milk": kept as said; near the device and shopping exemplars it was taken for an
 * order the assistant cannot carry out) or every kept one asked after; `null` for any other request.
 */
export function suppliesRequest(text: string): { intent: "remember" | "recall"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  if (isShortfall(said)) return { intent: "remember", slots: { fact: said } };
  return asksShortfalls.test(said) ? { intent: "recall", slots: { shortfalls: "true" } } : null;
}
