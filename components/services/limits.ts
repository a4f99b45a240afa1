/**
 * Resource limits in the exact form kreuzwerker/terraform-provider-docker (v4.5.0, the version
 * pulumi-docker 5.x bridges) reads back from the engine, so a refresh or a second preview finds
 * nothing to change. `cpus` forces a replacement (resource_docker_container.go, schema "cpus":
 * ForceNew), so a declared "1" against a read-back "1.0" would replace the container on every up.
 */

export interface ContainerLimits {
  cpus?: string;
  memory?: number;
  memorySwap?: number;
}

/**
 * The provider's `nanoInt64ToDecimalString` (internal/provider/helpers.go), which its Read applies to
 * HostConfig.NanoCPUs (resourceDockerContainerRead): whole numbers keep one decimal ("1.0"),
 * others lose trailing zeros ("0.5", "1.25").
 */
export function providerCpus(cpus: number): string {
  const nano = Math.round(cpus * 1e9);
  if (nano === 0) return "0";
  const whole = Math.trunc(nano / 1e9);
  const fraction = String(nano % 1e9).padStart(9, "0");
  if (/^0+$/.test(fraction)) return `${whole}.0`;
  return `${whole}.${fraction.replace(/0+$/, "")}`;
}

/**
 * Memory with swap pinned to the same figure (no swap). Left unset, Docker sets the swap to twice
 * the memory and the provider's Read stores that (memory_swap = MemorySwap/1024/1024), so every
 * refresh shows a change; and raising `memory` later past the old swap fails in the engine's
 * update call (memory may not exceed memory+swap), since resourceDockerContainerUpdate sends only
 * what is declared.
 */
export function containerLimits(limits: { cpus?: number; memoryMb?: number }): ContainerLimits {
  return {
    ...(limits.cpus === undefined ? {} : { cpus: providerCpus(limits.cpus) }),
    ...(limits.memoryMb === undefined ? {} : { memory: limits.memoryMb, memorySwap: limits.memoryMb }),
  };
}
