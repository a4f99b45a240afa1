import { Pool, PoolClient } from "pg";

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
