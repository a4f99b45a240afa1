import { z } from "zod";
import { baseAgentConfig, peerUrlVariable } from "../../kit";
import { databaseVariables } from "../../kit/postgres/database-config";

const positiveInt = z.coerce.number().int().positive();

export const sessionMemoryConfig = baseAgentConfig.extend({
  ...databaseVariables,
  ...peerUrlVariable("memory-orchestrator"),
  SESSION_IDLE_TIMEOUT_SECONDS: positiveInt.default(1800),
  /** How often idle sessions are ended and undelivered summaries retried. */
  SESSION_SWEEP_INTERVAL_MS: positiveInt.default(15_000),
  TURN_MAX_CONTENT_CHARS: positiveInt.default(16_000),
  CONTEXT_DEFAULT_MAX_TOKENS: positiveInt.default(2000),
  CONTEXT_SUMMARY_SHARE: z.coerce.number().min(0).max(0.9).default(0.25),
});
export type SessionMemoryConfig = z.infer<typeof sessionMemoryConfig>;
