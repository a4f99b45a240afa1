import { z } from "zod";
import { baseAgentConfig, peerUrlVariable, zmqPubPort } from "../../kit";
import { databaseVariables } from "../../kit/postgres/database-config";

const positiveInt = z.coerce.number().int().positive();
const fraction = z.coerce.number().min(0).max(1);

export const dreamworldConfig = baseAgentConfig.extend({
  ...databaseVariables,
  ZMQ_PUB_PORT: zmqPubPort,
  ...peerUrlVariable("pc2"),
  ...peerUrlVariable("memory-orchestrator"),
  DB_POOL_MAX: positiveInt.default(3),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(10_000),
  /** Longest dreamworld waits for a lock the memory services hold; it gives up and skips rather than block them. */
  DB_LOCK_TIMEOUT_MS: positiveInt.default(200),
  /** A cycle starts once no turn has run for this long. */
  DREAM_IDLE_SECONDS: z.coerce.number().positive().default(300),
  /** Without any new turn a cycle still runs this often, for TTLs and decay. */
  DREAM_MAX_INTERVAL_SECONDS: z.coerce.number().positive().default(3600),
  ACTIVITY_POLL_MS: positiveInt.default(1000),
  PEER_TIMEOUT_MS: positiveInt.default(10_000),
  EMBED_BATCH_SIZE: positiveInt.max(128).default(64),
  /** pc2 refuses longer texts; the opening of a memory carries enough of its meaning. */
  EMBED_MAX_TEXT_CHARS: positiveInt.default(4000),
  // The orchestrator's write-time threshold (measured: paraphrases 0.93-0.95 with pc2's default model).
  MERGE_MIN_SIMILARITY: fraction.default(0.93),
  MERGE_IMPORTANCE_BOOST: fraction.default(0.05),
  /** Ended sessions with at least this many turns get an episode memory. */
  EPISODE_MIN_TURNS: positiveInt.default(20),
  EPISODE_MAX_CHARS: positiveInt.max(8000).default(1500),
  /** A decay pass starts at most this often. */
  DECAY_INTERVAL_HOURS: z.coerce.number().min(0).default(24),
  /** Memories neither written nor read for this long lose importance. */
  DECAY_IDLE_DAYS: z.coerce.number().min(0).default(7),
  /** Importance kept per pass: 0.95 a day halves it in about two weeks of neglect. */
  DECAY_FACTOR: fraction.default(0.95),
  DECAY_FLOOR: fraction.default(0.05),
  /** Change events kept in a cycle's stored report; the counts stay exact beyond it. */
  DREAM_REPORT_MAX_CHANGES: positiveInt.default(500),
});
export type DreamworldConfig = z.infer<typeof dreamworldConfig>;
