import type { Pool } from "pg";
import { shortTransaction } from "./database";
import type { CycleStep } from "./dream-cycle";

export interface DecayPolicy {
  intervalMs: number;
  idleDays: number;
  factor: number;
  floor: number;
}

interface DecayPass {
  id: string;
  started_at: string;
  last_memory_id: string | null;
  finished_at: Date | null;
  due: boolean;
}

const batchSize = 500;

interface DecayedBatch {
  ids: string[];
  /** The highest id this batch walked past; the next batch starts after it. */
  last: string;
  /** Nothing more to do in this cycle. */
  finished: boolean;
}

/** One batch of a pass, and the pass's progress, in one transaction; rows being written elsewhere are skipped, not waited for. */
async function decayBatch(pool: Pool, pass: DecayPass, after: string, policy: DecayPolicy): Promise<DecayedBatch> {
  const batch = await shortTransaction(pool, async (client) => {
    const { rows } = await client.query<{ ids: string[] | null; last: string | null; walked: number }>(
      `WITH idle AS (
         SELECT id FROM memories
          WHERE id > $1 AND deleted_at IS NULL AND (expires_at IS NULL OR expires_at > now()) AND importance > $2
            AND GREATEST(created_at, updated_at, last_accessed_at) < $3::timestamptz - make_interval(secs => $4::float8 * 86400)
          ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
       decayed AS (
         UPDATE memories m SET importance = GREATEST($2, m.importance * $5) FROM idle WHERE m.id = idle.id RETURNING m.id)
       SELECT (SELECT array_agg(id) FROM decayed) AS ids, (SELECT max(id::text) FROM idle) AS last, (SELECT count(*)::int FROM idle) AS walked`,
      [after, policy.floor, pass.started_at, policy.idleDays, policy.factor],
    );
    const { ids, last, walked } = rows[0];
    const finished = walked < batchSize;
    await client.query("UPDATE dream_decay_passes SET last_memory_id = $2, finished_at = CASE WHEN $3 THEN now() END WHERE id = $1", [
      pass.id,
      last ?? after,
      finished,
    ]);
    return { ids: ids ?? [], last: last ?? after, finished };
  });
  // A lock stayed busy: stop for now; the pass resumes from its recorded progress next cycle.
  return batch ?? { ids: [], last: after, finished: true };
}

/**
 * Lowers the importance of memories nobody has written or read for `idleDays`, by `factor` per
 * pass, never below `floor`. A pass runs at most once per `intervalMs` and walks the memories in
 * id order, recording how far it got in the same transaction as each batch: a pass a cycle could
 * not finish resumes where it stopped, and no memory decays twice in one pass.
 */
export function decayImportance(policy: DecayPolicy): CycleStep {
  return {
    name: "decay",
    async run(cycle) {
      const { rows: latest } = await cycle.pool.query<DecayPass>(
        `SELECT id, started_at::text, last_memory_id, finished_at,
                started_at <= now() - make_interval(secs => $1::float8 / 1000) AS due
           FROM dream_decay_passes ORDER BY started_at DESC LIMIT 1`,
        [policy.intervalMs],
      );
      let pass = latest[0];
      if (pass !== undefined && pass.finished_at !== null && !pass.due) return;
      if (pass === undefined || pass.finished_at !== null) {
        const { rows } = await cycle.pool.query<DecayPass>(
          "INSERT INTO dream_decay_passes DEFAULT VALUES RETURNING id, started_at::text, last_memory_id, finished_at, true AS due",
        );
        pass = rows[0];
      }
      let after = pass.last_memory_id ?? "00000000-0000-0000-0000-000000000000";
      for (;;) {
        const decayed = await decayBatch(cycle.pool, pass, after, policy);
        if (decayed.ids.length > 0) cycle.report.changed("decayed", decayed.ids.length, { memoryIds: decayed.ids });
        if (decayed.finished) return;
        after = decayed.last;
        await cycle.checkpoint();
      }
    },
  };
}
