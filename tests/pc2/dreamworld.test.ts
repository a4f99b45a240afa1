import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { createLogger, RunningAgent, StreamMessage, subscribe, Subscription } from "../../agents-src/kit";
import { ActivityProbe, dreamIsDue } from "../../agents-src/pc2/dreamworld/activity-probe";
import { episodeText } from "../../agents-src/pc2/dreamworld/episode-text";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, eventually, startDreamworld, startMemoryOrchestrator, startPc2, startSessionMemory, unreachableUrl, testUser } from "../support/memory-services";

describe("when a cycle is due", () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
  const timing = { idleMs: 10_000, maxIntervalMs: 60_000 };
  const probe = (lastActivity: number | null, lastCycle: number | null): ActivityProbe => ({
    now: at(100),
    lastActivity: lastActivity === null ? null : at(lastActivity),
    lastCycle: lastCycle === null ? null : at(lastCycle),
  });
  it.each([
    ["nothing ever happened", probe(null, null), true],
    ["a turn 5 s ago", probe(95, null), false],
    ["idle 10 s after a turn, never dreamed", probe(90, null), true],
    ["idle, and a turn since the last cycle", probe(80, 70), true],
    ["idle, nothing new since the last cycle", probe(30, 70), false],
    ["idle, nothing new, last cycle a minute old", probe(10, 40), true],
    ["busy, last cycle long ago", probe(99, 0), false],
  ])("%s: %p", (_label, state, due) => {
    expect(dreamIsDue(state, timing)).toBe(due);
  });
});

describe("episode text", () => {
  const session = { startedAt: new Date("2026-03-01T09:00:00Z"), endedAt: new Date("2026-03-01T09:40:00Z"), turnCount: 6 };
  const turns = [
    { role: "user", content: "Let's plan the garden. I want tomatoes this year." },
    { role: "assistant", content: "Tomatoes need sun." },
    { role: "user", content: "The garden gets sun in the morning" },
    { role: "assistant", content: "Then tomatoes will do." },
    { role: "user", content: "Also plant basil in the garden!" },
    { role: "assistant", content: "Noted." },
  ];

  it("says when, what about, and what the user said", () => {
    expect(episodeText(session, turns, 1000)).toBe(
      "Episode: a conversation of 6 turns on 2026-03-01, 09:00 to 09:40 UTC. Topics: garden. " +
        "The user said: Let's plan the garden; The garden gets sun in the morning; Also plant basil in the garden.",
    );
  });

  it("samples the user's statements evenly when they do not all fit", () => {
    const text = episodeText(session, turns, 160);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toContain("The user said: Let's plan the garden; Also plant basil in the garden.");
  });
});

let db: TestDatabase;
let sql: Client;
let pc2: RunningAgent<unknown>;
let orchestrator: RunningAgent<unknown>;
let sessions: RunningAgent<unknown>;
let dreamworld: RunningAgent<unknown>;
let subscription: Subscription;
let keepAwake: string;
const events: StreamMessage[] = [];
const logger = createLogger({ service: "dreamworld-test", level: "silent" });

/** dreamworld on this file's database, pc2 and orchestrator. */
const startDreamworldOnPeers = (env: Record<string, string>) => startDreamworld(db.url, pc2.url, orchestrator.url, { ACTIVITY_POLL_MS: "100", ...env });

async function listen(url: string, into: StreamMessage[]): Promise<Subscription> {
  const sub = await subscribe(url, ["dream."], (message) => void into.push(message), logger);
  // A SUB socket that has just connected misses what is published before its subscription reaches the publisher.
  await new Promise((r) => setTimeout(r, 300));
  return sub;
}

const say = async (sessionId: string, content: string, userId = testUser) => {
  const turn = await api(sessions.url, "POST", `/v1/sessions/${sessionId}/turns`, { role: "user", content }, actingAs(userId));
  expect(turn.status).toBe(201);
  return turn.body as { createdAt: string };
};

beforeAll(async () => {
  db = await createTestDatabase("dreamworld");
  await migrate(db.url);
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  pc2 = await startPc2();
  // The orchestrator cannot reach pc2: memories are stored without embeddings, as when pc2 is down.
  orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl());
  sessions = await startSessionMemory(db.url, orchestrator.url);
  // An open conversation with a recent turn keeps this dreamworld from dreaming on its own.
  keepAwake = (await api(sessions.url, "POST", "/v1/sessions", {})).body.id;
  await say(keepAwake, "hello");
  const started = await startDreamworldOnPeers({
    DREAM_IDLE_SECONDS: "3600",
    EMBED_BATCH_SIZE: "16",
    EPISODE_MIN_TURNS: "6",
    DECAY_INTERVAL_HOURS: "1",
    DECAY_IDLE_DAYS: "7",
    DECAY_FACTOR: "0.9",
  });
  dreamworld = started.agent;
  subscription = await listen(started.pubUrl, events);
}, 90_000);

afterAll(async () => {
  await subscription?.close();
  for (const running of [dreamworld, sessions, orchestrator, pc2]) await running?.close();
  await sql?.end();
  await db?.drop();
  await releaseTestServer();
});

const remember = async (body: Record<string, unknown>) => {
  const stored = await api(orchestrator.url, "POST", "/v1/memories", { type: "fact", ...body });
  expect(stored.status).toBe(201);
  return stored.body.id as string;
};
const memoryRow = async (id: string) => (await sql.query("SELECT * FROM memories WHERE id = $1", [id])).rows[0];
const cycleEvents = (cycleId: string) => events.filter((e) => e.header.cycleId === cycleId);
const idsIn = (list: StreamMessage[], topic: string, field = "memoryIds") =>
  list.filter((e) => e.topic === topic).flatMap((e) => e.header[field] as string | string[]);

async function dreamNow(): Promise<{ id: string; finished: StreamMessage; list: StreamMessage[] }> {
  const started = await api(dreamworld.url, "POST", "/v1/dream");
  expect(started.status).toBe(202);
  const id = started.body.id as string;
  await eventually(async () => cycleEvents(id).some((e) => e.topic === "dream.finished"), 60_000);
  const list = cycleEvents(id);
  return { id, finished: list[list.length - 1], list };
}

describe("a dream cycle", () => {
  it("fills embeddings, merges copies, supersedes, expires, decays and writes episodes, publishing each change", async () => {
    const userId = `user-${randomUUID()}`;
    const copyA = await remember({ content: "Anna likes hiking in the Alps", userId, importance: 0.4, tags: ["anna"] });
    const copyB = await remember({ content: "Anna enjoys hiking in the Alps", userId, importance: 0.6, tags: ["hiking"] });
    const other = await remember({ content: "The boiler service is booked for the first Monday of May", userId });
    const oldBike = await remember({ content: "Remember that my bike is parked at the station", userId });
    const newBike = await remember({ content: "my bike is now at the office", userId });
    const expired = await remember({ content: "the parcel locker code 8812 is valid until tonight", userId, ttlSeconds: 3600 });
    await sql.query("UPDATE memories SET expires_at = now() - interval '1 second' WHERE id = $1", [expired]);
    const neglected = await remember({ content: "my old gym was FitLife on Baker Street", userId, importance: 0.8 });
    await sql.query(
      "UPDATE memories SET created_at = now() - interval '40 days', updated_at = now() - interval '40 days', last_accessed_at = now() - interval '20 days' WHERE id = $1",
      [neglected],
    );
    const conversation = (await api(sessions.url, "POST", "/v1/sessions", { userId })).body.id as string;
    for (const line of ["We need a plan for the garden.", "Tomatoes go by the fence.", "The garden hose leaks near the tap."]) {
      await say(conversation, line, userId);
      expect((await api(sessions.url, "POST", `/v1/sessions/${conversation}/turns`, { role: "assistant", content: "Noted." }, actingAs(userId))).status).toBe(201);
    }
    expect((await api(sessions.url, "POST", `/v1/sessions/${conversation}/end`, undefined, actingAs(userId))).status).toBe(200);

    // Before: nothing embedded, both copies and both bike statements stand, the expired row is still stored.
    const before = await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1 AND embedding IS NULL AND deleted_at IS NULL", [userId]);
    expect(before.rows[0].n).toBeGreaterThanOrEqual(7);
    expect((await memoryRow(oldBike)).superseded_by).toBeNull();
    expect(await memoryRow(expired)).toBeDefined();

    const { id, finished, list } = await dreamNow();
    expect(list[0]).toMatchObject({ topic: "dream.started", header: { cycleId: id, trigger: "request" } });
    expect(finished.header).toMatchObject({ status: "finished", cycleId: id });
    const counts = finished.header.counts as Record<string, number>;
    expect(finished.header.durationMs).toBeGreaterThan(0);

    expect(idsIn(list, "dream.expired")).toEqual([expired]);
    expect(await memoryRow(expired)).toBeUndefined();

    const embedded = idsIn(list, "dream.embedded");
    expect(embedded).toEqual(expect.arrayContaining([copyA, copyB, other, oldBike, newBike, neglected]));
    expect(counts.embedded).toBe(embedded.length);
    const unembedded = await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1 AND embedding IS NULL AND deleted_at IS NULL", [userId]);
    expect(unembedded.rows[0].n).toBe(0);
    expect(await memoryRow(other)).toMatchObject({ embedding_model: "universal-sentence-encoder-lite", embedding_dimension: 512 });

    const merges = list.filter((e) => e.topic === "dream.merged");
    expect(merges).toHaveLength(1);
    const { keptId, mergedIds } = merges[0].header as { keptId: string; mergedIds: string[] };
    expect([keptId, ...mergedIds].sort()).toEqual([copyA, copyB].sort());
    const kept = await memoryRow(keptId);
    const gone = await memoryRow(mergedIds[0]);
    expect(gone.deleted_at).not.toBeNull();
    expect(gone.superseded_by).toBe(keptId);
    expect(kept).toMatchObject({ deleted_at: null, reinforcement_count: 1, tags: ["anna", "hiking"] });
    expect(kept.importance).toBeCloseTo(0.65, 6);

    expect(list.filter((e) => e.topic === "dream.superseded").map((e) => e.header)).toEqual([
      { cycleId: id, memoryId: oldBike, supersededBy: newBike, subject: "my bike (location)" },
    ]);
    expect((await memoryRow(oldBike)).superseded_by).toBe(newBike);
    expect((await memoryRow(newBike)).superseded_by).toBeNull();

    expect(idsIn(list, "dream.decayed")).toContain(neglected);
    expect((await memoryRow(neglected)).importance).toBeCloseTo(0.72, 6);
    expect((await memoryRow(newBike)).importance).toBe(0.5);

    const episodes = list.filter((e) => e.topic === "dream.episode");
    expect(episodes.map((e) => e.header.sessionId)).toEqual([conversation]);
    const episode = await memoryRow(episodes[0].header.memoryId as string);
    expect(episode).toMatchObject({ type: "episode", session_id: conversation, user_id: userId, source: "dreamworld" });
    expect(episode.content).toContain("a conversation of 6 turns");
    expect(episode.content).toContain("The garden hose leaks near the tap");

    // The stored report is what was published.
    const report = await api(dreamworld.url, "GET", `/v1/dreams/${id}`);
    expect(report.body).toMatchObject({ id, status: "finished", trigger: "request", counts, stoppedAtStep: null, error: null });
    expect(report.body.changes).toHaveLength(list.length - 2);
    expect((await api(dreamworld.url, "GET", "/v1/dreams?limit=1")).body.cycles.map((c: { id: string }) => c.id)).toEqual([id]);

    // Everything was consolidated: a second cycle has nothing left to change (decay waits for its interval).
    const again = await dreamNow();
    expect(again.finished.header).toMatchObject({ status: "finished", counts: { expired: 0, embedded: 0, merged: 0, superseded: 0, episodes: 0, decayed: 0 } });
  });

  it("stops at the next safe point when a user turn arrives, and a later cycle finishes the work", async () => {
    const userId = `user-${randomUUID()}`;
    const memories = Array.from({ length: 240 }, (_, i) => ({ content: `Reading list entry ${i}: volume ${i * 7} of the collected letters`, type: "note", userId }));
    expect((await api(orchestrator.url, "POST", "/v1/memories/batch", { memories }, actingAs(userId))).status).toBe(201);
    const unembedded = async () =>
      (await sql.query("SELECT count(*)::int AS n FROM memories WHERE user_id = $1 AND embedding IS NULL", [userId])).rows[0].n as number;

    const started = await api(dreamworld.url, "POST", "/v1/dream");
    expect(started.status).toBe(202);
    const id = started.body.id as string;
    await eventually(async () => cycleEvents(id).some((e) => e.topic === "dream.embedded"), 30_000, 5);
    const busy = await api(dreamworld.url, "POST", "/v1/dream");
    expect(busy.status).toBe(409);
    expect(busy.body.error).toMatchObject({ code: "conflict", details: { cycleId: id } });
    await say(keepAwake, "what's on my reading list?");
    await eventually(async () => cycleEvents(id).some((e) => e.topic === "dream.finished"), 30_000);

    const finished = cycleEvents(id).find((e) => e.topic === "dream.finished")!;
    expect(finished.header).toMatchObject({ status: "interrupted", stoppedAtStep: "embed", reason: "user turn" });
    const embeddedBeforeStop = (finished.header.counts as Record<string, number>).embedded;
    expect(embeddedBeforeStop).toBeGreaterThan(0);
    expect(embeddedBeforeStop).toBeLessThan(240);
    expect(await unembedded()).toBe(240 - embeddedBeforeStop);
    // Steps after the interrupted one never ran.
    expect(cycleEvents(id).some((e) => e.topic === "dream.decayed" || e.topic === "dream.merged")).toBe(false);
    const report = await api(dreamworld.url, "GET", `/v1/dreams/${id}`);
    expect(report.body).toMatchObject({ status: "interrupted", stoppedAtStep: "embed", notes: ["interrupted by user turn"] });

    const resumed = await dreamNow();
    expect(resumed.finished.header).toMatchObject({ status: "finished" });
    expect((resumed.finished.header.counts as Record<string, number>).embedded).toBe(240 - embeddedBeforeStop);
    expect(await unembedded()).toBe(0);
  });

  it("dreams by itself once no turn has run for DREAM_IDLE_SECONDS", async () => {
    const idleEvents: StreamMessage[] = [];
    const idle = await startDreamworldOnPeers({ DREAM_IDLE_SECONDS: "1", DECAY_INTERVAL_HOURS: "1" });
    const idleSubscription = await listen(idle.pubUrl, idleEvents);
    try {
      const turn = await say(keepAwake, "good night");
      await eventually(async () => idleEvents.some((e) => e.topic === "dream.finished"), 20_000);
      const started = idleEvents.find((e) => e.topic === "dream.started")!;
      expect(started.header.trigger).toBe("idle");
      expect(Date.parse(started.header.startedAt as string) - Date.parse(turn.createdAt)).toBeGreaterThanOrEqual(1000);
      expect(idleEvents.find((e) => e.topic === "dream.finished")!.header.status).toBe("finished");
    } finally {
      await idleSubscription.close();
      await idle.agent.close();
    }
  });
});

describe("bad input", () => {
  it.each([
    ["GET", "/v1/dreams?limit=0"],
    ["GET", "/v1/dreams?limit=many"],
    ["GET", "/v1/dreams?since=yesterday"],
    ["GET", "/v1/dreams/not-a-uuid"],
  ])("%s %s is a 400", async (method, path) => {
    const reply = await api(dreamworld.url, method, path);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe("validation_failed");
  });

  it("refuses a dream request with a body it does not understand, and starts nothing", async () => {
    const cyclesBefore = (await sql.query("SELECT count(*)::int AS n FROM dream_cycles")).rows[0].n;
    const reply = await api(dreamworld.url, "POST", "/v1/dream", { now: "please" });
    expect(reply.status).toBe(400);
    expect((await sql.query("SELECT count(*)::int AS n FROM dream_cycles")).rows[0].n).toBe(cyclesBefore);
  });

  it("answers 404 for an unknown cycle", async () => {
    const reply = await api(dreamworld.url, "GET", `/v1/dreams/${randomUUID()}`);
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe("not_found");
  });

  it("reports its PUB endpoint and database when ready", async () => {
    const ready = await api(dreamworld.url, "GET", "/ready");
    expect(ready.status).toBe(200);
    expect(ready.body.checks.publisher.detail.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.body.checks.database.ok).toBe(true);
  });
});
