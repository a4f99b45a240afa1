import type { StackSettings } from "../config";
import { publishedPorts } from "../config";

/**
 * The web client is served by the coordinator at `/`; its page opens the audio WebSocket on the
 * preprocessor. Browsers send the page's origin to both, so both must allow it: the coordinator's
 * published port under each host name the stack answers to. Origins behind a TLS proxy
 * (https://voice.example) are the stack's `allowedOrigins`.
 */
export function webClientOrigins(settings: StackSettings): string[] {
  const page = publishedPorts("coordinator", settings.services.coordinator).find((p) => p.kind === "http");
  if (page === undefined) return [];
  return settings.allowedHosts.map((host) => `http://${host.includes(":") ? `[${host}]` : host}:${page.hostPort}`);
}

/** Every origin the published services let browsers call from: the configured ones and the web client's own. */
export function allowedBrowserOrigins(settings: StackSettings): string[] {
  return [...new Set([...settings.allowedOrigins, ...webClientOrigins(settings)])];
}

/** The preprocessor's port as browsers reach it, for the page served by the coordinator; none when it is not published. */
export function webAudioPort(settings: StackSettings): number | undefined {
  return publishedPorts("fused-audio-preprocessor", settings.services["fused-audio-preprocessor"]).find((p) => p.kind === "http")?.hostPort;
}
