import { catalog, type ServiceName } from "../../agents-src/kit/catalog";
import type { ServiceOverride } from "./schema";

export type PortKind = "http" | "zmqPub";

export interface PortBinding {
  containerPort: number;
  hostPort: number;
  hostIp: string;
}

export interface PublishedPort extends PortBinding {
  kind: PortKind;
}

/**
 * Host ports a service asks for. `true` reuses the catalog's number so stack files never repeat
 * a port; a kind the service does not listen on is skipped here and refused by the config rules.
 */
export function publishedPorts(name: ServiceName, override: ServiceOverride | undefined): PublishedPort[] {
  const publish = override?.publish;
  if (publish === undefined) return [];
  const ports: PublishedPort[] = [];
  for (const kind of ["http", "zmqPub"] as const) {
    const requested = publish[kind];
    const containerPort = catalog[name].ports[kind];
    if (requested === undefined || containerPort === undefined) continue;
    ports.push({
      kind,
      containerPort,
      hostPort: requested === true ? containerPort : requested,
      hostIp: publish.hostIp,
    });
  }
  return ports;
}

/** Two bindings collide on the same port when their addresses overlap; 0.0.0.0 overlaps every address. */
type HostAddress = Pick<PortBinding, "hostIp" | "hostPort">;

export function bindingsOverlap(a: HostAddress, b: HostAddress): boolean {
  if (a.hostPort !== b.hostPort) return false;
  return a.hostIp === b.hostIp || a.hostIp === "0.0.0.0" || b.hostIp === "0.0.0.0";
}
