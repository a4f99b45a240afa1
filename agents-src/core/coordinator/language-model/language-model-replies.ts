import type { Logger } from "../../../kit/logging";
import { PeerClient, PeerError } from "../../../kit/peer-client";
import type { Intent } from "../../task-router/intents";
import type { RouteDecision } from "../../task-router/router";
import type { IntentHandler, Reply, TurnContext } from "../replies/reply";
import { streamChat } from "./chat-stream";
import { FetchedContext, replyContext, replyMessages } from "./reply-prompt";
import { SpokenSentences } from "./spoken-sentences";

export interface LanguageModelPolicy {
  /** Tokens of memories and turns asked of unified-memory-reasoning per reply. */
  contextTokens: number;
  contextTimeoutMs: number;
  /** No first phrase (`SpokenSentences`' first piece) by then: today's fixed reply is given instead. */
  firstSentenceTimeoutMs: number;
  /** The whole reply; a reply still going is cut after the sentences already given. */
  replyTimeoutMs: number;
  maxTokens: number;
  temperature: number;
}

export interface LanguageModelPeers {
  llm: PeerClient;
  reasoning: PeerClient;
}

/** What fetching a turn's context needs; the user is the one the turn runs as. */
export type ContextRequest = Pick<TurnContext, "text" | "sessionId" | "signal">;

class TooSlow extends Error {}

const notConfiguredRecheckMs = 30_000;

/**
 * Replies from the local language model for what the skills cannot answer: the handler takes the
 * user's relevant memories and the conversation's recent turns from unified-memory-reasoning (as
 * the turn fetched them once routed, `contextAhead`, or by asking itself), streams the llm's
 * reply, and hands its first phrase, then each finished sentence, to the turn's speech as they
 * come. Whenever the llm is not configured, unreachable, failing or too slow, the skill's own
 * fixed reply (`fallback`) stands, as it does in a stack without an llm.
 */
export class LanguageModelReplies {
  // An llm running without a model (the launcher starts one either way) is not asked again, nor
  // the context fetched for it, until this long after it said so.
  private notConfiguredUntil = 0;
  private readonly intents = new Set<Intent>();

  constructor(
    private readonly peers: LanguageModelPeers,
    private readonly policy: LanguageModelPolicy,
    private readonly logger: Logger,
  ) {}

  /** The context of a turn routed to one of the llm's intents, fetched before its handler runs; undefined for other turns. */
  contextAhead(decision: RouteDecision, turn: ContextRequest): Promise<FetchedContext> | undefined {
    return this.intents.has(decision.intent) && Date.now() >= this.notConfiguredUntil ? contextFor(this.peers.reasoning, turn, this.policy) : undefined;
  }

  /** The handler of an intent the llm answers, with `fallback`'s fixed reply whenever it cannot. */
  replyOr(intent: Intent, fallback: IntentHandler): IntentHandler {
    this.intents.add(intent);
    return (decision, context) => this.reply(decision, context, fallback);
  }

  private async reply(decision: RouteDecision, context: TurnContext, fallback: IntentHandler): Promise<Reply> {
    if (Date.now() < this.notConfiguredUntil) return fallback(decision, context);
    const memory = (await context.replyContext) ?? (await contextFor(this.peers.reasoning, context, this.policy));
    const { policy } = this;
    const generation = new AbortController();
    const signal = AbortSignal.any([context.signal, generation.signal]);
    const tooSlow = (ms: number, what: string) =>
      setTimeout(() => generation.abort(new TooSlow(`the llm gave no ${what} within ${ms} ms`)), ms);
    const firstSentenceTimer = tooSlow(policy.firstSentenceTimeoutMs, "first sentence");
    const replyTimer = tooSlow(policy.replyTimeoutMs, "complete reply");
    const sentences: string[] = [];
    const splitter = new SpokenSentences();
    const give = (completed: string[]) => {
      for (const sentence of completed) {
        clearTimeout(firstSentenceTimer);
        sentences.push(sentence);
        context.speech?.say(sentence);
      }
    };
    try {
      for await (const text of streamChat(this.peers.llm, { messages: replyMessages(context.text, memory.context), maxTokens: policy.maxTokens, temperature: policy.temperature }, signal)) give(splitter.push(text));
      give(splitter.finish());
    } catch (err) {
      context.signal.throwIfAborted();
      const reason = generation.signal.aborted ? (generation.signal.reason as Error) : (err as Error);
      const notConfigured = err instanceof PeerError && err.status === 503 && (err.body as { error?: { code?: string } } | undefined)?.error?.code === "llm_not_configured";
      if (sentences.length > 0) {
        this.logger.warn({ reason: reason.message, sentences: sentences.length }, "llm reply cut short: keeping the sentences already given");
        return { text: sentences.join(" "), warnings: [...memory.warnings, `the reply was cut short: ${reason.message}`] };
      }
      if (notConfigured) {
        this.notConfiguredUntil = Date.now() + notConfiguredRecheckMs;
        return fallback(decision, context);
      }
      this.logger.warn({ reason: reason.message, intent: decision.intent }, "llm reply abandoned: answering with the fixed reply instead");
      return withWarnings(await fallback(decision, context), [...memory.warnings, `the language model did not answer: ${reason.message}`]);
    } finally {
      clearTimeout(firstSentenceTimer);
      clearTimeout(replyTimer);
    }
    if (sentences.length === 0) return withWarnings(await fallback(decision, context), [...memory.warnings, "the language model's reply was empty"]);
    return { text: sentences.join(" "), ...(memory.warnings.length > 0 ? { warnings: memory.warnings } : {}) };
  }
}

function withWarnings(reply: Reply, warnings: string[]): Reply {
  return warnings.length === 0 ? reply : { ...reply, warnings: [...(reply.warnings ?? []), ...warnings] };
}

/** The turn's context for the prompt; without it (no session stored, reasoning away) the llm answers from the words alone. */
export async function contextFor(reasoning: PeerClient, context: ContextRequest, policy: LanguageModelPolicy): Promise<FetchedContext> {
  if (context.sessionId === undefined) return { warnings: [] };
  try {
    const body = await reasoning.post<unknown>(
      "/v1/context",
      { sessionId: context.sessionId, query: context.text, maxTokens: policy.contextTokens },
      { signal: context.signal, timeoutMs: policy.contextTimeoutMs, idempotent: true },
    );
    return { context: replyContext.parse(body), warnings: [] };
  } catch (err) {
    context.signal.throwIfAborted();
    return { warnings: [`the reply was written without memories: ${(err as Error).message}`] };
  }
}
