import { once } from "node:events";
import { finished } from "node:stream/promises";
import { ClientBase, escapeIdentifier } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SpeakerModel, TableSection } from "./backup-format";
import { applicationTables, columnList } from "./backup-tables";
import { CheckedBackup, readBackup } from "./read-backup";

/**
 * db-setup writes the stack's first user and device token into every new database, so these hold
 * rows in an empty stack too. They are merged with the backup's (a row whose key is already there
 * is kept as it is) instead of counting as data that a restore would overwrite.
 */
export const seededTables: ReadonlySet<string> = new Set(["users", "device_tokens"]);

/**
 * What users told the assistant. A database holding any of it is not an empty stack. The other
 * tables fill on their own in a new stack within seconds (dreamworld's cycles, the sessions and
 * turns of a first question), so the backup replaces those instead of refusing the restore.
 */
export const toldTables: ReadonlySet<string> = new Set(["memories", "timers"]);

/** The database cannot take this backup as it is; nothing was changed. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export interface RestoreProgress {
  table: string;
  rows: number;
  /** The table's rows in the backup. */
  of: number;
}

export interface RestoreOptions {
  /** Delete whatever the database holds first, instead of refusing a database that holds data. */
  replace: boolean;
  progress?: (progress: RestoreProgress) => void;
  /** How many rows between two progress reports within a table. */
  progressEvery?: number;
  /** Each speaker model of the backup, as it is read in the same pass as the rows (restore-command stages them). */
  speaker?: (model: SpeakerModel) => Promise<void>;
}

export interface RestoreSummary {
  rows: Record<string, number>;
  /** Rows of seeded tables that the database already had and kept. */
  keptExisting: Record<string, number>;
  /** Rows a new stack had recorded on its own (no memories or timers), replaced by the backup's. */
  replacedExisting: Record<string, number>;
}

/** Rows in each table that holds any, seeded tables apart. */
export async function occupiedTables(client: ClientBase): Promise<Record<string, number>> {
  const occupied: Record<string, number> = {};
  for (const { table } of await applicationTables(client)) {
    if (seededTables.has(table)) continue;
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${escapeIdentifier(table)}`);
    if (rows[0].n > 0) occupied[table] = rows[0].n;
  }
  return occupied;
}

export function refusalForOccupied(occupied: Record<string, number>): RestoreRefused | undefined {
  const held = Object.entries(occupied)
    .filter(([table]) => toldTables.has(table))
    .map(([table, n]) => `${table}: ${n} row${n === 1 ? "" : "s"}`);
  if (held.length === 0) return undefined;
  return new RestoreRefused(
    `the database already holds data (${held.join(", ")}); restoring into it would mix two histories. ` +
      "Restore into an empty stack, or pass --replace to delete what it holds and restore the backup in its place.",
  );
}

/** Every table and column of the backup must exist here: a backup from newer code cannot go into an older schema. */
function schemaMismatch(backup: TableSection[], here: TableSection[]): RestoreRefused | undefined {
  const columnsHere = new Map(here.map((t) => [t.table, new Set(t.columns)]));
  const missing: string[] = [];
  for (const section of backup) {
    const columns = columnsHere.get(section.table);
    if (columns === undefined) missing.push(`table ${section.table}`);
    else for (const c of section.columns) if (!columns.has(c)) missing.push(`column ${section.table}.${c}`);
  }
  if (missing.length === 0) return undefined;
  return new RestoreRefused(
    `this database's schema lacks ${missing.join(", ")}, which the backup holds: it was taken by a newer version. ` +
      "Restore it with the version of this project that took it (or a later one).",
  );
}

/**
 * The indexes of `table` that no constraint needs, as statements that make them again. pgvector
 * adds rows to an HNSW index one by one at about 120 rows/s on the test machine (a 5,000-memory
 * restore took 39 s), while building it once over the loaded table is many times faster; unique and
 * primary-key indexes stay, since they check the load.
 */
async function detachableIndexes(client: ClientBase, table: string): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [escapeIdentifier(table)],
  );
  return rows;
}

// For the index builds after the load, this transaction only: pgvector builds an HNSW graph in
// memory up to this size (100,000 512-dimension vectors need about 250 MB) and much more slowly beyond.
const indexBuildMemory = "512MB";

async function write(stream: NodeJS.WritableStream, chunk: Buffer): Promise<void> {
  // events.once rejects when the stream errors while we wait, so a failed COPY cannot hang the restore.
  if (!stream.write(chunk)) await once(stream as unknown as NodeJS.EventEmitter, "drain");
}

/**
 * Loads a checked backup in one transaction on `client` (a role that owns the tables: the
 * migration role): every table locked against the running agents, the schema and emptiness
 * checked, each table loaded with COPY, the file's checksum checked again at its end. Anything
 * that fails rolls the whole transaction back, so the database is as it was.
 */
export async function restoreBackup(client: ClientBase, file: string, checked: CheckedBackup, options: RestoreOptions): Promise<RestoreSummary> {
  const summary: RestoreSummary = { rows: {}, keptExisting: {}, replacedExisting: {} };
  const every = options.progressEvery ?? 10_000;
  await client.query("BEGIN");
  try {
    const here = await applicationTables(client);
    const mismatch = schemaMismatch(checked.header.tables, here);
    if (mismatch) throw mismatch;
    await client.query(`LOCK TABLE ${here.map((t) => escapeIdentifier(t.table)).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    if (options.replace) {
      await client.query(`TRUNCATE ${here.map((t) => escapeIdentifier(t.table)).join(", ")}`);
    } else {
      const occupied = await occupiedTables(client);
      const refusal = refusalForOccupied(occupied);
      if (refusal) throw refusal;
      if (Object.keys(occupied).length > 0) {
        const replaceable = here.map((t) => t.table).filter((t) => !seededTables.has(t));
        await client.query(`TRUNCATE ${replaceable.map(escapeIdentifier).join(", ")}`);
        summary.replacedExisting = occupied;
      }
    }

    await client.query(`SET LOCAL maintenance_work_mem = '${indexBuildMemory}'`);
    let copy: NodeJS.WritableStream | undefined;
    let staging: string | undefined;
    let detached: { name: string; definition: string }[] = [];
    let copyFailure: Error | undefined;
    let current = "";
    let rows = 0;
    let of = 0;
    await readBackup(file, {
      async table(section) {
        current = section.table;
        of = checked.trailer.rows[section.table] ?? 0;
        rows = 0;
        const { rows: existing } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${escapeIdentifier(section.table)}) AS any`);
        staging = existing[0].any ? `restore_${section.table}` : undefined;
        detached = staging === undefined ? await detachableIndexes(client, section.table) : [];
        for (const index of detached) await client.query(`DROP INDEX ${index.name}`);
        if (staging !== undefined) {
          await client.query(
            `CREATE TEMP TABLE ${escapeIdentifier(staging)} ON COMMIT DROP AS SELECT ${columnList(section)} FROM ${escapeIdentifier(section.table)} WITH NO DATA`,
          );
        }
        copy = client.query(copyFrom(`COPY ${escapeIdentifier(staging ?? section.table)} (${columnList(section)}) FROM STDIN`));
        // A row the schema refuses fails the COPY at once; the next write or the end reports it.
        copyFailure = undefined;
        copy.on("error", (err: Error) => {
          copyFailure = err;
        });
      },
      async row(line) {
        if (copyFailure) throw copyFailure;
        await write(copy as NodeJS.WritableStream, line);
        rows++;
        if (rows % every === 0) options.progress?.({ table: current, rows, of });
      },
      async tableDone(section, count) {
        const stream = copy as NodeJS.WritableStream;
        stream.end();
        await finished(stream);
        for (const index of detached) await client.query(index.definition);
        if (staging !== undefined) {
          const { rowCount } = await client.query(
            `INSERT INTO ${escapeIdentifier(section.table)} (${columnList(section)})
             SELECT ${columnList(section)} FROM ${escapeIdentifier(staging)} ON CONFLICT DO NOTHING`,
          );
          summary.keptExisting[section.table] = count - (rowCount ?? 0);
        }
        summary.rows[section.table] = count;
        options.progress?.({ table: section.table, rows: count, of: count });
      },
      speaker: options.speaker,
    });
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  }
  // Fresh statistics, so the first searches after a restore get the plans they will have later.
  const restored = checked.header.tables.map((t) => escapeIdentifier(t.table));
  if (restored.length > 0) await client.query(`ANALYZE ${restored.join(", ")}`);
  return summary;
}
