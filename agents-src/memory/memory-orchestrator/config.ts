import { z } from "zod";
import { baseAgentConfig, peerUrlVariable } from "../../kit";
import { databaseVariables } from "../../kit/postgres/database-config";

const positiveInt = z.coerce.number().int().positive();
const fraction = z.coerce.number().min(0).max(1);

export const memoryOrchestratorConfig = baseAgentConfig.extend({
  ...databaseVariables,
  ...peerUrlVariable("pc2"),
  MEMORY_MAX_CONTENT_CHARS: positiveInt.default(8000),
  MEMORY_MAX_BATCH: positiveInt.default(1000),
  EMBED_TIMEOUT_MS: positiveInt.default(2000),
  EMBED_BATCH_SIZE: positiveInt.default(64),
  EMBED_MAX_TEXT_CHARS: positiveInt.default(4000),
  EMBED_BACKFILL_INTERVAL_MS: positiveInt.default(5000),
  PURGE_INTERVAL_MS: positiveInt.default(60_000),
  PURGE_DELETED_AFTER_DAYS: z.coerce.number().int().min(0).default(30),
  // Measured with pc2's default model: paraphrases score 0.93-0.95, "X is blue" vs "X is green" about 0.88-0.90.
  DEDUPE_MIN_SIMILARITY: fraction.default(0.93),
  REINFORCEMENT_BOOST: fraction.default(0.05),
  SEARCH_CANDIDATES: positiveInt.default(50),
  SEARCH_RRF_K: positiveInt.default(60),
  SEARCH_RECENCY_HALF_LIFE_DAYS: z.coerce.number().positive().default(30),
  // Same model: unrelated sentences score below 0.2, a question and the memory answering it 0.4-0.8.
  SEARCH_MIN_VECTOR_SIMILARITY: fraction.default(0.25),
  /** Quiet time after a user's memories change before their words go to pc2's recogniser. */
  VOCABULARY_SYNC_DELAY_MS: positiveInt.default(1000),
  VOCABULARY_RETRY_MS: positiveInt.default(30_000),
  /** HNSW candidate list per query: recall against speed (see bench/memory.bench.ts). */
  HNSW_EF_SEARCH: positiveInt.max(1000).default(100),
});
export type MemoryOrchestratorConfig = z.infer<typeof memoryOrchestratorConfig>;
