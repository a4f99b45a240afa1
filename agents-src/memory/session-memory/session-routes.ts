import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { z } from "zod";
import { HttpError, Logger, notFound, parseBody, PeerClient, requireUserScope } from "../../kit";
import { refineJsonShape } from "../../kit/json-shape";
import { answerUnavailableDatabaseWith503 } from "../../kit/postgres/unavailable";
import { storableText } from "../storable-text";
import { ContextBudget, conversationContext, latestTurns } from "./conversation-context";
import { deliverSummary } from "./summary-delivery";
import { addTurn, createSession, endSession, getSession, listSessions } from "./session-store";

export interface SessionRoutesOptions {
  pool: Pool;
  orchestrator: PeerClient;
  logger: Logger;
  idleSeconds: number;
  maxTurnChars: number;
  context: ContextBudget;
}

const metadataLimitBytes = 16 * 1024;

export function sessionRoutes(options: SessionRoutesOptions) {
  const { pool, orchestrator, logger } = options;
  const userId = storableText(200);
  const sessionId = z.strictObject({ id: z.uuid() });
  const newSession = z.strictObject({ userId: userId.optional() });
  const listQuery = z.strictObject({
    userId: userId.optional(),
    state: z.enum(["active", "ended"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  });
  const role = z.enum(["user", "assistant", "system", "tool"]);
  const newTurn = z.strictObject({
    role,
    content: storableText(options.maxTurnChars),
    metadata: z
      .record(z.string(), z.unknown())
      .default({})
      .superRefine(refineJsonShape({ forJsonb: true }))
      .refine((m) => Buffer.byteLength(JSON.stringify(m)) <= metadataLimitBytes, `at most ${metadataLimitBytes} bytes as JSON`),
  });
  const maxTokens = z.coerce.number().int().min(1).max(1_000_000).default(options.context.maxTokens);
  const contextQuery = z.strictObject({ maxTokens });
  const latestQuery = z.strictObject({
    latest: z.coerce.number().int().min(1).max(200),
    maxTokens,
    roles: z
      .string()
      .transform((list) => list.split(","))
      .pipe(z.array(role).min(1))
      .default(role.options),
  });

  return async function plugin(app: FastifyInstance): Promise<void> {
    answerUnavailableDatabaseWith503(app);

    app.post("/v1/sessions", async (request, reply) => {
      const body = parseBody(newSession, request.body ?? {});
      return reply.status(201).send(await createSession(pool, requireUserScope(request, body.userId)));
    });

    app.get("/v1/sessions", async (request) => {
      const query = parseBody(listQuery, request.query, "query");
      return { sessions: await listSessions(pool, { ...query, userId: requireUserScope(request, query.userId) }) };
    });

    app.get("/v1/sessions/:id", async (request) => {
      const { id } = parseBody(sessionId, request.params, "path");
      const session = await getSession(pool, requireUserScope(request), id);
      if (!session) throw notFound(`no session ${id}`);
      return session;
    });

    app.post("/v1/sessions/:id/end", async (request) => {
      const { id } = parseBody(sessionId, request.params, "path");
      const session = await endSession(pool, id, "ended", { userId: requireUserScope(request) });
      if (!session) throw notFound(`no session ${id}`);
      return deliverSummary(pool, orchestrator, session, logger);
    });

    app.post("/v1/sessions/:id/turns", async (request, reply) => {
      const { id } = parseBody(sessionId, request.params, "path");
      const userId = requireUserScope(request);
      const turn = parseBody(newTurn, request.body);
      const result = await addTurn(pool, userId, id, turn, options.idleSeconds);
      switch (result.status) {
        case "added":
          return reply.status(201).send(result.turn);
        case "not_found":
          throw notFound(`no session ${id}`);
        case "ended":
          throw new HttpError(409, "session_ended", `session ${id} has ended`, { endedAt: result.session.endedAt, endReason: result.session.endReason });
        case "idle":
          throw new HttpError(409, "session_idle", `session ${id} was idle for more than ${options.idleSeconds} s and has expired`);
      }
    });

    app.get("/v1/sessions/:id/turns", async (request) => {
      const { id } = parseBody(sessionId, request.params, "path");
      const { latest, maxTokens, roles } = parseBody(latestQuery, request.query, "query");
      const turns = await latestTurns(pool, requireUserScope(request), id, { ...options.context, maxTokens }, { latest, roles });
      if (!turns) throw notFound(`no session ${id}`);
      return { turns };
    });

    app.get("/v1/sessions/:id/context", async (request) => {
      const { id } = parseBody(sessionId, request.params, "path");
      const { maxTokens } = parseBody(contextQuery, request.query, "query");
      const context = await conversationContext(pool, requireUserScope(request), id, { ...options.context, maxTokens });
      if (!context) throw notFound(`no session ${id}`);
      return context;
    });
  };
}
