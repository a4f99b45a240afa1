export type DetectorName = "silero" | "webrtc";

/** Per-stream detector state; feed consecutive windows of one stream, 16 kHz mono [-1, 1]. */
export interface DetectorStream {
  /**
   * `upstreamVoice`, when known, is the highest speech probability the preprocessor's RNNoise gave
   * the 10 ms frames this window overlaps, judged on the audio before suppression.
   */
  probability(window: Float32Array, upstreamVoice?: number): Promise<number> | number;
  close(): void;
}

/** A loaded voice-activity model shared by all streams. */
export interface SpeechDetector {
  readonly name: DetectorName;
  /** Samples per decision at 16 kHz. */
  readonly windowSamples: number;
  /** How long its windows must hear speech before a start is believed (the segmenter's default). */
  readonly minSpeechMs: number;
  createStream(): DetectorStream;
  close(): Promise<void>;
}
