import { z } from "zod";
import { baseAgentConfig, envFlag, peerPubVariable, zmqPubPort } from "../../kit/config";
import { peerPubEnvName } from "../../kit/catalog";
import { defaultSegmenterOptions } from "../speech/segmenter";

export const upstreamPubVariable = peerPubEnvName("fused-audio-preprocessor");

const probability = z.coerce.number().min(0).max(1);
const milliseconds = z.coerce.number().int().nonnegative();

const vadSettings = baseAgentConfig
  .extend({
    ZMQ_PUB_PORT: zmqPubPort,
    /** silero (default) or webrtc; webrtc is the fallback, chosen here or taken when Silero cannot load. */
    VAD_ENGINE: z.enum(["silero", "webrtc"]).default("silero"),
    /** false: a Silero model that fails to load stops the agent instead of falling back. */
    VAD_FALLBACK: envFlag.default(true),
    SILERO_MODEL_PATH: z.string().min(1).optional(),
    WEBRTC_VAD_MODE: z.coerce.number().int().min(0).max(3).default(3),
    VAD_THRESHOLD: probability.default(defaultSegmenterOptions.threshold),
    VAD_NEG_THRESHOLD: probability.default(defaultSegmenterOptions.negThreshold),
    /** Unset or empty: the detector's own (Silero 32, the WebRTC fallback 100). */
    VAD_MIN_SPEECH_MS: z.preprocess((v) => (v === "" ? undefined : v), milliseconds.optional()),
    VAD_MIN_SILENCE_MS: milliseconds.default(defaultSegmenterOptions.minSilenceMs),
    VAD_SPEECH_PAD_MS: milliseconds.default(defaultSegmenterOptions.speechPadMs),
    VAD_MAX_UTTERANCE_MS: z.coerce.number().int().min(1000).default(defaultSegmenterOptions.maxSpeechMs),
    /** How far above the recent background the onset threshold is raised (crowds of voices); 0 turns it off. */
    VAD_BACKGROUND_MARGIN: probability.default(defaultSegmenterOptions.backgroundMargin),
    VAD_BACKGROUND_MS: z.coerce.number().int().min(100).default(defaultSegmenterOptions.backgroundMs),
    /** Streams tracked at once; the oldest idle one is dropped beyond this. */
    VAD_MAX_STREAMS: z.coerce.number().int().positive().default(64),
    /** A stream with no audio for this long is finished (its open segment ends), as if audio.stop had come. */
    VAD_STREAM_IDLE_MS: z.coerce.number().int().min(100).default(5000),
  })
  .refine((c) => c.VAD_NEG_THRESHOLD <= c.VAD_THRESHOLD, { message: "must not exceed VAD_THRESHOLD", path: ["VAD_NEG_THRESHOLD"] });

export type VadConfig = z.infer<typeof vadSettings> & { upstreamPubUrl: string };

/** The upstream endpoint keeps the catalog's variable name in errors, and a plain name in code. */
export const vadConfig: z.ZodType<VadConfig> = vadSettings
  .and(z.object(peerPubVariable("fused-audio-preprocessor")))
  .transform((c) => ({ ...(c as z.infer<typeof vadSettings>), upstreamPubUrl: (c as Record<string, unknown>)[upstreamPubVariable] as string }));
