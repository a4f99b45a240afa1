import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { getFreePort } from "../../agents-src/kit";
import { toVectorLiteral } from "../../agents-src/memory/memory-orchestrator/vector-sql";
import { createTestDatabase, releaseTestServer, TestDatabase, uniqueName, withAdmin } from "../support/database";
import { runDbSetup } from "../support/db-setup-process";

const migrationsDir = join(__dirname, "..", "..", "agents-src", "memory", "migrations");

async function query<T extends object>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Everything db-setup could change: tables, columns, indexes, the migration ledger, grants. */
async function schemaSnapshot(url: string): Promise<string> {
  const parts = await Promise.all([
    query(url, "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"),
    query(url, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"),
    query(url, "SELECT to_regclass('pgmigrations') IS NOT NULL AS ledger"),
    query(url, "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants WHERE table_schema = 'public' ORDER BY 1, 2, 3"),
  ]);
  const ledger = (parts[2][0] as { ledger: boolean }).ledger ? await query(url, "SELECT name FROM pgmigrations ORDER BY id") : [];
  return JSON.stringify([...parts, ledger]);
}

afterAll(releaseTestServer);

describe("db-setup", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase("dbsetup");
  });
  afterEach(async () => {
    await db.drop();
  });

  it("creates the schema with its full-text, HNSW and b-tree indexes, then finds nothing to do on a second run", async () => {
    const first = await runDbSetup({ MIGRATION_DATABASE_URL: db.url });
    expect(first.code).toBe(0);

    const indexes = await query<{ indexname: string; indexdef: string }>(db.url, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'memories'");
    const byName = new Map(indexes.map((i) => [i.indexname, i.indexdef]));
    expect(byName.get("memories_search_vector_idx")).toMatch(/USING gin \(search_vector\)/);
    expect(byName.get("memories_embedding_512_idx")).toMatch(/USING hnsw .*vector_cosine_ops/);
    expect(byName.get("memories_user_created_idx")).toMatch(/USING btree \(user_id, created_at DESC\)/);
    const columns = (await query<{ column_name: string }>(db.url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'memories'")).map((c) => c.column_name);
    expect(columns).toEqual(
      expect.arrayContaining([
        "content", "type", "importance", "tags", "source", "session_id", "user_id", "created_at", "updated_at",
        "last_accessed_at", "access_count", "expires_at", "superseded_by", "deleted_at", "embedding",
        "embedding_model", "embedding_dimension", "search_vector",
      ]),
    );
    expect(await query(db.url, "SELECT to_regclass('sessions') AS s, to_regclass('turns') AS t")).toEqual([{ s: "sessions", t: "turns" }]);

    const before = await schemaSnapshot(db.url);
    const second = await runDbSetup({ MIGRATION_DATABASE_URL: db.url });
    expect(second.code).toBe(0);
    expect(second.output).toContain("schema already up to date");
    expect(await schemaSnapshot(db.url)).toBe(before);
  });

  it("keeps a 512-dimension embedding in its row, so a user's exact vector scan reads no TOAST", async () => {
    expect((await runDbSetup({ MIGRATION_DATABASE_URL: db.url })).code).toBe(0);
    const vector = toVectorLiteral(Array.from({ length: 512 }, (_, i) => Number(Math.sin(i + 1).toFixed(6))));
    await query(
      db.url,
      `INSERT INTO memories (content, type, fingerprint, embedding, embedding_model, embedding_dimension)
       VALUES ('inline vector', 'fact', 'inline vector', $1::vector, 'test-model', 512)`,
      [vector],
    );
    const [{ toast }] = await query<{ toast: string }>(db.url, "SELECT reltoastrelid::regclass::text AS toast FROM pg_class WHERE relname = 'memories'");
    expect(await query(db.url, `SELECT count(*)::int AS chunks FROM ${toast}`)).toEqual([{ chunks: 0 }]);
  });

  it("lets concurrent runs wait for one another instead of racing or failing", async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runDbSetup({ MIGRATION_DATABASE_URL: db.url })));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const ledger = await query<{ name: string }>(db.url, "SELECT name FROM pgmigrations");
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith(".sql"));
    expect(ledger.map((m) => `${m.name}.sql`).sort()).toEqual(files.sort());
  });

  it("rolls a failed migration back completely, exits non-zero with the error, and leaves the database as it was", async () => {
    expect((await runDbSetup({ MIGRATION_DATABASE_URL: db.url })).code).toBe(0);
    const before = await schemaSnapshot(db.url);
    const dir = await mkdtemp(join(tmpdir(), "migrations-"));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await writeFile(join(dir, "20991231000000000_add_then_fail.sql"), [
        "-- Up Migration",
        "CREATE TABLE reminders (id serial PRIMARY KEY);",
        "ALTER TABLE memories ADD COLUMN mood text;",
        "SELECT no_such_function();",
      ].join("\n"));
      const failed = await runDbSetup({ MIGRATION_DATABASE_URL: db.url, MIGRATIONS_DIR: dir });
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain("no_such_function");
      expect(await schemaSnapshot(db.url)).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("applies nothing at all when one of several pending migrations fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "migrations-"));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await writeFile(join(dir, "20991231000000000_broken.sql"), "-- Up Migration\nCREATE TABLE broken (;\n");
      const failed = await runDbSetup({ MIGRATION_DATABASE_URL: db.url, MIGRATIONS_DIR: dir });
      expect(failed.code).not.toBe(0);
      expect(await query(db.url, "SELECT to_regclass('memories') AS m, to_regclass('sessions') AS s")).toEqual([{ m: null, s: null }]);
      // node-pg-migrate creates its (empty) ledger before the migrations' transaction begins.
      expect(await query(db.url, "SELECT count(*)::int AS applied FROM pgmigrations")).toEqual([{ applied: 0 }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives up with a non-zero exit after its bounded wait when PostgreSQL never answers", async () => {
    const closedPort = await getFreePort();
    const result = await runDbSetup({
      MIGRATION_DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/postgres`,
      DB_WAIT_TIMEOUT_MS: "1500",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/PostgreSQL not reachable after \d+ attempts in 1500 ms/);
    expect(result.output.match(/waiting for PostgreSQL/g)?.length).toBeGreaterThan(1);
  });
});

describe("db-setup with separate migration and app roles", () => {
  const migrator = uniqueName("migrator");
  const app = uniqueName("app");
  let db: TestDatabase;

  beforeAll(async () => {
    await withAdmin(async (admin) => {
      await admin.query(`CREATE ROLE ${migrator} LOGIN`);
      await admin.query(`CREATE ROLE ${app} LOGIN`);
    });
    db = await createTestDatabase("roles", { owner: migrator, withVector: true });
  });
  afterAll(async () => {
    await db.drop();
    await withAdmin(async (admin) => {
      await admin.query(`DROP ROLE IF EXISTS ${app}`);
      await admin.query(`DROP ROLE IF EXISTS ${migrator}`);
    });
  });

  it("refuses an app role that does not exist before touching the schema", async () => {
    const result = await runDbSetup({ MIGRATION_DATABASE_URL: db.urlAs(migrator), DATABASE_APP_ROLE: "no_such_role" });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("app role no_such_role does not exist");
    expect(await query(db.url, "SELECT to_regclass('memories') AS m")).toEqual([{ m: null }]);
  });

  it("migrates as the migration role and grants the app role row access only", async () => {
    const result = await runDbSetup({ MIGRATION_DATABASE_URL: db.urlAs(migrator), DATABASE_APP_ROLE: app });
    expect(result.code).toBe(0);
    expect(await query(db.url, "SELECT tableowner FROM pg_tables WHERE tablename = 'memories'")).toEqual([{ tableowner: migrator }]);

    const asApp = db.urlAs(app);
    const [inserted] = await query<{ id: string }>(asApp, "INSERT INTO memories (content, type, fingerprint) VALUES ('x', 'fact', 'f') RETURNING id");
    expect(await query(asApp, "UPDATE memories SET importance = 0.9 WHERE id = $1 RETURNING importance", [inserted.id])).toEqual([{ importance: 0.9 }]);
    await expect(query(asApp, "CREATE TABLE intruder (id int)")).rejects.toThrow(/permission denied/);
    await expect(query(asApp, "DROP TABLE memories")).rejects.toThrow(/must be owner/);
    await expect(query(asApp, "ALTER TABLE memories ADD COLUMN x int")).rejects.toThrow(/must be owner/);
    await expect(query(asApp, "SELECT * FROM pgmigrations")).rejects.toThrow(/permission denied/);
  });
});
