import type { Client } from "pg";
import type { Logger } from "../../kit";
import { migrationsTable } from "./app-role-grants";

export interface MigrationRun {
  applied: string[];
}

/**
 * Applies pending migrations, all in one transaction, under node-pg-migrate's advisory lock.
 * node-pg-migrate only *tries* that lock and fails when another run holds it; taking it first with
 * a blocking call (bounded by lock_timeout) makes a second run wait and then find nothing to do.
 * Advisory locks are re-entrant per session, so node-pg-migrate's own try then succeeds.
 */
export async function applyMigrations(client: Client, dir: string, lockWaitMs: number, logger: Logger): Promise<MigrationRun> {
  // node-pg-migrate ships only as an ES module.
  const { PG_MIGRATE_LOCK_ID, runner } = await import("node-pg-migrate");
  await client.query(`SET lock_timeout = ${Math.trunc(lockWaitMs)}`);
  await client.query("SELECT pg_advisory_lock($1)", [PG_MIGRATE_LOCK_ID]);
  await client.query("RESET lock_timeout");
  try {
    const applied = await runner({
      dbClient: client,
      dir,
      direction: "up",
      migrationsTable,
      singleTransaction: true,
      checkOrder: true,
      logger: {
        debug: (msg: string) => logger.debug(msg),
        info: (msg: string) => logger.info(msg),
        warn: (msg: string) => logger.warn(msg),
        error: (msg: string) => logger.error(msg),
      },
    });
    return { applied: applied.map((m) => m.name) };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_MIGRATE_LOCK_ID]).catch(() => undefined);
  }
}
