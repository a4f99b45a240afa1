import type { RecentTurn } from "./conversation-context";
import type { Slots } from "./slots";

// "how old am i", "how old's my daughter", "what age is our dog now": an age, which the coordinator counts
// from a kept birth date when that is what memory holds ("my daughter was born in 2015").
const asksOwnAge = /^(?:how old (?:am i|i am)|what age am i|what's my age|what is my age)$/;
const asksAgeOf = /^(?:how old|what age) (?:is|'s) ((?:my|our|[a-z]+'s) (?:[a-z']+ ){0,2}[a-z]+)$/;
// "how old is imogen now" after "my granddaughter imogen was born on ...": a name alone is someone of the user's once a
// fact this conversation kept names them; with none, "how old is madonna" asks about the world.
const asksAgeOfName = /^(?:how old|what age) (?:is|'s) ([a-z][a-z'-]*)$/;
const notAName = /^(?:he|she|it|they|that|this|there|everyone|anyone|someone|the|a|an)$/;
const keptFacts = (recent: readonly RecentTurn[]): string[] => recent.flatMap((turn) => (turn.role === "assistant" && turn.fact ? [turn.fact.toLowerCase()] : []));

/** An age asked after, as a recall the coordinator counts (`asks: "age"`, `whose` it is); `null` for any other request. */
export function ageRequest(text: string, recent: readonly RecentTurn[] = []): { intent: "recall"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim().replace(/^how old's /, "how old is ").replace(/ (?:now|today|this year)$/, "");
  // Memory keeps when the user was born, not "how old am i": the question asks for that.
  if (asksOwnAge.test(said)) return { intent: "recall", slots: { question: "when was i born", asks: "age", whose: "i" } };
  const of = asksAgeOf.exec(said);
  if (of) return { intent: "recall", slots: { question: said, asks: "age", whose: of[1] } };
  const name = asksAgeOfName.exec(said)?.[1];
  const named = name !== undefined && !notAName.test(name) && keptFacts(recent).some((fact) => new RegExp(`\\b${name}\\b`).test(fact));
  // As for one's own age, memory keeps when they were born: a bare name shares no other word with that fact, and "how old
  // is rafferty" alone fell below the memory's threshold beside the rest kept.
  return named ? { intent: "recall", slots: { question: `when was ${name} born`, asks: "age", whose: name } } : null;
}
