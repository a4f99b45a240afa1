import type { PoolClient } from "pg";

// The memory-orchestrator writes to a scope's memories, and dreamworld merges and supersedes them,
// under this transaction-scoped advisory lock, so that no write can reinforce a memory that is
// being merged away and two concurrent copies of a memory cannot both be inserted. Two processes
// only exclude each other when they compute the same key, hence one definition for both.
const scopeLockNamespace = 0x6d656d;
// Scopes hash into a fixed number of slots, which bounds the locks one batch of writes can take.
const scopeLockSlots = 128;

/** The key's second half for the scope that the SQL expression `scope` names. */
const scopeSlot = (scope: string): string => `hashtext(${scope}) & ${scopeLockSlots - 1}`;

/** Waits for the write locks of `scopes` for the transaction, taking the slots in order so that two writers cannot deadlock. */
export async function lockScopes(client: PoolClient, scopes: string[]): Promise<void> {
  await client.query(
    `SELECT pg_advisory_xact_lock(${scopeLockNamespace}, slot)
       FROM (SELECT DISTINCT ${scopeSlot("s")} AS slot FROM unnest($1::text[]) s ORDER BY 1) slots`,
    [[...new Set(scopes)]],
  );
}

/** Takes the scope's write lock for the transaction if it is free; `false` while another transaction holds it. */
export async function tryLockScope(client: PoolClient, scope: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(${scopeLockNamespace}, ${scopeSlot("$1")}) AS locked`,
    [scope],
  );
  return rows[0].locked;
}
