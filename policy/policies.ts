import { noDockerSocketMount, noHostNetwork, notPrivileged, runsAsNonRoot } from "./containerSecurity";
import { pinnedImages } from "./images";
import {
  gpuOnlyForGpuFamilies,
  healthcheckOnLongRunning,
  loopbackPortsOutsideProduction,
  memoryLimitInProduction,
  noDatabasePortInProduction,
} from "./operations";
import type { ResourceCheck } from "./resource";
import { noPlainSecrets } from "./secrets";

export interface VoicePolicy {
  /** The policy's ID in the pack, as `pulumi preview` prints it next to each violation. */
  name: string;
  description: string;
  check: ResourceCheck;
}

export const voicePolicies: VoicePolicy[] = [
  { name: "non-root-user", description: "Every container runs as a non-root user.", check: runsAsNonRoot },
  {
    name: "pinned-images",
    description: "No image is referenced by the latest tag or without a tag: release tags, digests or image IDs only.",
    check: pinnedImages,
  },
  {
    name: "no-privileged-containers",
    description: "No container is privileged or adds Linux capabilities.",
    check: notPrivileged,
  },
  { name: "no-host-network", description: "No container joins the host's network.", check: noHostNetwork },
  {
    name: "no-docker-socket-mount",
    description: "No container mounts the Docker socket or a directory holding it.",
    check: noDockerSocketMount,
  },
  {
    name: "health-check-on-long-running-containers",
    description: "Every container but a one-shot job (attach, mustRun false) has a health check.",
    check: healthcheckOnLongRunning,
  },
  {
    name: "memory-limit-in-production",
    description: "Every container of a production stack has a memory limit.",
    check: memoryLimitInProduction,
  },
  {
    name: "gpu-only-for-gpu-families",
    description: "Only containers of an image family whose services may use a GPU (pc2) request one.",
    check: gpuOnlyForGpuFamilies,
  },
  {
    name: "no-database-port-in-production",
    description: "A production stack publishes no PostgreSQL port on its host.",
    check: noDatabasePortInProduction,
  },
  {
    name: "loopback-ports-outside-production",
    description: "Outside production, published ports bind 127.0.0.1 only.",
    check: loopbackPortsOutsideProduction,
  },
  {
    name: "no-plain-secrets",
    description: "No environment variable, label or build argument carries a password, token or URL with credentials.",
    check: noPlainSecrets,
  },
];
