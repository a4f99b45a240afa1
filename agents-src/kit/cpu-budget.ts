import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

/**
 * CPUs a cgroup v2 `cpu.max` line ("QUOTA PERIOD", or "max PERIOD" for no limit) grants;
 * Infinity when unlimited.
 */
export function cgroupCpuLimit(cpuMax: string): number {
  const match = /^(max|\d+) (\d+)\s*$/.exec(cpuMax);
  if (!match) throw new Error(`unexpected cpu.max contents: ${JSON.stringify(cpuMax)}`);
  return match[1] === "max" ? Infinity : Number(match[1]) / Number(match[2]);
}

/**
 * CPUs this process may use: the cores it may run on, capped by its container's CPU limit
 * (`docker run --cpus`). Node 20 counts only the cores, so a container limited to one CPU on a
 * 16-core host would otherwise size its threads for 16. The limit only sizes thread pools, so a
 * `cpu.max` that is missing (no cgroup v2, or outside a container) or unreadable counts as none.
 * Cgroup v1 limits are not read.
 */
export function cpuBudget(cpuMaxPath = "/sys/fs/cgroup/cpu.max"): number {
  return Math.min(availableParallelism(), containerCpuLimit(cpuMaxPath));
}

function containerCpuLimit(cpuMaxPath: string): number {
  try {
    return cgroupCpuLimit(readFileSync(cpuMaxPath, "utf8"));
  } catch {
    return Infinity;
  }
}
