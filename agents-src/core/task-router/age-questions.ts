import type { Slots } from "./slots";

// "how old am i", "how old's my daughter", "what age is our dog now": an age, which the coordinator counts
// from a kept birth date when that is what memory holds ("my daughter was born in 2015").
const asksOwnAge = /^(?:how old (?:am i|i am)|what age am i|what's my age|what is my age)$/;
const asksAgeOf = /^(?:how old|what age) (?:is|'s) ((?:my|our|[a-z]+'s) (?:[a-z']+ ){0,2}[a-z]+)$/;

/** An age asked after, as a recall the coordinator counts (`asks: "age"`, `whose` it is); `null` for any other request. */
export function ageRequest(text: string): { intent: "recall"; slots: Slots } | null {
  const said = text.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.]+$/, "").trim().replace(/^how old's /, "how old is ").replace(/ (?:now|today|this year)$/, "");
  // Memory keeps when the user was born, not "how old am i": the question asks for that.
  if (asksOwnAge.test(said)) return { intent: "recall", slots: { question: "when was i born", asks: "age", whose: "i" } };
  const of = asksAgeOf.exec(said);
  return of ? { intent: "recall", slots: { question: said, asks: "age", whose: of[1] } } : null;
}
