import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import { ServiceName, peerUrlEnvName } from "./catalog";
import { BaseAgentConfig, BaseJobConfig, ConfigError, loadConfig } from "./config";
import { createHttpServer, ReadyChecks } from "./http";
import { createLogger, Logger } from "./logging";
import { createRegistry, Registry } from "./metrics";
import { PeerClient, PeerClientOptions } from "./peer-client";

export interface AgentContext<C> {
  config: C;
  logger: Logger;
  app: FastifyInstance;
  metrics: Registry;
  env: NodeJS.ProcessEnv;
  /** The credential internal routes require; peer clients send it on their own. */
  internalToken?: string;
  /**
   * A client for a catalog peer, from its `<PEER>_URL` variable; one per peer and lane, shared. A
   * lane is a kind of call with a circuit breaker of its own, so that its failures (a busy peer
   * refusing bulk work) never open the breaker the other calls to that peer go through.
   */
  peer(name: ServiceName, options?: PeerClientOptions & { lane?: string }): PeerClient;
  /** Registers cleanup run on shutdown, after the HTTP server stops, in reverse order. */
  onClose(fn: () => Promise<void> | void): void;
}

export interface AgentHooks {
  ready?: () => Promise<ReadyChecks>;
  /** Runs once the HTTP server listens (start background loops here, not in setup). */
  started?: (url: string) => Promise<void> | void;
}

export interface AgentDefinition<C extends BaseAgentConfig> {
  name: ServiceName;
  config: z.ZodType<C>;
  setup(ctx: AgentContext<C>): Promise<AgentHooks | void>;
}

export interface RunningAgent<C> {
  url: string;
  port: number;
  config: C;
  logger: Logger;
  metrics: Registry;
  close(): Promise<void>;
}

export async function startAgent<C extends BaseAgentConfig>(
  definition: AgentDefinition<C>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningAgent<C>> {
  const config = loadConfig(definition.config, env);
  if (config.HTTP_HEADERS_TIMEOUT_MS > config.HTTP_REQUEST_TIMEOUT_MS) {
    // Node refuses a headers timeout longer than the whole request's.
    throw new ConfigError([{ variable: "HTTP_HEADERS_TIMEOUT_MS", reason: `must not exceed HTTP_REQUEST_TIMEOUT_MS (${config.HTTP_REQUEST_TIMEOUT_MS})` }]);
  }
  const logger = createLogger({ service: definition.name, level: config.LOG_LEVEL, logDir: config.LOG_DIR });
  const metrics = createRegistry(definition.name);
  const closers: Array<() => Promise<void> | void> = [];
  const peers = new Map<string, PeerClient>();
  let hooks: AgentHooks = {};
  const internalToken = config.INTERNAL_TOKEN;
  if (!internalToken) logger.warn("INTERNAL_TOKEN_FILE is unset: internal routes accept callers without the internal credential");
  const app = createHttpServer({
    service: definition.name,
    logger,
    registry: metrics,
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
    ready: async () => (hooks.ready ? hooks.ready() : {}),
    access: { internalToken, allowedHosts: config.ALLOWED_HOSTS, allowedOrigins: config.ALLOWED_ORIGINS },
  });

  const ctx: AgentContext<C> = {
    config,
    logger,
    app,
    metrics,
    env,
    internalToken,
    peer(name, options = {}) {
      const { lane, ...tuning } = options;
      const key = lane === undefined ? name : `${name}/${lane}`;
      const existing = peers.get(key);
      if (existing) return existing;
      const variable = peerUrlEnvName(name);
      const url = env[variable];
      if (!url) throw new ConfigError([{ variable, reason: `required to reach ${name}` }]);
      const client = new PeerClient(name, url, { credential: internalToken, ...tuning });
      peers.set(key, client);
      return client;
    },
    onClose(fn) {
      closers.push(fn);
    },
  };

  const closeAll = async (): Promise<void> => {
    await app.close();
    for (const client of peers.values()) client.close();
    for (const fn of closers.reverse()) {
      try {
        await fn();
      } catch (err) {
        logger.error({ err }, "cleanup failed during shutdown");
      }
    }
  };

  try {
    hooks = (await definition.setup(ctx)) ?? {};
    await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
  } catch (err) {
    await closeAll();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.HTTP_PORT;
  const url = `http://${config.HTTP_HOST === "0.0.0.0" ? "127.0.0.1" : config.HTTP_HOST}:${port}`;
  logger.info({ url }, `${definition.name} listening`);
  await hooks.started?.(url);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    config,
    logger,
    metrics,
    close: () => (closing ??= closeAll().then(() => logger.info(`${definition.name} stopped`))),
  };
}

export interface JobDefinition<C extends BaseJobConfig> {
  name: ServiceName;
  config: z.ZodType<C>;
  run(ctx: { config: C; logger: Logger; env: NodeJS.ProcessEnv }): Promise<void>;
}

/**
 * A job's expected failure (an unreachable source, a checksum mismatch): the process entry prints
 * its message as one line, without a stack trace, since that line is what a deployment quotes.
 */
export class JobFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobFailure";
  }
}

/** Runs a one-shot job; the caller turns the promise into the process exit code. */
export async function runJob<C extends BaseJobConfig>(
  definition: JobDefinition<C>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const config = loadConfig(definition.config, env);
  const logger = createLogger({ service: definition.name, level: config.LOG_LEVEL, logDir: config.LOG_DIR });
  await definition.run({ config, logger, env });
}
