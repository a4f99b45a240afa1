import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { parseBody, serviceUnavailable } from "../../kit/errors";
import type { PeerClient } from "../../kit/peer-client";
import { isUnavailable } from "./peer-unavailable";

export interface WebClientPeers {
  memory: PeerClient;
  timekeeper: PeerClient;
  health: PeerClient;
}

const memoryList = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });
/** A client searches its own memories by text; filters, embeddings and other users' scopes stay internal. */
const memorySearch = z.strictObject({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(50).default(20) });
const memoryId = z.strictObject({ id: z.uuid() });
const timerChange = z.strictObject({ id: z.uuid(), action: z.enum(["pause", "resume", "cancel"]) });

/**
 * What the web client (and any device) may do besides talking, each with a device token and as
 * its user: list, search and delete its memories, see and change its timers, and read the
 * stack's health one line per service. The coordinator is the one client-facing HTTP service, so
 * these forward to the internal agents, which scope every row to the user the token names.
 */
export function registerWebClientApi(app: FastifyInstance, peers: WebClientPeers): void {
  const edge = { config: { access: "edge" as const } };
  // A peer's 4xx (404 for a memory that is not the user's, 409 for a finished timer) is the client's answer as it stands.
  const relay = async (reply: FastifyReply, call: Promise<{ status: number; body: unknown }>) => {
    const { status, body } = await call.catch(unavailable);
    return status === 204 ? reply.status(204).send() : reply.status(status).send(body);
  };

  app.get("/v1/memories", edge, async (request, reply) => {
    const { limit } = parseBody(memoryList, request.query, "query");
    return relay(reply, peers.memory.request("GET", `/v1/memories?limit=${limit}`));
  });
  app.post("/v1/memories/search", edge, async (request, reply) => {
    const query = parseBody(memorySearch, request.body);
    return relay(reply, peers.memory.request("POST", "/v1/memories/search", query));
  });
  app.delete("/v1/memories/:id", edge, async (request, reply) => {
    const { id } = parseBody(memoryId, request.params, "path");
    return relay(reply, peers.memory.request("DELETE", `/v1/memories/${id}`));
  });
  app.get("/v1/timers", edge, async (_request, reply) => relay(reply, peers.timekeeper.request("GET", "/v1/timers")));
  app.post("/v1/timers/:id/:action", edge, async (request, reply) => {
    const { id, action } = parseBody(timerChange, request.params, "path");
    return relay(reply, peers.timekeeper.request("POST", `/v1/timers/${id}/${action}`));
  });
  app.get("/v1/health", edge, async () => {
    const report = await peers.health.get<HealthReport>("/v1/status", { timeoutMs: 2000 }).catch(unavailable);
    // Internal URLs and probe details stay inside; a device sees each service's state and why.
    return {
      checkedAt: report.checkedAt,
      summary: report.summary,
      services: report.services.map(({ service, state, since, latencyMs, error }) => ({ service, state, since, latencyMs, ...(error ? { error } : {}) })),
    };
  });
}

/** A peer that is down or failing is the stack's trouble, not the client's: 503, saying which. */
function unavailable(err: unknown): never {
  if (isUnavailable(err)) throw serviceUnavailable(`${(err as Error).message}; try again shortly`, 1);
  throw err;
}

interface HealthReport {
  checkedAt: string | null;
  summary: Record<string, number>;
  services: Array<{ service: string; state: string; since: string | null; latencyMs: number | null; error?: string }>;
}
