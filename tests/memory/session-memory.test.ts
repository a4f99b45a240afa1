import { randomUUID } from "node:crypto";
import { getFreePort, RunningAgent } from "../../agents-src/kit";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, eventually, startMemoryOrchestrator, startSessionMemory, unreachableUrl } from "../support/memory-services";

let db: TestDatabase;
let orchestrator: RunningAgent<unknown>;
let sessions: RunningAgent<unknown>;

beforeAll(async () => {
  db = await createTestDatabase("sessions");
  await migrate(db.url);
  orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl());
  sessions = await startSessionMemory(db.url, orchestrator.url, { TURN_MAX_CONTENT_CHARS: "500" });
});

afterAll(async () => {
  await sessions?.close();
  await orchestrator?.close();
  await db?.drop();
  await releaseTestServer();
});

/** Each call acts for the session's user, as the coordinator would: the one named in the body or query, else the path's session's. */
const tester = "session-tester";
const owners = new Map<string, string>();
const scopeFor = (path: string, body: unknown): string =>
  (body as { userId?: string } | undefined)?.userId ??
  new URLSearchParams(path.split("?")[1] ?? "").get("userId") ??
  owners.get(path.split("?")[0].split("/")[3]) ??
  tester;
const call = (method: string, path: string, body?: unknown) => api(sessions.url, method, path, body, actingAs(scopeFor(path, body)));
async function newSession(userId?: string): Promise<string> {
  const created = await call("POST", "/v1/sessions", userId === undefined ? {} : { userId });
  expect(created.status).toBe(201);
  owners.set(created.body.id, userId ?? tester);
  return created.body.id;
}
const addTurn = (id: string, role: string, content: string, metadata?: object) =>
  call("POST", `/v1/sessions/${id}/turns`, metadata === undefined ? { role, content } : { role, content, metadata });

describe("sessions and turns", () => {
  it("creates, reads and lists sessions", async () => {
    const userId = `user-${randomUUID()}`;
    const first = await newSession(userId);
    const second = await newSession(userId);
    await newSession();
    const read = await call("GET", `/v1/sessions/${first}`);
    expect(read.body).toMatchObject({ id: first, userId, state: "active", turnCount: 0, endedAt: null, summaryStatus: "none" });

    await addTurn(first, "user", "hello");
    await call("POST", `/v1/sessions/${second}/end`);
    const mine = await call("GET", `/v1/sessions?userId=${userId}`);
    // Most recently active first: the turn made the first session the more recent one.
    expect(mine.body.sessions.map((s: { id: string }) => s.id)).toEqual([first, second]);
    expect((await call("GET", `/v1/sessions?userId=${userId}&state=active`)).body.sessions.map((s: { id: string }) => s.id)).toEqual([first]);
    expect((await call("GET", `/v1/sessions?userId=${userId}&state=ended&limit=1`)).body.sessions).toHaveLength(1);
  });

  it("appends turns in order and keeps their content and metadata exactly", async () => {
    const id = await newSession();
    const content = `She said "it's fine" — 👍 ½ 日本 '; DROP TABLE turns; --`;
    const turn = await addTurn(id, "user", content, { intent: "chat", scores: [0.5, 1], nested: { ok: true } });
    expect(turn.status).toBe(201);
    expect(turn.body).toMatchObject({ seq: 1, role: "user", content, metadata: { intent: "chat", scores: [0.5, 1], nested: { ok: true } } });
    expect((await addTurn(id, "assistant", "Understood.")).body.seq).toBe(2);
    const context = await call("GET", `/v1/sessions/${id}/context`);
    expect(context.body.turns.map((t: { content: string }) => t.content)).toEqual([content, "Understood."]);
    expect((await call("GET", `/v1/sessions/${id}`)).body.turnCount).toBe(2);
  });

  it("numbers concurrent turns without gaps or duplicates", async () => {
    const id = await newSession();
    const added = await Promise.all(Array.from({ length: 20 }, (_, i) => addTurn(id, "user", `message ${i}`)));
    expect(added.map((r) => r.body.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe("context within a token budget", () => {
  it("returns every turn and no summary when they all fit", async () => {
    const id = await newSession();
    await addTurn(id, "user", "What's the weather like?");
    await addTurn(id, "assistant", "Sunny and warm.");
    const { body } = await call("GET", `/v1/sessions/${id}/context?maxTokens=1000`);
    expect(body).toMatchObject({ summary: null, omittedTurns: 0, maxTokens: 1000 });
    expect(body.turns).toHaveLength(2);
    expect(body.usedTokens).toBe(body.turns[0].tokens + body.turns[1].tokens);
  });

  it("keeps the most recent turns that fit and summarises the older ones", async () => {
    const id = await newSession();
    for (let i = 1; i <= 12; i++) {
      await addTurn(id, i % 2 ? "user" : "assistant", `Turn ${i} talks about topic number ${i}. It has a second sentence that the summary leaves out.`);
    }
    for (const maxTokens of [60, 120, 300]) {
      const { status, body } = await call("GET", `/v1/sessions/${id}/context?maxTokens=${maxTokens}`);
      expect(status).toBe(200);
      expect(body.usedTokens).toBeLessThanOrEqual(maxTokens);
      const seqs = body.turns.map((t: { seq: number }) => t.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => 12 - seqs.length + 1 + i));
      expect(body.omittedTurns).toBe(12 - seqs.length);
      expect(body.summary).toMatch(new RegExp(`^Earlier in this conversation \\(${body.omittedTurns} turns\\):`));
    }
    const { body } = await call("GET", `/v1/sessions/${id}/context?maxTokens=300`);
    const lastOmitted = 12 - body.turns.length;
    expect(body.summary).toContain(`Turn ${lastOmitted} talks about topic number ${lastOmitted}.`);
    expect(body.summary).not.toContain("second sentence");
  });
});

describe("the latest turns", () => {
  const latest = (id: string, query: string) => call("GET", `/v1/sessions/${id}/turns?${query}`);

  it("are the context's turns of the roles asked for, the newest `latest` of them, other roles' tokens counted", async () => {
    const id = await newSession();
    const roles = ["user", "assistant", "tool", "user", "system", "assistant"];
    for (let i = 1; i <= 30; i++) {
      // Lengths vary so that budgets cut between turns of every role.
      await addTurn(id, roles[i % roles.length], `Turn ${i} ${"word ".repeat((i * 7) % 23)}`.trim(), { n: i });
    }
    for (const maxTokens of [1, 40, 120, 400, 5000]) {
      const context = (await call("GET", `/v1/sessions/${id}/context?maxTokens=${maxTokens}`)).body;
      for (const [wanted, count] of [[["user", "assistant"], 12], [["tool"], 3], [["user", "assistant", "system", "tool"], 200]] as const) {
        const expected = context.turns.filter((t: { role: string }) => (wanted as readonly string[]).includes(t.role)).slice(-count);
        const response = await latest(id, `latest=${count}&maxTokens=${maxTokens}&roles=${wanted.join(",")}`);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ turns: expected });
      }
    }
    // Without roles, every role is returned.
    expect((await latest(id, "latest=5&maxTokens=5000")).body.turns.map((t: { seq: number }) => t.seq)).toEqual([26, 27, 28, 29, 30]);
  });

  it("are none for a session without turns, and another user's session is not found", async () => {
    const id = await newSession();
    expect((await latest(id, "latest=12&maxTokens=600")).body).toEqual({ turns: [] });
    await addTurn(id, "user", "my keys are in the drawer");
    const other = await api(sessions.url, "GET", `/v1/sessions/${id}/turns?latest=12&maxTokens=600`, undefined, actingAs("someone-else"));
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("not_found");
  });

  it.each(["", "latest=0", "latest=201", "latest=2.5", "latest=3&roles=narrator", "latest=3&roles=", "latest=3&maxTokens=0", "latest=3&limit=3"])(
    "refuses the query %j",
    async (query) => {
      const response = await latest(await newSession(), query);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    },
  );
});

describe("ending sessions", () => {
  it("stores the summary of an ended session as a memory through the memory-orchestrator", async () => {
    const userId = `user-${randomUUID()}`;
    const id = await newSession(userId);
    await addTurn(id, "user", "Please remember that my passport expires in March.");
    await addTurn(id, "assistant", "Noted: your passport expires in March.");
    const ended = await call("POST", `/v1/sessions/${id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ state: "ended", endReason: "ended", summaryStatus: "stored" });

    const memory = await api(orchestrator.url, "GET", `/v1/memories/${ended.body.summaryMemoryId}`, undefined, actingAs(userId));
    expect(memory.body).toMatchObject({ type: "summary", userId, sessionId: id, tags: ["session-summary"], source: "session-memory" });
    expect(memory.body.content).toContain("user: Please remember that my passport expires in March.");
    expect(memory.body.content).toContain("assistant: Noted: your passport expires in March.");

    const again = await call("POST", `/v1/sessions/${id}/end`);
    expect(again.body).toMatchObject({ summaryMemoryId: ended.body.summaryMemoryId, endedAt: ended.body.endedAt });
    const late = await addTurn(id, "user", "one more thing");
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("session_ended");
  });

  it("stores nothing for a session without turns", async () => {
    const ended = await call("POST", `/v1/sessions/${await newSession()}/end`);
    expect(ended.body).toMatchObject({ state: "ended", summary: null, summaryStatus: "none", summaryMemoryId: null });
  });

  it("keeps the summary pending while the memory-orchestrator is down and delivers it when it is back", async () => {
    const port = await getFreePort();
    const local = await startSessionMemory(db.url, `http://127.0.0.1:${port}`, { SESSION_SWEEP_INTERVAL_MS: "200" });
    let revived: RunningAgent<unknown> | undefined;
    try {
      const id = (await api(local.url, "POST", "/v1/sessions", {}, actingAs(tester))).body.id;
      await api(local.url, "POST", `/v1/sessions/${id}/turns`, { role: "user", content: "Book a table for Friday." }, actingAs(tester));
      const ended = await api(local.url, "POST", `/v1/sessions/${id}/end`, undefined, actingAs(tester));
      expect(ended.body).toMatchObject({ state: "ended", summaryStatus: "pending", summaryMemoryId: null });

      revived = await startMemoryOrchestrator(db.url, await unreachableUrl(), { HTTP_PORT: String(port) });
      await eventually(async () => (await api(local.url, "GET", `/v1/sessions/${id}`, undefined, actingAs(tester))).body.summaryStatus === "stored", 10_000);
      const memoryId = (await api(local.url, "GET", `/v1/sessions/${id}`, undefined, actingAs(tester))).body.summaryMemoryId;
      expect((await api(revived.url, "GET", `/v1/memories/${memoryId}`, undefined, actingAs(tester))).body.content).toContain("Book a table for Friday.");
    } finally {
      await local.close();
      await revived?.close();
    }
  });

  it("expires idle sessions, refusing their turns and storing their summaries", async () => {
    const local = await startSessionMemory(db.url, orchestrator.url, { SESSION_IDLE_TIMEOUT_SECONDS: "1", SESSION_SWEEP_INTERVAL_MS: "200" });
    try {
      const id = (await api(local.url, "POST", "/v1/sessions", {}, actingAs(tester))).body.id;
      expect((await api(local.url, "POST", `/v1/sessions/${id}/turns`, { role: "user", content: "Set an alarm for 7." }, actingAs(tester))).status).toBe(201);
      await eventually(async () => (await api(local.url, "GET", `/v1/sessions/${id}`, undefined, actingAs(tester))).body.summaryStatus === "stored", 10_000);
      const expired = await api(local.url, "GET", `/v1/sessions/${id}`, undefined, actingAs(tester));
      expect(expired.body).toMatchObject({ state: "ended", endReason: "expired" });
      expect((await api(local.url, "POST", `/v1/sessions/${id}/turns`, { role: "user", content: "hello?" }, actingAs(tester))).status).toBe(409);
    } finally {
      await local.close();
    }
  });
});

describe("bad input", () => {
  const unknown = randomUUID();
  const cases: Array<[string, number, string, string, string, unknown]> = [
    ["malformed session id", 400, "validation_failed", "GET", "/v1/sessions/123", undefined],
    ["unknown session", 404, "not_found", "GET", `/v1/sessions/${unknown}`, undefined],
    ["unknown field on create", 400, "validation_failed", "POST", "/v1/sessions", { user: "x" }],
    ["turn for an unknown session", 404, "not_found", "POST", `/v1/sessions/${unknown}/turns`, { role: "user", content: "hi" }],
    ["context of an unknown session", 404, "not_found", "GET", `/v1/sessions/${unknown}/context`, undefined],
    ["latest turns of an unknown session", 404, "not_found", "GET", `/v1/sessions/${unknown}/turns?latest=12`, undefined],
    ["end of an unknown session", 404, "not_found", "POST", `/v1/sessions/${unknown}/end`, undefined],
    ["list with a bad state", 400, "validation_failed", "GET", "/v1/sessions?state=sleeping", undefined],
    ["list limit over 200", 400, "validation_failed", "GET", "/v1/sessions?limit=500", undefined],
  ];
  it.each(cases)("%s -> %i %s", async (_name, status, code, method, path, body) => {
    const response = await call(method, path, body);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, message: expect.any(String) });
  });

  it.each([
    ["an unknown role", { role: "narrator", content: "hi" }],
    ["empty content", { role: "user", content: "" }],
    ["content over the limit", { role: "user", content: "x".repeat(501) }],
    ["NUL in content", { role: "user", content: "a\u0000b" }],
    ["NUL in metadata", { role: "user", content: "hi", metadata: { note: "a\u0000b" } }],
    ["metadata that is not an object", { role: "user", content: "hi", metadata: [1, 2] }],
  ])("refuses a turn with %s and stores nothing", async (_name, body) => {
    const id = await newSession();
    const response = await addTurn(id, (body as { role: string }).role, (body as { content: string }).content, (body as { metadata?: object }).metadata);
    expect(response.status).toBe(400);
    expect((await call("GET", `/v1/sessions/${id}`)).body.turnCount).toBe(0);
  });

  it.each(["0", "-5", "abc", "1.5"])("refuses maxTokens=%s", async (maxTokens) => {
    const id = await newSession();
    const response = await call("GET", `/v1/sessions/${id}/context?maxTokens=${maxTokens}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
  });
});
