import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
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

/**
 * onnxruntime-node bundles only its CPU binaries; the CUDA execution provider is added at image
 * build by its install script (script/install.js with ONNXRUNTIME_NODE_INSTALL=cuda12, which
 * writes it beside the binding), as images/pc2/Dockerfile.cuda does.
 */
export function cudaProviderInstalled(): boolean {
  const packageDir = dirname(require.resolve("onnxruntime-node/package.json"));
  return existsSync(join(packageDir, "bin", "napi-v6", process.platform, process.arch, "libonnxruntime_providers_cuda.so"));
}

export interface DeviceLogger {
  warn(object: object, message: string): void;
}

export interface DeviceChoice<T> {
  loaded: T;
  device: ComputeDevice;
  /** Why the model runs on the CPU although a GPU is visible; /ready shows it. */
  deviceReason?: string;
}

const noCudaProvider =
  "a GPU is visible but this image has no CUDA execution provider; build pc2 with the stack config images.pc2Variant: cuda";

export interface DeviceProbes {
  gpuIsVisible(): boolean;
  cudaProviderInstalled(): boolean;
}

const hostProbes: DeviceProbes = { gpuIsVisible: () => gpuVisible(), cudaProviderInstalled };

/**
 * Loads on the GPU when asked or when one is visible, else on the CPU. With "auto", a GPU the image
 * cannot drive (no CUDA provider, or a driver or library mismatch) costs a warning and a reason in
 * the result, not the service.
 */
export async function loadOnPreferredDevice<T>(
  preference: DevicePreference,
  load: (device: ComputeDevice) => Promise<T>,
  logger: DeviceLogger,
  probes: DeviceProbes = hostProbes,
): Promise<DeviceChoice<T>> {
  if (preference === "cuda" && !probes.cudaProviderInstalled())
    throw new Error("MODEL_DEVICE=cuda, but this image has no CUDA execution provider; build pc2 with images.pc2Variant: cuda");
  if (preference !== "auto") return { loaded: await load(preference), device: preference };
  if (!probes.gpuIsVisible()) return { loaded: await load("cpu"), device: "cpu" };
  if (!probes.cudaProviderInstalled()) {
    logger.warn({}, `${noCudaProvider}; using the CPU`);
    return { loaded: await load("cpu"), device: "cpu", deviceReason: noCudaProvider };
  }
  try {
    return { loaded: await load("cuda"), device: "cuda" };
  } catch (err) {
    logger.warn({ err }, "a GPU is visible but the model did not load on CUDA; using the CPU");
    const firstLine = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    return { loaded: await load("cpu"), device: "cpu", deviceReason: `loading on CUDA failed: ${firstLine}` };
  }
}
