import { z } from "zod";
import { catalog, isServiceName, peerUrlEnvName, ServiceName } from "../../kit/catalog";
import { baseAgentConfig } from "../../kit/config";

/** Every catalog service with an HTTP endpoint, this monitor excepted. */
const monitorableServices: readonly ServiceName[] = catalog["health-monitor"].peers.filter(
  (name) => catalog[name].ports.http !== undefined,
);

const isMonitorable = (name: string): name is ServiceName => isServiceName(name) && monitorableServices.includes(name);

const serviceList = z
  .string()
  .transform((s) => s.split(",").map((x) => x.trim()).filter((x) => x !== ""))
  .superRefine((names, ctx) => {
    const unknown = names.filter((n) => !isMonitorable(n));
    if (names.length === 0) ctx.addIssue({ code: "custom", message: "names no service" });
    if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `not monitorable catalog services: ${unknown.join(", ")}` });
  })
  .transform((names) => names.filter(isMonitorable));

const serviceUrlVariables: Record<string, z.ZodOptional<z.ZodURL>> = Object.fromEntries(
  monitorableServices.map((name) => [peerUrlEnvName(name), z.url().optional()]),
);

export const healthMonitorConfig = baseAgentConfig
  .extend({
    ...serviceUrlVariables,
    /** Comma-separated subset to watch; default: every monitorable service. */
    HEALTH_SERVICES: serviceList.default([...monitorableServices]),
    HEALTH_POLL_INTERVAL_MS: z.coerce.number().int().min(50).default(5000),
    HEALTH_PROBE_TIMEOUT_MS: z.coerce.number().int().min(10).default(1000),
    HEALTH_EVENT_HISTORY: z.coerce.number().int().min(1).default(1000),
  })
  .superRefine((config, ctx) => {
    for (const name of config.HEALTH_SERVICES) {
      const variable = peerUrlEnvName(name);
      if (urlOf(config, name) === undefined) ctx.addIssue({ code: "custom", path: [variable], message: `required to monitor ${name}` });
    }
  })
  .transform((config) => ({
    ...config,
    /** Watched services and their base URLs. */
    serviceUrls: new Map(config.HEALTH_SERVICES.map((name) => [name, urlOf(config, name) as string])),
  }));
export type HealthMonitorConfig = z.infer<typeof healthMonitorConfig>;

function urlOf(config: object, name: ServiceName): string | undefined {
  return (config as Record<string, string | undefined>)[peerUrlEnvName(name)];
}
