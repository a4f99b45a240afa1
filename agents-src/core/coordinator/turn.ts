import type { Logger } from "../../kit/logging";
import { serviceUnavailable } from "../../kit/errors";
import { runAsUser } from "../../kit/request-context";
import type { PeerClient } from "../../kit/peer-client";
import type { Intent } from "../task-router/intents";
import type { RouteDecision } from "../task-router/router";
import type { RecentTurn } from "../task-router/conversation-context";
import type { ConversationLog, ConversationTurn, TurnRole, TurnTopic } from "./conversation-log";
import { isUnavailable } from "./peer-unavailable";
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
 * words are stored while the router classifies them against it, the intent's handler produces
 * the reply, and the reply is stored with what it was about (for "it" and "no, level 4" next).
 * Every step takes the turn's signal, so a barge-in stops it wherever it is.
 */
export class TurnRunner {
  constructor(
    private readonly router: PeerClient,
    private readonly conversation: ConversationLog,
    private readonly handlers: Readonly<Record<Intent, IntentHandler>>,
    private readonly announcements: Pick<TimerAnnouncements, "untold">,
    private readonly logger: Logger,
  ) {}

  /** Every peer call of the turn (session writes, routing, the handler's) carries the turn's user. */
  run(request: TurnRequest): Promise<TurnResult> {
    return runAsUser(request.userId, () => this.answer(request));
  }

  private async answer(request: TurnRequest): Promise<TurnResult> {
    const { signal, clock } = request;
    const warnings: string[] = [];
    const recent = request.sessionId ? await clock.time("memory", () => this.recent(request.sessionId as string, signal, warnings)) : [];
    const [sessionId, decision, untold] = await Promise.all([
      clock.time("memory", () => this.openTurn(request, warnings)),
      clock.time("route", () => this.route(request.text, request.sessionId, recent, signal)),
      this.announcements.untold(request.userId, signal, warnings),
    ]);
    signal.throwIfAborted();
    const speech = request.speech && untold.length > 0 ? sayFirst(untold.join(" "), request.speech) : request.speech;
    const context = { text: request.text, sessionId: sessionId ?? undefined, userId: request.userId, signal, recent, ...(speech ? { speech } : {}) };
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

  /** The session this turn belongs to (created when none was named) with the user's words stored; null when session-memory is away. */
  private async openTurn(request: TurnRequest, warnings: string[]): Promise<string | null> {
    let sessionId = request.sessionId;
    if (!sessionId) {
      try {
        sessionId = await this.conversation.createSession(request.signal);
      } catch (err) {
        if (!isUnavailable(err)) throw err;
        warnings.push(`this turn was not stored: ${(err as Error).message}`);
        return null;
      }
    }
    await this.store(sessionId, "user", request.text, { source: request.source }, request.signal, warnings);
    return sessionId;
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
