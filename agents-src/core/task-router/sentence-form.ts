import nlp from "compromise";
import { FactAttribute, factAttribute } from "../../kit/fact-attribute";
import { withDigits } from "../../kit/spoken-numbers";
import type { Word } from "./text-normalization";

/**
 * What the form of a sentence says about the request, where no exemplar is near enough to say it:
 * a plain statement of fact ("the plumber is coming on tuesday") is something to keep, and a
 * wh-question about one particular thing ("when is the plumber coming", "which platform does the
 * train leave from") asks for what was kept. Both are read from compromise's parts of speech, so
 * they hold for any subject, not for a list of words.
 */

const questionOpeners = new Set([
  "what", "where", "when", "who", "whose", "which", "why", "how",
  "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "have", "has", "may", "might",
]);
// "everything is fine", "please open the curtains": a subject that names no thing to remember.
const notSubjects = /^(?:(?:every|no|some|any)(?:thing|one|body)|(?:please|hey|ok|okay|so|well|oh|now|just|then|also|yes|no)\b.*)$/;
// "wat time is it": a question without its question word (misheard or misspelt), not a statement.
const invertedQuestion = /\b(?:is|are|was|were|am) (?:it|they|you|i|we|he|she|that|this|there)\s*[.!]?$/i;
// "when is the next train", "who is the best player", "today's headlines": the world's, not one the user keeps.
const worldQualifiers = /^(?:next|last|latest|best|worst|most|least|first|nearest|closest|cheapest)$/;
// "what is the time", "what's today's date": the clock, which the time skill answers.
const clockNouns = new Set(["time", "date", "day", "week", "month", "year", "hour", "weekday"]);
// A memory question asks what, where, when, who, whose or which; "why" and "how" ask for explanations.
const memoryQuestionWords = new Set(["what", "where", "when", "who", "whose", "which"]);

// "what size shoes do i take", "which bay am i in", "what table are we at": the user's own, named without "my".
const ownThing = /^(?:what|which) ((?:[a-z]+ ){0,2}[a-z]+) (?:(?:do|did|does|have|will|would|should) (?:i|we) [a-z]+|(?:am i|are we|was i|were we) (?:in|on|at)$)/;
// "how does mr dawson take his tablets", "how does grandma like her tea": the way someone does something to their own
// thing, which the user told of; "how does a plane stay up" and "how do you like your eggs" are not about one.
const someonesWay = /^how (?:does|do|did) ((?!(?:you|i|we|one|it|a|an)\b)(?:[a-z]+ ){0,2}[a-z]+) [a-z]+ (?:his|her|their) [a-z]+/;
// "how many sheep did i shear on saturday", "how much did we spend at the garden centre": a count or amount of the
// user's own doing, which only they can have told; "how many people live in leeds" and "how many moons does jupiter
// have" are the world's. The thing counted, else what was done, is what is asked about.
const ownAmount = /^how (?:many|much)(?: ((?:[a-z]+ ){0,3}?[a-z]+))? (?:did|have|had) (?:i|we) ([a-z]+)/;
// "what size shoe does finnegan take", "what size jumper does oliver wear": the size of someone the user told of, named
// without "his" or "her"; "what size battery does the remote take" names a thing ("the"), which is the world's.
const someonesSize =
  /^(?:what|which) (?:size (?:of )?((?:[a-z]+ )?[a-z]+)|((?:[a-z]+ )?[a-z]+) size) (?:does|did|will|would) ((?!(?:it|a|an|the|this|that|one|you|he|she|they)\b)[a-z]+(?: [a-z]+)?) (?:take|wear|need|have|use|get)$/;
// "what am i allergic to", "am i allergic to anything", "what are we signed up for": a state of the user's own, with what
// it is to or of left open; the state is what is asked about. "what am i doing" has no such word after it.
const ownState = /^(?:what (?:am i|are we|was i|were we)|am i|are we) ((?:[a-z]+ )?[a-z]+) (?:to|of|with|for|on|about|in)(?: (?:anything|something|any))?$/;
// "which house is aunty june's": someone's thing, its name said before the owner.
const thingBeforeOwner = /^which ((?:[a-z]+ )?[a-z]+) (?:is|are|was|were) ((?:[a-z]+ ){0,2}[a-z]+'s)$/;

interface Term {
  normal: string;
  tags: string[];
}

/**
 * The subject and attribute a declarative statement gives ("the spare key is under the mat" ->
 * the spare key, location); `null` for a question, a command ("close the blinds") or a statement
 * about nothing in particular ("it is late", "everything is fine").
 */
export function statedFact(text: string, words: readonly Word[]): FactAttribute | null {
  if (words.length < 3 || questionOpeners.has(words[0].text) || /\?\s*$/.test(text) || invertedQuestion.test(text)) return null;
  const fact = factAttribute(text);
  if (!fact || notSubjects.test(fact.subject)) return null;
  return fact;
}

// "the weather is lovely today": a remark about now, not a time to keep.
const onlyNow = /\b(?:today|tonight|now|at the moment|this (?:morning|afternoon|evening))\b/;
const dayOrDate = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:tomorrow|next|january|february|march|april|may|june|july|august|september|october|november|december)\b|\d/;

// "the gas meter reading is 4521", "the boiler's serial number is 7 7 3 1": a value that is a number of three
// digits or more, said alone, is a reading, code or number to note, never a remark on the world ("it's 20 outside").
const numberGiven = /\b(?:is|are|was|reads?) (?:number )?(\d+(?: \d+)*)$/;

/**
 * When, where and whose are what a user keeps: they make a statement a fact even about a topic
 * outside the skills ("the football match is on saturday"); "the heating is too low" is more
 * likely a complaint, and "the weather is lovely today" a remark. So is a long number given as the value.
 */
export function givesConcreteAttribute(fact: FactAttribute, text: string): boolean {
  const number = numberGiven.exec(withDigits(text.toLowerCase().replace(/[?!.,]+$/, "")))?.[1];
  if (fact.attribute.endsWith("value") && number !== undefined && number.replace(/ /g, "").length >= 3) return true;
  if (!/(?:^| )(?:time|location|owner)$/.test(fact.attribute)) return false;
  const said = text.toLowerCase();
  return !(fact.attribute.endsWith("time") && onlyNow.test(said) && !dayOrDate.test(said));
}

/**
 * The particular thing a wh-question asks about: "the train" in "which platform does the train
 * leave from", "my kettle" in "which colour is my kettle". `null` when the question names no such
 * thing ("who was napoleon"), asks about the world's ("when is the next bus", "who is the best
 * player"), about the assistant ("what is your name"), or the clock ("what is the time").
 */
export function askedThing(words: readonly Word[]): string | null {
  if (words.length < 3) return null;
  const sentence = words.map((w) => w.text).join(" ");
  const size = someonesSize.exec(sentence);
  if (size) return `${size[3]}'s ${size[1] ?? size[2]} size`;
  const way = someonesWay.exec(sentence);
  if (way) return way[1];
  const amount = ownAmount.exec(sentence);
  if (amount) return amount[1] ?? amount[2];
  const state = ownState.exec(sentence);
  if (state) return state[1];
  if (!memoryQuestionWords.has(words[0].text)) return null;
  // "what day of the week is it", "where is it": about "it", whatever else is named.
  if (/\b(?:is|was) it\b/.test(sentence)) return null;
  const phrase = nlp(sentence).match("(the|my|our|his|her|their|#Possessive) #Adjective? (#Noun|#Value)+").first();
  const terms: Term[] = phrase.json()[0]?.terms ?? [];
  const owned = thingBeforeOwner.exec(sentence);
  if (owned) return `${owned[2]} ${owned[1]}`;
  // "what size shoes do I take", "which gym do we use": about the user's own, named without "my".
  const own = ownThing.exec(sentence);
  // "which year are we in" asks the clock.
  if (terms.length === 0 && own && !clockNouns.has(own[1])) return `my ${own[1]}`;
  if (terms.length < 2 || terms[0].normal === "your") return null;
  const world = (t: Term) => t.tags.includes("Superlative") || t.tags.includes("Ordinal") || t.tags.includes("Date") || worldQualifiers.test(t.normal);
  if (terms.some(world)) return null;
  if (clockNouns.has(terms[terms.length - 1].normal)) return null;
  return phrase.text().trim();
}

// The verbs of the assistant's own skills; an order led by any other verb asks for something it cannot do.
const skillVerbs = new Set([
  "remember", "note", "save", "store", "write", "keep", "make", "memorise", "memorize", "recall", "recollect", "forget", "delete", "erase", "remove", "stop",
  "tell", "remind", "set", "start", "cancel", "pause", "resume", "unpause", "continue", "add", "subtract", "multiply", "divide", "take",
  "convert", "calculate", "compute", "work", "figure", "solve", "check", "run", "give", "show", "list", "say", "repeat", "describe",
  "introduce", "help", "clear", "do", "is", "are",
]);

/** Whether the utterance is an order led by a verb no skill has ("read my emails", "find my phone", "flip a coin"). */
export function isOutsideCommand(words: readonly Word[], text: string): boolean {
  if (words.length < 2 || skillVerbs.has(words[0].text) || questionOpeners.has(words[0].text)) return false;
  const first: Term | undefined = nlp(words.map((w) => w.text).join(" ")).json()[0]?.terms?.[0];
  return first !== undefined && first.tags.includes("Imperative") && !/\?\s*$/.test(text);
}

// "the next train", "the nearest pharmacy": the world's, which no memory holds.
const worldThing = /\bthe (?:next|nearest|closest|latest|cheapest|best)\b/;

/** Whether a question asks about the world's next, nearest or latest thing rather than one the user keeps (no "my" or "our"). */
export function asksAboutTheWorld(words: readonly Word[]): boolean {
  const sentence = words.map((w) => w.text).join(" ");
  return worldThing.test(sentence) && !/\b(?:my|our|i|we)\b/.test(sentence);
}

// "what time is it in new york (right now)", "what's the date in sydney": the place last, after "in".
const placeLast = /\b(?:in|over in|out in) ((?:[a-z]+ ){0,3}[a-z]+)$/;
const nowSaid = /(?: (?:right now|now|at the moment|today|please))+$/;
// ... and what follows "in" that is no place: a part of the day, a span, a month, here.
const notAPlace =
  /^(?:the (?:morning|afternoon|evening|night|moment|world)|(?:the |this |my |our )?(?:house|home|room|kitchen|time zone|timezone|zone|country|city|town)|here|general|total|words?|full|english|(?:a|an|\d+|one|two|three|few)\b.*|.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b.*|\d.*)$/;

/** The place a clock question asks the time or date of ("what time is it in tokyo"); none for the user's own. */
export function clockPlace(text: string): { place?: string } {
  const place = placeLast.exec(text.toLowerCase().replace(/[?!.,]+/g, "").trim().replace(nowSaid, ""))?.[1];
  return place && !notAPlace.test(place) ? { place } : {};
}

/** What a clock question asks for, from the words it names: "could you tell me the date" is not the time. */
export function clockAsked(words: readonly Word[]): { asks?: "time" | "date" | "weekday" } {
  const said = new Set(words.map((w) => w.text));
  if (["date", "year", "month"].some((w) => said.has(w))) return { asks: "date" };
  if (said.has("day") || said.has("weekday")) return { asks: "weekday" };
  if (said.has("time")) return { asks: "time" };
  return {};
}
