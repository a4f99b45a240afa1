import { z } from "zod";
import { baseAgentConfig, envFlag, peerUrlVariable, zmqPubPort } from "../../kit/config";
import { cpuBudget } from "../../kit/cpu-budget";
import { edgeAccessVariables } from "../../kit/device-auth";
import { defaultGainControl } from "../dsp/gain-control";

/** Pipeline threads for `cpus` CPUs: one per whole CPU but the socket thread's, 1 to 4. */
export function defaultPipelineThreads(cpus: number): number {
  return Math.max(1, Math.min(4, Math.floor(cpus) - 1));
}

export const preprocessorConfig = baseAgentConfig.extend({
  ZMQ_PUB_PORT: zmqPubPort,
  /** Answers whose device token a connecting client presents. */
  ...peerUrlVariable("memory-orchestrator"),
  /**
   * Worker threads that clean the audio; each session runs on one. Default: one per CPU the
   * container may use but the one that reads the sockets, 1 to 4 (the vad and the rest of the
   * stack need CPUs too).
   */
  PIPELINE_THREADS: z.coerce.number().int().min(1).max(32).default(() => defaultPipelineThreads(cpuBudget())),
  /** Concurrent client connections; more are refused with close code 1013. */
  MAX_SESSIONS: z.coerce.number().int().positive().default(32),
  /** Connections one device token may hold at once; more are refused with 1013, so one device cannot take every seat. */
  MAX_SESSIONS_PER_DEVICE: z.coerce.number().int().positive().default(4),
  ...edgeAccessVariables,
  /**
   * A new client is also refused (1013) while the event loop has been busier than this over the
   * last 0.5 s, so that a slower or shared host turns clients away before every session drops
   * audio; 1 turns the check off.
   */
  MAX_LOOP_UTILIZATION: z.coerce.number().min(0.2).max(1).default(0.8),
  /** Largest binary audio frame a client may send (64 KiB is 340 ms of 48 kHz stereo). */
  MAX_FRAME_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  /**
   * Bytes that may wait in one client's socket; replies beyond it are refused, so a slow client
   * cannot grow memory. It is also the largest reply audio body (1 MiB: 23 s of 22.05 kHz mono).
   */
  CLIENT_SEND_BUFFER_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /** espeak-ng voice of spoken replies (`espeak-ng --voices` lists them; `+f2`-style suffixes pick a variant). */
  TTS_VOICE: z.string().regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)?(\+[A-Za-z0-9_-]+)?$/, "expected an espeak-ng voice such as en-us or en-us+f2").default("en-us"),
  TTS_WORDS_PER_MINUTE: z.coerce.number().int().min(80).max(450).default(175),
  /** How far a spoken reply may run ahead of real time on the socket; what a barge-in cannot take back. */
  TTS_PLAYBACK_LEAD_MS: z.coerce.number().int().min(0).max(5000).default(300),
  /** Longest reply text the preprocessor will speak. */
  TTS_MAX_TEXT_CHARS: z.coerce.number().int().positive().default(2000),
  NOISE_SUPPRESSION: envFlag.default(true),
  AGC: envFlag.default(true),
  AGC_TARGET_DBFS: z.coerce.number().min(-40).max(-3).default(defaultGainControl.targetDbfs),
  AGC_MAX_GAIN_DB: z.coerce.number().min(0).max(40).default(defaultGainControl.maxGainDb),
});
export type PreprocessorConfig = z.infer<typeof preprocessorConfig>;
