import type { Pool } from "pg";
import { mentionDifferentNumbers } from "../../kit/number-mentions";
import { tryLockScope } from "../../kit/postgres/scope-lock";
import { statementSubject } from "../fact-statements";
import { shortTransaction } from "./database";
import type { CycleContext, CycleStep } from "./dream-cycle";
import { CheckedMemory, cursorAfter, firstCheck, markChecked, uncheckedMemories } from "./memory-checks";
import { standingMemory } from "./memory-sql";

interface Neighbour {
  id: string;
  content: string;
  subject: string | null;
  fingerprint: string;
  similarity: number;
}

const batchSize = 100;
// The nearest few: the very nearest may be a different fact (another subject or number), not a copy.
const neighboursPerMemory = 3;

/**
 * Whether two similar memories are different facts rather than copies: they mention other
 * numbers, or they state one subject differently, which is for supersession, not merging
 * ("lives in Berlin" / "lives in Paris").
 */
function differentFacts(a: { content: string; subject: string | null; fingerprint: string }, b: typeof a): boolean {
  if (a.fingerprint === b.fingerprint) return false;
  if (mentionDifferentNumbers(a.content, b.content)) return true;
  if (a.subject !== null && a.subject === b.subject) return true;
  const subject = statementSubject(a.content);
  return subject !== null && subject === statementSubject(b.content);
}

async function nearestCopy(pool: Pool, memory: CheckedMemory, minSimilarity: number): Promise<Neighbour | undefined> {
  const dimension = memory.embedding_dimension;
  if (dimension === null || !Number.isInteger(dimension)) return undefined;
  const { rows: own } = await pool.query<{ vector: string }>("SELECT embedding::text AS vector FROM memories WHERE id = $1", [memory.id]);
  if (!own[0]) return undefined;
  // The query vector goes in as a constant, and the cast to vector(n) is the expression the HNSW
  // index of that size is built on: with both, PostgreSQL walks the index instead of measuring
  // the distance to every memory (6 ms per memory at 1,000 memories, growing with the table).
  const embedding = `o.embedding::vector(${dimension})`;
  const { rows } = await pool.query<Neighbour>(
    `SELECT o.id, o.content, o.subject, o.fingerprint, 1 - (${embedding} <=> $2::vector(${dimension})) AS similarity
       FROM memories o
      WHERE o.scope = $3 AND o.embedding_model = $4 AND o.id <> $1 AND o.embedding_dimension = ${dimension} AND ${standingMemory("o")}
      ORDER BY ${embedding} <=> $2::vector(${dimension})
      LIMIT ${neighboursPerMemory}`,
    [memory.id, own[0].vector, memory.scope, memory.embedding_model],
  );
  return rows.find((n) => n.similarity >= minSimilarity && !differentFacts(memory, n));
}

interface MergedPair {
  keptId: string;
  mergedId: string;
}

/**
 * Folds one of two copies into the other, in one short transaction under the scope's write lock:
 * the more recently written wording stays, with the copies' importance (plus a reinforcement),
 * tags, access counts and the longer lifetime; the other is soft-deleted and points at it, as do
 * memories it had superseded. `null` when either is busy or no longer standing.
 */
async function mergePair(pool: Pool, scope: string, ids: [string, string], importanceBoost: number): Promise<MergedPair | null> {
  return shortTransaction(pool, async (client) => {
    if (!(await tryLockScope(client, scope))) return null;
    const { rows } = await client.query<{ id: string }>(
      `SELECT m.id FROM memories m WHERE m.id = ANY($1::uuid[]) AND ${standingMemory("m")}
        ORDER BY m.updated_at DESC, m.id FOR UPDATE SKIP LOCKED`,
      [ids],
    );
    if (rows.length < 2) return null;
    const [keptId, mergedId] = [rows[0].id, rows[1].id];
    await client.query(
      `UPDATE memories k SET
          importance = LEAST(1, GREATEST(k.importance, d.importance) + $3),
          tags = ARRAY(SELECT DISTINCT t FROM unnest(k.tags || d.tags) t ORDER BY t),
          access_count = k.access_count + d.access_count,
          reinforcement_count = k.reinforcement_count + d.reinforcement_count + 1,
          last_accessed_at = GREATEST(k.last_accessed_at, d.last_accessed_at),
          expires_at = CASE WHEN k.expires_at IS NULL OR d.expires_at IS NULL THEN NULL ELSE GREATEST(k.expires_at, d.expires_at) END
         FROM memories d
        WHERE k.id = $1 AND d.id = $2`,
      [keptId, mergedId, importanceBoost],
    );
    await client.query("UPDATE memories SET deleted_at = now(), updated_at = now(), superseded_by = $1 WHERE id = $2", [keptId, mergedId]);
    await client.query("UPDATE memories SET superseded_by = $1 WHERE superseded_by = $2", [keptId, mergedId]);
    return { keptId, mergedId };
  });
}

/**
 * Merges every copy of `memory` into one, nearest first. True when `memory` stands checked
 * afterwards; false when it was merged into a newer copy or a merge had to be skipped (left
 * unchecked, so the next cycle looks at it again).
 */
async function mergeCopiesOf(cycle: CycleContext, memory: CheckedMemory, options: MergeOptions, mergedAway: Set<string>): Promise<boolean> {
  for (;;) {
    const copy = await nearestCopy(cycle.pool, memory, options.minSimilarity);
    if (!copy) return true;
    const merged = await mergePair(cycle.pool, memory.scope, [memory.id, copy.id], options.importanceBoost);
    if (!merged) {
      cycle.report.note(`merge of ${memory.id} and ${copy.id} skipped: the memory services were writing to them`);
      return false;
    }
    mergedAway.add(merged.mergedId);
    cycle.report.changed("merged", 1, { keptId: merged.keptId, mergedIds: [merged.mergedId], similarity: copy.similarity });
    if (merged.mergedId === memory.id) return false;
  }
}

interface MergeOptions {
  minSimilarity: number;
  importanceBoost: number;
}

/** Merges near-duplicate memories in one scope that slipped past the orchestrator's write-time check (no embedding then). */
export function mergeDuplicates(options: MergeOptions): CycleStep {
  return {
    name: "merge",
    async run(cycle) {
      const mergedAway = new Set<string>();
      for (let cursor = firstCheck; ; ) {
        const batch = await uncheckedMemories(cycle.pool, "duplicates", cursor, batchSize, "m.embedding IS NOT NULL");
        if (batch.length === 0) return;
        const settled: CheckedMemory[] = [];
        for (const memory of batch) {
          if (!mergedAway.has(memory.id) && (await mergeCopiesOf(cycle, memory, options, mergedAway))) settled.push(memory);
        }
        await markChecked(cycle.pool, "duplicates", settled);
        cursor = cursorAfter(batch);
        await cycle.checkpoint();
      }
    },
  };
}
