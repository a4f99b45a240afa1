import pino from "pino";
import { Pool } from "pg";
import type { RunningAgent } from "../../agents-src/kit/agent";
import { StreamMessage, subscribe, Subscription } from "../../agents-src/kit/messaging";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { eventually, startTimekeeper } from "../support/memory-services";

const logger = pino({ level: "silent" });

describe("timekeeper", () => {
  let db: TestDatabase;
  let timekeeper: { agent: RunningAgent<unknown>; pubUrl: string };
  let events: Subscription;
  const fired: StreamMessage[] = [];

  const call = async (method: string, path: string, user: string | null, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (user !== null) headers["x-voice-user"] = user;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${timekeeper.agent.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    db = await createTestDatabase("timekeeper");
    await migrate(db.url);
    timekeeper = await startTimekeeper(db.url);
    events = await subscribe(timekeeper.pubUrl, ["timer.fired"], (m) => void fired.push(m), logger);
    await new Promise((r) => setTimeout(r, 300));
  }, 60_000);

  afterAll(async () => {
    await events?.close();
    await timekeeper?.agent.close();
    await db?.drop();
    await releaseTestServer();
  });

  it("keeps each user's timers apart and refuses a request that names no user", async () => {
    const noUser = await call("GET", "/v1/timers", null);
    expect(noUser).toEqual({ status: 400, body: { error: { code: "user_scope_required", message: "this route acts for one user: send the x-voice-user header" } } });
    const pasta = await call("POST", "/v1/timers", "ann", { kind: "timer", label: "pasta", durationMs: 600_000 });
    expect(pasta.status).toBe(201);
    expect(pasta.body).toMatchObject({ userId: "ann", kind: "timer", label: "pasta", durationMs: 600_000, state: "running" });
    expect(pasta.body.remainingMs).toBeGreaterThan(598_000);
    expect((await call("GET", "/v1/timers", "bob")).body).toEqual({ timers: [] });
    expect((await call("POST", `/v1/timers/${pasta.body.id}/cancel`, "bob")).status).toBe(404);
    expect((await call("GET", "/v1/timers", "ann")).body.timers.map((t: { id: string }) => t.id)).toEqual([pasta.body.id]);
  });

  it("pauses, resumes and cancels, and says why a change does not apply", async () => {
    const { body: timer } = await call("POST", "/v1/timers", "cara", { kind: "timer", durationMs: 60_000 });
    const paused = await call("POST", `/v1/timers/${timer.id}/pause`, "cara");
    expect(paused.body).toMatchObject({ state: "paused" });
    await new Promise((r) => setTimeout(r, 300));
    // The clock stopped while paused.
    const still = await call("GET", `/v1/timers/${timer.id}`, "cara");
    expect(still.body.remainingMs).toBe(paused.body.remainingMs);
    const again = await call("POST", `/v1/timers/${timer.id}/pause`, "cara");
    expect(again).toEqual({ status: 409, body: { error: { code: "conflict", message: `timer ${timer.id} is paused; pause needs it running`, details: { state: "paused" } } } });
    expect((await call("POST", `/v1/timers/${timer.id}/resume`, "cara")).body).toMatchObject({ state: "running" });
    expect((await call("POST", `/v1/timers/${timer.id}/cancel`, "cara")).body).toMatchObject({ state: "cancelled" });
    expect((await call("GET", "/v1/timers", "cara")).body.timers).toEqual([]);
  });

  it("adds time to a running or a paused timer and takes it off, never into the past, for its user only", async () => {
    const { body: timer } = await call("POST", "/v1/timers", "fay", { kind: "timer", label: "rice", durationMs: 600_000 });
    const added = await call("POST", `/v1/timers/${timer.id}/add-time`, "fay", { ms: 300_000 });
    expect(added.status).toBe(200);
    // Its length is what it runs for now ("make it 15" after "make it 20" counts from 20).
    expect(added.body).toMatchObject({ state: "running", durationMs: 900_000 });
    expect(Date.parse(added.body.dueAt) - Date.parse(timer.dueAt)).toBe(300_000);
    const paused = await call("POST", `/v1/timers/${timer.id}/pause`, "fay");
    const less = await call("POST", `/v1/timers/${timer.id}/add-time`, "fay", { ms: -120_000 });
    expect(less.body).toMatchObject({ state: "paused", remainingMs: paused.body.remainingMs - 120_000, durationMs: 780_000 });
    expect((await call("POST", `/v1/timers/${timer.id}/add-time`, "fay", { ms: -3_600_000 })).body).toMatchObject({ state: "paused", remainingMs: 0 });
    // Another user's timer is as unknown as a missing one, and unchanged.
    expect((await call("POST", `/v1/timers/${timer.id}/add-time`, "gus", { ms: 60_000 })).status).toBe(404);
    expect((await call("GET", `/v1/timers/${timer.id}`, "fay")).body.remainingMs).toBe(0);
    await call("POST", `/v1/timers/${timer.id}/cancel`, "fay");
    const late = await call("POST", `/v1/timers/${timer.id}/add-time`, "fay", { ms: 60_000 });
    expect(late).toEqual({ status: 409, body: { error: { code: "conflict", message: `timer ${timer.id} is cancelled; adding time needs it running or paused`, details: { state: "cancelled" } } } });
  });

  it.each([[{ ms: 0 }], [{ ms: 1.5 }], [{ ms: "60000" }], [{}], [{ ms: 60_000, label: "x" }]])("refuses to add %j with 400 and changes nothing", async (body) => {
    const { body: timer } = await call("POST", "/v1/timers", "hal", { kind: "timer", durationMs: 600_000 });
    const res = await call("POST", `/v1/timers/${timer.id}/add-time`, "hal", body);
    expect(res.status).toBe(400);
    expect((await call("GET", `/v1/timers/${timer.id}`, "hal")).body.dueAt).toBe(timer.dueAt);
  });

  it.each([
    [{ kind: "timer" }, "exactly one of durationMs and dueAt"],
    [{ kind: "timer", durationMs: 10 }, "durationMs"],
    [{ kind: "reminder", dueAt: new Date(Date.now() + 60_000).toISOString() }, "a reminder needs a label"],
    [{ kind: "reminder", label: "x", dueAt: "2001-01-01T00:00:00Z" }, "dueAt is in the past"],
    [{ kind: "alarm", durationMs: 5000 }, "kind"],
  ])("refuses %j with 400 and stores nothing", async (body, message) => {
    const res = await call("POST", "/v1/timers", "dan", body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(message);
    expect((await call("GET", "/v1/timers", "dan")).body.timers).toEqual([]);
  });

  it("sets a repeating reminder's next occurrence by its rule, on the wall clock of its time zone", async () => {
    const pool = new Pool({ connectionString: db.url });
    try {
      const next = async (due: string, rule: string, zone: string, after: string) =>
        (await pool.query<{ next: Date }>("SELECT timer_next_due($1, $2, $3, $4) AS next", [due, rule, zone, after])).rows[0].next.toISOString();
      // 8 PM stays 8 PM when British clocks go forward (March 29, 2026): 20:00 GMT, then 19:00 UTC.
      expect(await next("2026-03-28T20:00:00Z", "P1D", "Europe/London", "2026-03-28T20:00:01Z")).toBe("2026-03-29T19:00:00.000Z");
      // After days away, the first one still to come, not one per day missed.
      expect(await next("2026-03-20T20:00:00Z", "P1D", "Europe/London", "2026-03-28T21:00:00Z")).toBe("2026-03-29T19:00:00.000Z");
      // Friday at 7, then Monday at 7; a Saturday start moves to Monday.
      expect(await next("2026-12-04T07:00:00Z", "weekdays", "UTC", "2026-12-04T07:00:01Z")).toBe("2026-12-07T07:00:00.000Z");
      expect(await next("2026-12-05T07:00:00Z", "weekdays", "UTC", "2026-12-01T00:00:00Z")).toBe("2026-12-07T07:00:00.000Z");
      expect(await next("2026-12-07T09:00:00Z", "P1W", "America/New_York", "2026-12-07T09:00:01Z")).toBe("2026-12-14T09:00:00.000Z");
      // Hours are elapsed time, counted from the first; a first still to come is the first.
      expect(await next("2026-12-07T10:00:00Z", "PT4H", "UTC", "2026-12-07T18:30:00Z")).toBe("2026-12-07T22:00:00.000Z");
      expect(await next("2026-12-07T10:00:00Z", "PT4H", "UTC", "2026-12-07T09:00:00Z")).toBe("2026-12-07T10:00:00.000Z");
      // Counted from the series' first: the 31st comes back on the 31st after February's 28th.
      expect(await next("2026-01-31T09:00:00Z", "P1M", "UTC", "2026-01-31T09:00:01Z")).toBe("2026-02-28T09:00:00.000Z");
      expect(await next("2026-01-31T09:00:00Z", "P1M", "UTC", "2026-02-28T09:00:01Z")).toBe("2026-03-31T09:00:00.000Z");
      expect(await next("2026-03-03T09:00:00Z", "P1Y", "UTC", "2026-03-03T09:00:01Z")).toBe("2027-03-03T09:00:00.000Z");
    } finally {
      await pool.end();
    }
  });

  it("fires a repeating reminder and sets its next one in the same step; cancelling that ends the series", async () => {
    const dueAt = new Date(Date.now() + 800).toISOString();
    const { status, body: pills } = await call("POST", "/v1/timers", "fay", { kind: "reminder", label: "take my pills", dueAt, repeat: "P1D", timeZone: "Europe/London" });
    expect(status).toBe(201);
    expect(pills).toMatchObject({ repeat: "P1D", timeZone: "Europe/London", dueAt });
    await eventually(async () => fired.some((m) => m.header.id === pills.id), 5000, 50);
    const [following] = (await call("GET", "/v1/timers", "fay")).body.timers;
    expect(following).toMatchObject({ kind: "reminder", label: "take my pills", repeat: "P1D", timeZone: "Europe/London", state: "running" });
    expect(Date.parse(following.dueAt) - Date.parse(dueAt)).toBe(24 * 3_600_000);
    expect((await call("POST", `/v1/timers/${following.id}/cancel`, "fay")).body.state).toBe("cancelled");
    expect((await call("GET", "/v1/timers", "fay")).body.timers).toEqual([]);
    // A first moment already passed today starts at the next one.
    const { body: morning } = await call("POST", "/v1/timers", "fay", {
      kind: "reminder", label: "open the curtains", dueAt: new Date(Date.now() - 3_600_000).toISOString(), repeat: "P1D", timeZone: "UTC",
    });
    expect(Date.parse(morning.dueAt) - Date.now()).toBeGreaterThan(22 * 3_600_000);
  });

  it.each([
    [{ kind: "reminder", label: "x", dueAt: "2030-01-01T08:00:00Z", repeat: "P1D", timeZone: "Mars/Olympus" }, "unknown time zone Mars/Olympus"],
    [{ kind: "reminder", label: "x", dueAt: "2030-01-01T08:00:00Z", repeat: "P1D" }, "repeat and timeZone go together"],
    [{ kind: "timer", durationMs: 60_000, repeat: "P1D", timeZone: "UTC" }, "only a reminder at a moment repeats"],
    [{ kind: "reminder", label: "x", dueAt: "2030-01-01T08:00:00Z", repeat: "PT30H", timeZone: "UTC" }, "PT1H to PT23H"],
  ])("refuses a repeating reminder it cannot keep: %j", async (body, message) => {
    const res = await call("POST", "/v1/timers", "gus", body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(message);
    expect((await call("GET", "/v1/timers", "gus")).body.timers).toEqual([]);
  });

  it("fires a due timer once, publishes it, and keeps it until it is told; a restart keeps the rest", async () => {
    const { body: soon } = await call("POST", "/v1/timers", "eve", { kind: "timer", label: "tea", durationMs: 1000 });
    const { body: later } = await call("POST", "/v1/timers", "eve", { kind: "reminder", label: "call mom", dueAt: new Date(Date.now() + 3_600_000).toISOString() });
    await eventually(async () => fired.some((m) => m.header.id === soon.id), 5000, 50);
    expect(fired.filter((m) => m.header.id === soon.id)).toHaveLength(1);
    expect(fired.find((m) => m.header.id === soon.id)?.header).toMatchObject({ userId: "eve", kind: "timer", label: "tea", state: "fired" });
    const untold = await call("GET", "/v1/timers/unannounced", "eve");
    expect(untold.body.timers.map((t: { id: string }) => t.id)).toEqual([soon.id]);
    expect((await call("POST", `/v1/timers/${soon.id}/announced`, "eve")).body.announcedAt).not.toBeNull();
    expect((await call("GET", "/v1/timers/unannounced", "eve")).body.timers).toEqual([]);

    await timekeeper.agent.close();
    timekeeper = await startTimekeeper(db.url, { ZMQ_PUB_PORT: timekeeper.pubUrl.split(":").pop() as string });
    expect((await call("GET", "/v1/timers", "eve")).body.timers.map((t: { id: string }) => t.id)).toEqual([later.id]);
  });
});
