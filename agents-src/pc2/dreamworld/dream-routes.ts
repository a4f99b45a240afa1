import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { z } from "zod";
import { conflict, notFound, parseBody, serviceUnavailable } from "../../kit";
import { CycleRecord, findCycle, recentCycles } from "./cycle-log";
import type { DreamScheduler } from "./dream-scheduler";

// PostgreSQL gone (connection classes 08 and 57P, refused or timed-out connects): a 503, not a 500.
const databaseGone = /^(08|57P)/;
const connectFailures = /ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Connection terminated/i;

function isDatabaseGone(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (typeof code === "string" && databaseGone.test(code)) || connectFailures.test((err as Error).message ?? "");
}

export function dreamRoutes(options: { pool: Pool; scheduler: DreamScheduler }) {
  const { pool, scheduler } = options;
  const listQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) });
  const cycleId = z.strictObject({ id: z.uuid() });

  /** A running cycle's row holds no report yet; the scheduler has it as it grows. */
  const withLiveReport = (cycle: CycleRecord): CycleRecord => {
    const running = scheduler.running;
    if (cycle.status !== "running" || running?.id !== cycle.id) return cycle;
    return { ...cycle, counts: { ...running.report.counts }, changes: [...running.report.changes], notes: [...running.report.notes] };
  };

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.setErrorHandler((err) => {
      if (isDatabaseGone(err)) throw serviceUnavailable("database unavailable", 1);
      throw err;
    });

    app.post("/v1/dream", async (request, reply) => {
      parseBody(z.strictObject({}).optional(), request.body);
      const started = await scheduler.begin("request");
      if (!started) throw conflict("a dream cycle is already running", { cycleId: scheduler.running?.id ?? null });
      return reply.status(202).send({ id: started.id, trigger: started.trigger, status: "running", startedAt: started.startedAt });
    });

    app.get("/v1/dreams", async (request) => {
      const { limit } = parseBody(listQuery, request.query, "query");
      return { cycles: (await recentCycles(pool, limit)).map(withLiveReport) };
    });

    app.get("/v1/dreams/:id", async (request) => {
      const { id } = parseBody(cycleId, request.params, "path");
      const cycle = await findCycle(pool, id);
      if (!cycle) throw notFound(`no dream cycle ${id}`);
      return withLiveReport(cycle);
    });
  };
}
