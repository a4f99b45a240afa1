export type ComputeDevice = "cuda" | "cpu";

/** What /ready and the API report about a loaded model. */
export interface ModelInfo {
  engine: string;
  device: ComputeDevice;
  /** Why the CPU runs the model although a GPU is visible (no CUDA provider in the image, a CUDA load failure). */
  deviceReason?: string;
  model: string;
  /** The language model a speech-to-text engine decodes with, where it has one. */
  languageModel?: string;
}
