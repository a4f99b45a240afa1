export type ComputeDevice = "cuda" | "cpu";

/** What /ready and the API report about a loaded model. */
export interface ModelInfo {
  engine: string;
  device: ComputeDevice;
  model: string;
  /** The language model a speech-to-text engine decodes with, where it has one. */
  languageModel?: string;
}
