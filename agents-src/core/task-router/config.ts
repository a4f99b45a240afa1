import { z } from "zod";
import { baseAgentConfig, peerUrlVariable } from "../../kit/config";

const milliseconds = z.coerce.number().int().positive();
const unitInterval = z.coerce.number().min(0).max(1);

export const taskRouterConfig = baseAgentConfig.extend({
  ...peerUrlVariable("pc2"),
  ...peerUrlVariable("memory-orchestrator"),
  ...peerUrlVariable("unified-memory-reasoning"),
  ...peerUrlVariable("health-monitor"),
  /** An utterance embedding slower than this is abandoned for the lexical score alone. */
  ROUTER_EMBED_TIMEOUT_MS: milliseconds.default(300),
  /** The exemplars are embedded once, in one batch, off the request path (seconds on a busy CPU). */
  ROUTER_EXEMPLAR_EMBED_TIMEOUT_MS: milliseconds.default(30_000),
  /** Share of the intent score that comes from embeddings when pc2 answers; the rest is lexical. */
  ROUTER_EMBEDDING_WEIGHT: unitInterval.default(0.5),
  /** A lexical score this high and this far ahead of the next intent's routes without asking pc2. */
  ROUTER_LEXICAL_DECISIVE_SCORE: unitInterval.default(0.7),
  ROUTER_LEXICAL_DECISIVE_MARGIN: unitInterval.default(0.2),
  /** Below this score the utterance is `unknown` rather than a guess. */
  ROUTER_MIN_CONFIDENCE: unitInterval.default(0.45),
  /** Out of domain by nearness: the out-of-domain exemplars nearer than any skill's by this much in embedding similarity... */
  ROUTER_OUTSIDE_MARGIN: unitInterval.default(0.05),
  /** ...and by this much it is outside even when it asks about a particular thing. */
  ROUTER_OUTSIDE_CLEAR_MARGIN: unitInterval.default(0.2),
  /** ...and no skill's blended score at least this high. */
  ROUTER_OUTSIDE_SKILL_SCORE: unitInterval.default(0.6),
  TARGET_PROBE_INTERVAL_MS: milliseconds.default(2000),
  TARGET_PROBE_TIMEOUT_MS: milliseconds.default(1000),
});
export type TaskRouterConfig = z.infer<typeof taskRouterConfig>;
