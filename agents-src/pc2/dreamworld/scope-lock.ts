import type { PoolClient } from "pg";

// The memory-orchestrator serialises the writes to one scope on this advisory lock (see
// agents-src/memory/memory-orchestrator/memory-writer.ts; the numbers must stay equal). Merging
// or superseding under it means no write to that scope can reinforce a memory being merged away.
const scopeLockNamespace = 0x6d656d;
const scopeLockSlots = 128;

/** Takes the scope's write lock for the transaction if it is free; `false` while the orchestrator is writing there. */
export async function tryLockScope(client: PoolClient, scope: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(${scopeLockNamespace}, hashtext($1) & ${scopeLockSlots - 1}) AS locked`,
    [scope],
  );
  return rows[0].locked;
}
