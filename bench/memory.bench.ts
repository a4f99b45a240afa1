/**
 * Memory figures (issue 4): load memories in batches through memory-orchestrator's HTTP API,
 * backfill their embeddings with the real pc2 model server, then measure GET and hybrid search
 * latency and the recall of the HNSW index against exact nearest-neighbour search.
 *
 *   npm run bench:memory                  # 100,000 memories
 *   BENCH_MEMORIES=20000 npm run bench:memory
 *
 * Uses $DATABASE_URL's server (a superuser URL; a throwaway database is created and dropped) or,
 * when unset, a private PostgreSQL like the tests do.
 */
import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { Client } from "pg";
import { getFreePort } from "../agents-src/kit";
import { createTestDatabase, releaseTestServer } from "../tests/support/database";
import { migrate } from "../tests/support/db-setup-process";
import { api, eventually, startMemoryOrchestrator } from "../tests/support/memory-services";

const total = Number(process.env.BENCH_MEMORIES ?? 100_000);
/** Distinct sentences: each is stored for several users (a scope holds no copies), and pc2 embeds each once. */
const distinctTexts = Number(process.env.BENCH_DISTINCT_TEXTS ?? 20_000);
const batchSize = 1000;
const insertConcurrency = 2;
const users = 100;
const getSamples = 2000;
const searchSamples = 500;
const recallQueries = 200;
const targets = { insertsPerSecond: 5000, searchP95Ms: 25, recallAt10: 0.95 };

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same memories. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = ["Anna", "Ben", "Carla", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena", "Mara", "Nils", "Olga", "Pavel", "my sister", "my brother", "my mother", "my boss", "the neighbour", "the dentist", "the plumber", "grandpa"];
const actions = ["met", "called", "emailed", "visited", "argued with", "had lunch with", "went hiking with", "borrowed a book from", "paid back", "promised to help", "sent flowers to", "played chess with", "cooked dinner for", "fixed the bike of", "drove to the airport with"];
const places = ["the bakery", "the office", "the train station", "the park", "the gym", "the library", "the beach", "the museum", "the market", "the hospital", "the cinema", "the harbour", "the old town", "the football stadium", "the garden centre"];
const topics = ["the birthday party", "the tax return", "the new apartment", "a job offer", "the summer holiday", "the car repair", "a wedding", "the school project", "the garden", "a concert", "the insurance claim", "a marathon", "the broken dishwasher", "a recipe for lasagne", "the photo album"];
const times = ["on Monday", "on Tuesday morning", "last weekend", "yesterday evening", "in March", "before Christmas", "after work", "at noon", "next Friday", "during the storm"];
const types = ["event", "fact", "preference", "task", "note"];
const tagPool = ["family", "work", "health", "travel", "money", "home", "friends", "hobby", "food", "errand"];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function sentencePool(rand: () => number, size: number): string[] {
  const pool = new Set<string>();
  while (pool.size < size) {
    pool.add(`${pick(rand, people)} ${pick(rand, actions)} me at ${pick(rand, places)} ${pick(rand, times)} to talk about ${pick(rand, topics)}`);
  }
  return [...pool];
}

function queryText(rand: () => number): string {
  return `what did ${pick(rand, people)} say about ${pick(rand, topics)}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latencies(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** pc2 in its own process, as in a deployment: its model's CPU work must not stall the orchestrator. */
function startPc2Process(port: number): ChildProcess {
  const root = join(__dirname, "..");
  return spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(root, "agents-src", "main.ts"), "pc2"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/", SERVICE_NAME: "pc2", HTTP_PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const db = await createTestDatabase("bench");
  const pc2Port = await getFreePort();
  let pc2: ChildProcess | undefined;
  const orchestrator = await startMemoryOrchestrator(db.url, `http://127.0.0.1:${pc2Port}`, {
    // The bench fills embeddings itself (below); the job would compete with it for pc2.
    EMBED_BACKFILL_INTERVAL_MS: String(24 * 3600_000),
    BODY_LIMIT_BYTES: String(8 * 1024 * 1024),
  });
  const sql = new Client({ connectionString: db.url });
  try {
    await migrate(db.url);
    await sql.connect();
    const rand = random(42);
    const perUser = Math.ceil(total / users);
    const texts = sentencePool(rand, Math.max(distinctTexts, perUser));
    console.log(`memory bench: ${total} memories, ${users} users, ${texts.length} distinct texts, batches of ${batchSize}`);

    const batches = Array.from({ length: Math.ceil(total / batchSize) }, (_, b) =>
      Array.from({ length: Math.min(batchSize, total - b * batchSize) }, (_, k) => {
        const i = b * batchSize + k;
        const user = i % users;
        // A user's window of the pool: distinct within the user, shared with a few other users.
        const text = texts[(Math.floor(i / users) + user * 200) % texts.length];
        return {
          content: text,
          type: pick(rand, types),
          importance: Math.round(rand() * 100) / 100,
          tags: [pick(rand, tagPool), pick(rand, tagPool)],
          userId: `user-${user}`,
        };
      }),
    );
    let next = 0;
    const loadMs = await timed(() =>
      Promise.all(
        Array.from({ length: insertConcurrency }, async () => {
          for (let b = next++; b < batches.length; b = next++) {
            const response = await api(orchestrator.url, "POST", "/v1/memories/batch", { memories: batches[b] });
            if (response.status !== 201) throw new Error(`batch ${b}: ${response.status} ${JSON.stringify(response.body)}`);
          }
        }),
      ),
    );
    const insertRate = total / (loadMs / 1000);
    const stored = Number((await sql.query("SELECT count(*) FROM memories")).rows[0].count);
    if (stored !== total) throw new Error(`expected ${total} memories stored, found ${stored}`);

    pc2 = startPc2Process(pc2Port);
    const pc2Url = `http://127.0.0.1:${pc2Port}`;
    await eventually(async () => (await api(pc2Url, "GET", "/ready")).body.checks.embeddings.ok, 120_000, 250);
    const embed = async (batch: string[]) => (await api<{ model: string; vectors: number[][] }>(pc2Url, "POST", "/v1/embed", { texts: batch })).body;
    let model = "";
    const vectorOf = new Map<string, number[]>();
    const embedMs = await timed(async () => {
      for (let start = 0; start < texts.length; start += 128) {
        const batch = texts.slice(start, start + 128);
        const result = await embed(batch);
        model = result.model;
        batch.forEach((t, k) => vectorOf.set(t, result.vectors[k]));
      }
    });
    // What the backfill job does per memory, done once per distinct text: the job would ask pc2
    // for the same vector for every user holding the text.
    const fillMs = await timed(async () => {
      for (let start = 0; start < texts.length; start += 1000) {
        const chunk = texts.slice(start, start + 1000).map((content) => ({ content, vector: vectorOf.get(content) }));
        await sql.query(
          `UPDATE memories m SET embedding = v.vector::vector, embedding_model = $2, embedding_dimension = 512
             FROM jsonb_to_recordset($1::jsonb) AS v(content text, vector real[]) WHERE m.content = v.content`,
          [JSON.stringify(chunk), model],
        );
      }
    });
    await sql.query("VACUUM ANALYZE memories");

    const { rows: idRows } = await sql.query<{ id: string }>(`SELECT id FROM memories ORDER BY random() LIMIT ${getSamples}`);
    const getMs: number[] = [];
    for (const { id } of idRows) getMs.push(await timed(() => api(orchestrator.url, "GET", `/v1/memories/${id}`)));

    const queries = Array.from({ length: searchSamples }, () => ({ query: queryText(rand), userId: `user-${Math.floor(rand() * users)}`, limit: 10 }));
    const vectors: number[][] = [];
    for (let start = 0; start < queries.length; start += 128) vectors.push(...(await embed(queries.slice(start, start + 128).map((q) => q.query))).vectors);
    const searchEndToEnd: number[] = [];
    const searchWithVector: number[] = [];
    const searchAllUsers: number[] = [];
    const embedOneQuery: number[] = [];
    let degraded = 0;
    for (let i = 0; i < queries.length; i++) {
      searchEndToEnd.push(await timed(async () => {
        if ((await api(orchestrator.url, "POST", "/v1/memories/search", queries[i])).body.degraded) degraded++;
      }));
      embedOneQuery.push(await timed(() => embed([queries[i].query])));
      const embedding = { model, vector: vectors[i] };
      searchWithVector.push(await timed(() => api(orchestrator.url, "POST", "/v1/memories/search", { ...queries[i], embedding })));
      searchAllUsers.push(await timed(() => api(orchestrator.url, "POST", "/v1/memories/search", { query: queries[i].query, limit: 10, embedding })));
    }

    /**
     * Share of the exact top 10 the index finds. Texts recur across users, so neighbours tie on
     * distance: a result at most as far as the exact 10th counts as found, whichever tied id it is.
     */
    const recall = async (efSearch: number, byUser: boolean): Promise<number> => {
      await sql.query(`SET hnsw.ef_search = ${efSearch}`);
      await sql.query("SET hnsw.iterative_scan = relaxed_order");
      // On a small table the planner rightly prefers an exact scan; the index is what is measured here.
      await sql.query("SET enable_seqscan = off");
      let found = 0;
      for (let i = 0; i < recallQueries; i++) {
        const params = byUser ? [`[${vectors[i].join(",")}]`, queries[i].userId] : [`[${vectors[i].join(",")}]`];
        // `user_id || ''` hides the user b-tree from the planner, so the filtered case measures the HNSW scan too.
        const filter = byUser ? "AND (user_id || '') = $2" : "";
        const approximate = await sql.query<{ d: number }>(
          `SELECT embedding::vector(512) <=> $1::vector(512) AS d FROM memories
            WHERE embedding_dimension = 512 ${filter} ORDER BY embedding::vector(512) <=> $1::vector(512) LIMIT 10`,
          params,
        );
        // The uncast expression matches no index: this is the exact scan.
        const exact = await sql.query<{ d: number }>(
          `SELECT embedding <=> $1::vector AS d FROM memories WHERE embedding_dimension = 512 ${filter} ORDER BY 1 LIMIT 10`,
          params,
        );
        const tenth = exact.rows[exact.rows.length - 1].d + 1e-6;
        found += Math.min(exact.rows.length, approximate.rows.filter((r) => r.d <= tenth).length);
      }
      return found / (recallQueries * 10);
    };
    /** Which index the planner picks for the nearest-neighbour query, with or without a user filter. */
    const nearestPlan = async (byUser: boolean): Promise<string> => {
      const plan = await sql.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT id FROM memories WHERE embedding_dimension = 512 ${byUser ? "AND user_id = $2" : ""}
          ORDER BY embedding::vector(512) <=> $1::vector(512) LIMIT 10`,
        byUser ? [`[${vectors[0].join(",")}]`, queries[0].userId] : [`[${vectors[0].join(",")}]`],
      );
      return plan.rows.map((r) => r["QUERY PLAN"]).find((line) => /Scan/.test(line))?.trim().replace(/\s+\(cost.*$/, "") ?? "?";
    };
    const plannedAllUsers = await nearestPlan(false);
    const plannedByUser = await nearestPlan(true);
    await sql.query("SET enable_seqscan = off");
    if (!(await nearestPlan(false)).includes("memories_embedding_512_idx")) throw new Error("the approximate query does not use the HNSW index");
    const recallDefault = await recall(100, false);
    const recallPgvectorDefault = await recall(40, false);
    const recallFiltered = await recall(100, true);

    const get = latencies(getMs);
    const e2e = latencies(searchEndToEnd);
    const sqlSide = latencies(searchWithVector);
    const allUsers = latencies(searchAllUsers);
    const embedOne = latencies(embedOneQuery);
    const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}x target`;
    console.log(`\nresults (${total} memories; 2-core machine; single client, sequential requests)`);
    console.log(`  batched insert, no embeddings : ${Math.round(insertRate)} memories/s   (target >= ${targets.insertsPerSecond}: ${ratio(insertRate, targets.insertsPerSecond)})`);
    console.log(`  pc2 embeddings (USE lite, CPU): ${Math.round(texts.length / (embedMs / 1000))} texts/s, which bounds the backfill job`);
    console.log(`  embeddings into HNSW index    : ${Math.round(total / (fillMs / 1000))} memories/s (${total} rows updated in ${(fillMs / 1000).toFixed(1)} s)`);
    console.log(`  GET /v1/memories/:id          : p50 ${fmt(get.p50)}  p95 ${fmt(get.p95)}`);
    console.log(`  search, hybrid, query vector supplied   : p50 ${fmt(sqlSide.p50)}  p95 ${fmt(sqlSide.p95)}   (target p95 < ${targets.searchP95Ms} ms: ${ratio(sqlSide.p95, targets.searchP95Ms)})`);
    console.log(`  search, hybrid, query embedded by pc2   : p50 ${fmt(e2e.p50)}  p95 ${fmt(e2e.p95)}   (${ratio(e2e.p95, targets.searchP95Ms)}; degraded answers: ${degraded})`);
    console.log(`    of which pc2 embedding one query text : p50 ${fmt(embedOne.p50)}  p95 ${fmt(embedOne.p95)}   (the same call, on its own)`);
    console.log(`  search, hybrid, all users, vector supplied: p50 ${fmt(allUsers.p50)}  p95 ${fmt(allUsers.p95)}   (${ratio(allUsers.p95, targets.searchP95Ms)})`);
    console.log(`  nearest-neighbour plan: all users -> ${plannedAllUsers}; one user -> ${plannedByUser}`);
    console.log(`  recall@10 HNSW vs exact, ef_search=100  : ${recallDefault.toFixed(3)}   (target >= ${targets.recallAt10}: ${ratio(recallDefault, targets.recallAt10)})`);
    console.log(`  recall@10 HNSW vs exact, ef_search=40   : ${recallPgvectorDefault.toFixed(3)}   (pgvector's default)`);
    console.log(`  recall@10 filtered by user, ef_search=100, index forced (iterative scan): ${recallFiltered.toFixed(3)}`);
  } finally {
    pc2?.kill("SIGTERM");
    await orchestrator.close();
    await sql.end().catch(() => undefined);
    await db.drop();
    await releaseTestServer();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
