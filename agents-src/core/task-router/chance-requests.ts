import { withDigits } from "../../kit/spoken-numbers";
import type { Slots } from "./slots";

// "flip a coin", "roll a dice", "pick a number between 1 and 10": a draw by chance, which the coordinator makes with
// a real random number (they were answered as jokes or device control, skills the assistant says it lacks).
const coin = /^(?:(?:can you |could you |please )?(?:flip|toss) (?:a|the) coin|heads or tails)(?: (?:for me|please))?$/;
const die = /^(?:(?:can you |could you |please )?roll (?:a|the|one|me a) (?:(\d+)[- ]sided )?(?:dice|die)|roll a d(\d+))(?: (?:for me|please))?$/;
const number = /^(?:(?:can you |could you |please )?(?:pick|choose|give me|think of|say) a (?:random )?number (?:between|from) (\d+) (?:and|to) (\d+))(?: (?:for me|please))?$/;

/** The draw a request asks for: a coin, a die of `sides`, or a number `from`-`to` inclusive; `null` for any other request. */
export function chanceRequest(text: string): { intent: "calculate"; slots: Slots } | null {
  const said = withDigits(text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.,]+$/, "").trim());
  if (coin.test(said)) return { intent: "calculate", slots: { kind: "chance", draw: "coin" } };
  const rolled = die.exec(said);
  if (rolled) return { intent: "calculate", slots: { kind: "chance", draw: "die", sides: rolled[1] ?? rolled[2] ?? "6" } };
  const picked = number.exec(said);
  if (!picked) return null;
  const [from, to] = [Number(picked[1]), Number(picked[2])].sort((a, b) => a - b);
  return { intent: "calculate", slots: { kind: "chance", draw: "number", from: String(from), to: String(to) } };
}
