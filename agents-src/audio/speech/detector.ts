export type DetectorName = "silero" | "webrtc";

/** Per-stream detector state; feed consecutive windows of one stream, 16 kHz mono [-1, 1]. */
export interface DetectorStream {
  /**
   * `upstreamVoice` is RNNoise's speech probability for the same window, judged by the
   * preprocessor on the audio before suppression, when it is known; a detector may use it.
   */
  probability(window: Float32Array, upstreamVoice?: number): Promise<number> | number;
  close(): void;
}

/** A loaded voice-activity model shared by all streams. */
export interface SpeechDetector {
  readonly name: DetectorName;
  /** Samples per decision at 16 kHz. */
  readonly windowSamples: number;
  createStream(): DetectorStream;
  close(): Promise<void>;
}
