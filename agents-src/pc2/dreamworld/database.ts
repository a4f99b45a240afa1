import { Pool, PoolClient } from "pg";
import type { Logger } from "../../kit";

export interface DatabaseSettings {
  connectionString: string;
  applicationName: string;
  maxConnections: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

/**
 * Connections for consolidation work. Every session carries a short lock_timeout: dreamworld is
 * background work and must give way to the memory services, never queue behind or ahead of them.
 */
export function createDreamPool(settings: DatabaseSettings, logger: Logger): Pool {
  const pool = new Pool({
    connectionString: settings.connectionString,
    application_name: settings.applicationName,
    max: settings.maxConnections,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + 1000,
    // relaxed_order lets a nearest-neighbour scan restricted to one scope keep going until it has rows.
    options: `-c lock_timeout=${settings.lockTimeoutMs} -c hnsw.iterative_scan=relaxed_order`,
  });
  pool.on("error", (err) => logger.warn({ err: err.message }, "idle database connection lost"));
  return pool;
}

/** PostgreSQL's lock_not_available: a lock the memory services hold was not released within lock_timeout. */
export const lockNotAvailable = "55P03";

/**
 * One short transaction. `null` from `work` (or a lock that stayed busy) rolls it back: the
 * change is skipped this cycle, to be tried again by the next.
 */
export async function shortTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T | null>): Promise<T | null> {
  const client = await pool.connect();
  let healthy = true;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query(result === null ? "ROLLBACK" : "COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {
      healthy = false;
    });
    if ((err as { code?: string }).code === lockNotAvailable) return null;
    throw err;
  } finally {
    client.release(!healthy);
  }
}
