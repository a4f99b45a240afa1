import { moments } from "../../kit/moments";
import type { Slots } from "./slots";

// "i'm going to london on friday", "we're flying to spain next tuesday", "i'm off to leeds tomorrow": the user's own
// plan with its day is a fact to keep (near the travel exemplars it was taken for a request for directions). Without
// a day ("i'm going to bed") it is no plan to keep.
const ownPlan =
  /^(?:i'm|i am|we're|we are|i'll be|we'll be) (?:going|off|flying|driving|travelling|traveling|heading|away|visiting|leaving|seeing|meeting|having|hosting|moving|starting)\b/;

/** A plan of the user's own, on a day it names, kept as said; `null` for any other request. */
export function ownPlanStatement(text: string): { intent: "remember"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[!.]+$/, "").trim();
  if (!ownPlan.test(said) || /\?$/.test(said)) return null;
  // "i'm off now, bye" is a farewell: now is no day a plan is for.
  const onDay = moments.parse(said, new Date(), { forwardDate: true }).some((m) => !/\bnow$/.test(m.text) && (m.start.isCertain("day") || m.start.isCertain("weekday")));
  return onDay ? { intent: "remember", slots: { fact: said } } : null;
}
