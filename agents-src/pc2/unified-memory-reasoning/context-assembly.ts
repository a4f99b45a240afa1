import type { PeerClient } from "../../kit";
import { comparableText } from "../../kit/fact-attribute";
import { statementText } from "../fact-statements";
import { resolveFacts } from "./fact-conflicts";
import { memoryRelevance, roundScore } from "./memory-relevance";
import { retrieveMemories } from "./memory-retrieval";
import { topicTerms } from "./question-terms";
import { ConversationContext, recentConversation } from "./session-lookup";
import { estimateTokens, messageFramingTokens } from "../../kit/token-estimate";

export interface ContextPolicy {
  retrievalLimit: number;
  minRelevance: number;
  turnShare: number;
}

export interface ContextMemory {
  id: string;
  content: string;
  score: number;
  tokens: number;
}

export interface ContextBlock extends ConversationContext {
  sessionId: string;
  maxTokens: number;
  memories: ContextMemory[];
  /** Relevant memories left out because the conversation already says them. */
  memoriesAlreadyInConversation: number;
}

/** True when the conversation already contains the memory's statement, word for word. */
function alreadySaid(conversation: string[], content: string): boolean {
  const statement = comparableText(statementText(content));
  return statement.length > 0 && conversation.some((said) => ` ${said} `.includes(` ${statement} `));
}

/**
 * The context a reply is written with: the session's recent turns (and session-memory's summary
 * of older ones) within `turnShare` of the budget, so a long conversation cannot crowd out what
 * is remembered, then the most relevant standing memories in whatever budget is left, each once
 * and none that the conversation already says.
 *
 * The memories are `userId`'s, the request's user: session-memory shows the turns only to the
 * session's own user, so a session of anyone else's is a 404 here, as it was when a session lookup
 * named the user before anything else was asked (one round trip more on every llm reply). That 404
 * wins over a failed search.
 */
export async function assembleContext(
  peers: { orchestrator: PeerClient; sessions: PeerClient },
  request: { sessionId: string; userId: string; query: string; maxTokens: number },
  policy: ContextPolicy,
): Promise<ContextBlock> {
  const retrieving = retrieveMemories(peers.orchestrator, { text: request.query, limit: policy.retrievalLimit, userId: request.userId });
  // Settled by the await below unless the turns' read fails first, whose error is then the answer.
  retrieving.catch(() => undefined);
  // session-memory refuses a zero budget; one token fits no turn, so it means "no turns".
  const conversation = await recentConversation(peers.sessions, request.sessionId, Math.max(1, Math.floor(request.maxTokens * policy.turnShare)));
  const retrieval = await retrieving;
  const terms = topicTerms(request.query);
  const said = [conversation.summary, ...conversation.turns.map((t) => t.content)].flatMap((t) => (t === null ? [] : [comparableText(t)]));
  const candidates = resolveFacts(retrieval.memories)
    .standing.map((memory) => ({ memory, relevance: memoryRelevance(terms, memory, !retrieval.degraded) }))
    .filter((c) => c.relevance >= policy.minRelevance)
    .sort((a, b) => b.relevance - a.relevance);
  let usedTokens = conversation.usedTokens;
  let memoriesAlreadyInConversation = 0;
  const memories: ContextMemory[] = [];
  for (const { memory, relevance } of candidates) {
    if (alreadySaid(said, memory.content)) {
      memoriesAlreadyInConversation++;
      continue;
    }
    const tokens = estimateTokens(memory.content) + messageFramingTokens;
    // A less relevant but shorter memory may still fit where this one does not.
    if (usedTokens + tokens > request.maxTokens) continue;
    usedTokens += tokens;
    memories.push({ id: memory.id, content: memory.content, score: roundScore(relevance), tokens });
  }
  return {
    sessionId: request.sessionId,
    maxTokens: request.maxTokens,
    usedTokens,
    summary: conversation.summary,
    turns: conversation.turns,
    omittedTurns: conversation.omittedTurns,
    memories,
    memoriesAlreadyInConversation,
  };
}
