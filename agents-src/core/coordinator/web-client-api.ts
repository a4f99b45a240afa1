import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseBody } from "../../kit/errors";
import type { PeerClient } from "../../kit/peer-client";
import { asServiceUnavailable, relayPeerAnswer as relay } from "./peer-relay";

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
    const report = await peers.health.get<HealthReport>("/v1/status", { timeoutMs: 2000 }).catch(asServiceUnavailable);
    // Internal URLs and probe details stay inside; a device sees each service's state and why.
    return {
      checkedAt: report.checkedAt,
      summary: report.summary,
      services: report.services.map(({ service, state, since, latencyMs, error }) => ({ service, state, since, latencyMs, ...(error ? { error } : {}) })),
    };
  });
}

interface HealthReport {
  checkedAt: string | null;
  summary: Record<string, number>;
  services: Array<{ service: string; state: string; since: string | null; latencyMs: number | null; error?: string }>;
}
