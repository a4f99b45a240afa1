import { catalog, type ServiceName } from "../../agents-src/kit/catalog";
import type { GpuSettings } from "../config";

export interface DeviceRequestPlan {
  driver: string;
  count?: number;
  deviceIds?: string[];
  capabilities: string[];
}

export function gpuGranted(name: ServiceName, gpu: GpuSettings): boolean {
  return gpu.enabled && catalog[name].gpu === "optional";
}

export function deviceRequest(gpu: GpuSettings): DeviceRequestPlan {
  if (gpu.deviceIds !== undefined)
    return { driver: gpu.driver, deviceIds: gpu.deviceIds, capabilities: gpu.capabilities };
  return { driver: gpu.driver, count: gpu.count ?? -1, capabilities: gpu.capabilities };
}

/**
 * The value Docker's nvidia driver derives from the same request (ids joined, a count as the
 * first N indexes, -1 as all), stated explicitly so the container env shows which GPUs it got.
 * CDI injects devices itself and reads no such variable.
 */
export function visibleDevices(gpu: GpuSettings): string | undefined {
  if (gpu.driver !== "nvidia") return undefined;
  if (gpu.deviceIds !== undefined) return gpu.deviceIds.join(",");
  const count = gpu.count ?? -1;
  return count < 0 ? "all" : Array.from({ length: count }, (_, i) => String(i)).join(",");
}
