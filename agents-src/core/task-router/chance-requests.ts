import { withDigits } from "../../kit/spoken-numbers";
import type { RecentTurn } from "./conversation-context";
import { requestCore } from "./request-wrappers";
import type { Slots } from "./slots";

// "flip a coin", "roll a dice", "pick a number between 1 and 10": a draw by chance, which the coordinator makes with
// a real random number (they were answered as jokes or device control, skills the assistant says it lacks).
const coin = /^(?:(?:can you |could you |please )?(?:flip|toss) (?:a|the) coin|heads or tails)(?: (?:for me|please))?$/;
const die = /^(?:(?:can you |could you |please )?roll (?:a|the|one|me a) (?:(\d+)[- ]sided )?(?:dice|die)|roll a d(\d+))(?: (?:for me|please))?$/;
// "roll two dice", "roll a pair of dice", "throw 3 dice": several at once, each said and their sum.
const dice = /^(?:(?:can you |could you |please )?(?:roll|throw) (?:me )?(?:(\d+)|a pair of|a couple of) (?:(\d+)[- ]sided )?(?:dice|die))(?: (?:for me|please))?$/;
const number = /^(?:(?:can you |could you |please )?(?:pick|choose|give me|think of|say) a (?:random )?number (?:between|from) (\d+) (?:and|to) (\d+))(?: (?:for me|please))?$/;

/** The draw a request asks for: a coin, a die of `sides`, or a number `from`-`to` inclusive; `null` for any other request. */
export function chanceRequest(text: string): { intent: "calculate"; slots: Slots } | null {
  const said = withDigits(text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.,]+$/, "").trim());
  if (coin.test(said)) return { intent: "calculate", slots: { kind: "chance", draw: "coin" } };
  const rolled = die.exec(said);
  if (rolled) return { intent: "calculate", slots: { kind: "chance", draw: "die", sides: rolled[1] ?? rolled[2] ?? "6" } };
  const several = dice.exec(said);
  if (several) return { intent: "calculate", slots: { kind: "chance", draw: "die", sides: several[2] ?? "6", count: several[1] ?? "2" } };
  const picked = number.exec(said);
  if (!picked) return null;
  const [from, to] = [Number(picked[1]), Number(picked[2])].sort((a, b) => a - b);
  return { intent: "calculate", slots: { kind: "chance", draw: "number", from: String(from), to: String(to) } };
}

// "flip another one", "roll again", "do it again": the same draw once more, said with nothing of what it draws. The
// request wrappers take a closing "again" off ("who's my accountant again"), so the verb alone is read too ("roll").
const drawAgain =
  /^(?:(?:flip|toss|roll|throw|pick|choose|draw|spin|do)(?: (?:it|that|them|one|the (?:coin|dice|die)))? (?:again|once more|one more time)|(?:flip|toss|roll|throw|spin)(?: (?:it|them|one|the (?:coin|dice|die)))?|do (?:it|that)|(?:flip|toss|roll|throw|pick|choose|draw) (?:another|one more)(?: one| coin| dice| die| number| time)?|(?:another|one more)(?: one| go| time)?|again)(?: (?:for me|please))?$/;

/** The draw the assistant just made, again, when `text` asks for it once more right after it; `null` for anything else. */
export function chanceAgain(text: string, recent: readonly RecentTurn[]): { intent: "calculate"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/[?!.,]+$/, "").trim();
  if (!drawAgain.test(said)) return null;
  let reply = recent.length - 1;
  while (reply >= 0 && recent[reply].role !== "assistant") reply--;
  // The user's request the last reply answered: a draw of its own, or "again" after one, which is the same draw.
  if (reply < 1 || recent[reply].intent !== "calculate" || recent[reply - 1].role !== "user") return null;
  const asked = requestCore(recent[reply - 1].content);
  return chanceRequest(asked) ?? chanceAgain(asked, recent.slice(0, reply - 1));
}
