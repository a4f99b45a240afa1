import { z } from "zod";
import { baseAgentConfig, peerPubVariable, peerUrlVariable } from "../../kit/config";
import { edgeAccessVariables } from "../../kit/device-auth";

const count = z.coerce.number().int().positive();

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "not an IANA time zone, e.g. Europe/Berlin");

export const coordinatorConfig = baseAgentConfig.extend({
  ...peerUrlVariable("task-router"),
  ...peerUrlVariable("session-memory"),
  ...peerUrlVariable("memory-orchestrator"),
  ...peerUrlVariable("unified-memory-reasoning"),
  ...peerUrlVariable("health-monitor"),
  ...peerUrlVariable("pc2"),
  ...peerUrlVariable("fused-audio-preprocessor"),
  ...peerUrlVariable("timekeeper"),
  ...peerPubVariable("vad"),
  ...peerPubVariable("timekeeper"),
  /** Turns running at once; more wait in the queue. */
  COORDINATOR_CONCURRENT_TURNS: count.default(8),
  /** Turns that may wait; beyond this new turns are refused with 503. */
  COORDINATOR_QUEUE_CAPACITY: count.default(32),
  /** Speech-to-text of a long utterance on CPU takes seconds, far beyond the default peer timeout. */
  COORDINATOR_STT_TIMEOUT_MS: count.default(20_000),
  /** A reply is spoken in real time and its speak call lasts as long: this bounds the longest spoken reply. */
  COORDINATOR_SPEAK_TIMEOUT_MS: count.default(120_000),
  /**
   * Below this transcript confidence (pc2's posterior, 0-1) the speaker is asked to repeat, and a
   * statement to remember is read back for a yes first. 0.01 on the tuning part of
   * `npm run eval:stt` (pocketsphinx with the domain model): 72% of the wrong transcripts are
   * questioned and 17% of the right ones; 7 of 47 garbled statements still pass (docs/hearing.md).
   * Engines that give no confidence (Whisper) are never questioned.
   */
  COORDINATOR_MIN_STT_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.01),
  /** Audio sessions whose conversation id is remembered; the least recently heard is forgotten first. */
  COORDINATOR_AUDIO_SESSIONS: count.default(1000),
  /**
   * The local language model, set only where the stack runs one (the Pulumi program declares the
   * llm only when a model is configured): small talk and out-of-domain requests go to it.
   */
  LLM_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  /** No first phrase from the llm by then: the fixed reply is given instead (a log line says so). */
  COORDINATOR_LLM_FIRST_SENTENCE_TIMEOUT_MS: count.default(4000),
  /** The whole llm reply; one still going is cut after the sentences already spoken. */
  COORDINATOR_LLM_REPLY_TIMEOUT_MS: count.default(30_000),
  COORDINATOR_LLM_MAX_TOKENS: count.max(8192).default(160),
  COORDINATOR_LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.7),
  /** Tokens of memories and recent turns asked of unified-memory-reasoning for an llm reply. */
  COORDINATOR_LLM_CONTEXT_TOKENS: count.default(1500),
  COORDINATOR_LLM_CONTEXT_TIMEOUT_MS: count.default(1500),
  ...edgeAccessVariables,
  /** The compiled web client the coordinator serves at `/` (`npm run build:web`), relative to the working directory. */
  WEB_CLIENT_DIR: z.string().min(1).default("dist/web"),
  /** The audio WebSocket the page opens, e.g. wss://voice.example/v1/audio behind a TLS proxy; unset: the page's host at WEB_AUDIO_PORT. */
  WEB_AUDIO_URL: z.url({ protocol: /^wss?$/ }).optional(),
  /** The preprocessor's port as browsers reach it; unset: the port of FUSED_AUDIO_PREPROCESSOR_URL. */
  WEB_AUDIO_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  TIME_ZONE: timeZone.default(Intl.DateTimeFormat().resolvedOptions().timeZone),
});
export type CoordinatorConfig = z.infer<typeof coordinatorConfig>;
