import type { Pool } from "pg";

export interface PurgeResult {
  expired: number;
  deleted: number;
}

// Small batches keep each DELETE's locks and WAL burst short while the service is serving.
const purgeBatch = 1000;

/** Removes memories past their TTL, and soft-deleted ones once `keepDeletedDays` have passed. */
export async function purgeMemories(pool: Pool, keepDeletedDays: number): Promise<PurgeResult> {
  const expired = await deleteInBatches(pool, "expires_at <= now()", []);
  const deleted = await deleteInBatches(pool, "deleted_at <= now() - make_interval(days => $1)", [keepDeletedDays]);
  return { expired, deleted };
}

async function deleteInBatches(pool: Pool, condition: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await pool.query(
      `DELETE FROM memories WHERE id IN (SELECT id FROM memories WHERE ${condition} LIMIT ${purgeBatch})`,
      params,
    );
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < purgeBatch) return total;
  }
}
