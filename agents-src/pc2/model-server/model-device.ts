import { readdirSync } from "node:fs";
import type { ComputeDevice } from "./model-info";

export type DevicePreference = "auto" | ComputeDevice;

/** The NVIDIA container runtime exposes a granted GPU as /dev/nvidia0, /dev/nvidia1, ... */
export function gpuVisible(devDir = "/dev"): boolean {
  try {
    return readdirSync(devDir).some((name) => /^nvidia\d+$/.test(name));
  } catch {
    return false;
  }
}

export interface DeviceLogger {
  warn(object: object, message: string): void;
}

/**
 * Loads on the GPU when asked or when one is visible, else on the CPU. With "auto", a GPU whose
 * CUDA provider cannot start (driver or library mismatch) costs a warning, not the service.
 */
export async function loadOnPreferredDevice<T>(
  preference: DevicePreference,
  load: (device: ComputeDevice) => Promise<T>,
  logger: DeviceLogger,
  gpuIsVisible: () => boolean = gpuVisible,
): Promise<{ loaded: T; device: ComputeDevice }> {
  if (preference !== "auto") return { loaded: await load(preference), device: preference };
  if (!gpuIsVisible()) return { loaded: await load("cpu"), device: "cpu" };
  try {
    return { loaded: await load("cuda"), device: "cuda" };
  } catch (err) {
    logger.warn({ err }, "a GPU is visible but the model did not load on CUDA; using the CPU");
    return { loaded: await load("cpu"), device: "cpu" };
  }
}
