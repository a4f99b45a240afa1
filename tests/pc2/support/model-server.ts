import { startAgent, RunningAgent } from "../../../agents-src/kit";
import { agent } from "../../../agents-src/pc2/model-server/agent";
import type { ModelServerConfig } from "../../../agents-src/pc2/model-server/config";

/**
 * Starts the pc2 agent on a free port and waits until its models are ready or one has failed to
 * load. On a loaded machine a readiness probe can time out while a model loads, so only a final
 * answer ends the wait.
 */
export async function startModelServer(env: Record<string, string> = {}): Promise<RunningAgent<ModelServerConfig>> {
  const running = await startAgent(agent, { SERVICE_NAME: "pc2", HTTP_PORT: "0", LOG_LEVEL: "silent", ...env });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${running.url}/ready`);
    const body = (await res.json()) as { checks: Record<string, { detail?: { status?: string } }> };
    const failed = Object.values(body.checks).some((c) => c.detail?.status === "failed");
    if (res.status === 200 || failed) return running;
    if (Date.now() > deadline) throw new Error(`models not ready: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function postAudio(url: string, body: Buffer, contentType: string): Promise<Response> {
  return fetch(`${url}/v1/transcribe`, { method: "POST", body, headers: { "content-type": contentType } });
}

export function postJson(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}
