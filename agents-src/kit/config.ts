import * as fs from "node:fs";
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

/**
 * The official PostgreSQL image's convention: `NAME_FILE` names a file whose content is the value
 * of `NAME`, so that secrets reach a container as files (which `docker inspect` does not show)
 * rather than as environment values. One trailing newline is dropped, as `echo` writes one.
 */
export function resolveFileVariables(declared: ReadonlySet<string>, env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; problems: ConfigProblem[] } {
  const resolved: NodeJS.ProcessEnv = { ...env };
  const problems: ConfigProblem[] = [];
  for (const [fileVariable, file] of Object.entries(env)) {
    if (!fileVariable.endsWith("_FILE") || file === undefined || file === "") continue;
    const variable = fileVariable.slice(0, -"_FILE".length);
    // Only the schema's own variables: the environment holds others' *_FILE (TF_CLI_CONFIG_FILE, ...).
    if (!declared.has(variable)) continue;
    if (env[variable] !== undefined) {
      problems.push({ variable: fileVariable, reason: `both ${variable} and ${fileVariable} are set; set one` });
      continue;
    }
    try {
      resolved[variable] = fs.readFileSync(file, "utf8").replace(/\r?\n$/, "");
    } catch (err) {
      problems.push({ variable: fileVariable, reason: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  return { env: resolved, problems };
}

/** The variable names an agent's schema declares: its object, under any refinement or transform. */
export function declaredVariables(schema: z.ZodType): Set<string> {
  let current: unknown = schema;
  while (current !== undefined) {
    if (current instanceof z.ZodObject) return new Set(Object.keys(current.shape));
    current = current instanceof z.ZodPipe ? current.in : undefined;
  }
  return new Set();
}

export function loadConfig<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  const files = resolveFileVariables(declaredVariables(schema), env);
  if (files.problems.length > 0) throw new ConfigError(files.problems);
  const result = schema.safeParse(files.env);
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

/** A credential: long enough that it cannot be guessed. */
export const secretValue = z.string().trim().min(16, "must be at least 16 characters");

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
  /**
   * How long a client may take to send a whole request, and its headers; past either it gets a
   * 408 and the connection closes. fastify turns node's request timeout off, so a client that
   * sent headers and never its body held a connection open indefinitely.
   */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * The credential internal routes require and peer calls send; it arrives as INTERNAL_TOKEN_FILE
   * (DESIGN.md: secrets reach containers as files, see resolveFileVariables).
   */
  INTERNAL_TOKEN: secretValue.optional(),
  /** Host names this agent answers to, comma-separated; unset: any (an internal agent no browser can reach). */
  ALLOWED_HOSTS: nameList,
  /** Browser origins allowed to call, comma-separated; unset: none, so CORS stays closed. */
  ALLOWED_ORIGINS: nameList,
});
export type BaseAgentConfig = z.infer<typeof baseAgentConfig>;

export const baseJobConfig = baseAgentConfig.omit({
  HTTP_HOST: true,
  HTTP_PORT: true,
  BODY_LIMIT_BYTES: true,
  HTTP_REQUEST_TIMEOUT_MS: true,
  HTTP_HEADERS_TIMEOUT_MS: true,
  INTERNAL_TOKEN: true,
  ALLOWED_HOSTS: true,
  ALLOWED_ORIGINS: true,
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
