import { randomUUID } from "node:crypto";
import Fastify, { FastifyBaseLogger, FastifyError, FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { ZodError } from "zod";
import { AccessOptions, registerAccessControl } from "./access-control";
import { envelope, HttpError } from "./errors";
import { createHttpMetrics, Registry } from "./metrics";
import { requestIdHeader, runWithRequestId } from "./request-context";

export interface ReadyCheck {
  ok: boolean;
  detail?: unknown;
}
export type ReadyChecks = Record<string, ReadyCheck>;

export interface HttpServerOptions {
  service: string;
  logger: Logger;
  registry: Registry;
  bodyLimit: number;
  ready: () => Promise<ReadyChecks>;
  readyTimeoutMs?: number;
  access?: AccessOptions;
  /** Time a client gets to send its whole request, and its headers: a client that stalls is cut off. */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
}

const startedAt = Date.now();

/** fastify's own client-fault codes, mapped to the envelope's codes. */
const fastifyClientErrors: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_json",
};

/**
 * The HTTP face every agent shares: request ids, the error envelope, per-route metrics and the
 * /health, /ready and /metrics endpoints. Agents add their own routes to the returned instance.
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit,
    // Requests are logged once, on completion, by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: Math.min(options.headersTimeoutMs ?? 10_000, requestTimeoutMs),
      // node checks both timeouts on this period (30 s by default): a slow client is cut within a second of its limit.
      connectionsCheckingInterval: 1000,
    },
  });
  // fastify parses text/plain by default, so a plain-text body on a JSON route would reach the zod
  // schema and come back 400; without the parser fastify answers 415 (FST_ERR_CTP_INVALID_MEDIA_TYPE),
  // as DESIGN.md asks. Routes that take other bodies (audio) add their own parser in their own scope.
  app.removeContentTypeParser("text/plain");
  const metrics = createHttpMetrics(options.registry);

  app.addHook("onRequest", (request, reply, done) => {
    reply.header(requestIdHeader, request.id);
    runWithRequestId(request.id, done);
  });
  registerAccessControl(app, options.access ?? { allowedHosts: [], allowedOrigins: [] });

  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "unmatched";
    const labels = { method: request.method, route };
    metrics.requests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.duration.observe(labels, reply.elapsedTime / 1000);
    const line = { reqId: request.id, method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    // A 503 from /ready is an answer (a dependency is still starting), not a failure of this agent.
    const probe = route === "/health" || route === "/metrics" || route === "/ready";
    if (reply.statusCode >= 500 && !probe) request.log.error(line, "request failed");
    // A client fault is the client's story: one line, no stack trace, so a client cannot fill the logs with ours.
    else if (reply.statusCode >= 400 && !probe) request.log.info(line, "request refused");
    else request.log.debug(line, "request");
    done();
  });

  app.setErrorHandler((error: FastifyError | HttpError | ZodError, request, reply) => {
    if (error instanceof HttpError) {
      if (error.retryAfterSeconds !== undefined) reply.header("retry-after", String(error.retryAfterSeconds));
      return reply.status(error.statusCode).send(envelope(error.code, error.message, error.details));
    }
    if (error instanceof ZodError) {
      const details = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      return reply.status(400).send(envelope("validation_failed", "invalid request", details));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code = (error.code && fastifyClientErrors[error.code]) ?? "bad_request";
      return reply.status(status).send(envelope(code, error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(envelope("internal", "internal error"));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(envelope("not_found", `no route ${request.method} ${request.url}`));
  });

  app.get("/health", async () => ({
    status: "ok",
    service: options.service,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  }));

  app.get("/ready", async (_request, reply) => {
    const checks = await withTimeout(options.ready(), options.readyTimeoutMs ?? 3000);
    const ready = Object.values(checks).every((c) => c.ok);
    return reply.status(ready ? 200 : 503).send({ ready, service: options.service, checks });
  });

  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", options.registry.contentType);
    return options.registry.metrics();
  });

  return app;
}

async function withTimeout(checks: Promise<ReadyChecks>, ms: number): Promise<ReadyChecks> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadyChecks>((resolve) => {
    timer = setTimeout(() => resolve({ readiness: { ok: false, detail: `checks took longer than ${ms} ms` } }), ms);
  });
  try {
    return await Promise.race([
      checks.catch((err: unknown) => ({ readiness: { ok: false, detail: String(err) } })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
