import type * as docker from "@pulumi/docker";

/**
 * Settings every container of the stack shares: an init process reaps zombies and forwards
 * SIGTERM, no process may gain privileges, logs rotate instead of filling the disk, and destroy
 * stops containers with time for a graceful shutdown.
 */
export const containerBaseline = {
  init: true,
  privileged: false,
  securityOpts: ["no-new-privileges:true"],
  logDriver: "json-file",
  logOpts: { "max-size": "10m", "max-file": "3" },
  destroyGraceSeconds: 20,
} satisfies Partial<docker.ContainerArgs>;

export function envList(env: Record<string, string>): string[] {
  return Object.entries(env).map(([key, value]) => `${key}=${value}`);
}
