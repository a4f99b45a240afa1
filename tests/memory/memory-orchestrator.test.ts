import { randomUUID } from "node:crypto";
import { Client, Pool } from "pg";
import { hybridSearch, rankFullText, SearchQuery } from "../../agents-src/memory/memory-orchestrator/hybrid-search";
import type { RunningAgent } from "../../agents-src/kit";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, eventually, startMemoryOrchestrator, unreachableUrl } from "../support/memory-services";
import { basis, near } from "./vectors";

const model = "test-basis";
const searchTuning = { candidatesPerRanking: 50, rrfK: 60, recencyHalfLifeDays: 30, minVectorSimilarity: 0.3 };
let db: TestDatabase;
let sql: Client;
let orchestrator: RunningAgent<unknown>;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase("orchestrator");
  await migrate(db.url);
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl(), {
    MEMORY_MAX_CONTENT_CHARS: "2000",
    MEMORY_MAX_BATCH: "50",
    BODY_LIMIT_BYTES: String(64 * 1024),
    PURGE_INTERVAL_MS: "200",
  });
  url = orchestrator.url;
});

afterAll(async () => {
  await orchestrator?.close();
  await sql?.end();
  await db?.drop();
  await releaseTestServer();
});

const user = () => `user-${randomUUID()}`;
/** The user a call acts for, as the coordinator would send it: the one the body names, else a default one. */
const anyone = "test-user";
const scopeOf = (body: unknown) => actingAs((body as { userId?: string }).userId ?? anyone);
const post = (body: unknown) => api(url, "POST", "/v1/memories", body, scopeOf(body));
const search = (body: unknown) => api(url, "POST", "/v1/memories/search", body, scopeOf(body));
const rowCount = async () => Number((await sql.query("SELECT count(*) FROM memories")).rows[0].count);

describe("memory CRUD", () => {
  it("creates, reads, changes and soft-deletes a memory", async () => {
    const userId = user();
    const created = await post({ content: "The spare key is under the blue flowerpot", type: "fact", importance: 0.8, tags: ["Home", "keys"], userId, source: "test" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ outcome: "created", type: "fact", importance: 0.8, tags: ["home", "keys"], userId, sessionId: null, source: "test", embedding: null, expiresAt: null });

    const read = await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs(userId));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: created.body.id, content: "The spare key is under the blue flowerpot", accessCount: 1 });
    expect(read.body.lastAccessedAt).not.toBeNull();
    expect((await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).body.accessCount).toBe(2);

    const changed = await api(url, "PATCH", `/v1/memories/${created.body.id}`, { content: "The spare key is with the neighbour", importance: 0.3, tags: ["home"], ttlSeconds: 3600 }, actingAs(userId));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ content: "The spare key is with the neighbour", importance: 0.3, tags: ["home"] });
    expect(new Date(changed.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect((await api(url, "PATCH", `/v1/memories/${created.body.id}`, { ttlSeconds: null }, actingAs(userId))).body.expiresAt).toBeNull();

    expect((await api(url, "DELETE", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).status).toBe(204);
    expect((await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).status).toBe(404);
    expect((await api(url, "DELETE", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).status).toBe(404);
    const { rows } = await sql.query("SELECT deleted_at FROM memories WHERE id = $1", [created.body.id]);
    expect(rows[0].deleted_at).toBeInstanceOf(Date);
  });

  it("forgets every memory matching all the filters, and only those", async () => {
    const userId = user();
    const work = await post({ content: "Quarterly numbers are in the shared drive", type: "fact", tags: ["work"], userId });
    const workTask = await post({ content: "Send the quarterly numbers to Sam", type: "task", tags: ["work"], userId });
    const home = await post({ content: "Buy milk on the way home", type: "task", tags: ["home"], userId });
    const forgotten = await api(url, "POST", "/v1/memories/forget", { userId, tags: ["work"], types: ["fact"] }, scopeOf({ userId, tags: ["work"], types: ["fact"] }));
    expect(forgotten).toMatchObject({ status: 200, body: { forgotten: 1 } });
    expect((await api(url, "GET", `/v1/memories/${work.body.id}`, undefined, actingAs(userId))).status).toBe(404);
    expect((await api(url, "POST", "/v1/memories/forget", { userId, tags: ["work"] }, scopeOf({ userId, tags: ["work"] }))).body.forgotten).toBe(1);
    expect((await api(url, "GET", `/v1/memories/${workTask.body.id}`, undefined, actingAs(userId))).status).toBe(404);
    expect((await api(url, "GET", `/v1/memories/${home.body.id}`, undefined, actingAs(userId))).status).toBe(200);
    expect((await api(url, "POST", "/v1/memories/forget", { ids: [home.body.id, randomUUID()] }, actingAs(userId))).body.forgotten).toBe(1);
  });

  it("stores a batch in one request and answers each item in order", async () => {
    const userId = user();
    const response = await api(url, "POST", "/v1/memories/batch", {
      memories: [
        { content: "Batch item one about gardening", type: "note", userId },
        { content: "Batch item two about cooking", type: "note", userId },
        { content: "batch item ONE about gardening!", type: "note", userId },
      ],
    }, actingAs(userId));
    expect(response.status).toBe(201);
    const [first, second, copy] = response.body.results;
    expect(first.outcome).toBe("created");
    expect(second.id).not.toBe(first.id);
    expect(copy.id).toBe(first.id);
    expect((await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1", [userId])).rows[0].n).toBe(2);
  });

  it("round-trips quotes, unicode, emoji and SQL-looking text unchanged", async () => {
    const content = `Robert'); DROP TABLE memories; -- "double" 'single' \\ back\\slash 日本語のテキスト 👩‍👩‍👧 Ω≠∑ $1 %s \${x} line\nbreak\ttab ' OR '1'='1`;
    const created = await post({ content, type: "fact", tags: ["ünïcödé", "emoji-🎉", "o'brien"], userId: "o.connor_1", sessionId: "session; DROP" });
    expect(created.status).toBe(201);
    const read = await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs("o.connor_1"));
    expect(read.body.content).toBe(content);
    expect(read.body.tags).toEqual(["ünïcödé", "emoji-🎉", "o'brien"]);
    expect(read.body.userId).toBe("o.connor_1");
    const found = await search({ query: "Robert DROP TABLE", userId: "o.connor_1" });
    expect(found.body.results.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect(await sql.query("SELECT to_regclass('memories') AS t")).toMatchObject({ rows: [{ t: "memories" }] });
  });
});

describe("bad input", () => {
  const validId = randomUUID();
  const cases: Array<[string, number, string, string, string, unknown]> = [
    ["missing content", 400, "validation_failed", "POST", "/v1/memories", { type: "fact" }],
    ["blank content", 400, "validation_failed", "POST", "/v1/memories", { content: "   ", type: "fact" }],
    ["content over the limit", 400, "validation_failed", "POST", "/v1/memories", { content: "x".repeat(2001), type: "fact" }],
    ["NUL in content", 400, "validation_failed", "POST", "/v1/memories", { content: "a\u0000b", type: "fact" }],
    ["lone surrogate", 400, "validation_failed", "POST", "/v1/memories", { content: "broken \ud800 text", type: "fact" }],
    ["invalid type", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "Not A Type" }],
    ["importance above 1", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", importance: 1.5 }],
    ["zero ttl", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", ttlSeconds: 0 }],
    ["unknown field", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", owner: "me" }],
    ["tags not a list", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", tags: "a,b" }],
    ["zero vector", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", embedding: { model, vector: [0, 0, 0] } }],
    ["vector too long", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", embedding: { model, vector: new Array(2001).fill(1) } }],
    ["vector of strings", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", embedding: { model, vector: ["1", "2"] } }],
    ["empty vector", 400, "validation_failed", "POST", "/v1/memories", { content: "x", type: "fact", embedding: { model, vector: [] } }],
    ["empty batch", 400, "validation_failed", "POST", "/v1/memories/batch", { memories: [] }],
    ["batch over the limit", 400, "validation_failed", "POST", "/v1/memories/batch", { memories: new Array(51).fill({ content: "x", type: "fact" }) }],
    ["malformed id", 400, "validation_failed", "GET", "/v1/memories/not-a-uuid", undefined],
    ["unknown id", 404, "not_found", "GET", `/v1/memories/${validId}`, undefined],
    ["patch of unknown id", 404, "not_found", "PATCH", `/v1/memories/${validId}`, { importance: 0.1 }],
    ["empty patch", 400, "validation_failed", "PATCH", `/v1/memories/${validId}`, {}],
    ["delete of unknown id", 404, "not_found", "DELETE", `/v1/memories/${validId}`, undefined],
    ["search without query", 400, "validation_failed", "POST", "/v1/memories/search", { limit: 5 }],
    ["search limit 0", 400, "validation_failed", "POST", "/v1/memories/search", { query: "x", limit: 0 }],
    ["search with a bad vector", 400, "validation_failed", "POST", "/v1/memories/search", { query: "x", embedding: { model, vector: [0] } }],
    ["forget without filter", 400, "validation_failed", "POST", "/v1/memories/forget", {}],
  ];

  it.each(cases)("%s -> %i %s", async (_name, status, code, method, path, body) => {
    const before = await rowCount();
    const response = await api(url, method, path, body, actingAs(anyone));
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, message: expect.any(String) });
    expect(await rowCount()).toBe(before);
  });

  it("answers malformed JSON, a wrong media type and an oversized body with 4xx envelopes", async () => {
    const before = await rowCount();
    const raw = async (body: string, type: string) => {
      const response = await fetch(`${url}/v1/memories`, { method: "POST", headers: { "content-type": type }, body });
      return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code };
    };
    expect(await raw('{"content": "x", ', "application/json")).toEqual({ status: 400, code: "malformed_json" });
    expect(await raw("remember this", "text/plain")).toEqual({ status: 415, code: "unsupported_media_type" });
    expect(await raw(JSON.stringify({ content: "x".repeat(70 * 1024), type: "fact" }), "application/json")).toEqual({ status: 413, code: "payload_too_large" });
    expect(await rowCount()).toBe(before);
  });
});

describe("hybrid search", () => {
  it("fuses full-text and vector rankings and says why each result matched", async () => {
    const userId = user();
    const both = await post({ content: "Notes from the apple orchard visit", type: "note", userId, embedding: { model, vector: basis(0) } });
    const textOnly = await post({ content: "Grandma's apple pie recipe", type: "note", userId, embedding: { model, vector: basis(1) } });
    const vectorOnly = await post({ content: "Banana bread with walnuts", type: "note", userId, embedding: { model, vector: near(0, 2, 0.9) } });
    await post({ content: "Car insurance renewal", type: "note", userId, embedding: { model, vector: basis(3) } });

    const { status, body } = await search({ query: "apple", userId, embedding: { model, vector: basis(0) } });
    expect(status).toBe(200);
    expect(body.degraded).toBeUndefined();
    expect(body.results.map((r: { id: string }) => r.id)).toEqual([both.body.id, expect.any(String), expect.any(String)]);
    const byId = new Map<string, { matchedBy: string[]; similarity?: number; score: number }>(body.results.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(both.body.id)).toMatchObject({ matchedBy: ["fulltext", "vector"], similarity: expect.closeTo(1, 5) });
    expect(byId.get(textOnly.body.id)?.matchedBy).toEqual(["fulltext"]);
    expect(byId.get(textOnly.body.id)?.similarity).toBeUndefined();
    expect(byId.get(vectorOnly.body.id)).toMatchObject({ matchedBy: ["vector"], similarity: expect.closeTo(0.9, 5) });
    const scores = body.results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("weights equally relevant memories by importance and by recency", async () => {
    const userId = user();
    const minor = await post({ content: "Report alpha is due", type: "task", importance: 0.1, userId });
    const major = await post({ content: "Report beta is due", type: "task", importance: 0.9, userId });
    const ranked = await search({ query: "report due", userId });
    expect(ranked.body.results.map((r: { id: string }) => r.id)).toEqual([major.body.id, minor.body.id]);

    await sql.query("UPDATE memories SET importance = 0.5, updated_at = now() - interval '120 days' WHERE id = $1", [major.body.id]);
    await sql.query("UPDATE memories SET importance = 0.5 WHERE id = $1", [minor.body.id]);
    const byRecency = await search({ query: "report due", userId });
    expect(byRecency.body.results.map((r: { id: string }) => r.id)).toEqual([minor.body.id, major.body.id]);
  });

  it("ranks memories with more of the query's words first, and falls back to any word", async () => {
    const userId = user();
    // Term frequency alone (ts_rank) would put the memory repeating one word first.
    const oneWord = await post({ content: "Anna, Anna, Anna: Anna again and Anna once more", type: "note", userId });
    const threeWords = await post({ content: "Anna talked about the birthday cake", type: "note", userId });
    const otherWord = await post({ content: "The birthday of my neighbour", type: "note", userId });
    const ids = async (query: string, limit?: number) =>
      (await search({ query, userId, limit })).body.results.map((r: { id: string }) => r.id);

    const [first, ...rest] = await ids("what did Anna say about the birthday cake");
    expect(first).toBe(threeWords.body.id);
    expect(rest.sort()).toEqual([oneWord.body.id, otherWord.body.id].sort());
    expect(await ids("Anna cake", 1)).toEqual([threeWords.body.id]);
    // ts_rank alone puts the memory repeating three of the five words above the one holding four.
    const other = user();
    const fourOfFive = await post({ content: "Anna wrote that the birthday cake was for the party of a friend from school", type: "note", userId: other });
    const threeRepeated = await post({ content: "Birthday party cake, party birthday cake, party birthday cake", type: "note", userId: other });
    const ranked = await search({ query: "what did Anna say about the birthday cake party", userId: other });
    expect(ranked.body.results.map((r: { id: string }) => r.id)).toEqual([fourOfFive.body.id, threeRepeated.body.id]);
    // No memory has most of these words: the ones with any of them still come back.
    expect((await ids("Anna zebra giraffe")).sort()).toEqual([oneWord.body.id, threeWords.body.id].sort());
  });

  it("filters by type, tags, user and session, and honours the limit", async () => {
    const userId = user();
    const sessionId = randomUUID();
    const trip = await post({ content: "Trip to Lisbon in May", type: "event", tags: ["travel", "family"], userId, sessionId });
    const tripNote = await post({ content: "Lisbon trip packing list", type: "note", tags: ["travel"], userId });
    await post({ content: "Lisbon trip photos from a friend", type: "event", tags: ["travel"], userId: user() });
    const ids = async (filter: object) => (await search({ query: "Lisbon trip", ...filter })).body.results.map((r: { id: string }) => r.id).sort();

    expect(await ids({ userId })).toEqual([trip.body.id, tripNote.body.id].sort());
    expect(await ids({ userId, types: ["event"] })).toEqual([trip.body.id]);
    expect(await ids({ userId, tags: ["travel", "family"] })).toEqual([trip.body.id]);
    expect(await ids({ userId, sessionId })).toEqual([trip.body.id]);
    expect((await search({ query: "Lisbon trip", userId, limit: 1 })).body.results).toHaveLength(1);
  });

  it("lists a user's newest memories, of one type when asked, and refuses a malformed type", async () => {
    const userId = user();
    const older = await post({ content: "My bike is blue", type: "fact", userId });
    await post({ content: "User asked about bikes", type: "summary", userId });
    const newer = await post({ content: "My sister lives in Leeds", type: "fact", userId });
    await post({ content: "My car is red", type: "fact", userId: user() });
    const listed = async (query: string) => (await api(url, "GET", `/v1/memories?${query}`, undefined, actingAs(userId))).body.memories.map((m: { id: string }) => m.id);
    expect(await listed("type=fact")).toEqual([newer.body.id, older.body.id]);
    expect(await listed("type=fact&limit=1")).toEqual([newer.body.id]);
    expect(await listed("limit=10")).toHaveLength(3);
    expect((await api(url, "GET", "/v1/memories?type=Not%20A%20Type", undefined, actingAs(userId))).status).toBe(400);
  });

  it("never returns deleted, expired or superseded memories unless asked for superseded ones", async () => {
    const userId = user();
    const deleted = await post({ content: "Parking spot is level 3", type: "fact", userId });
    await api(url, "DELETE", `/v1/memories/${deleted.body.id}`, undefined, actingAs(userId));
    await post({ content: "Parking code is 4711", type: "fact", userId, ttlSeconds: 1 });
    await sql.query("UPDATE memories SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND content LIKE 'Parking code%'", [userId]);
    const old = await post({ content: "My parking garage is Central", type: "fact", userId });
    const current = await post({ content: "My parking garage is Riverside", type: "fact", userId });
    expect(current.body.superseded).toEqual([old.body.id]);

    const visible = await search({ query: "parking", userId });
    expect(visible.body.results.map((r: { id: string }) => r.id)).toEqual([current.body.id]);
    const withHistory = await search({ query: "parking garage", userId, includeSuperseded: true });
    expect(withHistory.body.results.map((r: { id: string }) => r.id).sort()).toEqual([current.body.id, old.body.id].sort());
  });

  it("applies the filter again when the full-text ranking was taken before the query's embedding arrived", async () => {
    const userId = user();
    const kept = await post({ content: "Boiler service is booked for May", type: "event", userId });
    const gone = await post({ content: "Boiler service costs 90 euros", type: "fact", userId });
    const pool = new Pool({ connectionString: db.url });
    try {
      const query: SearchQuery = { text: "boiler service", limit: 10, filter: { userId }, includeSuperseded: false, embedding: null };
      const ranking = await rankFullText(pool, query, searchTuning);
      expect(ranking.ids.sort()).toEqual([kept.body.id, gone.body.id].sort());
      await api(url, "DELETE", `/v1/memories/${gone.body.id}`, undefined, actingAs(userId));
      const hits = await hybridSearch(pool, query, searchTuning, ranking);
      expect(hits.map((h) => h.id)).toEqual([kept.body.id]);
    } finally {
      await pool.end();
    }
  });

  it("degrades to full text, and says so, when no embedding can be had", async () => {
    const userId = user();
    const stored = await post({ content: "Dentist appointment on Friday at 3pm", type: "event", userId });
    expect(stored.status).toBe(201);
    expect(stored.body.embedding).toBeNull();
    const { status, body } = await search({ query: "when is the dentist appointment", userId });
    expect(status).toBe(200);
    expect(body.degraded).toBe(true);
    expect(body.results).toEqual([expect.objectContaining({ id: stored.body.id, matchedBy: ["fulltext"] })]);
  });
});

describe("time to live", () => {
  it("hides an expired memory at once and lets the purge job remove it", async () => {
    const userId = user();
    const created = await post({ content: "Temporary door code 9921", type: "fact", ttlSeconds: 1, userId });
    expect(created.status).toBe(201);
    expect((await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).status).toBe(200);
    await eventually(async () => (await api(url, "GET", `/v1/memories/${created.body.id}`, undefined, actingAs(userId))).status === 404, 5000);
    await eventually(async () => (await sql.query("SELECT 1 FROM memories WHERE id = $1", [created.body.id])).rowCount === 0, 5000);
  });
});

describe("near-duplicates and contradictions", () => {
  it("reinforces an existing memory instead of storing a copy of it", async () => {
    const userId = user();
    const first = await post({ content: "I'm allergic to peanuts.", type: "fact", importance: 0.6, tags: ["health"], userId });
    const again = await post({ content: "i'm ALLERGIC to   peanuts!!", type: "fact", importance: 0.5, tags: ["food"], userId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, outcome: "reinforced", reinforcementCount: 1, importance: 0.65, tags: ["food", "health"], content: "i'm ALLERGIC to   peanuts!!" });
    expect((await post({ content: "I'm allergic to peanuts.", type: "fact", userId: user() })).status).toBe(201);
    expect((await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1", [userId])).rows[0].n).toBe(1);
  });

  it("treats memories with nearly the same embedding in one scope as one memory", async () => {
    const userId = user();
    const first = await post({ content: "Remind me to call mom tomorrow", type: "task", userId, embedding: { model, vector: basis(10) } });
    const paraphrase = await post({ content: "Remind me to call my mother tomorrow", type: "task", userId, embedding: { model, vector: near(10, 11, 0.97) } });
    expect(paraphrase.body).toMatchObject({ id: first.body.id, outcome: "reinforced" });
    const different = await post({ content: "Remind me to water the plants", type: "task", userId, embedding: { model, vector: near(10, 12, 0.5) } });
    expect(different.body.outcome).toBe("created");
  });

  it("keeps memories that differ only in a number apart, and still reinforces copies of either", async () => {
    const userId = user();
    const standing = async () =>
      (await sql.query("SELECT id FROM memories WHERE user_id = $1 AND superseded_by IS NULL AND deleted_at IS NULL ORDER BY created_at", [userId])).rows.map((r) => r.id);
    // Embeddings barely tell the numbers apart, so the vectors here are nearly the same on purpose.
    const atSeven = near(30, 31, 0.99);
    const six = await post({ content: "Call mum at 6", type: "task", userId, embedding: { model, vector: basis(30) } });
    const seven = await post({ content: "Call mum at 7", type: "task", userId, embedding: { model, vector: atSeven } });
    expect(seven.status).toBe(201);
    expect(seven.body).toMatchObject({ outcome: "created", superseded: [] });
    expect(await standing()).toEqual([six.body.id, seven.body.id]);

    // A copy with other punctuation is found by its text; a rewording by its embedding, even when
    // the nearest memory to it is the one with another number.
    expect((await post({ content: "call mum at 6!", type: "task", userId })).body).toMatchObject({ id: six.body.id, outcome: "reinforced" });
    const reworded = await post({ content: "Please call mum at 6", type: "task", userId, embedding: { model, vector: atSeven } });
    expect(reworded.body).toMatchObject({ id: six.body.id, outcome: "reinforced", reinforcementCount: 2 });

    // A statement of fact ("my car" is its subject) with a new number updates the older one, which stays as history.
    const level3 = await post({ content: "My car is on level 3", type: "fact", userId, embedding: { model, vector: basis(40) } });
    const level5 = await post({ content: "My car is on level 5", type: "fact", userId, embedding: { model, vector: near(40, 41, 0.99) } });
    expect(level5.body).toMatchObject({ outcome: "created", superseded: [level3.body.id] });
    expect(await standing()).toEqual([six.body.id, seven.body.id, level5.body.id]);
    expect((await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1", [userId])).rows[0].n).toBe(4);
  });

  it("keeps one memory when the same memory is written concurrently", async () => {
    const userId = user();
    const responses = await Promise.all(Array.from({ length: 8 }, () => post({ content: "Wifi password is on the fridge", type: "fact", userId })));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const [row] = (await sql.query("SELECT reinforcement_count FROM memories WHERE user_id = $1", [userId])).rows;
    expect(row.reinforcement_count).toBe(7);
  });

  it("marks an older fact about the same subject superseded instead of deleting it", async () => {
    const userId = user();
    const blue = await post({ content: "My favourite colour is blue.", type: "preference", userId, embedding: { model, vector: basis(20) } });
    // Embeddings of contradicting statements are close; the shared subject keeps this from being a copy.
    const green = await post({ content: "My favourite colour is green.", type: "preference", userId, embedding: { model, vector: near(20, 21, 0.97) } });
    expect(green.status).toBe(201);
    expect(green.body.superseded).toEqual([blue.body.id]);
    expect((await api(url, "GET", `/v1/memories/${blue.body.id}`, undefined, actingAs(userId))).body.supersededBy).toBe(green.body.id);
    expect((await post({ content: "My favourite colour is red", type: "preference", userId: user() })).body.superseded).toEqual([]);

    const explicitOld = await post({ content: "Team sync happens Tuesdays", type: "fact", subject: "team sync day", userId });
    const explicitNew = await post({ content: "We moved the sync to Thursday", type: "fact", subject: "Team sync DAY", userId });
    expect(explicitNew.body.superseded).toEqual([explicitOld.body.id]);
  });
});

describe("readiness", () => {
  it("is ready with a migrated database and not ready without the schema", async () => {
    expect((await api(url, "GET", "/ready")).status).toBe(200);
    const bare = await createTestDatabase("bare");
    const unmigrated = await startMemoryOrchestrator(bare.url, await unreachableUrl());
    try {
      const ready = await api(unmigrated.url, "GET", "/ready");
      expect(ready.status).toBe(503);
      expect(ready.body.checks.database.detail).toContain("missing tables");
    } finally {
      await unmigrated.close();
      await bare.drop();
    }
  });
});
