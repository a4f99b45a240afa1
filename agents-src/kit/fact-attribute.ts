import { personRole } from "./person-roles";
import nlp from "compromise";
import { withDigits } from "./spoken-numbers";
import { clippedForm } from "./word-forms";

/**
 * What a plain statement of fact is about: its subject and which attribute of it the statement
 * gives. "my car is on level 5" and "my car is parked on level 3" both give the location of "my
 * car", so the newer replaces the older; "my car is red" gives its colour and replaces neither.
 * The memory-orchestrator (at write time), unified-memory-reasoning (when answering) and
 * dreamworld (consolidating) all decide contradictions with this one rule, on the parts of speech
 * compromise tags.
 */
export interface FactAttribute {
  /** The subject in comparable form, e.g. "my car". */
  subject: string;
  /** "location", "colour", "owner", "time" or "value", after the verb when it is not a plain "be" ("live location"). */
  attribute: string;
}

// A subject of only these words names nothing stable ("it is raining", "that was fun", "I am late").
const vagueWords = new Set(["it", "this", "that", "there", "here", "he", "she", "they", "we", "you", "i", "what", "who", "which"]);
const maxSubjectWords = 5;
// "the code for the office car park barrier", "the name of anna's dentist": a detail of a particular
// thing, named by a word or two and "for" or "of", is one subject, the thing taking up to
// `maxSubjectWords` of its own. Other prepositions ("the meeting with bob") make it a one-off.
const detailOf = new Set(["for", "of"]);
// "the combination on the tack room lock", "the number on the gate": a value written or set on a thing is a detail of it
// joined by "on"; "the book on the table" and "the meeting on monday" are no detail.
const writtenOn = new Set(["code", "combination", "combo", "number", "pin", "password", "serial", "setting", "reading", "label", "tag"]);
const maxDetailWords = 2;
const colours = new Set([
  "red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "brown", "black", "white", "grey", "gray",
  "silver", "gold", "golden", "beige", "navy", "turquoise", "teal", "maroon",
]);
const firstPerson = new Set(["i", "we"]);
const definite = new Set(["the", "my", "our", "his", "her", "their", "your", "this", "that", "these", "those"]);
const contractionEndings: Record<string, string> = { ve: "have", re: "are", ll: "will", m: "am" };
const possessivePronouns = new Set(["mine", "yours", "his", "hers", "ours", "theirs"]);
const ownershipVerbs = new Set(["belong", "own"]);
const namingVerbs = new Set(["call", "name"]);
// "is parked", "was left", "is hanging up": a participle after "be" that still says where something is.
const locationParticiples = new Set(["parked", "kept", "stored", "left", "located", "placed", "hidden", "put", "hanging", "hung", "sitting", "lying"]);

interface Term {
  normal: string;
  tags: string[];
}

const has = (term: Term, tag: string): boolean => term.tags.includes(tag);

/** Lower case, one space between words, no punctuation: two wordings that differ only there compare equal. */
export function comparableText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** As `comparableText`, with digits for number words: "level five" and "level 5" are one fact. */
export const comparableFact = (text: string): string => comparableText(withDigits(text));

/** The subject and attribute a statement gives; `null` when it is not a plain "X is Y" / "X lives in Y" statement. */
export function factAttribute(statement: string): FactAttribute | null {
  // Apostrophes stay for the tagger: "Anna's" is an owner.
  // "we've", "they're": the tagger keeps a contraction in one term, which would make "i ve" a subject.
  const text = withDigits(statement)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\u2019]+/gu, " ")
    .replace(/(?<=\p{L})['\u2019](ve|re|ll|m)\b/gu, (_, ending: string) => ` ${contractionEndings[ending]}`)
    .trim();
  if (text === "") return null;
  const terms: Term[] = nlp(text).json()[0]?.terms ?? [];
  // "the bore pump key", "dad's walking stick": a word the tagger calls a verb right after a
  // determiner or an owner opens a noun phrase, which a verb never does; the statement's verb is a later one.
  const verbAt = terms.findIndex((t, i) => has(t, "Verb") && !(i > 0 && (has(terms[i - 1], "Determiner") || has(terms[i - 1], "Possessive"))));
  if (verbAt <= 0) {
    // "my brother-in-law's called rupert": with no verb anywhere, the "'s" was "is", not a possessive.
    const contractedIs = text.replace(/(?<=\p{L})['\u2019]s (?=\p{L})/u, " is ");
    return contractedIs === text ? null : factAttribute(contractedIs);
  }
  let end = verbAt;
  while (end < terms.length && (has(terms[end], "Verb") || has(terms[end], "Adverb"))) end++;
  const verbs = terms.slice(verbAt, end).filter((t) => has(t, "Verb"));
  let subjectTerms = terms.slice(0, verbAt);
  let predicate = terms.slice(end);
  // "I've put the lights in the attic", "we lent the ladder to anna": what the user did with a thing
  // says where it is or who has it; the thing is the subject, the user is no stable one. Only a
  // particular thing: "I have an appointment at 3" and "... at 5" may well be two.
  const object = predicate.findIndex((t) => has(t, "Preposition"));
  const particular = object > 0 && object <= maxSubjectWords && (definite.has(predicate[0].normal) || has(predicate[0], "Possessive")) && predicate.slice(0, object).some((t) => has(t, "Noun"));
  if (subjectTerms.every((t) => firstPerson.has(t.normal)) && particular) {
    subjectTerms = predicate.slice(0, object);
    predicate = predicate.slice(object);
  }
  // "i've got a dentist appointment on friday at 3", "we have a parents evening on tuesday": an event of
  // the user's of a named kind, and when it is, is "my dentist appointment" at that time, as "my dentist
  // appointment is on friday" would be. A bare kind ("an appointment", "a meeting") may be one of several, so only a named one.
  const event = ownedEvent(subjectTerms, verbs, predicate);
  if (event) return event;
  const subjectWords = comparableFact(subjectTerms.map((t) => t.normal).join(" ")).split(" ");
  const detailAt = detailOfThing(subjectTerms);
  if (subjectWords.length - (detailAt + 1) > maxSubjectWords || subjectWords.every((w) => vagueWords.has(w))) return null;
  // Dates inside the subject ("the meeting tomorrow") make it a one-off, not a standing fact.
  if (subjectTerms.some((t, i) => has(t, "Date") || (has(t, "Preposition") && i !== detailAt))) return null;

  if (predicate.length === 0) return null;
  const lexical = verbs.find((t) => !has(t, "Copula") && !has(t, "Auxiliary"));
  const lemma = lexical ? nlp(lexical.normal).verbs().toInfinitive().text() || lexical.normal : "be";
  const kind = predicateKind(predicate, lemma);
  // "lives in" and "works at" are two places of one person; "is parked on" is where a thing is.
  const plainBe = lexical === undefined || kind === "owner" || locationParticiples.has(lexical.normal) || namingVerbs.has(lemma);
  return { subject: subjectWords.join(" "), attribute: plainBe ? kind : `${lemma} ${kind}` };
}

const indefinite = new Set(["a", "an"]);
const ownerOf: Record<string, string> = { i: "my", we: "our" };

/** The user's event of a named kind with its moment ("i have got a dentist appointment on friday"); `null` for anything else. */
function ownedEvent(subject: Term[], verbs: Term[], predicate: Term[]): FactAttribute | null {
  const owner = subject.length === 1 ? ownerOf[subject[0].normal] : undefined;
  const having = verbs.length > 0 && verbs.every((t) => ["have", "has", "got", "had"].includes(t.normal));
  if (!owner || !having || predicate.length === 0 || !indefinite.has(predicate[0].normal)) return null;
  const at = predicate.findIndex((t) => has(t, "Preposition") || has(t, "Date"));
  // "booked", "scheduled": what was done to the event says nothing of which it is.
  let end = at;
  while (end > 1 && has(predicate[end - 1], "Verb")) end--;
  let kind = predicate.slice(1, end);
  const named = kind.length >= 2 && kind.length <= maxSubjectWords && kind.every((t) => has(t, "Noun") || has(t, "Adjective")) && has(kind[kind.length - 1], "Noun");
  if (at < 0) return null;
  // "a call with the accountant at 11 tomorrow", "a meeting with the bank on friday": a bare kind is named by whom it is
  // with, as a kind of two words names itself ("a dentist appointment"); "a meeting at 10" is still none.
  const whom = end === 2 && predicate[at].normal === "with" ? withWhom(predicate, at) : 0;
  if (whom > 0) kind = predicate.slice(1, whom);
  else if (!named) return null;
  if (!predicate.slice(at).some((t) => has(t, "Date") || has(t, "Time"))) return null;
  return { subject: comparableFact(`${owner} ${kind.map((t) => t.normal).join(" ")}`), attribute: "time" };
}

/** Where the one named after "with" at `at` ends ("with the accountant" before "at 11"); 0 when no noun phrase of a few words follows it there. */
function withWhom(predicate: Term[], at: number): number {
  const end = predicate.findIndex((t, i) => i > at && (has(t, "Preposition") || has(t, "Date") || has(t, "Time")));
  const phrase = predicate.slice(at + 1, end);
  const words = phrase.filter((t) => !definite.has(t.normal));
  const named = end > at + 1 && words.length >= 1 && words.length <= 2 && words.every((t) => has(t, "Noun") || has(t, "Adjective"));
  return named ? end : 0;
}

/**
 * Where "for" or "of" joins a detail to its thing ("the code for the ..."); -1 when the subject
 * names no detail. The thing is one noun phrase: a second determiner opens a clause about it ("the
 * name of the boat my grandfather sailed in"), which is no standing subject.
 */
function detailOfThing(subject: Term[]): number {
  const at = subject.findIndex((t) => has(t, "Preposition"));
  const joins = detailOf.has(subject[at]?.normal) || (subject[at]?.normal === "on" && subject.slice(1, at).some((t) => writtenOn.has(t.normal)));
  const named = at >= 2 && at <= maxDetailWords + 1 && definite.has(subject[0].normal) && joins;
  const thing = subject.slice(at + 1);
  const onePhrase = thing.length > 0 && thing.slice(1).every((t) => !definite.has(t.normal));
  return named && onePhrase ? at : -1;
}

function predicateKind(predicate: Term[], lemma: string): string {
  if (ownershipVerbs.has(lemma) || possessivePronouns.has(predicate[0].normal) || has(predicate[predicate.length - 1], "Possessive")) return "owner";
  if (predicate.some((t) => has(t, "Date") || has(t, "Time"))) return "time";
  if (has(predicate[0], "Preposition")) return "location";
  if (predicate.some((t) => colours.has(t.normal))) return "colour";
  return "value";
}

// Tagging takes about a millisecond; the same memories are read again on every question about them.
const keyCacheSize = 5000;
const keyCache = new Map<string, string | null>();

/** One string per subject and attribute, as stored in the memories table's `subject` column, e.g. "my car (location)". */
export function factKey(statement: string): string | null {
  const cached = keyCache.get(statement);
  if (cached !== undefined) return cached;
  const fact = factAttribute(statement);
  const key = fact ? `${fact.subject} (${fact.attribute})` : null;
  if (keyCache.size >= keyCacheSize) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(statement, key);
  return key;
}

const askedAttributes: Array<[RegExp, string]> = [
  [/\b(?:colou?r)\b/i, "colour"],
  [/\b(?:whose|who owns|belongs? to|owner)\b/i, "owner"],
  [/^\s*where\b|\bwhere (?:is|are|did|was|were)\b/i, "location"],
  [/^\s*when\b|\bwhat (?:time|day|date)\b/i, "time"],
];

/** The attribute a question asks for ("where is my car" -> "location"); `null` when it names none. */
export function askedAttribute(question: string): string | null {
  return askedAttributes.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

/**
 * Whether a statement is about the subject a question names: "my drill is in the attic" is about
 * "is my drill in the basement", and "my toolbox is in the basement" is not, though it shares as
 * many words with it.
 */
export function isAboutSubjectOf(statement: string, question: string): boolean {
  const subject = factAttribute(statement)?.subject;
  return subject !== undefined && ` ${comparableFact(question)} `.includes(` ${subject} `);
}

/** Whether a statement gives the attribute a question asks for: "my car is on level 5" answers "where is my car". */
export function answersAttribute(statement: string, asked: string | null): boolean {
  if (asked === null) return false;
  const fact = factAttribute(statement);
  return fact !== null && (fact.attribute === asked || fact.attribute.endsWith(` ${asked}`));
}


// "my daughter was born in 2015", "i was born in leeds": whose birth a statement tells of ("i" for the user's own).
const bornPerson = /^(?:(?:my|our) ([a-z]+(?: in law)?)|(i)) (?:was|were) born\b/i;
// "my son's shoe size", "our neighbour's dog", "the baby's calpol": whose the thing is, and the thing's first word.
const owner = /\b(?:my|our|your|the) ([a-z]+(?: in law)?)['\u2019]s ([a-z]+)/i;
// "my tuesday pupil", "my older brother", "the back door key": a thing picked out of its kind by the word before it.
const qualifiedThing = /\b(?:my|our|the) ([a-z0-9]+) ([a-z0-9]+)\b/g;
// Words that pick nothing out, on either side of the pair: "my car is", "the code for", "the one called".
const pickNothing = new Set([
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
  "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "a", "an", "the", "my", "our", "your", "his", "her",
  "their", "its", "this", "that", "it", "one", "called", "named", "again", "then", "now",
]);

/** The things a text picks out of their kind, as [the word that picks it, the kind]: "my tuesday pupil" -> ["tuesday", "pupil"]. */
function qualifiedThings(text: string): Array<[string, string]> {
  return [...text.matchAll(qualifiedThing)].map(([, which, kind]): [string, string] => [which, kind]).filter(([which, kind]) => !pickNothing.has(which) && !pickNothing.has(kind));
}

/**
 * Whether a statement tells of another thing than the question asks of, which the same words
 * otherwise make look like the answer: another's ("my daughter's shoe size is 2" for "what's my
 * son's shoe size", or for "what's my shoe size", the user's own), or another of the same kind
 * ("my tuesday pupil is called amara" for "what's my wednesday pupil called", "my older brother"
 * for "my younger brother"). A question that does not pick one out ("what's my pupil called")
 * asks of any.
 */
export function namesAnotherThing(statement: string, question: string): boolean {
  return namesAnotherOwner(statement, question) || namesAnotherOfItsKind(statement, question);
}

function namesAnotherOwner(statement: string, question: string): boolean {
  const birth = bornPerson.exec(statement);
  const born = birth ? (birth[1] ?? birth[2]).toLowerCase() : undefined;
  if (born !== undefined) {
    // Whose birth the question asks of: a person of the user's named ("how old is my son"), else the user ("when was i born").
    const asked = /\b(?:my|our) ([a-z]+(?: in law)?)\b/i.exec(question)?.[1]?.toLowerCase() ?? (/\b(?:i|me)\b/i.test(question) ? "i" : undefined);
    return asked !== undefined && asked !== born;
  }
  const [, told, thing] = owner.exec(statement)?.map((w) => w.toLowerCase()) ?? [];
  // The owner said in the question, with or without its apostrophe ("my aunts flight", as the router's text has it).
  if (told === undefined || new RegExp(`\\b${told}(?:['\u2019]?s)?\\b`, "i").test(question)) return false;
  const asked = owner.exec(question)?.[1]?.toLowerCase();
  if (asked !== undefined) return asked !== told;
  // A person's (or pet's) thing is theirs, whatever it is: "my sister's phone number" answers nothing the user asks of
  // their own ("what's my registration number", which shares only "number" with it).
  // Only when the person's thing is what the statement is about: "my kayak is in my uncle's barn" is the user's kayak.
  const aboutTheirs = new RegExp(`^(?:my|our|your|the) ${told}['\u2019]s `, "i").test(statement);
  return new RegExp(`\\b(?:my|our) ${thing}\\b`, "i").test(question) || (aboutTheirs && personRole.test(told) && /\b(?:my|our)\b/i.test(question));
}

function namesAnotherOfItsKind(statement: string, question: string): boolean {
  // "my bike lock" is "my bicycle lock": a word and its clipping pick out one thing.
  const clipped = (text: string): string => comparableFact(text).split(" ").map(clippedForm).join(" ");
  const told = clipped(statement);
  const asked = clipped(question);
  const toldWords = new Set(told.split(" "));
  const askedWords = new Set(asked.split(" "));
  const askedThings = qualifiedThings(asked);
  return qualifiedThings(told).some(([which, kind]) =>
    !askedWords.has(which) && askedThings.some(([otherWhich, otherKind]) => otherKind === kind && !toldWords.has(otherWhich)),
  );
}
