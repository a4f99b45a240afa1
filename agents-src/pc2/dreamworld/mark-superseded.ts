import type { Pool } from "pg";
import { tryLockScope } from "../../kit/postgres/scope-lock";
import { statementSubject, statementSubjectWords } from "../fact-statements";
import { shortTransaction } from "./database";
import type { CycleContext, CycleStep } from "./dream-cycle";
import { CheckedMemory, cursorAfter, firstCheck, markChecked, uncheckedMemories } from "./memory-checks";
import { standingMemory } from "./memory-sql";

interface Statement {
  id: string;
  content: string;
  fingerprint: string;
  updated_at: string;
  created_at: string;
}

const batchSize = 100;
const candidatesPerSubject = 50;

const newestFirst = (a: Statement, b: Statement): number =>
  b.updated_at.localeCompare(a.updated_at) || b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id);

/**
 * Other standing memories of the scope that state `subject` in other words. Full text narrows
 * the scope to memories sharing the subject's words, not its attribute (GIN index); the subject
 * and attribute are then read the same way for each, lead-ins such as "remember that" included, which the orchestrator's
 * write-time check does not do.
 */
async function otherStatements(pool: Pool, memory: CheckedMemory, subject: string): Promise<Statement[]> {
  const words = statementSubjectWords(memory.content) ?? subject;
  const { rows } = await pool.query<Statement>(
    `SELECT o.id, o.content, o.fingerprint, o.updated_at::text, o.created_at::text FROM memories o
      WHERE o.scope = $1 AND o.id <> $2 AND o.fingerprint <> $3 AND ${standingMemory("o")}
        AND o.search_vector @@ plainto_tsquery('english', $4)
      LIMIT ${candidatesPerSubject}`,
    [memory.scope, memory.id, memory.fingerprint, words],
  );
  return rows.filter((o) => statementSubject(o.content) === subject);
}

/** Marks `older` superseded by `newest` under the scope's write lock; the ids it marked, `null` when busy. */
function supersede(pool: Pool, scope: string, newest: string, older: string[]): Promise<string[] | null> {
  return shortTransaction(pool, async (client) => {
    if (!(await tryLockScope(client, scope))) return null;
    const { rows } = await client.query<{ id: string }>(
      `UPDATE memories SET superseded_by = $1, updated_at = now()
        WHERE id IN (SELECT m.id FROM memories m WHERE m.id = ANY($2::uuid[]) AND ${standingMemory("m")} FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [newest, older],
    );
    return rows.map((r) => r.id);
  });
}

/** True when the memory's subject is settled: no other statement of it, or the older ones marked. */
async function settleSubject(cycle: CycleContext, memory: CheckedMemory): Promise<boolean> {
  const subject = statementSubject(memory.content);
  if (subject === null) return true;
  const others = await otherStatements(cycle.pool, memory, subject);
  if (others.length === 0) return true;
  const [newest, ...older] = [memory, ...others].sort(newestFirst);
  const marked = await supersede(cycle.pool, memory.scope, newest.id, older.map((o) => o.id));
  if (marked === null) {
    cycle.report.note(`statements of "${subject}" left for a later cycle: the memory services were writing to them`);
    return false;
  }
  for (const id of marked) cycle.report.changed("superseded", 1, { memoryId: id, supersededBy: newest.id, subject });
  return true;
}

/**
 * Marks superseded the older of two standing statements about one subject in one scope that the
 * orchestrator let through: written with a lead-in ("remember that my car ..."), concurrently, or
 * changed later by PATCH. The newest statement stands, as at write time.
 */
export const markSuperseded: CycleStep = {
  name: "supersede",
  async run(cycle) {
    for (let cursor = firstCheck; ; ) {
      const batch = await uncheckedMemories(cycle.pool, "supersession", cursor, batchSize);
      if (batch.length === 0) return;
      const settled: CheckedMemory[] = [];
      for (const memory of batch) if (await settleSubject(cycle, memory)) settled.push(memory);
      await markChecked(cycle.pool, "supersession", settled);
      cursor = cursorAfter(batch);
      await cycle.checkpoint();
    }
  },
};
