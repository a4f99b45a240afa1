import type { Logger } from "../../kit/logging";
import type { EmbeddingClassifier } from "./embedding-classifier";
import { followUp, otherThingsThere, RecentTurn, resolveReferences } from "./conversation-context";
import type { Intent } from "./intents";
import type { LexicalClassifier } from "./lexical-classifier";
import { outOfDomainTopic } from "./out-of-domain";
import { spokenMath } from "./spoken-math";
import { timerRequestOf } from "./timer-requests";
import { bareRequest, extractSlots, Slots } from "./slots";
import { selectTarget, TargetChoice } from "./target-selection";
import type { TargetHealth } from "./target-health";
import { tokenize, Word } from "./text-normalization";

const memoryIntents = new Set<Intent>(["remember", "recall", "forget"]);
const questionWords = new Set(["what", "where", "when", "who", "whose", "which", "how", "why", "is", "are", "do", "does", "did", "was", "were"]);
// "do not forget that ...", "is it ok to remember ...": a request to remember in question form.
const rememberWords = new Set(["remember", "note", "save", "forget", "store", "write", "keep", "memorize", "memorise"]);
const isQuestion = (words: readonly Word[]): boolean =>
  words.length > 0 && questionWords.has(words[0].text) && !words.some((w) => rememberWords.has(w.text));

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
}

/**
 * Fixed patterns first: a follow-up in this conversation, a timer or reminder, a calculation, a
 * request outside the assistant's skills. Otherwise intent = the exemplar intent with the best score. The lexical
 * score is always computed (it also yields the slots) and decides on its own when it is
 * clear-cut: an utterance embedding costs tens of milliseconds on a CPU, more than the rest of a
 * text turn. Otherwise pc2's embedding score is blended in, which is what carries paraphrases and
 * mishearings that share few words with any exemplar.
 */
export class TaskRouter {
  constructor(
    private readonly lexical: LexicalClassifier,
    private readonly embedding: EmbeddingClassifier,
    private readonly targets: Pick<TargetHealth, "state">,
    private readonly options: RouterOptions,
    private readonly logger: Logger,
  ) {}

  async route(text: string, recent: readonly RecentTurn[] = []): Promise<RouteDecision> {
    const ruled = this.byRule(text, recent);
    if (ruled) return { ...ruled, confidence: 1, classifier: "rule", ...selectTarget(ruled.intent, (target) => this.targets.state(target)) };
    let decision = await this.classify(text);
    // "is it red" after "where is my car" is only a question about memories once "it" is the car;
    // "what colour is it" looks like "what time is it" until "it" is the scooter, so the reading in
    // context also wins over another skill when it is the surer one.
    const resolved = resolveReferences(text, recent);
    if (resolved !== text) {
      const inContext = await this.classify(resolved);
      const aboutMemories = decision.intent === "unknown" || memoryIntents.has(decision.intent);
      if (memoryIntents.has(inContext.intent) && (aboutMemories || inContext.confidence > decision.confidence)) decision = inContext;
      const others = otherThingsThere(text, recent);
      if (others && decision.intent === "recall") decision.slots = { ...decision.slots, ...others };
    }
    return { ...decision, ...selectTarget(decision.intent, (target) => this.targets.state(target)) };
  }

  private async classify(text: string): Promise<Omit<RouteDecision, keyof TargetChoice>> {
    const words = tokenize(text);
    const lexical = this.lexical.classify(words);
    const scores = new Map<Intent, number>([...lexical].map(([intent, match]) => [intent, match.score]));
    let classifier: Classifier = "lexical";
    if (words.length > 0 && !this.isDecisive([...scores.values()])) {
      try {
        const embedded = await this.embedding.score(text);
        const w = this.options.embeddingWeight;
        for (const [intent, lexicalScore] of scores) scores.set(intent, w * (embedded.scores.get(intent) ?? 0) + (1 - w) * lexicalScore);
        classifier = "embedding";
      } catch (err) {
        this.logger.debug({ err: (err as Error).message }, "embeddings unavailable, routing on lexical scores");
      }
    }
    // A question is never a statement to remember, however much "what is my colour" looks like "my colour is green".
    if (isQuestion(words)) scores.set("remember", 0);
    let intent: Intent = "unknown";
    let best = 0;
    for (const [candidate, score] of scores) {
      if (score > best) [intent, best] = [candidate, score];
    }
    if (best < this.options.minConfidence) intent = "unknown";
    const confidence = intent === "unknown" ? 1 - best : best;
    return {
      intent,
      confidence: Math.round(confidence * 1000) / 1000,
      slots: extractSlots(intent, lexical.get(intent), text, words),
      classifier,
    };
  }

  /** Decisions no exemplar is needed for: follow-ups, timers and reminders, calculations, requests outside the assistant's skills. */
  private byRule(text: string, recent: readonly RecentTurn[]): Pick<RouteDecision, "intent" | "slots"> | null {
    const follow = followUp(text, recent) ?? timerRequestOf(text);
    if (follow) return follow;
    const math = spokenMath(text);
    if (math) {
      const { kind, ...slots } = math;
      return { intent: "calculate", slots: { kind, ...slots } };
    }
    const normalized = tokenize(text).map((w) => w.text).join(" ");
    if (bareRequest.test(normalized)) return { intent: "remember", slots: {} };
    const topic = outOfDomainTopic(normalized);
    return topic ? { intent: "out_of_domain", slots: { topic } } : null;
  }

  private isDecisive(scores: number[]): boolean {
    const [best = 0, second = 0] = [...scores].sort((a, b) => b - a);
    const { score, margin } = this.options.lexicalDecisive;
    return best >= score && best - second >= margin;
  }
}
