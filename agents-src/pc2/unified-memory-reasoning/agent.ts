import type { AgentDefinition, PeerClient, ReadyCheck } from "../../kit";
import { ReasoningConfig, reasoningConfig } from "./config";
import { reasoningRoutes } from "./reasoning-routes";

async function answersHealth(peer: PeerClient): Promise<ReadyCheck> {
  try {
    await peer.get("/health", { timeoutMs: 500 });
    return { ok: true, detail: { circuit: peer.state } };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}

/** unified-memory-reasoning: answers questions and assembles reply context from the memory services. */
export const agent: AgentDefinition<ReasoningConfig> = {
  name: "unified-memory-reasoning",
  config: reasoningConfig,
  async setup({ config, app, peer }) {
    const orchestrator = peer("memory-orchestrator", { timeoutMs: config.PEER_TIMEOUT_MS });
    const sessions = peer("session-memory", { timeoutMs: config.PEER_TIMEOUT_MS });
    await app.register(
      reasoningRoutes({
        orchestrator,
        sessions,
        answer: { retrievalLimit: config.RETRIEVAL_LIMIT, minConfidence: config.ANSWER_MIN_CONFIDENCE },
        context: { retrievalLimit: config.RETRIEVAL_LIMIT, minRelevance: config.CONTEXT_MIN_RELEVANCE, turnShare: config.CONTEXT_TURN_SHARE },
        maxContextTokens: config.CONTEXT_MAX_TOKENS,
      }),
    );
    return {
      ready: async () => {
        const [memoryOrchestrator, sessionMemory] = await Promise.all([answersHealth(orchestrator), answersHealth(sessions)]);
        return { memoryOrchestrator, sessionMemory };
      },
    };
  },
};
