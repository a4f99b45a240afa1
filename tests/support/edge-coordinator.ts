/**
 * The coordinator as a device reaches it, for tests of its edge routes: with the internal
 * credential, memory-orchestrator (which checks device tokens) on the test's database, the peers
 * the test names, and every other peer unreachable.
 */
import { agent as coordinatorAgent } from "../../agents-src/core/coordinator/agent";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { bearer, internalCredential } from "./access";
import { CoordinatorPeers, coordinatorEnvFor } from "./coordinator-peers";
import { startMemoryOrchestrator, unreachableUrl } from "./memory-services";
import type { StartedAgents } from "./started-agents";

export interface EdgeCoordinator {
  coordinator: RunningAgent<unknown>;
  orchestrator: RunningAgent<unknown>;
  /** The URL every peer the test did not name points at. */
  unreachable: string;
}

export async function startEdgeCoordinator(
  agents: StartedAgents,
  databaseUrl: string,
  peers: Partial<Pick<CoordinatorPeers, "pc2" | "preprocessor" | "health" | "timekeeper" | "timekeeperPub">>,
  env: Record<string, string> = {},
): Promise<EdgeCoordinator> {
  const secured = { INTERNAL_TOKEN_FILE: internalCredential().file };
  const down = await unreachableUrl();
  const downPub = down.replace("http", "tcp");
  const orchestrator = await agents.started(startMemoryOrchestrator(databaseUrl, down, secured));
  const everyPeer: CoordinatorPeers = {
    router: down,
    sessions: down,
    orchestrator: orchestrator.url,
    reasoning: down,
    health: down,
    pc2: down,
    preprocessor: down,
    vadPub: downPub,
    timekeeper: down,
    timekeeperPub: downPub,
    ...peers,
  };
  const coordinator = await agents.started(startAgent(coordinatorAgent, coordinatorEnvFor(everyPeer, { ...secured, DEVICE_TOKEN_CACHE_MS: "0", ...env })));
  return { coordinator, orchestrator, unreachable: down };
}

/** One request to the coordinator with a device token (or none), JSON both ways; the body is parsed when there is one. */
export async function callEdge(baseUrl: string, method: string, path: string, token: string | undefined, body?: unknown, headers: Record<string, string> = {}) {
  const sent: Record<string, string> = { ...headers, ...(token ? bearer(token) : {}) };
  if (body !== undefined) sent["content-type"] = "application/json";
  const res = await fetch(`${baseUrl}${path}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
