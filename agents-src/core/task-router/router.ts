import type { Logger } from "../../kit/logging";
import type { EmbeddedScores, EmbeddingClassifier } from "./embedding-classifier";
import { wordSimilarity } from "./frame-matching";
import { followUp, itDoesSomething, keptSubjectNamed, keptThingNamedAlone, lastSubject, otherThingsThere, RecentTurn, resolveReferences, sameQuestionAbout } from "./conversation-context";
import { ageRequest } from "./age-questions";
import { changedValueFact, changeOfLastSet } from "./change-requests";
import { clockOfAnotherPlace, terseClockPlace, timeDifferenceRequest } from "./clock-places";
import { clockShiftRequest } from "./clock-shifts";
import { chanceAgain, chanceRequest } from "./chance-requests";
import { calendarRequest, daysUntilRequest, namedDay } from "./day-questions";
import { agendaOfAnotherDay, agendaRequest } from "./agenda-requests";
import { forgetKeptAbout } from "./forget-requests";
import { lastThingUndone } from "./last-thing-undone";
import { asksWhatIsKnown } from "./memory-overview";
import { ownMeasureRequest } from "./own-measures";
import { ownPlanStatement } from "./own-plans";
import { suppliesRequest } from "./supplies";
import { asksWhatItCanDo, isCompliment, isDismissal, isFarewell, isGreeting } from "./greetings";
import { asksAfterOwnServices, serviceAskedAfter } from "./status-requests";
import type { Intent } from "./intents";
import type { LexicalClassifier } from "./lexical-classifier";
import { namesMemory, outOfDomainTopic, sameTopicAgain } from "./out-of-domain";
import { askedThing, asksAboutTheWorld, clockAsked, clockPlace, givesConcreteAttribute, isOutsideCommand, statedFact } from "./sentence-form";
import { requestCore } from "./request-wrappers";
import { lastCalculation, spokenMath } from "./spoken-math";
import { timerRequestOf } from "./timer-requests";
import { bareRequest, extractSlots, Slots } from "./slots";
import { selectTarget, TargetChoice } from "./target-selection";
import type { TargetHealth } from "./target-health";
import { spanText, tokenize, Word } from "./text-normalization";

const memoryIntents = new Set<Intent>(["remember", "recall", "forget"]);
// Intents a plain statement of fact is mistaken for when no exemplar is near it: it is none of them.
const notStatements = new Set<Intent>(["unknown", "recall", "time", "out_of_domain"]);
const questionWords = new Set([
  "what", "where", "when", "who", "whose", "which", "how", "why",
  "is", "are", "am", "do", "does", "did", "was", "were", "will", "would", "can", "could", "should", "shall", "have", "has",
]);
// "do not forget that ...", "is it ok to remember ...": a request to remember in question form.
const rememberWords = new Set(["remember", "note", "save", "forget", "store", "write", "keep", "memorize", "memorise"]);
// A misheard "remember" is still one ("rember"), but a short word one letter off ("code", "have") is
// another word, not "note" or "save".
const heardAsRememberWord = (word: string): boolean =>
  rememberWords.has(word) || (word.length >= 5 && [...rememberWords].some((r) => wordSimilarity(r, word) >= 0.75));
const isQuestion = (words: readonly Word[]): boolean =>
  words.length > 0 && questionWords.has(words[0].text) && !words.some((w) => rememberWords.has(w.text));
// "is it behind the washing machine", "are they in the porch": the place of what the conversation is about.
const asksItsPlace = /\b(?:in|on|at|under|underneath|behind|beside|near|by|inside|next to|in front of) (?:the|my|our|a|an|his|her|their)\b/i;
// "who am I speaking to", "who is this": the one asked about is the assistant, not someone the user told of.
const asksWhoIsListening = /^(?:who|what) am i (?:talking|speaking|chatting) (?:to|with)$|^who is (?:this|there|that)$/;
const thirdPersonOwner = new Set(["his", "her", "their"]);
// "remember the tournament rink is the kinsmen arena", "note that ...": a statement after an explicit
// lead is what to keep, however far its embedding is from every exemplar's (a name for a rink or a song).
const rememberLead = /^(?:remember|note)(?: that)?\s+/i;
// What an order to do something outside the skills is mistaken for; it is none of them.
const notForSkills = new Set<Intent>(["remember", "recall", "status", "unknown"]);

/** The user's request the assistant last answered with `intent` (outside its skills, the clock), in token text; `null` when its last reply was another. */
function lastRequestAnswered(recent: readonly RecentTurn[], intent: Intent): string | null {
  let reply = recent.length - 1;
  while (reply >= 0 && recent[reply].role !== "assistant") reply--;
  const asked = reply > 0 ? recent[reply - 1] : undefined;
  if (reply < 0 || recent[reply].intent !== intent || asked?.role !== "user") return null;
  return tokenize(requestCore(asked.content)).map((w) => w.text).join(" ");
}

/** Nearer the out-of-domain exemplars than any skill's; `clear` when by far. */
interface NearOutside {
  topic: string;
  clear: boolean;
}

/** "rule" when a fixed pattern decided: a follow-up, a timer or reminder, a calculation, a topic outside the assistant's skills. */
export type Classifier = "embedding" | "lexical" | "rule";

export interface RouteDecision extends TargetChoice {
  intent: Intent;
  confidence: number;
  slots: Slots;
  classifier: Classifier;
}

export interface RouterOptions {
  embeddingWeight: number;
  minConfidence: number;
  /** A lexical score at least this high, and this far ahead of the runner-up, is decided without pc2. */
  lexicalDecisive: { score: number; margin: number };
  /**
   * Out of domain by nearness: an utterance whose nearest exemplars in embedding space are the
   * out-of-domain ones, by at least `margin` over any skill's, is outside the skills unless a skill
   * scored at least `skillScore`. The blended score alone is too low for them: their exemplars are
   * not templates, so the lexical half says little. Ahead by `clearMargin`, it is outside even
   * when it asks about a particular thing ("who scored in the derby").
   */
  outside: { margin: number; clearMargin: number; skillScore: number };
}

/**
 * Fixed patterns first: a follow-up in this conversation, a timer or reminder, a calculation, a
 * request outside the assistant's skills. Otherwise intent = the exemplar intent with the best score. The lexical
 * score is always computed (it also yields the slots) and decides on its own when it is
 * clear-cut: an utterance embedding costs tens of milliseconds on a CPU, more than the rest of a
 * text turn. Otherwise pc2's embedding score is blended in, which is what carries paraphrases and
 * mishearings that share few words with any exemplar. Where the exemplars are unsure, the
 * sentence's form (a statement of fact, a question about one thing) and nearness to the
 * out-of-domain exemplars decide.
 */
export class TaskRouter {
  constructor(
    private readonly lexical: LexicalClassifier,
    private readonly embedding: EmbeddingClassifier,
    private readonly targets: Pick<TargetHealth, "state">,
    private readonly options: RouterOptions,
    private readonly logger: Logger,
  ) {}

  async route(said: string, recent: readonly RecentTurn[] = []): Promise<RouteDecision> {
    // "um, could you ...", "I was wondering what ...": the request is what they wrap.
    const text = requestCore(said);
    // A thing the conversation already kept or asked after is a memory, whatever outside topic its words name.
    const words = tokenize(text);
    const keptNamed = keptSubjectNamed(words.map((w) => w.text).join(" "), recent);
    const kept = keptNamed !== undefined;
    const ruled = this.byRule(said, text, recent, kept);
    if (ruled) return { ...ruled, confidence: 1, classifier: "rule", ...selectTarget(ruled.intent, (target) => this.targets.state(target)) };
    let decision = await this.classify(text, kept);
    // "is it red" after "where is my car" is only a question about memories once "it" is the car;
    // "what colour is it" looks like "what time is it" until "it" is the scooter, so the reading in
    // context also wins over another skill when it is the surer one.
    const resolved = resolveReferences(text, recent);
    if (resolved !== text) {
      const inContext = await this.classify(resolved, kept);
      // Out of domain by nearness alone is a weak verdict: "is it behind the washing machine" is about the stopcock.
      const nearnessOnly = decision.intent === "out_of_domain" && decision.classifier === "embedding" && !outOfDomainTopic(tokenize(text).map((w) => w.text).join(" "));
      const weak = decision.intent === "unknown" || nearnessOnly;
      // "what time does it land" reads as the clock's "what time is it" until "it" is the flight.
      const notTheClock = decision.intent === "time" && itDoesSomething(text);
      const aboutMemories = weak || notTheClock || memoryIntents.has(decision.intent);
      const subject = lastSubject(recent);
      if (memoryIntents.has(inContext.intent) && (aboutMemories || inContext.confidence > decision.confidence)) decision = inContext;
      else if (weak && subject && isQuestion(tokenize(text)) && asksItsPlace.test(resolved)) {
        decision = { intent: "recall", confidence: inContext.confidence, slots: { question: resolved, subject }, classifier: inContext.classifier };
      }
      // "what bus does he take" is nothing until "he" is jaylen, whom the conversation kept a fact about.
      const namedInContext = decision.intent === "unknown" && isQuestion(words) ? keptSubjectNamed(tokenize(resolved).map((w) => w.text).join(" "), recent) : undefined;
      if (namedInContext) decision = { intent: "recall", confidence: inContext.confidence, slots: { question: resolved, subject: namedInContext }, classifier: inContext.classifier };
      const others = otherThingsThere(text, recent);
      if (others && decision.intent === "recall") decision.slots = { ...decision.slots, ...others };
    }
    // "how heavy is bella" after "bella the spaniel weighs 14 kilos", "which day has ollie got pe" after his
    // day: a question naming a thing this conversation kept asks after it, however near its verb is
    // to general knowledge or the clock. Named as said: "what month is it" names no appointment.
    if (keptNamed && isQuestion(words) && decision.intent !== "recall" && notStatements.has(decision.intent)) {
      decision = { intent: "recall", confidence: decision.confidence, slots: { question: text, subject: keptNamed }, classifier: decision.classifier };
    }
    return { ...decision, ...selectTarget(decision.intent, (target) => this.targets.state(target)) };
  }

  /** `kept`: the utterance names something this conversation kept, so it is about memories. */
  private async classify(text: string, kept: boolean): Promise<Omit<RouteDecision, keyof TargetChoice>> {
    const words = tokenize(text);
    const normalized = words.map((w) => w.text).join(" ");
    const lexical = this.lexical.classify(words);
    const scores = new Map<Intent, number>([...lexical].map(([intent, match]) => [intent, match.score]));
    // "tell me about yourself" asks about the assistant, which is small talk, not a memory.
    if (words.some((w) => w.text === "yourself")) scores.set("recall", 0);
    let classifier: Classifier = "lexical";
    let embedded: EmbeddedScores | undefined;
    if (words.length > 0 && !this.isDecisive([...scores.values()])) {
      try {
        embedded = await this.embedding.score(text);
        const w = this.options.embeddingWeight;
        for (const [intent, similarity] of embedded.scores) scores.set(intent, w * similarity + (1 - w) * (scores.get(intent) ?? 0));
        classifier = "embedding";
      } catch (err) {
        this.logger.debug({ err: (err as Error).message }, "embeddings unavailable, routing on lexical scores");
      }
    }
    // A question is never a statement to remember, however much "what is my colour" looks like "my colour is green".
    if (isQuestion(words)) scores.set("remember", 0);
    // "where is my umbrella" is about the user's own umbrella, however near it is to the weather.
    const aboutMemory = kept || namesMemory(normalized);
    if (aboutMemory) scores.set("out_of_domain", 0);
    // "what is our neighbour's name" asks about someone the user told of, not the assistant's name;
    // so does "what's her name again": a third person's name or doings are never the assistant's.
    if ((aboutMemory || words.some((w) => thirdPersonOwner.has(w.text))) && isQuestion(words)) scores.set("small_talk", 0);
    // "what are my running shoes", "is my laptop working": the user's own thing asked after is never the assistant's
    // health, which is only ever its own ("your services", "the system"; status-requests.ts reads those by rule).
    if ((aboutMemory || words.some((w) => w.text === "my" || w.text === "our")) && isQuestion(words)) scores.set("status", 0);
    let intent: Intent = "unknown";
    let best = 0;
    for (const [candidate, score] of scores) {
      if (score > best) [intent, best] = [candidate, score];
    }
    if (best < this.options.minConfidence) intent = "unknown";
    const confidence = intent === "unknown" ? 1 - best : best;
    const decision = {
      intent,
      confidence: Math.round(confidence * 1000) / 1000,
      slots: extractSlots(intent, lexical.get(intent), text, words),
      classifier,
    };
    // "cheers" is nearest the thanks exemplars though its best frame is a greeting's: the surer reading gives the kind.
    const near = embedded?.nearest.get(intent);
    if (near?.slots && (embedded?.scores.get(intent) ?? 0) > (lexical.get(intent)?.score ?? 0)) decision.slots = { ...decision.slots, ...near.slots };
    if (intent === "time") decision.slots = { ...decision.slots, ...clockAsked(words), ...namedDay(text), ...clockPlace(text) };
    const outside = aboutMemory ? undefined : this.outsideByNearness(embedded, intent, best);
    const byForm = this.byForm(decision, best, outside, text, words);
    if (byForm) return { ...byForm, classifier };
    // "read my emails", "flip a coin": an order no skill carries out; "when's the next game": the world's next thing, not a kept one.
    const outsideAsked = (notForSkills.has(intent) && isOutsideCommand(words, text)) || (intent === "recall" && asksAboutTheWorld(words));
    if (!aboutMemory && outsideAsked) {
      return { intent: "out_of_domain", confidence: decision.confidence, slots: { topic: embedded?.nearest.get("out_of_domain")?.slots?.topic ?? "that" }, classifier };
    }
    if (outside) {
      const similarity = embedded?.scores.get("out_of_domain") ?? 0;
      return { intent: "out_of_domain", confidence: Math.round(similarity * 1000) / 1000, slots: { topic: outside.topic }, classifier };
    }
    if (intent === "out_of_domain" && embedded) {
      const nearest = embedded.nearest.get("out_of_domain")?.slots?.topic;
      if (nearest) decision.slots = { topic: nearest };
    }
    return decision;
  }

  /**
   * A plain statement of fact is something to keep whatever it is about ("the plumber is coming
   * on tuesday"); a wh-question about one particular thing asks for what was kept ("which
   * platform does the train leave from"), as does a time question about something other than the
   * clock ("what time is the dentist appointment"). A statement is none of the intents it is
   * mistaken for; a question decides only where the exemplars are not sure. The sentence is tagged
   * (about 1 ms) only for those intents.
   */
  private byForm(
    decision: { intent: Intent; confidence: number; slots: Slots },
    best: number,
    outside: NearOutside | undefined,
    text: string,
    words: readonly Word[],
  ): Pick<RouteDecision, "intent" | "confidence" | "slots"> | null {
    const { intent } = decision;
    const seemsOutside = intent === "out_of_domain" || outside !== undefined;
    if (!isQuestion(words)) {
      const whole = spanText(text, words);
      // A "remember" is read again only when the outside exemplars are nearer ("i want to hear the
      // beatles" is a request) or a frame took part of a plain statement for the fact ("mat").
      const partOfStatement = decision.slots.fact !== undefined && decision.slots.fact !== whole && !words.some((w) => heardAsRememberWord(w.text));
      if (!notStatements.has(intent) && !(intent === "remember" && (outside || partOfStatement))) return null;
      const lead = rememberLead.exec(text)?.[0] ?? "";
      const statement = text.slice(lead.length);
      const fact = statedFact(statement, lead ? tokenize(statement) : words);
      // "the heating is too low" near the device exemplars is a complaint; "... on tuesday" is kept.
      if (!fact || (seemsOutside && !givesConcreteAttribute(fact, text))) {
        if (intent !== "remember" || outside) return null;
        // With no word asking to remember, nothing is to be taken off: the whole sentence is the fact.
        return partOfStatement ? { ...decision, slots: { fact: whole } } : decision;
      }
      return { intent: "remember", confidence: decision.confidence, slots: { fact: lead ? spanText(statement, tokenize(statement)) : whole } };
    }
    const unsure = intent === "unknown" || best < this.options.outside.skillScore;
    if (!notStatements.has(intent) || outside?.clear || (intent !== "time" && !(unsure && (intent !== "recall" || outside)))) return null;
    const subject = askedThing(words);
    if (!subject) return null;
    if (intent === "recall") return decision;
    return { intent: "recall", confidence: decision.confidence, slots: { question: spanText(text, words), subject } };
  }

  /** The topic of the out-of-domain exemplar nearest the utterance, when it is nearer than any skill's and no skill is sure. */
  private outsideByNearness(embedded: EmbeddedScores | undefined, intent: Intent, best: number): NearOutside | undefined {
    const { margin, clearMargin, skillScore } = this.options.outside;
    if (!embedded || (intent !== "unknown" && intent !== "out_of_domain" && best >= skillScore)) return undefined;
    const ahead = (embedded.scores.get("out_of_domain") ?? 0) - Math.max(0, ...[...embedded.scores].filter(([i]) => i !== "out_of_domain").map(([, score]) => score));
    const topic = embedded.nearest.get("out_of_domain")?.slots?.topic;
    return topic && ahead >= margin ? { topic, clear: ahead >= clearMargin } : undefined;
  }

  /** Decisions no exemplar is needed for: follow-ups, timers and reminders, calculations, requests outside the assistant's skills. */
  private byRule(said: string, text: string, recent: readonly RecentTurn[], kept: boolean): Pick<RouteDecision, "intent" | "slots"> | null {
    // A correction's lead ("actually, ...") is read before it is taken off as a wrapper; a change is read without
    // its wrapper too ("do one thing, make it 6 instead").
    const follow = followUp(said, recent) ?? followUp(text, recent) ?? lastThingUndone(said, recent) ?? lastThingUndone(text, recent) ?? changeOfLastSet(said, recent) ?? changeOfLastSet(text, recent) ?? changedValueFact(text) ?? timerRequestOf(text, recent) ?? clockShiftRequest(text) ?? calendarRequest(text) ?? agendaRequest(text) ?? agendaOfAnotherDay(text, recent) ?? chanceRequest(text) ?? chanceAgain(text, recent);
    if (follow) return follow;
    // "how many days until her birthday", "how old is he": whose day or age, as the conversation says.
    const inContext = resolveReferences(text, recent);
    const counted = daysUntilRequest(inContext) ?? ageRequest(inContext, recent) ?? suppliesRequest(text, recent) ?? ownPlanStatement(text) ?? ownMeasureRequest(text);
    if (counted) return counted;
    const again = sameQuestionAbout(said, recent);
    if (again) return { intent: "recall", slots: again };
    const keptAlone = keptThingNamedAlone(said, recent);
    if (keptAlone) return keptAlone;
    const math = spokenMath(text, lastCalculation(recent));
    if (math) {
      const { kind, ...slots } = math;
      return { intent: "calculate", slots: { kind, ...slots } };
    }
    const words = tokenize(text);
    const normalized = words.map((w) => w.text).join(" ");
    if (bareRequest.test(normalized)) return { intent: "remember", slots: {} };
    // Read as said too: "do you remember ..." is a wrapper, which leaves "what do you remember" a bare "what".
    if (asksWhatIsKnown(normalized) || asksWhatIsKnown(tokenize(said).map((w) => w.text).join(" "))) return { intent: "recall", slots: { overview: "true" } };
    const forgotten = forgetKeptAbout(normalized);
    if (forgotten) return { intent: "forget", slots: { subject: forgotten } };
    if (isGreeting(normalized)) return { intent: "small_talk", slots: { kind: "greeting" } };
    if (isDismissal(normalized)) return { intent: "small_talk", slots: { kind: "dismissal" } };
    if (isFarewell(normalized)) return { intent: "small_talk", slots: { kind: "goodbye" } };
    if (isCompliment(normalized)) return { intent: "small_talk", slots: { kind: "compliment" } };
    if (asksAfterOwnServices(normalized)) return { intent: "status", slots: {} };
    const service = serviceAskedAfter(normalized);
    if (service) return { intent: "status", slots: { service } };
    if (asksWhoIsListening.test(normalized) || asksWhatItCanDo(normalized)) return { intent: "small_talk", slots: { kind: "identity" } };
    // As said: "and" opens the request again, though it is taken off as a wrapper.
    const saidWords = tokenize(said).map((w) => w.text).join(" ");
    const outsideAgain = sameTopicAgain(saidWords, lastRequestAnswered(recent, "out_of_domain"));
    if (outsideAgain) return { intent: "out_of_domain", slots: { topic: outsideAgain } };
    const clockElsewhere = clockOfAnotherPlace(saidWords, lastRequestAnswered(recent, "time")) ?? terseClockPlace(normalized) ?? timeDifferenceRequest(normalized);
    if (clockElsewhere) return clockElsewhere;
    const topic = kept ? null : outOfDomainTopic(normalized);
    if (!topic) return null;
    // "the football match is on saturday" tells when, which is worth keeping, whatever the topic.
    const fact = statedFact(text, words);
    return fact && givesConcreteAttribute(fact, text) ? null : { intent: "out_of_domain", slots: { topic } };
  }

  private isDecisive(scores: number[]): boolean {
    const [best = 0, second = 0] = [...scores].sort((a, b) => b - a);
    const { score, margin } = this.options.lexicalDecisive;
    return best >= score && best - second >= margin;
  }
}
