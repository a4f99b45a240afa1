import { z } from "zod";
import { notFound, PeerClient } from "../../kit";
import { peerUnavailable, unexpectedPeerBody } from "./peer-failures";

const sessionRecord = z.object({ id: z.string() });

const turnRecord = z.object({ seq: z.number(), role: z.string(), content: z.string(), tokens: z.number() });
const conversationContext = z.object({
  usedTokens: z.number(),
  summary: z.string().nullable(),
  turns: z.array(turnRecord),
  omittedTurns: z.number(),
});
export type ConversationContext = z.infer<typeof conversationContext>;

async function getFromSessions<T>(sessions: PeerClient, path: string, schema: z.ZodType<T>, sessionId: string): Promise<T> {
  let response: { status: number; body: unknown };
  try {
    response = await sessions.request("GET", path);
  } catch (err) {
    throw peerUnavailable(err);
  }
  if (response.status === 404) throw notFound(`no session ${sessionId}`);
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw unexpectedPeerBody(sessions.name, parsed.error.issues);
  return parsed.data;
}

/**
 * Resolves when the session is the request's user's and rejects with a 404 when it is not (or does
 * not exist): session-memory shows a session only to its own user, so a session found this way
 * needs no other check of whose memories answer for it.
 */
export async function requireSession(sessions: PeerClient, sessionId: string): Promise<void> {
  await getFromSessions(sessions, `/v1/sessions/${encodeURIComponent(sessionId)}`, sessionRecord, sessionId);
}

/** session-memory's recent turns (and summary of older ones) within `maxTokens`. */
export function recentConversation(sessions: PeerClient, sessionId: string, maxTokens: number): Promise<ConversationContext> {
  return getFromSessions(sessions, `/v1/sessions/${encodeURIComponent(sessionId)}/context?maxTokens=${maxTokens}`, conversationContext, sessionId);
}
