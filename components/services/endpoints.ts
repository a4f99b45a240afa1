import { catalog, httpUrl, pubUrl } from "../../agents-src/kit/catalog";
import type { ServicePlan } from "./plan";

export interface ServiceEndpoint {
  /** As peers reach it on the internal network. */
  url?: string;
  pubUrl?: string;
  /** As clients reach it through a published host port. */
  hostUrl?: string;
  hostPort?: number;
  hostPubUrl?: string;
  hostPubPort?: number;
  containers: string[];
}

/** The address of the Docker host itself: where ports bound on 0.0.0.0 are reached. */
export function dockerHostAddress(dockerHost: string): string {
  if (dockerHost.startsWith("unix://")) return "127.0.0.1";
  return new URL(dockerHost).hostname;
}

export function serviceEndpoint(plan: ServicePlan, dockerHost: string): ServiceEndpoint {
  const def = catalog[plan.name];
  const endpoint: ServiceEndpoint = { containers: plan.containerNames };
  if (def.ports.http !== undefined) endpoint.url = httpUrl(plan.name, plan.name);
  if (def.ports.zmqPub !== undefined) endpoint.pubUrl = pubUrl(plan.name, plan.name);
  for (const port of plan.ports) {
    const host = port.hostIp === "0.0.0.0" ? dockerHostAddress(dockerHost) : port.hostIp;
    if (port.kind === "http") {
      endpoint.hostPort = port.hostPort;
      endpoint.hostUrl = `http://${host}:${port.hostPort}`;
    } else {
      endpoint.hostPubPort = port.hostPort;
      endpoint.hostPubUrl = `tcp://${host}:${port.hostPort}`;
    }
  }
  return endpoint;
}
