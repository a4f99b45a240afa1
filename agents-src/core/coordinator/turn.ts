import type { Logger } from "../../kit/logging";
import { serviceUnavailable } from "../../kit/errors";
import { runAsUser } from "../../kit/request-context";
import type { PeerClient } from "../../kit/peer-client";
import type { Intent } from "../task-router/intents";
import type { RouteDecision } from "../task-router/router";
import type { ConversationLog, TurnRole } from "./conversation-log";
import { isUnavailable } from "./peer-unavailable";
import type { IntentHandler, Source } from "./replies/reply";
import type { StageTimings, TurnClock } from "./stage-timings";

export type TurnSource = "text" | "audio";

export interface TurnRequest {
  text: string;
  /** The user the turn acts for, from the device token; never from a request body. */
  userId: string;
  sessionId?: string;
  source: TurnSource;
  signal: AbortSignal;
  clock: TurnClock;
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
 * One turn of conversation, text in and reply out: the user's words are stored while the router
 * classifies them, the intent's handler produces the reply, and the reply is stored. Every step
 * takes the turn's signal, so a barge-in stops it wherever it is.
 */
export class TurnRunner {
  constructor(
    private readonly router: PeerClient,
    private readonly conversation: ConversationLog,
    private readonly handlers: Readonly<Record<Intent, IntentHandler>>,
    private readonly logger: Logger,
  ) {}

  /** Every peer call of the turn (session writes, routing, the handler's) carries the turn's user. */
  run(request: TurnRequest): Promise<TurnResult> {
    return runAsUser(request.userId, () => this.answer(request));
  }

  private async answer(request: TurnRequest): Promise<TurnResult> {
    const { signal, clock } = request;
    const warnings: string[] = [];
    const [sessionId, decision] = await Promise.all([
      clock.time("memory", () => this.openTurn(request, warnings)),
      clock.time("route", () => this.route(request.text, request.sessionId, signal)),
    ]);
    signal.throwIfAborted();
    const reply = await clock.time("handler", () => this.handlers[decision.intent](decision, { userId: request.userId, sessionId: sessionId ?? undefined, signal }));
    signal.throwIfAborted();
    if (sessionId) {
      const metadata = { intent: decision.intent, target: decision.target, sources: reply.sources?.map((s) => s.id) ?? [] };
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

  private async route(text: string, sessionId: string | undefined, signal: AbortSignal): Promise<RouteDecision> {
    try {
      return await this.router.post<RouteDecision>("/v1/route", { text, ...(sessionId ? { sessionId } : {}) }, { signal, idempotent: true });
    } catch (err) {
      if (isUnavailable(err)) throw serviceUnavailable(`cannot route the request: ${(err as Error).message}`, 1);
      throw err;
    }
  }
}
