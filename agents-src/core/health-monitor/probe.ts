import type { Observation } from "./service-status";

export interface ProbeTarget {
  url: string;
  healthPath: string;
  readyPath: string;
}

/**
 * One look at a service: `/health` and `/ready` side by side, each bounded by the timeout. Plain
 * fetch on purpose: a monitor must see every failure as it happens, which a retrying,
 * circuit-breaking peer client exists to hide.
 */
export async function probeService(target: ProbeTarget, timeoutMs: number): Promise<Observation> {
  const at = new Date();
  const started = performance.now();
  const [health, ready] = await Promise.all([
    get(new URL(target.healthPath, target.url), timeoutMs).then((result) => ({ ...result, latencyMs: performance.now() - started })),
    get(new URL(target.readyPath, target.url), timeoutMs),
  ]);
  return {
    alive: health.ok,
    ready: ready.ok,
    latencyMs: Math.round(health.latencyMs * 100) / 100,
    at,
    ...(health.error ?? ready.error ? { error: health.error ?? ready.error } : {}),
  };
}

async function get(url: URL, timeoutMs: number): Promise<{ ok: boolean; error?: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok ? { ok: true } : { ok: false, error: `${url.pathname} answered ${response.status}` };
  } catch (err) {
    const error = err as Error;
    return { ok: false, error: error.name === "TimeoutError" ? `${url.pathname} timed out after ${timeoutMs} ms` : `${url.pathname}: ${causeOf(error)}` };
  }
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
