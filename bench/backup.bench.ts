/**
 * Backup and restore figures (issue 22): a database of N memories (100,000 by default, over 100
 * users, each with a 512-dimension embedding like pc2's default model's) is backed up by the
 * backup service's writer, the file is checked as a restore checks it, and it is restored into
 * fresh databases by the restore command (migrations, then every row, HNSW index kept up to date).
 *
 *   npm run bench:backup                          # 100,000 memories, 3 runs of each
 *   BENCH_MEMORIES=20000 BENCH_RUNS=5 BENCH_RESTORE_RUNS=1 npm run bench:backup
 *
 * Uses $DATABASE_URL's server (a superuser URL; throwaway databases are created and dropped) or,
 * when unset, a private PostgreSQL like the tests do. The vectors are random numbers rounded to 6
 * decimals; a real model's print with up to 9 significant digits, so its files may be larger.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { readBackup } from "../agents-src/memory/backup/read-backup";
import { runRestoreCommand } from "../agents-src/memory/backup/restore-command";
import { writeBackup } from "../agents-src/memory/backup/write-backup";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../tests/support/database";
import { migrate } from "../tests/support/db-setup-process";

const total = Number(process.env.BENCH_MEMORIES ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** A restore of 100,000 memories takes minutes, most of it building the HNSW index. */
const restoreRuns = Number(process.env.BENCH_RESTORE_RUNS ?? runs);
const users = 100;
const insertBatch = 5000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

async function fill(url: string): Promise<void> {
  const sql = new Client({ connectionString: url });
  await sql.connect();
  try {
    // Filled without the HNSW index, which is built once at the end, as a restore does.
    const { rows: hnsw } = await sql.query<{ definition: string }>("SELECT indexdef AS definition FROM pg_indexes WHERE indexname = 'memories_embedding_512_idx'");
    await sql.query("DROP INDEX memories_embedding_512_idx");
    for (let from = 1; from <= total; from += insertBatch) {
      const to = Math.min(total, from + insertBatch - 1);
      // The correlated subquery gives every row its own vector.
      await sql.query(
        `INSERT INTO memories (content, type, fingerprint, user_id, tags, embedding, embedding_model, embedding_dimension)
         SELECT 'On day ' || g || ' I met friend number ' || (g % 97) || ' at the market to talk about the garden', 'event',
                md5(g::text), 'user-' || (g % ${users}), ARRAY['friends', 'home'],
                (SELECT array_agg(round((random() * 2 - 1)::numeric, 6)::real) FROM generate_series(1, 512) WHERE g > 0)::vector,
                'bench-random', 512
           FROM generate_series($1::int, $2::int) g`,
        [from, to],
      );
    }
    await sql.query("SET maintenance_work_mem = '512MB'");
    await sql.query(hnsw[0].definition);
    await sql.query("VACUUM ANALYZE memories");
  } finally {
    await sql.end();
  }
}

async function main(): Promise<void> {
  const made: TestDatabase[] = [];
  const dir = await mkdtemp(join(tmpdir(), "bench-backups-"));
  try {
    const source = await createTestDatabase("bench_backup");
    made.push(source);
    await migrate(source.url);
    const [fillMs] = await timed(() => fill(source.url));
    console.log(`source: ${total.toLocaleString("en-US")} memories over ${users} users, 512-dimension embeddings (filled in ${(fillMs / 1000).toFixed(1)} s)`);

    // The rows alone: no user enrolled (a missing speakers directory holds none); each model adds about 12 MB.
    const backupMs: number[] = [];
    let file = "";
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const [ms, written] = await timed(() => writeBackup({ databaseUrl: source.url, dir, speakersDir: join(dir, "no-speakers"), connectTimeoutMs: 5000, timeoutMs: 30 * 60_000 }));
      backupMs.push(ms);
      if (i > 0) await rm(file);
      file = written.path;
      bytes = written.bytes;
    }

    const checkMs: number[] = [];
    for (let i = 0; i < runs; i++) checkMs.push((await timed(() => readBackup(file)))[0]);

    const restoreMs: number[] = [];
    for (let i = 0; i < restoreRuns; i++) {
      const target = await createTestDatabase("bench_restore");
      made.push(target);
      let err = "";
      const [ms, code] = await timed(() =>
        runRestoreCommand([file], { MIGRATION_DATABASE_URL: target.url }, { line: () => undefined, error: (t) => (err += t) }),
      );
      if (code !== 0) throw new Error(`restore failed: ${err}`);
      restoreMs.push(ms);
      await target.drop();
      made.pop();
    }

    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`backup file          : ${(bytes / 1024 / 1024).toFixed(1)} MiB (gzip level 1)`);
    console.log(`backup (one snapshot): median ${s(median(backupMs))} of ${runs}  (${Math.round(total / (median(backupMs) / 1000)).toLocaleString("en-US")} memories/s)`);
    console.log(`file check           : median ${s(median(checkMs))} of ${runs}  (what restore reads before touching the database)`);
    console.log(`restore, empty db    : median ${s(median(restoreMs))} of ${restoreRuns}  (check + migrations + load with indexes + ANALYZE)`);
  } finally {
    for (const db of made) await db.drop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await releaseTestServer();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
