/**
 * The internal agents act for exactly one user per request: the x-voice-user header, trusted only
 * with the internal credential. User B can neither read, change nor delete user A's memories,
 * sessions or answers, whatever the body says.
 */
import { Client } from "pg";
import type { RunningAgent } from "../../agents-src/kit";
import { startAgent } from "../../agents-src/kit/agent";
import { agent as reasoningAgent } from "../../agents-src/pc2/unified-memory-reasoning/agent";
import { actingAs, internalCredential } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { api, startMemoryOrchestrator, startSessionMemory, unreachableUrl } from "../support/memory-services";

let db: TestDatabase;
let sql: Client;
let orchestrator: RunningAgent<unknown>;
let sessions: RunningAgent<unknown>;
let reasoning: RunningAgent<unknown>;
const A = "alice";
const B = "bob";

beforeAll(async () => {
  db = await createTestDatabase("scoping");
  await migrate(db.url);
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  const secured = { INTERNAL_TOKEN_FILE: internalCredential().file };
  orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl(), secured);
  sessions = await startSessionMemory(db.url, orchestrator.url, secured);
  reasoning = await startAgent(reasoningAgent, {
    ...secured,
    SERVICE_NAME: "unified-memory-reasoning",
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    MEMORY_ORCHESTRATOR_URL: orchestrator.url,
    SESSION_MEMORY_URL: sessions.url,
  });
}, 60_000);

afterAll(async () => {
  await reasoning?.close();
  await sessions?.close();
  await orchestrator?.close();
  await sql?.end();
  await db?.drop();
  await releaseTestServer();
});

const as = (user: string) => ({
  memories: (method: string, path: string, body?: unknown) => api(orchestrator.url, method, path, body, actingAs(user)),
  sessions: (method: string, path: string, body?: unknown) => api(sessions.url, method, path, body, actingAs(user)),
  reasoning: (path: string, body: unknown) => api(reasoning.url, "POST", path, body, actingAs(user)),
});

async function aliceMemory(content: string): Promise<string> {
  const created = await as(A).memories("POST", "/v1/memories", { content, type: "fact" });
  expect(created.status).toBe(201);
  expect(created.body.userId).toBe(A);
  return created.body.id;
}

const liveContent = async (id: string) =>
  (await sql.query("SELECT content FROM memories WHERE id = $1 AND deleted_at IS NULL", [id])).rows[0]?.content as string | undefined;

describe("the internal credential", () => {
  it.each([
    ["memory-orchestrator", () => orchestrator.url, "POST", "/v1/memories/search", { query: "keys" }],
    ["session-memory", () => sessions.url, "GET", "/v1/sessions", undefined],
    ["unified-memory-reasoning", () => reasoning.url, "POST", "/v1/answer", { question: "where are my keys" }],
  ])("%s refuses a call without it, even one naming a user", async (_name, url, method, path, body) => {
    const refused = await api(url(), method, path, body, { "x-voice-user": A });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: { code: "unauthorized", message: "internal route: send the internal credential as Authorization: Bearer" } });
    const wrong = await api(url(), method, path, body, { "x-voice-user": A, authorization: "Bearer not-the-internal-credential" });
    expect(wrong.status).toBe(401);
  });

  it("leaves the probes open for health checks and scraping", async () => {
    for (const path of ["/health", "/ready", "/metrics"]) expect((await fetch(`${orchestrator.url}${path}`)).status).toBe(200);
  });

  it.each([
    ["memory-orchestrator", () => orchestrator.url, "POST", "/v1/memories/forget", { createdBefore: "2999-01-01T00:00:00Z" }],
    ["session-memory", () => sessions.url, "GET", "/v1/sessions", undefined],
    ["unified-memory-reasoning", () => reasoning.url, "POST", "/v1/answer", { question: "where are my keys" }],
  ])("%s refuses a user-scoped call without a user, never widening it to everyone", async (name, url, method, path, body) => {
    const note = `The note about ${name} is in the attic`;
    const id = await aliceMemory(note);
    const refused = await api(url(), method, path, body, internalCredential().headers);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: { code: "user_scope_required", message: "this route acts for one user: send the x-voice-user header" } });
    expect(await liveContent(id)).toBe(note);
  });
});

describe("memory-orchestrator: B cannot touch A's memories", () => {
  it("cannot read, change or delete one by id", async () => {
    const id = await aliceMemory("The spare key is under the blue flowerpot");
    const read = await as(B).memories("GET", `/v1/memories/${id}`);
    expect(read.status).toBe(404);
    expect(read.body).toEqual({ error: { code: "not_found", message: `no memory ${id}` } });
    expect((await as(B).memories("PATCH", `/v1/memories/${id}`, { content: "The spare key is gone" })).status).toBe(404);
    expect((await as(B).memories("DELETE", `/v1/memories/${id}`)).status).toBe(404);
    expect(await liveContent(id)).toBe("The spare key is under the blue flowerpot");
    expect((await as(A).memories("GET", `/v1/memories/${id}`)).body.content).toBe("The spare key is under the blue flowerpot");
  });

  it("cannot find one by search, even naming A in the body", async () => {
    await aliceMemory("The passport is in the desk drawer");
    expect((await as(A).memories("POST", "/v1/memories/search", { query: "passport" })).body.results).toHaveLength(1);
    expect((await as(B).memories("POST", "/v1/memories/search", { query: "passport" })).body.results).toEqual([]);
    const named = await as(B).memories("POST", "/v1/memories/search", { query: "passport", userId: A });
    expect(named.status).toBe(403);
    expect(named.body).toEqual({ error: { code: "scope_mismatch", message: 'userId "alice" is not the request\'s user' } });
  });

  it("cannot forget it by id or with a filter that names no user", async () => {
    const id = await aliceMemory("The bike lock code is 4711");
    expect((await as(B).memories("POST", "/v1/memories/forget", { ids: [id] })).body).toEqual({ forgotten: 0 });
    expect((await as(B).memories("POST", "/v1/memories/forget", { createdBefore: "2999-01-01T00:00:00Z" })).body).toEqual({ forgotten: 0 });
    expect((await as(B).memories("POST", "/v1/memories/forget", { ids: [id], userId: A })).status).toBe(403);
    expect(await liveContent(id)).toBe("The bike lock code is 4711");
  });

  it("cannot write into A's memories", async () => {
    const single = await as(B).memories("POST", "/v1/memories", { content: "A planted fact", type: "fact", userId: A });
    expect(single.status).toBe(403);
    const batch = await as(B).memories("POST", "/v1/memories/batch", { memories: [{ content: "Another planted fact", type: "fact", userId: A }] });
    expect(batch.status).toBe(403);
    expect((await sql.query("SELECT count(*)::int AS n FROM memories WHERE content LIKE '%planted%'")).rows[0].n).toBe(0);
  });
});

describe("session-memory: B cannot touch A's sessions", () => {
  it("cannot list, read, extend, summarise or end one", async () => {
    const created = await as(A).sessions("POST", "/v1/sessions", {});
    expect(created.body.userId).toBe(A);
    const id = created.body.id as string;
    expect((await as(A).sessions("POST", `/v1/sessions/${id}/turns`, { role: "user", content: "my keys are in the drawer" })).status).toBe(201);

    expect((await as(B).sessions("GET", "/v1/sessions")).body.sessions.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await as(B).sessions("GET", `/v1/sessions?userId=${A}`)).status).toBe(403);
    for (const [method, path, body] of [
      ["GET", `/v1/sessions/${id}`, undefined],
      ["GET", `/v1/sessions/${id}/context`, undefined],
      ["POST", `/v1/sessions/${id}/turns`, { role: "user", content: "forget everything" }],
      ["POST", `/v1/sessions/${id}/end`, undefined],
    ] as const) {
      const refused = await as(B).sessions(method, path, body);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual({ error: { code: "not_found", message: `no session ${id}` } });
    }
    expect((await as(B).sessions("POST", "/v1/sessions", { userId: A })).status).toBe(403);
    const mine = await as(A).sessions("GET", `/v1/sessions/${id}`);
    expect(mine.body).toMatchObject({ id, userId: A, state: "active", turnCount: 1 });
  });
});

describe("unified-memory-reasoning: B gets no answer from A's memories", () => {
  it("answers B from B's memories only, and does not take A's session", async () => {
    await aliceMemory("My car is parked on level 3");
    const session = (await as(A).sessions("POST", "/v1/sessions", {})).body.id as string;
    const forA = await as(A).reasoning("/v1/answer", { question: "where is my car", sessionId: session });
    expect(forA.body.answer).toMatch(/level 3/);
    const forB = await as(B).reasoning("/v1/answer", { question: "where is my car" });
    expect(forB.status).toBe(200);
    expect(forB.body.memories).toEqual([]);
    expect(forB.body.answer).not.toMatch(/level 3/);
    expect((await as(B).reasoning("/v1/answer", { question: "where is my car", sessionId: session })).status).toBe(404);
    expect((await as(B).reasoning("/v1/context", { sessionId: session, query: "car", maxTokens: 200 })).status).toBe(404);
  });
});
