import { withDigits } from "../../kit/spoken-numbers";
import type { Slots } from "./slots";

// "i weigh 82 kilos", "i'm 5 foot 10", "i ran 5k this morning", "i paid 40 pounds for the tickets": a number of the
// user's own is a fact to keep (near the outside exemplars, "i weigh 82 kilos" was taken for an opinion asked).
const toldMeasure =
  /^(?:i|we)(?:'m|'re| am| are| was| were| (?:weigh|weighed|measure|measured|ran|walked|cycled|swam|rode|drove|slept|drank|spent|paid|earn|earned|saved|owe|lost|gained|put on)) (?:about |around |roughly |nearly |almost |just over |just under )?[^?]*\b\d/;
// "how much do i weigh", "how tall am i", "how heavy was i": the kept measure asked back.
const asksMeasure = /^how (?:much (?:do|did) (?:i|we) weigh|(?:tall|heavy) (?:am|was|are|were) (?:i|we))$/;

/** A measure of the user's own, told (remember, kept as said) or asked after (recall); `null` for any other request. */
export function ownMeasureRequest(text: string): { intent: "remember" | "recall"; slots: Slots } | null {
  const asked = /\?\s*$/.test(text);
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim();
  if (asksMeasure.test(said)) return { intent: "recall", slots: { question: said } };
  return !asked && toldMeasure.test(withDigits(said)) ? { intent: "remember", slots: { fact: said } } : null;
}
