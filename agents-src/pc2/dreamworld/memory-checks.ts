import type { Pool } from "pg";
import { standingMemory } from "./memory-sql";

export type CheckKind = "duplicates" | "supersession";

export interface CheckedMemory {
  id: string;
  content: string;
  scope: string;
  subject: string | null;
  fingerprint: string;
  created_at: string;
  updated_at: string;
  embedding_model: string | null;
  embedding_dimension: number | null;
}

/** Where a step's walk through the unchecked memories has got to: (created_at, id) of the last one seen. */
export type CheckCursor = [string, string];
export const firstCheck: CheckCursor = ["-infinity", "00000000-0000-0000-0000-000000000000"];

/**
 * Standing memories after `cursor` that `kind` has not yet looked at in their current wording,
 * oldest first: each cycle only examines what is new or changed since, however the memory got
 * there (written, rewritten, or embedded later by the orchestrator's own backfill). The cursor
 * lets a step pass over a memory it could not settle now without meeting it again this cycle.
 */
export async function uncheckedMemories(
  pool: Pool,
  kind: CheckKind,
  cursor: CheckCursor,
  limit: number,
  extraCondition = "TRUE",
): Promise<CheckedMemory[]> {
  const { rows } = await pool.query<CheckedMemory>(
    `SELECT m.id, m.content, m.scope, m.subject, m.fingerprint, m.created_at::text, m.updated_at::text,
            m.embedding_model, m.embedding_dimension
       FROM memories m
       LEFT JOIN dream_memory_checks c ON c.memory_id = m.id AND c.kind = $1
      WHERE ${standingMemory("m")} AND ${extraCondition} AND c.fingerprint IS DISTINCT FROM m.fingerprint
        AND (m.created_at, m.id) > ($2::timestamptz, $3::uuid)
      ORDER BY m.created_at, m.id
      LIMIT $4`,
    [kind, ...cursor, limit],
  );
  return rows;
}

export function cursorAfter(batch: readonly CheckedMemory[]): CheckCursor {
  const last = batch[batch.length - 1];
  return [last.created_at, last.id];
}

/** Records that `kind` has looked at these memories as worded now (a memory purged meanwhile is left out). */
export async function markChecked(pool: Pool, kind: CheckKind, memories: ReadonlyArray<{ id: string; fingerprint: string }>): Promise<void> {
  if (memories.length === 0) return;
  await pool.query(
    `INSERT INTO dream_memory_checks (memory_id, kind, fingerprint)
     SELECT m.id, $1, u.fingerprint
       FROM unnest($2::uuid[], $3::text[]) AS u(id, fingerprint) JOIN memories m ON m.id = u.id
     ON CONFLICT (memory_id, kind) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, checked_at = now()`,
    [kind, memories.map((m) => m.id), memories.map((m) => m.fingerprint)],
  );
}
