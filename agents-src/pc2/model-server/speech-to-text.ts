import type { ModelInfo } from "./model-info";

export interface TranscribedWord {
  word: string;
  startMs: number;
  endMs: number;
}

export interface Transcript {
  text: string;
  words?: TranscribedWord[];
}

export interface SpeechToTextEngine {
  readonly info: ModelInfo;
  /** `audio`: 16 kHz mono samples in [-1, 1]. */
  transcribe(audio: Float32Array): Promise<Transcript>;
  close(): Promise<void>;
}

export const speechSampleRate = 16000;
