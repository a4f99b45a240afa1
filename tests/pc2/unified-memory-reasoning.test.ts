import { randomUUID } from "node:crypto";
import { RunningAgent, startAgent } from "../../agents-src/kit";
import { agent as reasoningAgent } from "../../agents-src/pc2/unified-memory-reasoning/agent";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, startMemoryOrchestrator, startPc2, startSessionMemory, unreachableUrl, testUser } from "../support/memory-services";

/**
 * unified-memory-reasoning against the real memory services: memory-orchestrator and
 * session-memory on a real PostgreSQL with pgvector, pc2's default embedding model for the
 * hybrid search.
 */
let db: TestDatabase;
let pc2: RunningAgent<unknown>;
let orchestrator: RunningAgent<unknown>;
let sessions: RunningAgent<unknown>;
let reasoning: RunningAgent<unknown>;
const stopLater: Array<RunningAgent<unknown>> = [];

function startReasoning(orchestratorUrl: string, sessionsUrl: string): Promise<RunningAgent<unknown>> {
  return startAgent(reasoningAgent, {
    SERVICE_NAME: "unified-memory-reasoning",
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    MEMORY_ORCHESTRATOR_URL: orchestratorUrl,
    SESSION_MEMORY_URL: sessionsUrl,
  });
}

beforeAll(async () => {
  db = await createTestDatabase("reasoning");
  await migrate(db.url);
  pc2 = await startPc2();
  orchestrator = await startMemoryOrchestrator(db.url, pc2.url);
  sessions = await startSessionMemory(db.url, orchestrator.url);
  reasoning = await startReasoning(orchestrator.url, sessions.url);
}, 90_000);

afterAll(async () => {
  for (const running of [...stopLater, reasoning, sessions, orchestrator, pc2]) await running?.close();
  await db?.drop();
  await releaseTestServer();
});

/** Sessions' users: a call about a session acts for its user, as the coordinator's would. */
const owners = new Map<string, string>();
const scopeOf = (body: unknown): Record<string, string> => {
  const { userId, sessionId } = body as { userId?: string; sessionId?: string };
  return actingAs(userId ?? (sessionId !== undefined ? owners.get(sessionId) : undefined) ?? testUser);
};
const ask = (body: unknown, url = reasoning.url) => api(url, "POST", "/v1/answer", body, scopeOf(body));
const remember = async (content: string, scope: { userId?: string; source?: string } = {}) => {
  const stored = await api(orchestrator.url, "POST", "/v1/memories", { content, type: "fact", ...scope });
  expect([200, 201]).toContain(stored.status);
  return stored.body as { id: string; superseded: string[] };
};
async function newSession(userId?: string): Promise<string> {
  const created = await api(sessions.url, "POST", "/v1/sessions", userId === undefined ? {} : { userId });
  expect(created.status).toBe(201);
  owners.set(created.body.id, userId ?? testUser);
  return created.body.id;
}
const say = async (sessionId: string, role: "user" | "assistant", content: string) => {
  expect((await api(sessions.url, "POST", `/v1/sessions/${sessionId}/turns`, { role, content }, scopeOf({ sessionId }))).status).toBe(201);
};

describe("the car example", () => {
  it("answers level 5 after the car moved, and cites that memory", async () => {
    // What the coordinator does for each utterance: the turn goes to session-memory, the fact
    // (the router's slot, without "remember that") to the memory-orchestrator, unscoped.
    const sessionId = await newSession();
    await say(sessionId, "user", "remember that my car is parked on level 3");
    const level3 = await remember("my car is parked on level 3", { source: `session:${sessionId}` });
    await say(sessionId, "assistant", "Okay, I'll remember that your car is parked on level 3.");
    await say(sessionId, "user", "my car is now on level 5");
    const level5 = await remember("my car is now on level 5", { source: `session:${sessionId}` });
    expect(level5.superseded).toEqual([level3.id]);
    await say(sessionId, "assistant", "Got it, I've updated that: your car is now on level 5.");
    await say(sessionId, "user", "where is my car?");

    const reply = await ask({ question: "where is my car?", sessionId });
    expect(reply.status).toBe(200);
    expect(reply.body.answer).toBe("Your car is now on level 5.");
    expect(reply.body.confidence).toBeGreaterThanOrEqual(0.5);
    expect(reply.body.memories[0]).toMatchObject({ id: level5.id, content: "my car is now on level 5" });
    expect(reply.body.memories.map((m: { id: string }) => m.id)).not.toContain(level3.id);
    expect(reply.body.reasoning).toContain(`${level3.id} ("my car is parked on level 3") is superseded by ${level5.id}`);
    expect(reply.body.reasoning).toContain("no language model");

    // The router's recall slot for "where is my car" is just the subject.
    const bySubject = await ask({ question: "my car", sessionId });
    expect(bySubject.body).toMatchObject({ answer: "Your car is now on level 5." });
    expect(bySubject.body.memories[0].id).toBe(level5.id);
  });
});

describe("conflicting facts", () => {
  it("prefers the newest statement when the memory service did not mark the older one superseded", async () => {
    const userId = `user-${randomUUID()}`;
    // Stored with its lead-in, the older memory has another subject for the orchestrator ("remember
    // that my bike"), so nothing is marked; and it shares more words with the question than the newer one.
    const older = await remember("Remember that my bike is parked at the station", { userId });
    const newer = await remember("my bike is now at the office", { userId });
    expect(newer.superseded).toEqual([]);

    const reply = await ask({ question: "where is my bike parked?", userId });
    expect(reply.status).toBe(200);
    expect(reply.body.answer).toBe("Your bike is now at the office.");
    expect(reply.body.memories[0].id).toBe(newer.id);
    expect(reply.body.memories.map((m: { id: string }) => m.id)).not.toContain(older.id);
    expect(reply.body.reasoning).toContain(`disagree about "my bike (location)"; the newer, ${newer.id}, is preferred`);
    // Settled by age alone: less sure than the same answer without a disagreement.
    expect(reply.body.confidence).toBeLessThan(reply.body.memories[0].score);
  });

  it("follows a superseded memory to its replacement even when the search did not return it", async () => {
    const userId = `user-${randomUUID()}`;
    const old = await remember("the spare key is under the flowerpot", { userId });
    // Shares no topic word with the question below, so only the supersession leads to it.
    const current = await remember("the spare key is with Alice next door", { userId });
    expect(current.superseded).toEqual([old.id]);

    const reply = await ask({ question: "flowerpot", userId });
    expect(reply.body.reasoning).toContain(`${old.id} ("the spare key is under the flowerpot") is superseded by ${current.id}`);
    expect(reply.body.memories.map((m: { id: string }) => m.id)).not.toContain(old.id);
  });
});

describe("I don't know", () => {
  it("answers what it knows and says it does not know the rest", async () => {
    const userId = `user-${randomUUID()}`;
    const code = await remember("my locker code is 4512", { userId });

    const known = await ask({ question: "what is my locker code?", userId });
    expect(known.body).toMatchObject({ answer: "Your locker code is 4512." });
    expect(known.body.memories[0].id).toBe(code.id);

    const unknown = await ask({ question: "where is my bicycle?", userId });
    expect(unknown.status).toBe(200);
    expect(unknown.body.answer).toBe("I don't know.");
    expect(unknown.body.memories).toEqual([]);
    expect(unknown.body.confidence).toBeLessThan(0.5);
    expect(unknown.body.reasoning).toMatch(/below the threshold 0\.5|No standing memory/);
  });

  it("answers with the fact about the subject asked of, not the ones that share the place", async () => {
    const userId = `user-${randomUUID()}`;
    for (const fact of ["my toolbox is in the basement", "my ladder is in the basement", "my drill is in the attic", "my kayak is in the basement"]) {
      await remember(fact, { userId });
    }
    const reply = await ask({ question: "is my drill in the basement", userId });
    expect(reply.body.answer).toBe("Your drill is in the attic.");
  });

  it("does not know anything for a user with no memories", async () => {
    const reply = await ask({ question: "what is my locker code?", userId: `user-${randomUUID()}` });
    expect(reply.body).toEqual({ answer: "I don't know.", confidence: 0, memories: [], reasoning: expect.stringContaining("0 found") });
  });

  it("answers a session's questions from its user's memories only", async () => {
    const owner = `user-${randomUUID()}`;
    await remember("my gym locker is number 88", { userId: owner });
    const otherUsersSession = await newSession(`user-${randomUUID()}`);
    expect((await ask({ question: "which gym locker is mine?", sessionId: otherUsersSession })).body.answer).toBe("I don't know.");
    const ownSession = await newSession(owner);
    expect((await ask({ question: "which gym locker is mine?", sessionId: ownSession })).body.answer).toBe("Your gym locker is number 88.");
  });
});

describe("without embeddings", () => {
  it("still answers from full text when pc2 is down, and says so", async () => {
    const textOnlyOrchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl());
    stopLater.push(textOnlyOrchestrator);
    const textOnly = await startReasoning(textOnlyOrchestrator.url, sessions.url);
    stopLater.push(textOnly);
    const userId = `user-${randomUUID()}`;
    await remember("my umbrella is in the hallway cupboard", { userId });

    const reply = await ask({ question: "where is my umbrella?", userId }, textOnly.url);
    expect(reply.body.answer).toBe("Your umbrella is in the hallway cupboard.");
    expect(reply.body.reasoning).toContain("full text only");
    expect((await ask({ question: "where is my bicycle?", userId }, textOnly.url)).body.answer).toBe("I don't know.");
  });
});

describe("context assembly", () => {
  const context = (body: unknown) => api(reasoning.url, "POST", "/v1/context", body, scopeOf(body));
  let sessionId: string;
  let drawer: { id: string };
  let expiry: { id: string };
  let colour: { id: string };

  beforeAll(async () => {
    const userId = `user-${randomUUID()}`;
    sessionId = await newSession(userId);
    drawer = await remember("my passport is in the top drawer", { userId });
    expiry = await remember("my passport expires in March 2031", { userId });
    colour = await remember("my favourite colour is green", { userId });
    for (let i = 1; i <= 8; i++) {
      await say(sessionId, "user", `Let us plan day ${i} of the trip to Lisbon, with museums and food.`);
      await say(sessionId, "assistant", `Day ${i}: a museum in the morning and a long lunch by the river.`);
    }
    await say(sessionId, "user", "remember that my passport is in the top drawer");
  });

  const memoryTokens = (body: { memories: Array<{ tokens: number }> }) => body.memories.reduce((sum, m) => sum + m.tokens, 0);
  const turnTokens = (body: { turns: Array<{ tokens: number }> }) => body.turns.reduce((sum, t) => sum + t.tokens, 0);

  it("gives turns and relevant memories, without what the conversation already says", async () => {
    const { status, body } = await context({ sessionId, query: "where is my passport?", maxTokens: 2000 });
    expect(status).toBe(200);
    expect(body.turns).toHaveLength(17);
    expect(body.summary).toBeNull();
    const ids = body.memories.map((m: { id: string }) => m.id);
    expect(ids).toEqual([expiry.id]);
    expect(ids).not.toContain(drawer.id);
    expect(ids).not.toContain(colour.id);
    expect(body.memoriesAlreadyInConversation).toBe(1);
    expect(body.usedTokens).toBe(turnTokens(body) + memoryTokens(body));
  });

  it.each([400, 120, 60, 25, 1])("stays within a budget of %i tokens", async (maxTokens) => {
    const { status, body } = await context({ sessionId, query: "when does my passport expire?", maxTokens });
    expect(status).toBe(200);
    expect(body.usedTokens).toBeLessThanOrEqual(maxTokens);
    // Turns are capped at 60% of the budget; the rest is what memories may use.
    expect(body.usedTokens - memoryTokens(body)).toBeLessThanOrEqual(Math.max(1, Math.floor(maxTokens * 0.6)));
    const ids = body.memories.map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(drawer.id);
    // The newest turn is the last one kept whenever any turn fits.
    if (body.turns.length > 0) expect(body.turns[body.turns.length - 1].content).toBe("remember that my passport is in the top drawer");
  });

  it("reads the session once, its turns, with no lookup of the session before them", async () => {
    // Each call to session-memory is another hop before an llm reply's first word.
    const sessionReads = async () => {
      const metrics = await (await fetch(`${sessions.url}/metrics`)).text();
      const count = (route: string) =>
        metrics
          .split("\n")
          .filter((line) => line.startsWith("http_requests_total{") && line.includes('method="GET"') && line.includes(`route="${route}"`))
          .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
      return { lookups: count("/v1/sessions/:id"), turns: count("/v1/sessions/:id/context") };
    };
    const before = await sessionReads();
    expect((await context({ sessionId, query: "when does my passport expire?", maxTokens: 400 })).status).toBe(200);
    expect(await sessionReads()).toEqual({ lookups: before.lookups, turns: before.turns + 1 });
  });

  it("fits the relevant memory beside the most recent turns in a small budget", async () => {
    const { body } = await context({ sessionId, query: "when does my passport expire?", maxTokens: 60 });
    expect(body.memories.map((m: { id: string }) => m.id)).toEqual([expiry.id]);
    expect(body.omittedTurns).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  const sessionId = randomUUID();
  it.each([
    ["no question", "/v1/answer", {}],
    ["blank question", "/v1/answer", { question: "   " }],
    ["NUL in the question", "/v1/answer", { question: "where\u0000is it" }],
    ["unknown field", "/v1/answer", { question: "where is my car?", mood: "curious" }],
    ["session id not a uuid", "/v1/answer", { question: "where is my car?", sessionId: "abc" }],
    ["no query", "/v1/context", { sessionId, maxTokens: 100 }],
    ["zero budget", "/v1/context", { sessionId, query: "car", maxTokens: 0 }],
    ["budget over the limit", "/v1/context", { sessionId, query: "car", maxTokens: 1_000_000 }],
    ["fractional budget", "/v1/context", { sessionId, query: "car", maxTokens: 1.5 }],
  ])("refuses %s with 400", async (_label, path, body) => {
    const reply = await api(reasoning.url, "POST", path, body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: "validation_failed" });
  });

  it("answers 404 for an unknown session", async () => {
    for (const [path, body] of [
      ["/v1/answer", { question: "where is my car?", sessionId }],
      ["/v1/context", { sessionId, query: "car", maxTokens: 100 }],
    ] as const) {
      const reply = await api(reasoning.url, "POST", path, body);
      expect(reply.status).toBe(404);
      expect(reply.body.error).toMatchObject({ code: "not_found", message: `no session ${sessionId}` });
    }
  });

  it("answers 404 for an unknown session even while the memory-orchestrator, asked meanwhile, is down", async () => {
    const orphan = await startReasoning(await unreachableUrl(), sessions.url);
    stopLater.push(orphan);
    const unknown = randomUUID();
    for (const [path, body] of [
      ["/v1/answer", { question: "where is my car?", sessionId: unknown }],
      ["/v1/context", { sessionId: unknown, query: "car", maxTokens: 100 }],
    ] as const) {
      const reply = await api(orphan.url, "POST", path, body, actingAs(testUser));
      expect(reply.status).toBe(404);
      expect(reply.body.error).toMatchObject({ code: "not_found", message: `no session ${unknown}` });
    }
    // A known session gets the search's failure.
    const known = await newSession(testUser);
    expect((await api(orphan.url, "POST", "/v1/answer", { question: "where is my car?", sessionId: known }, actingAs(testUser))).status).toBe(503);
    expect((await api(orphan.url, "POST", "/v1/context", { sessionId: known, query: "car", maxTokens: 100 }, actingAs(testUser))).status).toBe(503);
  });

  it("answers 415 for a body that is not JSON", async () => {
    const reply = await fetch(`${reasoning.url}/v1/answer`, { method: "POST", body: "where is my car?", headers: { "content-type": "text/plain" } });
    expect(reply.status).toBe(415);
  });

  it("answers 503 while the memory-orchestrator is down", async () => {
    const orphan = await startReasoning(await unreachableUrl(), sessions.url);
    stopLater.push(orphan);
    const reply = await ask({ question: "where is my car?" }, orphan.url);
    expect(reply.status).toBe(503);
    expect(reply.body.error.code).toBe("unavailable");
    expect((await api(orphan.url, "GET", "/ready")).status).toBe(503);
    expect((await api(reasoning.url, "GET", "/ready")).status).toBe(200);
  });
});
