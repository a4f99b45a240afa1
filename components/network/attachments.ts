import { catalog, type ServiceName } from "../../agents-src/kit/catalog";
import type { StackSettings } from "../config";

export type NetworkKey = "internal" | "edge" | "monitoring";

export interface NetworkAttachment {
  network: NetworkKey;
  /** DNS names the container answers to on that network. */
  aliases: string[];
}

/**
 * Agents talk on the internal network under their service name. An internal network cannot
 * publish host ports, so a service with published ports also joins the edge bridge.
 */
export function serviceNetworks(name: ServiceName, settings: StackSettings, publishesPorts: boolean): NetworkAttachment[] {
  // The models job downloads from outside, which the internal network cannot reach, and talks to
  // no agent: it joins the edge bridge only.
  if (catalog[name].provisionsModels === true) return [{ network: "edge", aliases: [] }];
  const attachments: NetworkAttachment[] = [{ network: "internal", aliases: [name] }];
  if (publishesPorts) attachments.push({ network: "edge", aliases: [] });
  const reachesExternalDatabase = catalog[name].usesDatabase && settings.database.mode === "external";
  if (catalog[name].joinsMonitoringNetwork || reachesExternalDatabase)
    attachments.push({ network: "monitoring", aliases: [] });
  return attachments;
}
