import type { ModelInfo } from "./model-info";

export interface TranscribedWord {
  word: string;
  startMs: number;
  endMs: number;
}

export interface Transcript {
  text: string;
  words?: TranscribedWord[];
  /** How sure the engine is of the whole text (0-1), where it can tell: pocketsphinx's posterior. */
  confidence?: number;
}

export interface SpeechToTextEngine {
  readonly info: ModelInfo;
  /** `audio`: 16 kHz mono samples in [-1, 1]. */
  transcribe(audio: Float32Array): Promise<Transcript>;
  close(): Promise<void>;
}

export const speechSampleRate = 16000;
