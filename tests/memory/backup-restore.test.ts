import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Client } from "pg";
import { RunningAgent, startAgent } from "../../agents-src/kit";
import { agent as backupAgent } from "../../agents-src/memory/backup/agent";
import { backupFileName } from "../../agents-src/memory/backup/backup-format";
import { runRestoreCommand } from "../../agents-src/memory/backup/restore-command";
import { mixtureWeightsFromSendump } from "../../agents-src/pc2/model-server/speaker-adaptation";
import { tokenDigest, ensureTokenOwner } from "../../agents-src/memory/identity/device-tokens";
import { actingAs, internalCredential } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase, withAdmin } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { api, startMemoryOrchestrator, unreachableUrl } from "../support/memory-services";
import { runFromSource } from "../support/source-command";
import { startModelServer } from "../pc2/support/model-server";
import { basis } from "./vectors";

const model = "test-basis";
const scratch: TestDatabase[] = [];
const dirs: string[] = [];
let source: TestDatabase;
let sql: Client;
let orchestrator: RunningAgent<unknown>;
const stored: Array<{ id: string; userId: string; content: string }> = [];
/** pc2's speakers directory of the stack backed up: alice and bob enrolled. */
let speakersSource: string;

// Text that a careless dump or load would change: quotes, a backslash, a tab and a newline, a
// COPY end marker on a line of its own, non-ASCII.
const memories = [
  { userId: "alice", content: 'Alice\'s spare key is under the "blue" flowerpot', axis: 0 },
  { userId: "alice", content: "Path on the NAS: C:\\photos\\2026\tand\nsecond line", axis: 1 },
  { userId: "alice", content: "A line that is only\n\\.\nand goes on", axis: 2 },
  { userId: "bob", content: "Bob's dentist is Dr. Müller, Tuesday at 9 — bring the card", axis: 3 },
  { userId: "bob", content: "Bob prefers oat milk ☕", axis: 4 },
];

async function newDatabase(label: string): Promise<TestDatabase> {
  const db = await createTestDatabase(label);
  scratch.push(db);
  return db;
}

async function newDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "voice-backups-"));
  dirs.push(dir);
  return dir;
}

const baseModel = "/usr/share/pocketsphinx/model/en-us/en-us";

/**
 * A speaker model laid out as adaptSpeakerModel writes it (speaker-adaptation.ts): the adapted
 * means, variances, mixture_weights and transition_matrices, and mdef, feat.params and noisedict
 * copied from the base model. The numbers are the base model's (an adaptation that moved nothing),
 * with one mean changed per `variant` so that two users' models differ; bw is not run, which
 * would take a core for seconds per user.
 */
async function writeSpeakerModel(speakersDir: string, user: string, variant: number): Promise<void> {
  const folder = join(speakersDir, user);
  await mkdir(folder, { recursive: true });
  for (const file of ["variances", "transition_matrices", "mdef", "feat.params", "noisedict"]) await copyFile(join(baseModel, file), join(folder, file));
  const means = await readFile(join(baseModel, "means"));
  means.writeFloatLE(means.readFloatLE(means.length - 4) + variant, means.length - 4);
  await writeFile(join(folder, "means"), means);
  await writeFile(join(folder, "mixture_weights"), mixtureWeightsFromSendump(await readFile(join(baseModel, "sendump"))));
}

/** Every file under `dir` with its bytes' SHA-256, hidden ones included; {} when it is missing. */
async function tree(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return found;
}

/** The users' folders of a speakers directory as they would be restored: alice's and bob's from the source. */
async function enrolledTree(): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await tree(speakersSource)).filter(([path]) => /^(alice|bob)\//.test(path)));
}

/** A backup's text with `edit` applied to everything before its END line, and the END line's checksum made to match again. */
function rewritten(text: string, edit: (body: string) => string): Buffer {
  const end = text.lastIndexOf("END ");
  const body = edit(text.slice(0, end));
  const trailer = { ...JSON.parse(text.slice(end + 4)), sha256: createHash("sha256").update(body).digest("hex") };
  return gzipSync(`${body}END ${JSON.stringify(trailer)}\n`);
}

async function rows(url: string, query: string, params: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, params)).rows;
  } finally {
    await client.end();
  }
}

/** Every row of every application table as PostgreSQL prints it (generated columns and vectors included), table by table. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const tables = await rows(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'pgmigrations' ORDER BY 1");
  const all: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    all[tablename] = (await rows(url, `SELECT t::text AS row FROM ${tablename} t ORDER BY 1`)).map((r) => r.row);
  }
  return all;
}

/** Everything a restore could change: tables, columns, the ledger, and the rows. */
async function databaseState(url: string): Promise<string> {
  const schema = await rows(url, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2");
  return JSON.stringify([schema, schema.length > 0 ? await contents(url) : {}]);
}

/** The command in this process: for what it refuses before it loads node-pg-migrate. */
async function restoreHere(args: string[], url: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runRestoreCommand(args, { MIGRATION_DATABASE_URL: url, ...env }, { line: (t) => (out += `${t}\n`), error: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/**
 * `npm run restore -- ...args` in its own process, as a user runs it (node-pg-migrate, an ES module,
 * cannot load inside jest); by default into a new, empty speakers directory.
 */
async function restore(args: string[], url: string, env?: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const { code, stdout, stderr } = await runFromSource("scripts/restore.ts", args, env ?? { MIGRATION_DATABASE_URL: url, STT_SPEAKER_MODELS_DIR: join(await newDir(), "speakers") });
  return { code, out: stdout, err: stderr };
}

function startBackupAgent(databaseUrl: string, dir: string, env: Record<string, string> = {}): Promise<RunningAgent<unknown>> {
  return startAgent(backupAgent, {
    SERVICE_NAME: "backup",
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    BACKUP_DIR: dir,
    // No user enrolled unless a test says otherwise: a missing directory holds no speaker models.
    STT_SPEAKER_MODELS_DIR: join(dir, "no-speakers"),
    INTERNAL_TOKEN_FILE: internalCredential().file,
    ...env,
  });
}

const takeBackup = (agent: RunningAgent<unknown>) => api(agent.url, "POST", "/v1/backups", undefined, internalCredential().headers);

beforeAll(async () => {
  source = await newDatabase("backup_source");
  await migrate(source.url);
  sql = new Client({ connectionString: source.url });
  await sql.connect();
  orchestrator = await startMemoryOrchestrator(source.url, await unreachableUrl(), { INTERNAL_TOKEN_FILE: internalCredential().file });
  for (const m of memories) {
    const created = await api(orchestrator.url, "POST", "/v1/memories", { content: m.content, type: "fact", userId: m.userId, tags: ["t1", "quote\"d"], embedding: { model, vector: basis(m.axis) } }, actingAs(m.userId));
    expect(created.status).toBe(201);
    stored.push({ id: created.body.id, userId: m.userId, content: m.content });
  }
  // A row in every other table the migrations make, so that the round trip covers each of them.
  await ensureTokenOwner(sql, "alice", "phone", tokenDigest("alice-phone-token-0123456789abcdef"));
  await ensureTokenOwner(sql, "bob", "kitchen", tokenDigest("bob-kitchen-token-0123456789abcdef"));
  const session = (await sql.query("INSERT INTO sessions (user_id, turn_count, summary) VALUES ('alice', 1, 'asked about keys') RETURNING id")).rows[0].id;
  await sql.query("INSERT INTO turns (session_id, seq, role, content, metadata, token_estimate) VALUES ($1, 1, 'user', 'where is my key?', '{\"lang\": \"en\"}', 5)", [session]);
  await sql.query("INSERT INTO dream_cycles (trigger, status, finished_at, counts) VALUES ('idle', 'finished', now(), '{\"merged\": 1}')");
  await sql.query("INSERT INTO dream_memory_checks (memory_id, kind, fingerprint) VALUES ($1, 'duplicates', 'fp')", [stored[0].id]);
  await sql.query("INSERT INTO dream_decay_passes (last_memory_id) VALUES ($1)", [stored[1].id]);
  await sql.query("INSERT INTO timers (user_id, kind, label, duration_ms, due_at) VALUES ('bob', 'timer', 'pasta', 600000, now() + interval '10 minutes')");

  speakersSource = await newDir();
  await writeSpeakerModel(speakersSource, "alice", 1);
  await writeSpeakerModel(speakersSource, "bob", 2);
  // pc2's work in progress (an enrolment adapting) and a folder without means are no user's model.
  await writeSpeakerModel(join(speakersSource, ".adapting-0b5e"), "carol", 3);
  await mkdir(join(speakersSource, "dave"));
  await writeFile(join(speakersSource, "dave", "mdef"), "");
}, 60_000);

afterAll(async () => {
  await orchestrator?.close();
  await sql?.end();
  for (const db of scratch) await db.drop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  await releaseTestServer();
}, 120_000);

describe("a backup restores into an empty database", () => {
  let file: string;
  let agent: RunningAgent<unknown>;
  /** The speakers directory the first restore wrote. */
  let restoredSpeakers: string;

  beforeAll(async () => {
    agent = await startBackupAgent(source.url, await newDir(), { STT_SPEAKER_MODELS_DIR: speakersSource });
    const taken = await takeBackup(agent);
    expect(taken.status).toBe(201);
    file = taken.body.path;
    expect(taken.body.rows).toMatchObject({ memories: memories.length, users: 2, device_tokens: 2, sessions: 1, turns: 1, timers: 1 });
    expect(taken.body.speakers).toBe(2);
  });
  afterAll(async () => agent?.close());

  it("is readable by its owner only, as before speaker models were in it", async () => {
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("brings back every table word for word, and the orchestrator reads each user's memories and vectors", async () => {
    const target = await newDatabase("backup_target");
    // A new host: not even the speakers directory exists yet.
    const speakers = join(await newDir(), "speakers");
    restoredSpeakers = speakers;
    const restored = await restore([file], target.url, { MIGRATION_DATABASE_URL: target.url, STT_SPEAKER_MODELS_DIR: speakers });
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`checking ${file}`);
    expect(restored.out).toContain("\nspeaker models of 2 users\n");
    expect(restored.out).toMatch(/schema created in .* \(\d+ migrations\)/);
    expect(restored.out).toContain(`  memories: ${memories.length}/${memories.length} rows`);
    expect(restored.out).toMatch(/\nrestored 15 rows into t_backup_target_\w+ on 127.0.0.1:\d+ in \d+\.\d s\n/);
    expect(restored.out).toMatch(new RegExp(`\nspeaker models of 2 users restored into ${speakers}\nrestart pc2 to hear them with their own models .*\n$`));

    // Alice's and bob's folders byte for byte; pc2's unfinished work and a folder without means were no one's model.
    expect(await tree(speakers)).toEqual(await enrolledTree());
    expect(Object.keys(await enrolledTree())).toHaveLength(14);
    expect((await readdir(speakers)).sort()).toEqual(["alice", "bob"]);
    expect((await stat(join(speakers, "alice"))).mode & 0o777).toBe(0o700);
    expect((await stat(join(speakers, "alice", "means"))).mode & 0o777).toBe(0o600);

    const expected = await contents(source.url);
    expect(Object.keys(expected).sort()).toEqual(["device_tokens", "dream_cycles", "dream_decay_passes", "dream_memory_checks", "memories", "sessions", "timers", "turns", "users"]);
    expect(await contents(target.url)).toEqual(expected);
    // The indexes the restore dropped for the load are back, exactly as the migrations made them.
    const indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1";
    expect(await rows(target.url, indexes)).toEqual(await rows(source.url, indexes));

    const reader = await startMemoryOrchestrator(target.url, await unreachableUrl(), { INTERNAL_TOKEN_FILE: internalCredential().file });
    try {
      for (const m of stored) {
        const got = await api(reader.url, "GET", `/v1/memories/${m.id}`, undefined, actingAs(m.userId));
        expect(got.status).toBe(200);
        expect(got.body.content).toBe(m.content);
        // A user sees only their own: the scope came back with the rows.
        expect((await api(reader.url, "GET", `/v1/memories/${m.id}`, undefined, actingAs(m.userId === "alice" ? "bob" : "alice"))).status).toBe(404);
      }
      const found = await api(reader.url, "POST", "/v1/memories/search", { query: "oat milk", userId: "bob", embedding: { model, vector: basis(4) } }, actingAs("bob"));
      expect(found.body.results[0]).toMatchObject({ content: "Bob prefers oat milk ☕", matchedBy: ["fulltext", "vector"], similarity: expect.closeTo(1, 5) });
    } finally {
      await reader.close();
    }
  });

  it("gives pc2, started on the restored speakers directory, alice's and bob's voices back", async () => {
    const pc2 = await startModelServer({ STT_SPEAKER_MODELS_DIR: restoredSpeakers });
    try {
      const status = async (userId: string) => (await (await fetch(`${pc2.url}/v1/speaker-enrolment`, { headers: { "x-voice-user": userId } })).json()) as { status: string };
      expect(await status("alice")).toMatchObject({ status: "ready" });
      expect(await status("bob")).toMatchObject({ status: "ready" });
      expect(await status("carol")).toMatchObject({ status: "none" });
    } finally {
      await pc2.close();
    }
  }, 90_000);

  it("merges into the first user and device token that db-setup gave a new stack", async () => {
    const target = await newDatabase("backup_seeded");
    await migrate(target.url);
    const tokenDigestOfNewStack = tokenDigest("the-new-stacks-first-token-0123456789");
    await rows(target.url, "INSERT INTO users (id) VALUES ('owner')");
    await rows(target.url, "INSERT INTO device_tokens (user_id, device, token_sha256) VALUES ('owner', 'first device', $1)", [tokenDigestOfNewStack]);
    const restored = await restore([file], target.url);
    expect(restored.err).toBe("");
    expect(restored.out).toContain("schema of ");
    expect(restored.out).toContain("is up to date");
    const users = (await rows(target.url, "SELECT id FROM users ORDER BY id")).map((r) => r.id);
    expect(users).toEqual(["alice", "bob", "owner"]);
    expect((await rows(target.url, "SELECT count(*)::int AS n FROM device_tokens WHERE token_sha256 = $1", [tokenDigestOfNewStack]))[0].n).toBe(1);
    expect((await contents(target.url)).memories).toEqual((await contents(source.url)).memories);
  });

  it("replaces what a new stack recorded on its own (a dream cycle, a first question) and says so", async () => {
    const target = await newDatabase("backup_new_stack");
    await migrate(target.url);
    await rows(target.url, "INSERT INTO dream_cycles (trigger) VALUES ('idle')");
    const [session] = await rows(target.url, "INSERT INTO sessions (user_id) VALUES ('owner') RETURNING id");
    await rows(target.url, "INSERT INTO turns (session_id, seq, role, content, token_estimate) VALUES ($1, 1, 'user', 'where is my bike', 4)", [session.id]);
    const restored = await restore([file], target.url);
    expect(restored.err).toBe("");
    expect(restored.out).toMatch(/\(the new stack's own records replaced: dream_cycles 1, sessions 1, turns 1\)\n/);
    expect(await rows(target.url, "SELECT 1 FROM turns WHERE content = 'where is my bike'")).toEqual([]);
    expect((await contents(target.url)).memories).toEqual((await contents(source.url)).memories);
  });

  it("refuses a database that holds memories and changes nothing; --replace puts the backup in its place", async () => {
    const target = await newDatabase("backup_occupied");
    await migrate(target.url);
    await rows(target.url, "INSERT INTO memories (content, type, fingerprint, user_id) VALUES ('carol keeps this', 'fact', 'carol', 'carol')");
    const before = await databaseState(target.url);
    const refused = await restore([file], target.url);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      "restore: the database already holds data (memories: 1 row); restoring into it would mix two histories. " +
        "Restore into an empty stack, or pass --replace to delete what it holds and restore the backup in its place.\nnothing was changed\n",
    );
    expect(await databaseState(target.url)).toBe(before);

    // Without a URL in the environment, `npm run restore` takes the database `npm start` runs.
    const stateDir = await newDir();
    await writeFile(join(stateDir, "database-url"), `${target.url}\n`);
    const viaLauncher = await restore([file], target.url, { LAUNCHER_DATA_DIR: stateDir });
    expect(viaLauncher.code).toBe(1);
    expect(viaLauncher.err).toContain("the database already holds data (memories: 1 row)");
    expect(await databaseState(target.url)).toBe(before);
    // Nor were the speaker models written into that stack's .data/speakers.
    expect(await readdir(stateDir)).toEqual(["database-url"]);

    const replaced = await restore([file, "--replace"], target.url);
    expect(replaced.err).toBe("");
    expect(replaced.code).toBe(0);
    expect(await contents(target.url)).toEqual(await contents(source.url));
  }, 120_000);

  it.each([
    ["truncated to half", async (f: string) => truncate(f, Math.floor((await readFile(f)).length / 2)), /gzip: unexpected end of file/],
    ["with a damaged byte", async (f: string) => {
      const bytes = await readFile(f);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      await writeFile(f, bytes);
      // Most of the file is speaker models now: inflate may hand on wrong bytes that a model file's
      // base64 check or its SHA-256 catches before gzip's CRC. Which one depends on the byte each
      // run's models put there; every one refuses the file and changes nothing.
    }, /gzip: |does not match its SHA-256|is not base64/],
    ["with one memory's text altered and gzipped again", async (f: string) => {
      const text = gunzipSync(await readFile(f)).toString("utf8").replace("oat milk", "soy milk");
      await writeFile(f, gzipSync(text));
    }, /its checksum does not match its content/],
    ["cut after a table, gzipped again", async (f: string) => {
      const text = gunzipSync(await readFile(f)).toString("utf8");
      await writeFile(f, gzipSync(text.slice(0, text.indexOf("\\.\n") + 3)));
    }, /it ends before table .* \(truncated\?\)/],
    ["not a backup at all", async (f: string) => writeFile(f, "hello\n"), /gzip: incorrect header check/],
  ])("refuses a file %s and leaves the database untouched", async (_what, damage, reason) => {
    const bad = join(await newDir(), "damaged.backup.gz");
    await copyFile(file, bad);
    await damage(bad);
    const target = await newDatabase("backup_bad");
    const before = await databaseState(target.url);
    const result = await restoreHere([bad], target.url);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^restore: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a usable backup: `));
    expect(result.err).toMatch(reason);
    expect(result.err).toMatch(/nothing was changed\n$/);
    // Not even the migrations ran: the file is checked before the database is touched.
    expect(await databaseState(target.url)).toBe(before);
  });

  it("rolls everything back when the schema refuses a row of an intact file", async () => {
    // A well-formed file (checksum recomputed) whose memory breaks a CHECK: importance must lie in 0..1.
    const text = gunzipSync(await readFile(file)).toString("utf8");
    const bad = join(await newDir(), "refused-row.backup.gz");
    await writeFile(
      bad,
      rewritten(text, (body) => {
        const altered = body.replace(/(\tfact\t)0\.5(\t)/, "$15$2");
        expect(altered).not.toBe(body);
        return altered;
      }),
    );

    const target = await newDatabase("backup_rollback");
    await migrate(target.url);
    const before = await databaseState(target.url);
    const speakers = await newDir();
    const result = await restore([bad], target.url, { MIGRATION_DATABASE_URL: target.url, STT_SPEAKER_MODELS_DIR: speakers });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^restore failed: new row for relation "memories" violates check constraint "memories_importance_check"\nnothing was changed\n$/);
    expect(await databaseState(target.url)).toBe(before);
    // The folder where the speaker models were staged before the load went with it: nothing in the speakers directory.
    expect(await readdir(speakers)).toEqual([]);
    expect(await rows(target.url, "SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'memories_embedding_512_idx'")).toEqual([{ n: 1 }]);
  });

  it("says how to call it", async () => {
    expect(await restoreHere([], "postgres://x@127.0.0.1/x")).toMatchObject({ code: 2, err: expect.stringContaining("usage: restore FILE [--replace]") });
    let err = "";
    expect(await runRestoreCommand([file], {}, { line: () => undefined, error: (t) => (err += t) })).toBe(2);
    expect(err).toContain("MIGRATION_DATABASE_URL: set MIGRATION_DATABASE_URL (or DATABASE_URL");
  });
});

describe("speaker models in a backup", () => {
  let file: string;
  let text: string;

  beforeAll(async () => {
    const agent = await startBackupAgent(source.url, await newDir(), { STT_SPEAKER_MODELS_DIR: speakersSource });
    try {
      file = (await takeBackup(agent)).body.path;
    } finally {
      await agent.close();
    }
    text = gunzipSync(await readFile(file)).toString("utf8");
  });

  it("keeps a model that a user already has in the speakers directory, and restores the others", async () => {
    const target = await newDatabase("backup_speakers_kept");
    const speakers = await newDir();
    await writeSpeakerModel(speakers, "alice", 9);
    const alicesOwn = await tree(speakers);
    const restored = await restore([file], target.url, { MIGRATION_DATABASE_URL: target.url, STT_SPEAKER_MODELS_DIR: speakers });
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`\nspeaker models of 1 user restored into ${speakers} (already there and kept: alice)\n`);
    const bobs = Object.fromEntries(Object.entries(await enrolledTree()).filter(([path]) => path.startsWith("bob/")));
    expect(await tree(speakers)).toEqual({ ...alicesOwn, ...bobs });
  });

  it("refuses to restore them without a speakers directory to put them in, and changes nothing", async () => {
    const target = await newDatabase("backup_speakers_nowhere");
    const before = await databaseState(target.url);
    const result = await restoreHere([file], target.url);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "restore: the backup holds speaker models: set STT_SPEAKER_MODELS_DIR to pc2's speakers directory (in Docker, mount the speakers volume; docs/backups.md)\nnothing was changed\n",
    );
    expect(await databaseState(target.url)).toBe(before);
  });

  it("restores a backup taken before speaker models were backed up, and says that none were in it", async () => {
    // The format before this change (backup-format.ts, version 1): the same header and tables,
    // no SPEAKER sections, an END line with the rows and the checksum only.
    const body = text.slice(0, text.indexOf("\nSPEAKER ") + 1).replace(/^VOICE-MEMORY-BACKUP 2\n/, "VOICE-MEMORY-BACKUP 1\n");
    const { rows: rowCounts } = JSON.parse(text.slice(text.lastIndexOf("END ") + 4));
    const old = join(await newDir(), "memories-2026-12-01T00-00-00.000Z.backup.gz");
    await writeFile(old, gzipSync(`${body}END ${JSON.stringify({ rows: rowCounts, sha256: createHash("sha256").update(body).digest("hex") })}\n`), { mode: 0o600 });

    const target = await newDatabase("backup_version_1");
    // Run as before this change: no speakers directory named.
    const restored = await restore([old], target.url, { MIGRATION_DATABASE_URL: target.url });
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(
      "\nno speaker models in it: the backup is from before they were backed up; users who had enrolled their voice enrol again\n",
    );
    expect(restored.out).not.toContain("restart pc2");
    expect(await contents(target.url)).toEqual(await contents(source.url));
  });

  it("says so when no user had enrolled their voice", async () => {
    const agent = await startBackupAgent(source.url, await newDir());
    const taken = await takeBackup(agent).finally(() => agent.close());
    expect(taken.body.speakers).toBe(0);
    const result = await restoreHere([taken.body.path], "postgres://nobody@127.0.0.1:1/none");
    // The file is read and described before the (here unreachable) database is.
    expect(result.out).toContain("\nno speaker models in it: no user had enrolled their voice\n");
  });

  const alicesMeans = (body: string): { start: number; end: number } => {
    const start = body.indexOf("\n", body.indexOf('SPEAKER {"user":"alice"')) + 1;
    // Files are listed (and written) in name order: feat.params, mdef, means, ...; means is the third block.
    let at = start;
    for (let block = 0; block < 2; block++) at = body.indexOf("\n\\.\n", at) + 4;
    return { start: at, end: body.indexOf("\n", at) };
  };

  it.each<[string, (text: string) => Buffer, RegExp]>([
    [
      "one byte of alice's means changed, the END checksum made to match",
      (t) => rewritten(t, (body) => {
        const { start } = alicesMeans(body);
        return body.slice(0, start + 10) + (body[start + 10] === "A" ? "B" : "A") + body.slice(start + 11);
      }),
      /the speaker model of user alice, file means does not match its SHA-256 \(altered or damaged\)/,
    ],
    [
      "bob's model given to another user, every file intact",
      (t) => gzipSync(t.replace('SPEAKER {"user":"bob"', 'SPEAKER {"user":"eve"')),
      /its checksum does not match its content \(altered or damaged\)/,
    ],
    [
      "a line of alice's means left out, the END checksum made to match",
      (t) => rewritten(t, (body) => {
        const { start, end } = alicesMeans(body);
        return body.slice(0, start) + body.slice(end + 1);
      }),
      /the speaker model of user alice, file means has \d+ bytes, not its 838732/,
    ],
    [
      "a user id that leaves the speakers directory, the END checksum made to match",
      (t) => rewritten(t, (body) => body.replace('SPEAKER {"user":"bob"', 'SPEAKER {"user":"../bob"')),
      /its speaker line \d+ is malformed: user /,
    ],
    [
      "a file name that leaves the user's folder, the END checksum made to match",
      (t) => rewritten(t, (body) => body.replace('"name":"noisedict"', '"name":"../noisedict"')),
      /its speaker line \d+ is malformed: files\.\d+\.name /,
    ],
  ])("refuses a file with %s: nothing written, not even the schema", async (_what, damage, reason) => {
    const bad = join(await newDir(), "damaged.backup.gz");
    await writeFile(bad, damage(text));
    const target = await newDatabase("backup_bad_speaker");
    const before = await databaseState(target.url);
    const speakers = join(await newDir(), "speakers");
    const result = await restoreHere([bad], target.url, { STT_SPEAKER_MODELS_DIR: speakers });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^restore: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a usable backup: `));
    expect(result.err).toMatch(reason);
    expect(result.err).toMatch(/nothing was changed\n$/);
    expect(await databaseState(target.url)).toBe(before);
    expect(await tree(join(speakers, ".."))).toEqual({});
    expect(await readdir(join(speakers, ".."))).toEqual([]);
  });
});

describe("the backup service", () => {
  it("takes one backup at start, keeps the newest BACKUP_KEEP, and lists them", async () => {
    const dir = await newDir();
    const agent = await startBackupAgent(source.url, dir, { BACKUP_KEEP: "2" });
    try {
      const taken = [];
      for (let i = 0; i < 3; i++) taken.push((await takeBackup(agent)).body.file);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(taken.slice(1).sort());
      const listed = await api(agent.url, "GET", "/v1/backups", undefined, internalCredential().headers);
      expect(listed.body.backups.map((b: { file: string }) => b.file)).toEqual([taken[2], taken[1]]);
      const ready = await api(agent.url, "GET", "/ready", undefined, {});
      expect(ready.status).toBe(200);
      expect(ready.body.checks.backup.detail).toMatchObject({ newest: taken[2] });
      const metrics = await (await fetch(`${agent.url}/metrics`)).text();
      expect(metrics).toMatch(/^backup_files\{service="backup"\} 2$/m);
      expect(metrics).toMatch(/^backup_failures_total\{service="backup"\} 0$/m);
      expect(metrics).toMatch(/^backup_last_size_bytes\{service="backup"\} [1-9]\d*$/m);
      expect(metrics).toMatch(new RegExp(`^backup_last_success_timestamp_seconds\\{service="backup"\\} ${Math.floor(listed.body.backups[0].takenAt && Date.parse(listed.body.backups[0].takenAt) / 1000)}`, "m"));
    } finally {
      await agent.close();
    }
  });

  it("reports a failed run on /ready and in metrics, and leaves the backups it had alone", async () => {
    const good = await newDir();
    const seed = await startBackupAgent(source.url, good);
    const first = (await takeBackup(seed)).body;
    await seed.close();
    const dir = await newDir();
    // A recent good backup, so that the agent starts ready and does not run at once.
    const kept = backupFileName(new Date());
    await copyFile(first.path, join(dir, kept));
    const agent = await startBackupAgent(await unreachableUrl().then((u) => u.replace("http", "postgres") + "/voice"), dir, { BACKUP_KEEP: "1" });
    try {
      expect((await api(agent.url, "GET", "/ready", undefined, {})).status).toBe(200);
      const failed = await takeBackup(agent);
      expect(failed.status).toBe(503);
      expect(failed.body.error.message).toMatch(/^backup failed: .*ECONNREFUSED/);
      const ready = await api(agent.url, "GET", "/ready", undefined, {});
      expect(ready.status).toBe(503);
      expect(ready.body.checks.backup.detail).toMatch(/^the last backup failed at \d{4}-.*Z: .*ECONNREFUSED/);
      const metrics = await (await fetch(`${agent.url}/metrics`)).text();
      expect(metrics).toMatch(/^backup_failures_total\{service="backup"\} 1$/m);
      expect(metrics).toMatch(/^backup_last_run_failed\{service="backup"\} 1$/m);
      expect(await readdir(dir)).toEqual([kept]);
    } finally {
      await agent.close();
    }
  });

  it("removes the temporary file of a run that fails part way through", async () => {
    // A role that may read every table but the last one in load order: the file is well under way when the run fails.
    const role = `backup_reader_${source.name}`;
    await withAdmin(async (admin) => {
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
      await admin.query(`REVOKE SELECT ON turns FROM ${role}`);
    }, source.name);
    const dir = await newDir();
    const agent = await startBackupAgent(source.urlAs(role), dir);
    try {
      const failed = await takeBackup(agent);
      expect(failed.status).toBe(503);
      expect(failed.body.error.message).toBe("backup failed: permission denied for table turns");
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await agent.close();
      await withAdmin(async (admin) => {
        await admin.query(`DROP OWNED BY ${role}`);
        await admin.query(`DROP ROLE ${role}`);
      }, source.name);
    }
  });

  it("fails rather than leave the voices out when the speakers directory cannot be read", async () => {
    const dir = await newDir();
    // Not a directory: readdir fails as it would on a mount the service may not read (the tests run as root, which chmod does not stop).
    const notADirectory = join(dir, "speakers-file");
    await writeFile(notADirectory, "");
    const agent = await startBackupAgent(source.url, dir, { STT_SPEAKER_MODELS_DIR: notADirectory });
    try {
      const failed = await takeBackup(agent);
      expect(failed.status).toBe(503);
      expect(failed.body.error.message).toMatch(/^backup failed: ENOTDIR: not a directory, scandir /);
      expect(await readdir(dir)).toEqual(["speakers-file"]);
    } finally {
      await agent.close();
    }
  });

  it("takes every table from one snapshot while memories and sessions are being written", async () => {
    const db = await newDatabase("backup_busy");
    await migrate(db.url);
    // Enough rows that the COPY of memories takes a while, so that writes land during the backup.
    await rows(db.url, "INSERT INTO memories (content, type, fingerprint, user_id) SELECT 'filler ' || g, 'note', 'f' || g, 'dave' FROM generate_series(1, 30000) g");
    const writer = new Client({ connectionString: db.url });
    await writer.connect();
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        // memories is copied before sessions: separate snapshots would find more sessions than pairs.
        await writer.query("BEGIN");
        await writer.query("INSERT INTO memories (content, type, fingerprint, user_id) VALUES ('pair', 'note', 'pair', 'erin')");
        await writer.query("INSERT INTO sessions (user_id) VALUES ('erin')");
        await writer.query("COMMIT");
        written++;
      }
    })();
    const dir = await newDir();
    const agent = await startBackupAgent(db.url, dir);
    const taken = await takeBackup(agent);
    writing = false;
    await writes;
    await writer.end();
    await agent.close();
    expect(taken.status).toBe(201);
    expect(written).toBeGreaterThan(0);
    const target = await newDatabase("backup_busy_target");
    expect((await restore([taken.body.path], target.url)).code).toBe(0);
    const [{ pairs }] = await rows(target.url, "SELECT count(*)::int AS pairs FROM memories WHERE content = 'pair'");
    const [{ sessions }] = await rows(target.url, "SELECT count(*)::int AS sessions FROM sessions");
    expect(sessions).toBe(pairs);
  });
});
