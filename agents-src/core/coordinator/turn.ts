import type { Logger } from "../../kit/logging";
import { serviceUnavailable } from "../../kit/errors";
import { runAsUser } from "../../kit/request-context";
import type { PeerClient } from "../../kit/peer-client";
import type { Intent } from "../task-router/intents";
import type { RouteDecision } from "../task-router/router";
import type { RecentTurn } from "../task-router/conversation-context";
import type { ConversationLog, ConversationTurn, TurnRole, TurnTopic } from "./conversation-log";
import { isUnavailable } from "./peer-unavailable";
import type { ContextRequest } from "./language-model/language-model-replies";
import type { FetchedContext } from "./language-model/reply-prompt";
import type { IntentHandler, Reply, SentenceSink, Source } from "./replies/reply";
import type { StageTimings, TurnClock } from "./stage-timings";
import type { TimerAnnouncements } from "./timer-announcements";

export type TurnSource = "text" | "audio";

export interface TurnRequest {
  text: string;
  /** The user the turn acts for, from the device token; never from a request body. Memories, sessions and timers are theirs. */
  userId: string;
  sessionId?: string;
  source: TurnSource;
  signal: AbortSignal;
  clock: TurnClock;
  /** Spoken turns: where a reply written sentence by sentence is spoken as it comes. */
  speech?: SentenceSink;
}

/** Starts fetching the language model's context for a routed turn, or says (undefined) that its reply does not use it. */
export type ReplyContextAhead = (decision: RouteDecision, turn: ContextRequest) => Promise<FetchedContext> | undefined;

export interface TurnResult {
  sessionId: string | null;
  reply: string;
  intent: Intent;
  target: string;
  confidence: number;
  slots: Record<string, string>;
  sources?: Source[];
  warnings?: string[];
  timings: StageTimings;
}

/**
 * One turn of conversation, text in and reply out: the conversation so far is read, the user's
 * words are stored while the router classifies them against it (and, once the route says the llm
 * answers, its context is fetched), the intent's handler produces the reply, and the reply is
 * stored with what it was about (for "it" and "no, level 4" next). Every step takes the turn's
 * signal, so a barge-in stops it wherever it is.
 */
export class TurnRunner {
  constructor(
    private readonly router: PeerClient,
    private readonly conversation: ConversationLog,
    private readonly handlers: Readonly<Record<Intent, IntentHandler>>,
    private readonly announcements: Pick<TimerAnnouncements, "untold">,
    private readonly logger: Logger,
    private readonly contextAhead?: ReplyContextAhead,
  ) {}

  /** Every peer call of the turn (session writes, routing, the handler's) carries the turn's user. */
  run(request: TurnRequest): Promise<TurnResult> {
    return runAsUser(request.userId, () => this.answer(request));
  }

  private async answer(request: TurnRequest): Promise<TurnResult> {
    const { signal, clock } = request;
    const warnings: string[] = [];
    const session = clock.time("memory", () => this.session(request, warnings));
    const recent = request.sessionId ? await clock.time("memory", () => this.recent(request.sessionId as string, signal, warnings)) : [];
    const routed = clock.time("route", () => this.route(request.text, request.sessionId, recent, signal));
    const replyContext = this.replyContextAhead(request, session, routed);
    const [sessionId, decision, untold] = await Promise.all([this.storeWords(request, session, warnings), routed, this.announcements.untold(request.userId, signal, warnings)]);
    signal.throwIfAborted();
    const speech = request.speech && untold.length > 0 ? sayFirst(untold.join(" "), request.speech) : request.speech;
    const context = { text: request.text, sessionId: sessionId ?? undefined, userId: request.userId, signal, recent, ...(speech ? { speech } : {}), ...(replyContext ? { replyContext } : {}) };
    const answered = await clock.time("handler", () => this.handlers[decision.intent](decision, context));
    signal.throwIfAborted();
    // A timer that came due while no device listened is said first.
    const reply = untold.length > 0 ? { ...answered, text: `${untold.join(" ")} ${answered.text}` } : answered;
    if (sessionId) {
      const metadata = { intent: decision.intent, target: decision.target, sources: reply.sources?.map((s) => s.id) ?? [], ...topicOf(decision, reply) };
      await clock.time("memory", () => this.store(sessionId, "assistant", reply.text, metadata, signal, warnings));
    }
    const allWarnings = [...warnings, ...(reply.warnings ?? [])];
    return {
      sessionId,
      reply: reply.text,
      intent: decision.intent,
      target: decision.target,
      confidence: decision.confidence,
      slots: decision.slots,
      ...(reply.sources ? { sources: reply.sources } : {}),
      ...(allWarnings.length > 0 ? { warnings: allWarnings } : {}),
      timings: clock.finish(),
    };
  }

  /** The conversation so far; none when session-memory is away (the turn is then answered on its own). */
  private async recent(sessionId: string, signal: AbortSignal, warnings: string[]): Promise<ConversationTurn[]> {
    try {
      return await this.conversation.recent(sessionId, signal);
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      warnings.push(`the conversation so far was not read: ${(err as Error).message}`);
      return [];
    }
  }

  /** The session this turn belongs to, created when none was named; null when session-memory is away. */
  private async session(request: TurnRequest, warnings: string[]): Promise<string | null> {
    if (request.sessionId) return request.sessionId;
    try {
      return await this.conversation.createSession(request.signal);
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      warnings.push(`this turn was not stored: ${(err as Error).message}`);
      return null;
    }
  }

  /** The user's words stored in the turn's session, once it is known; the session, or null when session-memory is away. */
  private async storeWords(request: TurnRequest, session: Promise<string | null>, warnings: string[]): Promise<string | null> {
    const sessionId = await session;
    if (sessionId) await request.clock.time("memory", () => this.store(sessionId, "user", request.text, { source: request.source }, request.signal, warnings));
    return sessionId;
  }

  /**
   * The llm's context needs only the words, the user and the session, so it is fetched as soon as
   * the route says the llm answers, while the user's words are still being stored and the
   * timekeeper asked, instead of after them. Not earlier, beside routing: every skill's turn would
   * then pay for a fetch no reply uses, and on a busy CPU that fetch (an embedding in pc2, which
   * runs one at a time, and a hybrid search) cost them more than it saved the llm's replies
   * (docs/llm.md, Figures).
   */
  private replyContextAhead(request: TurnRequest, session: Promise<string | null>, routed: Promise<RouteDecision>): Promise<FetchedContext | undefined> | undefined {
    const { contextAhead } = this;
    if (!contextAhead) return undefined;
    const ahead = Promise.all([session, routed]).then(([sessionId, decision]) =>
      sessionId === null ? undefined : contextAhead(decision, { text: request.text, sessionId, signal: request.signal }),
    );
    // Nobody awaits it when the turn fails first (the router away, a barge-in's abort): that must
    // not be left as an unhandled rejection.
    ahead.catch(() => undefined);
    return ahead;
  }

  private async store(
    sessionId: string,
    role: TurnRole,
    content: string,
    metadata: Record<string, unknown>,
    signal: AbortSignal,
    warnings: string[],
  ): Promise<void> {
    try {
      await this.conversation.append(sessionId, role, content, metadata, signal);
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.logger.warn({ err: (err as Error).message, sessionId, role }, "turn not stored");
      warnings.push(`the ${role} turn was not stored: ${(err as Error).message}`);
    }
  }

  private async route(text: string, sessionId: string | undefined, recent: readonly ConversationTurn[], signal: AbortSignal): Promise<RouteDecision> {
    // The router's view of a turn has no memory ids.
    const forRouter: RecentTurn[] = recent.map(({ factId: _id, ...turn }) => turn);
    try {
      return await this.router.post<RouteDecision>("/v1/route", { text, ...(sessionId ? { sessionId } : {}), recent: forRouter }, { signal, idempotent: true });
    } catch (err) {
      if (isUnavailable(err)) throw serviceUnavailable(`cannot route the request: ${(err as Error).message}`, 1);
      throw err;
    }
  }
}

/** A timer that came due while no device listened is said before a streamed reply's first sentence, as it is before a whole one. */
function sayFirst(first: string, speech: SentenceSink): SentenceSink {
  let said = false;
  return {
    say(sentence) {
      if (!said) speech.say(first);
      said = true;
      speech.say(sentence);
    },
  };
}

/** What the reply was about: the subject asked about and the memory stored or read back. */
function topicOf(decision: RouteDecision, reply: Reply): TurnTopic {
  const [source] = reply.sources ?? [];
  return {
    ...(decision.slots.subject ? { subject: decision.slots.subject } : {}),
    ...(source ? { fact: source.content, factId: source.id } : {}),
  };
}
