import { HttpError } from "../../kit/errors";
import { PeerClient, PeerError } from "../../kit/peer-client";
import { maxRecentTurns, RecentTurn } from "../task-router/conversation-context";

export type TurnRole = "user" | "assistant";

/** A turn of the conversation so far as handlers see it: the router's view, plus the id of the memory it stored or read. */
export interface ConversationTurn extends RecentTurn {
  factId?: string;
}

/** What the assistant's turn was about, kept in its metadata so later turns can refer back to it. */
export interface TurnTopic {
  subject?: string;
  fact?: string;
  factId?: string;
}

// The last few exchanges are all a follow-up refers to; the budget keeps one long turn from crowding them out.
const recentTokenBudget = 600;

interface StoredTurn {
  role: string;
  content: string;
  metadata: Record<string, unknown>;
}

/**
 * The conversation as session-memory keeps it. A session the client named but session-memory does
 * not know (or has ended) is the client's mistake and becomes a 4xx; session-memory being away is
 * not, and the caller carries on without storing.
 */
export class ConversationLog {
  constructor(private readonly sessions: PeerClient) {}

  async createSession(signal?: AbortSignal): Promise<string> {
    const { id } = await this.sessions.post<{ id: string }>("/v1/sessions", {}, { signal });
    return id;
  }

  /** The session's latest turns, oldest first. */
  async recent(sessionId: string, signal?: AbortSignal): Promise<ConversationTurn[]> {
    let latest: { turns: StoredTurn[] };
    try {
      latest = await this.sessions.get(
        `/v1/sessions/${encodeURIComponent(sessionId)}/turns?latest=${maxRecentTurns}&maxTokens=${recentTokenBudget}&roles=user,assistant`,
        { signal },
      );
    } catch (err) {
      throw clientFault(err) ?? err;
    }
    return latest.turns.map((t) => ({ role: t.role as TurnRole, content: t.content, ...topicOf(t.metadata) }));
  }

  async append(sessionId: string, role: TurnRole, content: string, metadata: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
    try {
      await this.sessions.post(`/v1/sessions/${encodeURIComponent(sessionId)}/turns`, { role, content, metadata }, { signal });
    } catch (err) {
      throw clientFault(err) ?? err;
    }
  }
}

function clientFault(err: unknown): HttpError | undefined {
  if (!(err instanceof PeerError) || err.status === undefined || err.status >= 500) return undefined;
  const body = err.body as { error?: { code?: string; message?: string } } | undefined;
  const message = body?.error?.message ?? err.message;
  if (err.status === 404) return new HttpError(404, "unknown_session", message);
  return new HttpError(err.status, body?.error?.code ?? "session_rejected", message);
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function topicOf(metadata: Record<string, unknown>): Omit<ConversationTurn, "role" | "content"> {
  const topic = { intent: text(metadata.intent), subject: text(metadata.subject), fact: text(metadata.fact), factId: text(metadata.factId) };
  return Object.fromEntries(Object.entries(topic).filter(([, v]) => v !== undefined));
}
