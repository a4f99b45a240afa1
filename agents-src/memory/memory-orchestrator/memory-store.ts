import type { Pool } from "pg";
import { inTransaction } from "../../kit/postgres/pool";
import { SqlParams } from "../../kit/postgres/sql-params";
import { liveMemory, MemoryFilter, memoryFilterSql } from "./memory-filters";
import { MemoryRecord, MemoryRow, selectMemoryColumns, toMemoryRecord } from "./memory-record";

/** Reads one memory and counts the access; `null` when it does not exist, was deleted or has expired. */
export async function readMemory(pool: Pool, userId: string, id: string): Promise<MemoryRecord | null> {
  return inTransaction(pool, async (client) => {
    // Access statistics are worth no wait for a disk flush; a crash may lose the last few counts.
    await client.query("SET LOCAL synchronous_commit = off");
    const { rows } = await client.query<MemoryRow>(
      `UPDATE memories m SET access_count = m.access_count + 1, last_accessed_at = now()
        WHERE m.id = $1 AND m.user_id = $2 AND ${liveMemory("m")}
        RETURNING ${selectMemoryColumns("m")}`,
      [id, userId],
    );
    return rows[0] ? toMemoryRecord(rows[0]) : null;
  });
}

/** Reads one memory as stored, without counting an access (for answering the write that made it). */
export async function fetchMemory(pool: Pool, id: string): Promise<MemoryRecord | null> {
  const { rows } = await pool.query<MemoryRow>(`SELECT ${selectMemoryColumns("m")} FROM memories m WHERE m.id = $1`, [id]);
  return rows[0] ? toMemoryRecord(rows[0]) : null;
}

export interface MemoryChanges {
  content?: { text: string; fingerprint: string; subject: string | null; embedding: { model: string; vector: number[] } | null };
  type?: string;
  importance?: number;
  tags?: string[];
  source?: string | null;
  subject?: string | null;
  ttlSeconds?: number | null;
}

export async function changeMemory(pool: Pool, userId: string, id: string, changes: MemoryChanges): Promise<MemoryRecord | null> {
  const p = new SqlParams();
  const sets = ["updated_at = now()"];
  if (changes.content) {
    const { text, fingerprint, subject, embedding } = changes.content;
    sets.push(`content = ${p.add(text)}`, `fingerprint = ${p.add(fingerprint)}`, `subject = ${p.add(subject)}`);
    // A vector of the old text would make the memory findable by what it no longer says.
    const vector = p.add(embedding?.vector ?? null);
    sets.push(
      `embedding = ${vector}::real[]::vector`,
      `embedding_model = ${p.add(embedding?.model ?? null)}`,
      `embedding_dimension = cardinality(${vector}::real[])`,
    );
  } else if (changes.subject !== undefined) {
    sets.push(`subject = ${p.add(changes.subject)}`);
  }
  if (changes.type !== undefined) sets.push(`type = ${p.add(changes.type)}`);
  if (changes.importance !== undefined) sets.push(`importance = ${p.add(changes.importance)}`);
  if (changes.tags !== undefined) sets.push(`tags = ${p.add(changes.tags)}`);
  if (changes.source !== undefined) sets.push(`source = ${p.add(changes.source)}`);
  if (changes.ttlSeconds !== undefined) {
    sets.push(`expires_at = now() + make_interval(secs => ${p.add(changes.ttlSeconds)}::int)`);
  }
  const { rows } = await pool.query<MemoryRow>(
    `UPDATE memories m SET ${sets.join(", ")}
      WHERE m.id = ${p.add(id)} AND m.user_id = ${p.add(userId)} AND ${liveMemory("m")}
      RETURNING ${selectMemoryColumns("m")}`,
    p.values,
  );
  return rows[0] ? toMemoryRecord(rows[0]) : null;
}

/** Soft delete: the row stays (for audit and the purge job) but no reader sees it again. */
export async function deleteMemory(pool: Pool, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE memories m SET deleted_at = now(), updated_at = now() WHERE m.id = $1 AND m.user_id = $2 AND ${liveMemory("m")}`,
    [id, userId],
  );
  return rowCount === 1;
}

/** Soft-deletes every live memory of the filter's user matching all the filters; returns how many. */
export async function forgetMemories(pool: Pool, filter: MemoryFilter): Promise<number> {
  const p = new SqlParams();
  const { rowCount } = await pool.query(
    `UPDATE memories m SET deleted_at = now(), updated_at = now() WHERE ${memoryFilterSql(p, filter)}`,
    p.values,
  );
  return rowCount ?? 0;
}

/** The user's live memories that no later one replaced, newest first; reading a list counts no access. */
export async function listMemories(pool: Pool, userId: string, limit: number, type?: string): Promise<MemoryRecord[]> {
  const p = new SqlParams();
  const { rows } = await pool.query<MemoryRow>(
    `SELECT ${selectMemoryColumns("m")} FROM memories m
      WHERE ${memoryFilterSql(p, { userId, ...(type ? { types: [type] } : {}) })} AND m.superseded_by IS NULL
      ORDER BY m.created_at DESC, m.id LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map(toMemoryRecord);
}
