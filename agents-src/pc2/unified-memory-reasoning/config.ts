import { z } from "zod";
import { baseAgentConfig, peerUrlVariable } from "../../kit";

const positiveInt = z.coerce.number().int().positive();
const fraction = z.coerce.number().min(0).max(1);

export const reasoningConfig = baseAgentConfig.extend({
  ...peerUrlVariable("memory-orchestrator"),
  ...peerUrlVariable("session-memory"),
  PEER_TIMEOUT_MS: positiveInt.default(2000),
  /** Memories asked of the hybrid search per question, superseded ones included. */
  RETRIEVAL_LIMIT: positiveInt.max(100).default(10),
  /** Below this the answer is "I don't know" (see memory-relevance.ts for the scale). */
  ANSWER_MIN_CONFIDENCE: fraction.default(0.5),
  /** Memories less relevant than this stay out of a context block however much budget is left. */
  CONTEXT_MIN_RELEVANCE: fraction.default(0.3),
  /** Most of a context budget the conversation's turns may take; what they leave goes to memories. */
  CONTEXT_TURN_SHARE: fraction.default(0.6),
  CONTEXT_MAX_TOKENS: positiveInt.default(32_000),
});
export type ReasoningConfig = z.infer<typeof reasoningConfig>;
