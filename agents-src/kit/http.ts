import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import Fastify, { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyRequest, LogController } from "fastify";
import type { Logger } from "pino";
import { ZodError } from "zod";
import { AccessOptions, registerAccessControl } from "./access-control";
import { envelope, ErrorEnvelope, HttpError } from "./errors";
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
  /** Time to receive a whole request, and its headers, before a 408 (HTTP_REQUEST_TIMEOUT_MS, HTTP_HEADERS_TIMEOUT_MS). */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  ready: () => Promise<ReadyChecks>;
  readyTimeoutMs?: number;
  access?: AccessOptions;
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
 * Node looks for requests past their timeouts this often (its default, 30 s, would let a 10 s
 * timeout run to 40 s); one pass over the open connections per second costs next to nothing.
 */
const timeoutCheckIntervalMs = 1000;

/**
 * A client's fault, logged at info with what the client was told and no stack trace: clients must
 * not be able to fill the logs with errors, and an operator still sees who was refused and why.
 */
function logClientFault(log: FastifyBaseLogger, line: Record<string, unknown>): void {
  log.info(line, "client fault");
}

/**
 * Faults below HTTP (a timeout, oversized or malformed headers) reach no route: node hands over the
 * socket, and the client gets the envelope written by hand before it closes.
 */
function answerConnectionFault(options: HttpServerOptions, log: FastifyBaseLogger) {
  return (err: NodeJS.ErrnoException, socket: Socket): void => {
    if (err.code === "ECONNRESET" || socket.destroyed) return;
    const [status, body] =
      err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [
            408,
            envelope(
              "request_timeout",
              `the request did not arrive in time (headers within ${options.headersTimeoutMs} ms, the whole request within ${options.requestTimeoutMs} ms)`,
            ),
          ]
        : err.code === "HPE_HEADER_OVERFLOW"
          ? [431, envelope("headers_too_large", "the request headers are too large")]
          : [400, envelope("bad_request", "malformed HTTP request")];
    logClientFault(log, { status, code: body.error.code, remoteAddress: socket.remoteAddress });
    if (socket.writable) {
      const json = JSON.stringify(body);
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
      );
    }
    socket.destroy();
  };
}

/**
 * The HTTP face every agent shares: request ids, the error envelope, per-route metrics and the
 * /health, /ready and /metrics endpoints. Agents add their own routes to the returned instance.
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit,
    // Requests are logged once, on completion, by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    requestTimeout: options.requestTimeoutMs,
    http: { headersTimeout: options.headersTimeoutMs, connectionsCheckingInterval: timeoutCheckIntervalMs },
    clientErrorHandler: answerConnectionFault(options, options.logger as FastifyBaseLogger),
  });
  // fastify parses text/plain by default, so a plain-text body on a JSON route would reach the zod
  // schema and come back 400; without the parser fastify answers 415 (FST_ERR_CTP_INVALID_MEDIA_TYPE),
  // as DESIGN.md asks. Routes that take other bodies (audio) add their own parser in their own scope.
  app.removeContentTypeParser("text/plain");
  const metrics = createHttpMetrics(options.registry);
  /** The envelope code each client fault was answered with, for its log line. */
  const faultCodes = new WeakMap<FastifyRequest, string>();

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
    else if (reply.statusCode >= 400 && !probe) logClientFault(request.log, { ...line, code: faultCodes.get(request) });
    else request.log.debug(line, "request");
    done();
  });

  app.setErrorHandler((error: FastifyError | HttpError | ZodError, request, reply) => {
    const answer = (status: number, body: ErrorEnvelope) => {
      faultCodes.set(request, body.error.code);
      return reply.status(status).send(body);
    };
    if (error instanceof HttpError) {
      if (error.retryAfterSeconds !== undefined) reply.header("retry-after", String(error.retryAfterSeconds));
      return answer(error.statusCode, envelope(error.code, error.message, error.details));
    }
    if (error instanceof ZodError) {
      const details = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      return answer(400, envelope("validation_failed", "invalid request", details));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code = (error.code && fastifyClientErrors[error.code]) ?? "bad_request";
      return answer(status, envelope(code, error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(envelope("internal", "internal error"));
  });

  app.setNotFoundHandler((request, reply) => {
    faultCodes.set(request, "not_found");
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
