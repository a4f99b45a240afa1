/**
 * ZeroMQ topics and headers between the audio agents and their consumers. Every message is
 * `[topic, header JSON, payload]`; audio payloads are 16 kHz mono 16-bit little-endian PCM.
 * Positions are counted in samples from the start of the stream, times in seconds from it.
 */
import { z } from "zod";
import { voiceFrameSamples } from "../dsp/preprocessor";

export { audioTopicPrefix, audioTopics, speechTopics } from "../../kit/stream-topics";

const streamId = { sessionId: z.string().min(1), stream: z.number().int().nonnegative() };

export const audioStartHeader = z.object({
  ...streamId,
  rate: z.literal(16000),
  width: z.literal(2),
  channels: z.literal(1),
  sourceRate: z.number().int().positive(),
  sourceChannels: z.number().int().positive(),
  /** Wall clock (ms since the epoch) of the stream's first sample. */
  startedAt: z.number(),
});
export type AudioStartHeader = z.infer<typeof audioStartHeader>;

/**
 * Frames run ahead of the audio by 1.25 frames (RNNoise's own frame and the resampler back to
 * 16 kHz), and the last message of a stream also carries the frames that flushed it.
 */
const voiceLeadFrames = 4;

const voiceProbabilities = z.object({
  firstFrame: z.number().int().nonnegative(),
  probabilities: z.array(z.number().min(0).max(1)),
});

const voiceFitsAudio = (h: { startSample: number; samples: number; voice?: z.infer<typeof voiceProbabilities> }): boolean =>
  !h.voice ||
  (h.voice.firstFrame * voiceFrameSamples <= h.startSample + h.samples + voiceLeadFrames * voiceFrameSamples &&
    h.voice.probabilities.length <= Math.ceil(h.samples / voiceFrameSamples) + voiceLeadFrames);

export const audioCleanHeader = z
  .object({
    ...streamId,
    seq: z.number().int().nonnegative(),
    rate: z.literal(16000),
    startSample: z.number().int().nonnegative(),
    samples: z.number().int().nonnegative(),
    /** Wall clock (ms) when the client chunk that completed this audio arrived. */
    receivedAt: z.number(),
    /**
     * RNNoise's speech probability for the 10 ms frames denoised since the previous message,
     * judged on the audio before suppression (frame k covers samples 160k .. 160k + 159). Absent
     * when the preprocessor does not denoise. A malformed value, or one that does not fit the
     * message's audio, is dropped rather than failing the message: the audio still counts.
     */
    voice: voiceProbabilities.optional().catch(undefined),
  })
  .transform((h) => (voiceFitsAudio(h) ? h : { ...h, voice: undefined }));
export type AudioCleanHeader = z.infer<typeof audioCleanHeader>;

export const stopReasons = ["client", "disconnect", "error", "shutdown"] as const;
export const audioStopHeader = z.object({
  ...streamId,
  samples: z.number().int().nonnegative(),
  reason: z.enum(stopReasons),
});
export type AudioStopHeader = z.infer<typeof audioStopHeader>;

export interface SpeechStartHeader {
  sessionId: string;
  stream: number;
  /** Padded start of the speech (seconds into the stream). */
  start: number;
  /**
   * Stream time at which the detector decided: the onset plus the minimum speech, rounded up to
   * whole detector windows (`start` is the padding before the onset).
   */
  decidedAt: number;
  detector: string;
}

export interface SpeechEndHeader extends Omit<SpeechStartHeader, "decidedAt"> {
  end: number;
  /** Stream time at which the detector decided the speech had ended (end + minimum silence, roughly). */
  decidedAt: number;
  /** True when the segment hit the maximum utterance length and continues in the next one. */
  cut: boolean;
}

export interface UtteranceHeader extends SpeechEndHeader {
  utteranceId: string;
  seq: number;
  startSample: number;
  endSample: number;
  rate: 16000;
  width: 2;
  channels: 1;
  /** Wall clock (ms) of the utterance's first sample. */
  startedAt: number;
}
