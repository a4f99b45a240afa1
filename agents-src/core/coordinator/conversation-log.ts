import { HttpError } from "../../kit/errors";
import { PeerClient, PeerError } from "../../kit/peer-client";

export type TurnRole = "user" | "assistant";

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
