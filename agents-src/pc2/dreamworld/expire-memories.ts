import type { CycleStep } from "./dream-cycle";

// Small batches keep each DELETE's locks and WAL burst short while the memory services serve.
const batchSize = 500;

/** Purges memories past their TTL (readers already no longer see them). */
export const expireMemories: CycleStep = {
  name: "expire",
  async run(cycle) {
    for (;;) {
      const { rows } = await cycle.pool.query<{ id: string }>(
        `DELETE FROM memories WHERE id IN (
           SELECT id FROM memories WHERE expires_at <= now() ORDER BY expires_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
         RETURNING id`,
      );
      if (rows.length > 0) cycle.report.changed("expired", rows.length, { memoryIds: rows.map((r) => r.id) });
      if (rows.length < batchSize) return;
      await cycle.checkpoint();
    }
  },
};
