export type ComputeDevice = "cuda" | "cpu";

/** What /ready and the API report about a loaded model. */
export interface ModelInfo {
  engine: string;
  device: ComputeDevice;
  model: string;
}
