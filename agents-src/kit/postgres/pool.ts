import { Pool, PoolClient } from "pg";
import type { Logger } from "..";
import { isDatabaseUnavailable } from "./unavailable";

export interface PoolSettings {
  connectionString: string;
  applicationName: string;
  maxConnections: number;
  /** How long a request may wait for a connection: bounds the time to a 503 when PostgreSQL is gone. */
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Server settings for every connection, e.g. pgvector's `hnsw.ef_search`. */
  serverSettings?: Record<string, string | number>;
}

export function createPool(settings: PoolSettings, logger: Logger): Pool {
  const pool = new Pool({
    connectionString: settings.connectionString,
    application_name: settings.applicationName,
    max: settings.maxConnections,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    // The server-side timeout cannot fire when the server itself is unreachable mid-query.
    query_timeout: settings.statementTimeoutMs + 1000,
    idleTimeoutMillis: 30_000,
    options: Object.entries(settings.serverSettings ?? {})
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(" "),
  });
  // An idle connection whose server went away is reported here; unhandled, it would end the process.
  pool.on("error", (err) => logger.warn({ err: err.message }, "idle database connection lost"));
  return pool;
}

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // The pool listens for errors only on idle connections; one lost between two statements of this
  // transaction would otherwise be an unhandled 'error' event. The next statement then fails too.
  const onLost = (): void => {
    broken = true;
  };
  client.on("error", onLost);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    broken ||= isDatabaseUnavailable(err);
    if (!broken) await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.off("error", onLost);
    // A connection that failed mid-transaction must not go back to the pool.
    client.release(broken ? true : undefined);
  }
}

/** Ready when PostgreSQL answers and db-setup has created `tables`. */
export async function databaseReadyCheck(pool: Pool, tables: string[]): Promise<{ ok: boolean; detail?: unknown }> {
  try {
    const { rows } = await pool.query<{ table: string }>(
      "SELECT t AS table FROM unnest($1::text[]) t WHERE to_regclass(t) IS NULL",
      [tables],
    );
    return rows.length === 0 ? { ok: true } : { ok: false, detail: `missing tables (has db-setup run?): ${rows.map((r) => r.table).join(", ")}` };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}
