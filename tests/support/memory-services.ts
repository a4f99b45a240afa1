import { actingAs } from "./access";
import { AgentDefinition, BaseAgentConfig, getFreePort, RunningAgent, startAgent } from "../../agents-src/kit";
import { agent as memoryOrchestrator } from "../../agents-src/memory/memory-orchestrator/agent";
import { agent as sessionMemory } from "../../agents-src/memory/session-memory/agent";
import { agent as pc2 } from "../../agents-src/pc2/model-server/agent";
import { agent as timekeeper } from "../../agents-src/core/timekeeper/agent";
import { agent as dreamworld } from "../../agents-src/pc2/dreamworld/agent";

/** Whom a test's calls act for when it names no user. */
export const testUser = "test-user";

/** A URL where nothing listens: a peer that is down. */
export async function unreachableUrl(): Promise<string> {
  return `http://127.0.0.1:${await getFreePort()}`;
}

export function startMemoryOrchestrator(databaseUrl: string, pc2Url: string, env: Record<string, string> = {}): Promise<RunningAgent<unknown>> {
  return startAgent(memoryOrchestrator, {
    SERVICE_NAME: "memory-orchestrator",
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    PC2_URL: pc2Url,
    ...env,
  });
}

export function startSessionMemory(databaseUrl: string, orchestratorUrl: string, env: Record<string, string> = {}): Promise<RunningAgent<unknown>> {
  return startAgent(sessionMemory, {
    SERVICE_NAME: "session-memory",
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    MEMORY_ORCHESTRATOR_URL: orchestratorUrl,
    ...env,
  });
}

/** An agent that publishes, and the endpoint to subscribe to it at. */
export interface PublishingAgent {
  agent: RunningAgent<unknown>;
  pubUrl: string;
}

/** The agent on free ports; the PUB port is picked here because a running agent reports only its HTTP URL. */
async function startPublishing<C extends BaseAgentConfig>(definition: AgentDefinition<C>, env: Record<string, string>): Promise<PublishingAgent> {
  const zmqPort = await getFreePort();
  const agent = await startAgent(definition, { HTTP_PORT: "0", ZMQ_PUB_PORT: String(zmqPort), LOG_LEVEL: "silent", ...env });
  return { agent, pubUrl: `tcp://127.0.0.1:${zmqPort}` };
}

export function startTimekeeper(databaseUrl: string, env: Record<string, string> = {}): Promise<PublishingAgent> {
  return startPublishing(timekeeper, { SERVICE_NAME: "timekeeper", DATABASE_URL: databaseUrl, TIMEKEEPER_POLL_MS: "50", ...env });
}

export function startDreamworld(databaseUrl: string, pc2Url: string, orchestratorUrl: string, env: Record<string, string> = {}): Promise<PublishingAgent> {
  return startPublishing(dreamworld, {
    SERVICE_NAME: "dreamworld",
    DATABASE_URL: databaseUrl,
    PC2_URL: pc2Url,
    MEMORY_ORCHESTRATOR_URL: orchestratorUrl,
    ...env,
  });
}

/** The real pc2 model server with its default embedding model, once that model has loaded. */
export async function startPc2(port = 0): Promise<RunningAgent<unknown>> {
  const running = await startAgent(pc2, { SERVICE_NAME: "pc2", HTTP_PORT: String(port), LOG_LEVEL: "silent" });
  // Both models, not just embeddings: the coordinator's tests also transcribe.
  await eventually(async () => (await fetch(`${running.url}/ready`)).status === 200, 60_000);
  return running;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One JSON request over a real socket. Without `headers` it acts, as the coordinator would, for the
 * user the body names, else for `testUser`; pass headers to act as someone else or as no one.
 */
export async function api<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = actingAs((body as { userId?: unknown } | undefined)?.userId === undefined ? testUser : String((body as { userId: unknown }).userId)),
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** Polls `check` until it returns true; fails with the last value after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
