import { moments } from "../../kit/moments";
import { z } from "zod";
import { comparableText, factAttribute } from "../../kit/fact-attribute";
import { literalPattern } from "../../kit/literal-pattern";
import { roleGender, titleGender } from "../../kit/person-roles";
import { withDigits } from "../../kit/spoken-numbers";
import { wordRunWithin } from "../../kit/word-forms";
import { strandedPreposition } from "./slots";

/**
 * The turns of the conversation so far, newest last, as the coordinator hands them over: what
 * was said, and for the assistant's turns what they were about (the subject asked about or
 * stated, the fact stored or read back).
 */
export const recentTurn = z.strictObject({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(4000),
  intent: z.string().max(40).optional(),
  subject: z.string().max(400).optional(),
  fact: z.string().max(4000).optional(),
});
export type RecentTurn = z.infer<typeof recentTurn>;
export const maxRecentTurns = 12;

export type FollowUp =
  | { intent: "conversation"; slots: { asks: "last_user_turn" | "first_user_turn" } | { asks: "last_reply"; answer?: "true" } }
  | { intent: "correct"; slots: { fact: string; corrects: string } };

// "what did I say about the plumber" asks for a memory, not for the last turn; so does "what did I say
// the code was", a question asked inside it (its verb left at the end), which request-wrappers.ts puts in order.
// Asked without "did" too, as learners do ("what I just ask?"): "just" keeps it a question about the last turn.
const asksLastUserTurn =
  /^(?:sorry |wait |hey )?(?:what (?:(?:did|have) i (?:just )?|i just )(?:say|said|ask|asked|tell you)|what was i (?:just )?saying|what was my (?:last|previous) (?:question|sentence|request)|what was the (?:last|previous) thing i (?:said|asked)|repeat what i (?:just )?said)\b(?! (?:about|regarding|of|first)\b)(?!.* (?:is|are|was|were)[\s.!?]*$)/;
// "what was the first thing I said", "what did I ask you first": the user's earliest turn this conversation still holds.
const asksFirstUserTurn =
  /^(?:sorry |wait |hey )?(?:what (?:was|were) (?:the )?(?:very )?first (?:thing|question|words?)(?: that)? i (?:said|asked|say|ask)|what was my (?:very )?first (?:question|sentence|request)|what did i (?:say|ask)(?: you)? (?:first|at the (?:start|beginning)))\b(?! (?:about|regarding|of)\b)/;
// "pardon me, it is 0163 ..." is an apology before a correction, not a request to say it again; "what did you answer" asks
// the reply as "what did you say" does. Asked without "did",
// as learners do, only said alone ("what you said?", "what you told?"): "what you said is right" is a remark.
const asksLastReply =
  /^(?:sorry |wait |hey )?(?:what did you (?:just )?(?:say|answer|reply|tell me)|what was your answer|what you (?:just )?(?:said|say|told(?: me)?)(?: just now| again)?(?=[\s?.]*$)|(?:can|could|would) you (?:please )?(?:say (?:that|it) again|repeat (?:that|it|yourself))|say (?:that|it) again|repeat (?:that|it|yourself)|come again|pardon(?! (?:me )?(?:it|it's|its|that's|they|they're|he|she|he's|she's|the|my|our|his|her|their|in|on|at)\b)(?: me)?|what was that|what was (?:your|the) (?:last |previous )?(?:answer|reply)|i did not catch that|i didn't catch that)\b(?! (?:about|regarding|of)\b)/;

// "what did you say", "what did you answer": what the assistant answered, passing over a reply that only quoted the
// conversation ("what did I just ask" answered); "what did you just say", "say that again", "pardon" ask for the last
// reply as it was (fresh-5's "and what did you just say" after "what did i just say" is that quote).
const asksWhatWasAnswered = /^(?:sorry |wait |hey )?(?:what did you (?:say|answer|reply|tell me)|what was your answer)\b/;

// "no, is on thursday": "it" is often dropped before "is" or "was" (in a hurry, in Englishes whose
// grammar drops it, by speech recognition); a pronoun or determiner after it makes a question ("no, is it?",
// "no, is the meeting on friday"), a day of the month does not ("no, was the 21st"). A person or pet told
// of is "he" or "she" as a thing is "it", and their name is restated with it ("actually his name is gavin",
// "no, she's called poppy"): the pronoun and its verb stand for the fact's subject, a name's verb included.
// An apology opens a correction as "no" does ("I do beg your pardon, it's level 4", "I am sorry, it is in the black
// suitcase", "my mistake, ..."); "oh" only before one of these, since "oh, my keys are in the car" is a fact of its own.
// "scratch that, they're on the piano": the fact taken back and the right one said; alone it only takes back.
// "forget that, the kids might hear" gives a reason, not a fact: "forget" and "delete" open no correction.
const correctionLead =
  /^(?:oh\b[\s,.!]*)?(?:(?:no|nope|oh no|sorry|actually|i mean|i meant|correction|wait|not quite|wrong|(?:i'm|i am) (?:so |very |really |terribly )?sorry|(?:i )?(?:do )?beg your pardon|pardon me|my (?:mistake|bad|apologies|error)|apologies|(?:scratch|strike|ignore) that)\b[\s,.!:;-]*)+(?:(?:(?:(?:his|her|its|their) name(?:'s| is| was)|(?:he|she) (?:is|was)|he's|she's|it's|it is|they're|they are)(?: (?:called|named))?|its|it was|that is|that's|they are|they're|it should be|make that|i said|(?:is|was)(?!\s+(?:it|this|that|there|he|she|they|we|you|i|my|your|our|his|her|their|the(?!\s+\d{1,2}(?:st|nd|rd|th)\b)|a|an)\b))\b\s*)?(.*)$/i;
// "no thanks", "no never mind": a refusal, not a correction.
const notACorrection = /^(?:thanks?|thank you|never ?mind|nothing|that is all|that's all|i am good|i'm good|ok(?:ay)?|forget it|stop|cancel)?$/i;
// "actually, forget that", "no, where is it": a request of its own after the interjection.
const requestAfterLead = /^(?:forget|remember|delete|erase|remove|cancel|remind|set|what|where|when|who|which|how|is|are|do|does|did)\b/i;

/** The assistant's last turn in `recent`, if the conversation has one. */
export const lastReply = (recent: readonly RecentTurn[]): RecentTurn | undefined => [...recent].reverse().find((t) => t.role === "assistant");

/**
 * A follow-up that only makes sense in this conversation: asking what was just said, or
 * correcting the fact the assistant just stored or read back ("no, level 4", "actually it's on
 * level 4"). `null` for anything else.
 */
export function followUp(text: string, recent: readonly RecentTurn[]): FollowUp | null {
  // "sorry, what did I say": punctuation after an interjection is not part of the question.
  const said = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/[,;:!]+/g, " ").replace(/\s+/g, " ").trim();
  if (asksFirstUserTurn.test(said)) return { intent: "conversation", slots: { asks: "first_user_turn" } };
  if (asksLastUserTurn.test(said)) return { intent: "conversation", slots: { asks: "last_user_turn" } };
  if (asksLastReply.test(said)) return { intent: "conversation", slots: { asks: "last_reply", ...(asksWhatWasAnswered.test(said) ? { answer: "true" as const } : {}) } };
  const previous = lastReply(recent);
  if (!previous?.fact || !["remember", "recall", "correct"].includes(previous.intent ?? "")) return null;
  const match = correctionLead.exec(text.trim());
  if (!match || match[0] === match[1]) return null;
  const correction = match[1].replace(/[.!?]+$/, "").trim();
  if (notACorrection.test(correction) || requestAfterLead.test(correction) || /\?$/.test(text.trim())) return null;
  return { intent: "correct", slots: { fact: corrected(previous.fact, correction), corrects: previous.fact } };
}

/**
 * The old fact with the corrected part put in: a moment in place of the fact's moment ("wednesday"
 * into "the skip is collected on monday"); else from the word the correction starts with ("level
 * 4" into "my car is on level 5"); else everything after the verb ("blue" into "my car is red").
 */
function corrected(fact: string, correction: string): string {
  const statement = fact.replace(/[.!?]+$/, "");
  const again = restated(statement, correction);
  if (again !== null) return again;
  // "72 not 27", "the blue bin, not the green one": what was wrong is named, so only it is replaced.
  const instead = swapped(statement, correction);
  if (instead) return instead;
  // A moment is read first: its first word may be one the fact has elsewhere ("the 22nd" is not "the roses").
  const moment = momentCorrected(statement, correction);
  if (moment) return moment;
  const told = toldAt(statement);
  const [firstWord] = correction.split(/\s+/);
  const word = new RegExp(`\\b${firstWord.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "iu");
  // A correction changes what the fact says of its subject, so its first word is looked for there first:
  // "the civic centre" into "the tournament rink is the kinsmen arena" is not from the subject's "the".
  const afterVerb = word.exec(statement.slice(told));
  // A determiner not found after the verb is the start of a new value, never the subject's own "the": "it is the
  // 25-80" into "the heating pump is a grundfos 25-60" is "the heating pump is the 25-80".
  const at = afterVerb ? told + afterVerb.index : told > 0 && determiner.test(firstWord.toLowerCase()) ? undefined : word.exec(statement)?.index;
  if (firstWord && at !== undefined) return `${statement.slice(0, at)}${correction}`;
  // "on the piano" into "i left my reading glasses in the car": a place said with a preposition the fact
  // has not, in place of the fact's place ("on monday" is a moment, no place).
  const place = placePreposition.test(firstWord ?? "") ? placePreposition.exec(statement.slice(told)) : null;
  if (place && momentIn(statement.slice(told + place.index))?.index !== 0) return `${statement.slice(0, told + place.index)}${correction}`;
  if (told > 0) return `${statement.slice(0, told)}${correction}`;
  return correction;
}

// "is called gareth": a name's verb is part of "be", so a corrected name goes after it ("is called gavin").
const beVerb = /\b(?:is|are|was|were|am)\b\s+(?:now\s+|still\s+)?(?:(?:called|named)\s+)?/i;

// "she works at the library", "i take them at 9", "she's at the library": the fact said again with a
// pronoun for its subject, the pronoun's "be" (contracted or not) in group 1.
const pronounSubject = /^(?:he|she|they|it|i|we)(?:('s|'re|'m)|\s+(is|are|am|was|were))?\s+/i;
// What a restated fact says its object with ("take them at 9"): it stands for the fact's own object.
const objectPronoun = /^(?:it|them|him|her|this|that|these|those)(?:\s+|$)/i;

/**
 * A correction that says the fact again, its subject a pronoun: `statement` corrected by what follows
 * the pronoun's verb ("no, she works at the library" into "my wife works at the hospital", "actually
 * i take them at 9" into "i take my tablets at 8"), or told with the new verb when the fact has
 * another ("she teaches at the school"). `null` when the correction does not start with a pronoun
 * that can stand for the fact's subject ("i" only for "i", "we" only for "we").
 */
function restated(statement: string, correction: string): string | null {
  const lead = pronounSubject.exec(correction);
  // The grammatical subject: "i" of "i take my tablets at 8", whose subject as a fact is "my tablets".
  const subject = /^(?:i|we)\b/i.exec(statement)?.[0] ?? factAttribute(statement)?.subject;
  if (!lead || !subject || !statement.toLowerCase().startsWith(subject.toLowerCase())) return null;
  const pronoun = lead[0].replace(/'.*$/, "").trim().split(/\s+/)[0].toLowerCase();
  const firstPerson = ["i", "we"].includes(subject.toLowerCase());
  if (firstPerson ? pronoun !== subject.toLowerCase() : ["i", "we"].includes(pronoun)) return null;
  const rest = correction.slice(lead[0].length).trim();
  if (!rest) return null;
  if (lead[1] || lead[2]) return corrected(statement, rest);
  const [verb] = rest.split(/\s+/);
  const told = new RegExp(`\\b${literalPattern(verb)}\\b`, "i").exec(statement.slice(subject.length));
  if (!told) return `${statement.slice(0, subject.length)} ${rest}`;
  const changed = rest.slice(verb.length).trim().replace(objectPronoun, "").trim();
  return changed ? corrected(statement, changed) : null;
}

/**
 * Where what the fact says of its subject begins: after "is" ("my car is red"), else after the
 * verb that follows the subject ("bella the spaniel weighs 14 kilos", "ollie has pe on
 * wednesdays", "the van's in the yard"); 0 when the fact has neither.
 */
function toldAt(statement: string): number {
  const verb = beVerb.exec(statement);
  if (verb) return verb.index + verb[0].length;
  const subject = factAttribute(statement)?.subject;
  // "the trailer's in the top field": a subject the kit read up to an "'s" ("the trailers") had it for its verb, "is".
  const contracted = /^(.+?)['\u2019]s\s+/.exec(statement);
  if (subject && contracted && comparableText(`${contracted[1]}'s`) === subject) return contracted[0].length;
  if (!subject || !statement.toLowerCase().startsWith(subject.toLowerCase())) return 0;
  const after = /^\s+\S+\s+/.exec(statement.slice(subject.length));
  return after ? subject.length + after[0].length : 0;
}

// "72 not 27", "4417, not 4471": the right words, then the wrong ones the fact has.
const rightNotWrong = /^(.+?),?\s+not\s+(.+)$/i;

/** `statement` with the words the correction says were wrong replaced by the right ones; `null` when it names none the statement has. */
function swapped(statement: string, correction: string): string | null {
  const said = rightNotWrong.exec(correction);
  if (!said) return null;
  const wrong = new RegExp(`\\b${literalPattern(said[2].trim())}\\b`, "i").exec(statement);
  return wrong ? `${statement.slice(0, wrong.index)}${said[1].trim()}${statement.slice(wrong.index + wrong[0].length)}` : null;
}

// The preposition a moment is said with ("on monday", "at 6"), kept when the correction gives the moment alone.
const momentPreposition = /^(?:at|on|in|by|from|until)\s+/i;
// ... and one chrono-node leaves outside the moment it reads ("in the" of "in the friday").
const prepositionLeftOutside = /\b(?:at|on|in|by|from|until)(?: the)?\s+$/i;

// "on tuesdays", "weekends": a day that comes back every week, which chrono-node does not read.
const everyWeek = /\b(?:(?:on|at|every) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun|week)days|weekends)\b/i;

/** The first moment said in `text`: what the kit's reader reads, else a day of every week. */
function momentIn(text: string): { index: number; text: string } | undefined {
  const [read] = moments.parse(text);
  if (read) return read;
  const day = everyWeek.exec(text);
  return day ? { index: day.index, text: day[0] } : undefined;
}

/** `statement` with its moment replaced by `correction` when the correction is a moment and nothing else; `null` otherwise. */
function momentCorrected(statement: string, correction: string): string | null {
  const said = momentIn(correction);
  const old = momentIn(statement);
  if (!said || !old || correction.replace(said.text, "").trim() !== "") return null;
  const preposition = momentPreposition.test(said.text) ? "" : (momentPreposition.exec(old.text)?.[0] ?? "");
  // A correction with its own preposition replaces the old one ("on thursday" for "in the friday", not "in the on thursday").
  const before = statement.slice(0, old.index);
  const kept = momentPreposition.test(said.text) ? before.replace(prepositionLeftOutside, "") : before;
  return `${kept}${preposition}${said.text}${statement.slice(old.index + old.text.length)}`;
}

/** What an assistant's turn was about: the subject it asked after or stated, e.g. "my car". */
const subjectOf = (turn: RecentTurn): string | undefined =>
  turn.role !== "assistant" ? undefined : (turn.subject ?? (turn.fact ? factAttribute(turn.fact)?.subject : undefined));

/**
 * What the conversation was last about: the subject of the newest turn that had one, e.g. "my car".
 * A newer fact with no subject one can name ("i parked on level 4") is still what the conversation
 * is about: "it" then names nothing, rather than a thing from turns before that fact.
 */
export function lastSubject(recent: readonly RecentTurn[]): string | undefined {
  for (const turn of [...recent].reverse()) {
    const subject = subjectOf(turn);
    if (subject !== undefined) return subject;
    if (turn.role === "assistant" && turn.fact) return undefined;
  }
  return undefined;
}

/**
 * The last subject in the words the user said it with ("my sister's flight"), for a reply that
 * repeats it: the subject the router and factAttribute name drops apostrophes ("my sisters
 * flight"). The subject as named when no turn of the user's says it.
 */
export function lastSubjectAsSaid(recent: readonly RecentTurn[]): string | undefined {
  const subject = lastSubject(recent);
  if (subject === undefined) return undefined;
  const said = new RegExp(subject.split("").map(literalPattern).join("['\u2019]?"), "i");
  for (const turn of [...recent].reverse()) {
    const found = turn.role === "user" ? said.exec(turn.content) : null;
    if (found) return found[0].toLowerCase().replace(/\u2019/g, "'");
  }
  return subject;
}

// The words before a subject's thing that say whose or which it is ("my", "the"): they name nothing.
const determiner = /^(?:my|our|your|his|her|their|the|a|an|this|that|these|those)$/;
// The subject's last words, the thing and what tells it apart ("chidis flight", "cake recipe"), are enough to name it.
const namingWords = 2;
const withoutApostrophes = (text: string): string => text.toLowerCase().replace(/['\u2019]/g, "");

/**
 * The subject of a thing this conversation already stored or asked after that `normalized` (the
 * router's token text) names: "what time does chidi's flight land" after "my cousin chidi's
 * flight lands at 6:40", "where's the rum cake recipe" after where it was said to be. The newest
 * such subject; `undefined` when it names none. What the user just told the assistant about is a
 * kept thing, whatever topic outside the skills its words also name.
 */
export function keptSubjectNamed(normalized: string, recent: readonly RecentTurn[]): string | undefined {
  // Number words are digits in a stored fact ("hive 2"), however the question says them ("hive two").
  const said = withoutApostrophes(withDigits(normalized)).split(/\s+/).filter((w) => w !== "");
  return [...recent].reverse().map(subjectOf).find((subject) => {
    const words = withoutApostrophes(withDigits(subject ?? "")).split(/\s+/).filter((w) => w !== "");
    const first = words.findIndex((w) => !determiner.test(w));
    if (first < 0) return false;
    const named = words.slice(Math.max(words.length - namingWords, first));
    // "bella" of "bella the spaniel", "staging" of "the staging server": the word that tells the
    // thing apart names it on its own, as people say it once the whole name has been said. Either
    // form of a word names it: "the farriers name" the farrier, "the baby" the baby's calpol dose.
    return wordRunWithin(named, said) || (words.length - first > 1 && (wordRunWithin([words[first]], said) || ownersThingNamed(words[words.length - 1], said)));
  });
}

// "gate code?", "and the wifi password?": a kept thing named alone and asked, a few words and a question mark.
const namedAloneAsked = /^(?:and |so |what about |how about )?((?:[\p{L}\p{N}']+ ?){1,3}?)\s*\?+$/iu;

/** The question a kept thing named alone asks ("gate code?" after "the gate code is 1973"); `null` for anything else. */
export function keptThingNamedAlone(said: string, recent: readonly RecentTurn[]): { intent: "recall"; slots: { question: string; subject: string } } | null {
  const named = namedAloneAsked.exec(said.trim());
  const subject = named ? keptSubjectNamed(named[1].toLowerCase(), recent) : undefined;
  return subject ? { intent: "recall", slots: { question: `what is ${subject}`, subject } } : null;
}

// "what time does her flight land" after "my mum's flight lands at 6:40": the thing, its owner said as a pronoun.
const ownerPronoun = /^(?:his|her|their)$/;
const ownersThingNamed = (thing: string, said: readonly string[]): boolean => said.some((w, i) => i > 0 && w === thing && ownerPronoun.test(said[i - 1]));

// The subject of a statement never holds one of these (factAttribute refuses it), so the first is where the predicate's place begins.
const placePreposition = /\b(?:in front of|on top of|next to|in|on|at|under|underneath|behind|beside|near|by|inside|outside|above|below)\b/i;

/** Where the conversation last put something: "in the garage" from the fact "my car is in the garage". */
export function lastPlace(recent: readonly RecentTurn[]): string | undefined {
  for (const turn of [...recent].reverse()) {
    if (turn.role !== "assistant" || !turn.fact || !factAttribute(turn.fact)?.attribute.endsWith("location")) continue;
    const statement = turn.fact.replace(/[.!?]+$/, "");
    const at = placePreposition.exec(statement);
    if (at) return statement.slice(at.index);
  }
  return undefined;
}

// "what month is that in", "who is that with": "that" is still the last word but for the preposition it left there.
const finalThat = new RegExp(String.raw`\bthat(?=(?: ${strandedPreposition})?[\s.!?]*$)`, "i");

// "what time does it land", "when will it start": "it" doing something is a thing, never the clock, which
// is only ever "it" with "be" ("what time is it").
const itActs = /\b(?:does|did|do|will|would|can|could|should) it (?!be\b)\w+/i;

/** Whether `text`'s "it" is the subject of a verb other than "be", so stands for a thing rather than the clock or the weather. */
export const itDoesSomething = (text: string): boolean => itActs.test(text);

// "her birthday", "his number", "their address": a possessive before a thing, not "her" as an object ("remind her to ...", "tell her").
const possessivePronoun =
  /\b(?:his|her|their)\b(?= (?!(?:to|about|that|this|the|a|an|at|in|on|and|or|is|was|again|yet|for|with|up|off|out|back|if|when|where|what|now|today|tomorrow|yesterday)\b)[a-z])/gi;

// What a person has and a thing does not: "she" after "my wife's birthday" is the wife.
const personalAttribute = /'s (?:(?:first |last |full |middle |maiden |nick)?name|surname|birthday|age|(?:phone |mobile )?number|email(?: address)?|address)$/i;

const namesSomeone = /\b(?:the|my|our|a|an)\s+[a-z]+/i;

// "my wifes name", "my sons birthday": a subject (apostrophes dropped) that is a person's own thing names the person.
const personsOwnThing = /['\u2019]?s (?:(?:first |last |full |middle |maiden |nick)?name|surname|birthday|age|(?:phone |mobile )?number|email(?: address)?|address)$/i;

/**
 * Who "she" or "he" ("her", "his") stands for when the person the conversation was last about is
 * the other: "where does she work" after "my wife works at the hospital" and "my son takes the 42
 * bus" is the wife. The newest person told of whose role agrees; `person` when its role agrees or
 * says neither ("my friend"); `undefined` when no one told of agrees ("he" after "my sister" is
 * someone never told of, so the question is left as said rather than answered with her).
 */
function agreeing(pronoun: string, person: string, recent: readonly RecentTurn[]): string | undefined {
  const wanted = /^(?:she|her)$/i.test(pronoun) ? "she" : /^(?:he|his)$/i.test(pronoun) ? "he" : undefined;
  const said = genderOf(person, recent);
  if (wanted === undefined || said === undefined || said === wanted) return person;
  for (const turn of [...recent].reverse()) {
    const someone = subjectOf(turn)?.replace(personsOwnThing, "");
    if (someone && genderOf(someone, recent) === wanted) return someone;
  }
  // "what bus does he take" after "jaylen's teacher is ms. okafor": the one whose person she is.
  const asSaid = person === lastSubject(recent) ? lastSubjectAsSaid(recent) : undefined;
  return asSaid ? namedOwner.exec(asSaid)?.[1] : undefined;
}

// "jaylen's teacher": someone named, whose the person is; "my son's teacher" is read by lastOwner.
const namedOwner = /^(?!(?:my|our|the|your|his|her|their)\b)([\p{L}-]+)['\u2019]s\s/iu;

/** Whether a person told of is a "she" or a "he": their role says so ("my wife"), or a title in the fact about them ("Ms. Okafor"). */
function genderOf(person: string, recent: readonly RecentTurn[]): "she" | "he" | undefined {
  const fact = [...recent].reverse().find((turn) => turn.fact && subjectOf(turn) === person)?.fact;
  return roleGender(person) ?? (fact ? titleGender(fact) : undefined);
}

/**
 * Whose a possessive pronoun says a thing is: the person the last subject belongs to ("my wife" of
 * "my wife's name"), or the subject itself ("my brother"). Only a subject said with "my", "our" or
 * "the" is someone to own a thing this way: "bella the spaniel" is a name, and "her name" is hers already.
 */
function lastOwner(recent: readonly RecentTurn[]): string | undefined {
  const subject = lastSubjectAsSaid(recent);
  if (!subject || !/^(?:my|our|the) /.test(subject)) return undefined;
  const owner = /^(.+)'s? [^']+$/.exec(subject);
  return owner ? owner[1] : subject;
}

/**
 * "where is it" after "where is my car" asks "where is my car": "it", "they", "them", "she" and "he" (a pet or
 * a person told of: "what does she weigh now" after bella's weight) anywhere, and "that" as the
 * last word ("forget that") or before a last preposition ("what month is that in"), stand for the
 * last subject; "there" as the last word ("is my bike there", "what else is there") for the last
 * place. Elsewhere "that" joins a clause ("remember that ...") and "there" opens one ("is there a
 * ..."), and are left alone. The router applies this to requests about memories only: "what time
 * is it" is not about the car.
 */
export function resolveReferences(text: string, recent: readonly RecentTurn[]): string {
  const subject = lastSubject(recent);
  const place = lastPlace(recent);
  let resolved = text;
  const owner = lastOwner(recent);
  // "what about the postman, did i tell you his name": a person named before the pronoun is whose it is.
  if (owner) {
    resolved = resolved.replace(possessivePronoun, (pronoun: string, at: number) => {
      const whose = namesSomeone.test(resolved.slice(0, at)) ? undefined : agreeing(pronoun, owner, recent);
      return whose === undefined ? pronoun : `${whose}'s`;
    });
  }
  // "he has a spare key" after "my neighbour's name is gordon": a person is who a name or a birthday belongs to, never the name.
  const person = owner && personalAttribute.test(lastSubjectAsSaid(recent) ?? "") ? owner : subject;
  if (person) resolved = resolved.replace(/\b(?:she|he)\b(?!['\u2019])/gi, (pronoun: string) => agreeing(pronoun, person, recent) ?? pronoun);
  // "they" but not "they're": the contraction would leave "my keys're".
  if (subject) resolved = resolved.replace(/\b(?:it|them|they)\b(?!['\u2019])/gi, subject).replace(finalThat, subject);
  if (place) resolved = resolved.replace(/\bthere(?=[\s.!?]*$)/i, place);
  return resolved;
}

// "and when is his sister amelia's?", "what about tom's?" after "when's oliver's birthday": the same thing of another owner,
// the thing left unsaid after the owner's "'s". The owner is called by the last word ("amelia" of "his sister amelia").
const anotherOwner = /^(?:and |so )?(?:(?:what|how) about |(?:when|where|what|who|which) (?:is|was|are|were|'s) )?(?:(?:my|our|his|her|their|the) )?((?:[\p{L}]+ ){0,2}[\p{L}]+)['\u2019]s?[\s?]*$/iu;

/** "amelia's birthday" of "and amelia's?" after a question about oliver's birthday; `null` for anything else. */
function anotherOwnersThing(text: string, previous: RecentTurn | undefined): string | null {
  const owner = anotherOwner.exec(text.trim().replace(/\bwhen's\b/i, "when is"))?.[1];
  // The thing asked before is the last word of its subject ("birthday" of "my grandson olivers birthday", its owner's
  // apostrophe gone in the router's words); only where an owner was named with it.
  const thing = previous?.intent === "recall" ? /^(?:\S+ )+(\p{L}+)$/u.exec(previous.subject ?? "")?.[1] : undefined;
  // "what is it's": no one is named.
  if (!owner || !thing || /\b(?:it|that|this|what|who|there|he|she|is|are|was|were)\b/i.test(owner)) return null;
  return `${owner.split(" ").pop()}'s ${thing}`;
}

// "and my visa papers?", "what about the car keys": another thing, a noun phrase of a few words and nothing more.
const anotherThing = /^(?:and |so |ok |okay )?(?:(?:what|how) about )?((?:my|our|the|his|her|their) [\p{L}\p{N}' -]+?)[\s?]*$/iu;
const maxThingWords = 5;

/**
 * "and my visa papers?" after "where have I kept my passport": the last question again, about
 * another thing, so it is a question and not a statement to remember. `null` unless the last
 * reply answered a question about a subject the question named.
 */
export function sameQuestionAbout(text: string, recent: readonly RecentTurn[]): { question: string; subject: string } | null {
  const previous = lastReply(recent);
  const asked = [...recent].reverse().find((t) => t.role === "user")?.content ?? "";
  const owners = anotherOwnersThing(text, previous);
  // Asked with the question word asked before ("when" of "when's oliver's birthday").
  if (owners) return { question: `${/^(?:when|where|what|who|which)\b/i.exec(asked)?.[0].toLowerCase() ?? "what"} is ${owners}`, subject: owners };
  const said = anotherThing.exec(text.trim())?.[1];
  if (!said || said.split(/\s+/).length > maxThingWords || previous?.intent !== "recall" || !previous.subject) return null;
  const found = asked.toLowerCase().indexOf(previous.subject.toLowerCase());
  if (found < 0) return null;
  // The subject as asked, with the "my" the router's subject may have left off ("my landlord's name"): the new thing takes its place.
  const determiner = /\b(?:my|our|the) $/i.exec(asked.slice(0, found))?.[0] ?? "";
  const at = found - determiner.length;
  const end = found + previous.subject.length;
  // "and his number?" after "what's my landlord's name": whose the thing is, the owner of what was asked ("my landlord's number").
  const owner = /^((?:my|our|the) .+?)['\u2019]s? \S+$/i.exec(asked.slice(at, end))?.[1];
  const thing = owner ? said.replace(/^(?:his|her|their) /i, `${owner}'s `) : said;
  return { question: `${asked.slice(0, at)}${thing}${asked.slice(end)}`, subject: thing };
}

/**
 * "what else is there" after "my car is in the garage": the other things in that place, so the
 * answer leaves out the last subject and keeps to the last place. `null` unless the request says
 * "else" and points "there".
 */
export function otherThingsThere(text: string, recent: readonly RecentTurn[]): { place: string; except: string } | null {
  const place = lastPlace(recent);
  const except = lastSubject(recent);
  if (!place || !except || !/\belse\b/i.test(text) || !/\bthere[\s.!?]*$/i.test(text)) return null;
  return { place, except };
}
