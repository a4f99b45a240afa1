import { z } from "zod";
import { ServiceName, peerUrlEnvName, peerPubEnvName } from "./catalog";

export interface ConfigProblem {
  readonly variable: string;
  readonly reason: string;
}

/** Raised at start when the environment does not satisfy an agent's schema; names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable}: ${p.reason}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.map(String).join(".") || "(environment)",
      reason: issue.message,
    })),
  );
}

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const port = z.coerce.number().int().min(0).max(65535);

/** A comma-separated list in one variable; blanks between commas are ignored. */
export const nameList = z
  .string()
  .default("")
  .transform((v) => v.split(",").map((s) => s.trim()).filter((s) => s.length > 0));

export const baseAgentConfig = z.object({
  SERVICE_NAME: z.string().min(1),
  HTTP_HOST: z.string().min(1).default("127.0.0.1"),
  HTTP_PORT: port,
  LOG_LEVEL: z.enum(logLevels).default("info"),
  LOG_DIR: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /** File holding the credential internal routes require and peer calls send (DESIGN.md: secrets reach containers as files). */
  INTERNAL_TOKEN_FILE: z.string().min(1).optional(),
  /** Host names this agent answers to, comma-separated; unset: any (an internal agent no browser can reach). */
  ALLOWED_HOSTS: nameList,
  /** Browser origins allowed to call, comma-separated; unset: none, so CORS stays closed. */
  ALLOWED_ORIGINS: nameList,
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});
export type BaseAgentConfig = z.infer<typeof baseAgentConfig>;

export const baseJobConfig = baseAgentConfig.omit({
  HTTP_HOST: true,
  HTTP_PORT: true,
  BODY_LIMIT_BYTES: true,
  INTERNAL_TOKEN_FILE: true,
  ALLOWED_HOSTS: true,
  ALLOWED_ORIGINS: true,
  REQUEST_TIMEOUT_MS: true,
  HEADERS_TIMEOUT_MS: true,
});
export type BaseJobConfig = z.infer<typeof baseJobConfig>;

export const zmqPubPort = port;

/** The catalog's variable prefix at the type level (`task-router` -> `TASK_ROUTER`), so configs keep typed keys. */
type EnvPrefix<N extends string> = Uppercase<N extends `${infer Head}-${infer Tail}` ? `${Head}_${EnvPrefix<Tail>}` : N>;

/** Schema entry for a peer's HTTP base URL, keyed by the catalog's variable name. */
export function peerUrlVariable<N extends ServiceName>(peer: N) {
  return { [peerUrlEnvName(peer)]: z.url() } as { [K in `${EnvPrefix<N>}_URL`]: z.ZodURL };
}

/** Schema entry for a peer's ZeroMQ PUB endpoint, keyed by the catalog's variable name. */
export function peerPubVariable<N extends ServiceName>(peer: N) {
  return { [peerPubEnvName(peer)]: z.string().regex(/^tcp:\/\/[^:]+:\d+$/, "expected tcp://host:port") } as {
    [K in `${EnvPrefix<N>}_PUB_URL`]: z.ZodString;
  };
}

/** Parses "true"/"false"/"1"/"0" from the environment (z.coerce.boolean treats "false" as true). */
export const envFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");
