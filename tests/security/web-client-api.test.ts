/**
 * The coordinator's routes for the web client (and any device): memories, timers and health with
 * a device token, each acting as the token's user only. Another user's memory or timer is as
 * unknown as a missing one; bad input is refused before any peer is asked and changes nothing.
 */
import { get } from "node:http";
import type { RunningAgent } from "../../agents-src/kit/agent";
import { actingAs, deviceTokenFor, internalCredential } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { callEdge, startEdgeCoordinator } from "../support/edge-coordinator";
import { startTimekeeper } from "../support/memory-services";
import { startedAgents } from "../support/started-agents";
import { buildWebClient } from "../support/web-client-build";

const agents = startedAgents();
let db: TestDatabase;
let orchestrator: RunningAgent<unknown>;
let timekeeper: RunningAgent<unknown>;
let coordinator: RunningAgent<unknown>;
let alice: string;
let bob: string;
let down: string;

beforeAll(async () => {
  await buildWebClient();
  db = await createTestDatabase("web_client_api");
  await migrate(db.url);
  const keeper = await startTimekeeper(db.url, { INTERNAL_TOKEN_FILE: internalCredential().file });
  timekeeper = await agents.started(keeper.agent);
  ({ coordinator, orchestrator, unreachable: down } = await startEdgeCoordinator(
    agents,
    db.url,
    { timekeeper: timekeeper.url, timekeeperPub: keeper.pubUrl },
    { ALLOWED_HOSTS: "127.0.0.1,localhost", ALLOWED_ORIGINS: "http://127.0.0.1:7000" },
  ));
  alice = (await deviceTokenFor(db.url, "alice", "alice's browser")).token;
  bob = (await deviceTokenFor(db.url, "bob", "bob's browser")).token;
}, 90_000);

afterAll(async () => {
  await agents.closeAll();
  await db?.drop();
  await releaseTestServer();
});

const call = (method: string, path: string, token: string | undefined, body?: unknown) => callEdge(coordinator.url, method, path, token, body);

/** A GET with headers fetch will not send as given (Host). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    get(`${coordinator.url}${path}`, { headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text.startsWith("{") ? JSON.parse(text) : text }));
    }).on("error", reject);
  });
}

async function remember(user: string, content: string): Promise<string> {
  const res = await fetch(`${orchestrator.url}/v1/memories`, {
    method: "POST",
    headers: { ...actingAs(user), "content-type": "application/json" },
    body: JSON.stringify({ content, type: "fact" }),
  });
  return ((await res.json()) as { id: string }).id;
}

async function startTimer(user: string, label: string): Promise<string> {
  const res = await fetch(`${timekeeper.url}/v1/timers`, {
    method: "POST",
    headers: { ...actingAs(user), "content-type": "application/json" },
    body: JSON.stringify({ kind: "timer", label, durationMs: 600_000 }),
  });
  return ((await res.json()) as { id: string }).id;
}

describe("memories through the coordinator", () => {
  let aliceKeys: string;
  let bobBike: string;

  beforeAll(async () => {
    aliceKeys = await remember("alice", "my keys are in the drawer");
    await remember("alice", "my passport is in the safe");
    bobBike = await remember("bob", "my bike is in the shed");
  });

  it("wants a device token", async () => {
    for (const [method, path] of [["GET", "/v1/memories"], ["POST", "/v1/memories/search"], ["DELETE", `/v1/memories/${aliceKeys}`], ["GET", "/v1/timers"], ["GET", "/v1/health"]]) {
      expect(await call(method, path, undefined, method === "POST" ? { query: "keys" } : undefined)).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
      expect((await call(method, path, "not-a-token", method === "POST" ? { query: "keys" } : undefined)).status).toBe(401);
    }
  });

  it("lists and searches only the user's own memories, newest first", async () => {
    const listed = await call("GET", "/v1/memories", alice);
    expect(listed.status).toBe(200);
    expect(listed.body.memories.map((m: { content: string }) => m.content)).toEqual(["my passport is in the safe", "my keys are in the drawer"]);
    const found = await call("POST", "/v1/memories/search", alice, { query: "where is the bike" });
    expect(found.status).toBe(200);
    expect(found.body.results.map((m: { content: string }) => m.content)).not.toContain("my bike is in the shed");
    const bobs = await call("POST", "/v1/memories/search", bob, { query: "bike shed" });
    expect(bobs.body.results.map((m: { content: string }) => m.content)).toEqual(["my bike is in the shed"]);
  });

  it("refuses a search that names a user or a filter, and a bad limit", async () => {
    expect(await call("POST", "/v1/memories/search", alice, { query: "bike", userId: "bob" })).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
    expect((await call("POST", "/v1/memories/search", alice, { query: "  " })).status).toBe(400);
    expect((await call("GET", "/v1/memories?limit=0", alice)).status).toBe(400);
    expect((await call("GET", "/v1/memories?userId=bob", alice)).status).toBe(400);
  });

  it("deletes the user's own memory, and answers 404 for another user's, which stays", async () => {
    expect(await call("DELETE", `/v1/memories/${bobBike}`, alice)).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call("GET", "/v1/memories", bob)).body.memories.map((m: { id: string }) => m.id)).toContain(bobBike);
    expect((await call("DELETE", "/v1/memories/not-a-uuid", alice)).status).toBe(400);
    expect(await call("DELETE", `/v1/memories/${aliceKeys}`, alice)).toEqual({ status: 204, body: undefined });
    expect((await call("GET", "/v1/memories", alice)).body.memories.map((m: { content: string }) => m.content)).toEqual(["my passport is in the safe"]);
    expect((await call("POST", "/v1/memories/search", alice, { query: "keys drawer" })).body.results).toEqual([]);
    expect((await call("DELETE", `/v1/memories/${aliceKeys}`, alice)).status).toBe(404);
  });
});

describe("timers through the coordinator", () => {
  it("lists and cancels only the user's own timers", async () => {
    const tea = await startTimer("alice", "tea");
    const bread = await startTimer("bob", "bread");
    const listed = await call("GET", "/v1/timers", alice);
    expect(listed.body.timers.map((t: { label: string }) => t.label)).toEqual(["tea"]);
    expect(await call("POST", `/v1/timers/${bread}/cancel`, alice)).toMatchObject({ status: 404 });
    expect((await call("GET", "/v1/timers", bob)).body.timers.map((t: { id: string; state: string }) => [t.id, t.state])).toEqual([[bread, "running"]]);
    expect((await call("POST", `/v1/timers/${tea}/announced`, alice)).status).toBe(400);
    expect(await call("POST", `/v1/timers/${tea}/cancel`, alice)).toMatchObject({ status: 200, body: { id: tea, state: "cancelled" } });
    expect(await call("POST", `/v1/timers/${tea}/cancel`, alice)).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    expect((await call("GET", "/v1/timers", alice)).body.timers).toEqual([]);
  });
});

describe("health through the coordinator", () => {
  it("answers 503 naming the health monitor when it is down", async () => {
    const health = await call("GET", "/v1/health", alice);
    expect(health.status).toBe(503);
    expect(health.body.error.message).toMatch(/^health-monitor unreachable: .*; try again shortly$/);
  });
});

describe("the web client's files", () => {
  it("serves the page without a token, gzipped, with a content security policy", async () => {
    const page = await fetch(`${coordinator.url}/`, { headers: { "accept-encoding": "gzip" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await page.text()).toContain("<title>Voice assistant</title>");
    const config = await fetch(`${coordinator.url}/web/config.json`);
    // The preprocessor's port as the coordinator reaches it, which is the browser's too on one machine.
    expect(await config.json()).toEqual({ audioPath: "/v1/audio", audioPort: Number(new URL(down).port) });
  });

  it("keeps the Host and Origin checks on the page and on the routes it calls", async () => {
    const port = new URL(coordinator.url).port;
    expect(await rawGet("/", { host: `evil.example:${port}` })).toMatchObject({ status: 403, body: { error: { code: "host_not_allowed" } } });
    expect(await rawGet("/v1/memories", { origin: "http://evil.example", authorization: `Bearer ${alice}` })).toMatchObject({
      status: 403,
      body: { error: { code: "origin_not_allowed" } },
    });
    expect((await rawGet("/v1/memories", { origin: "http://127.0.0.1:7000", authorization: `Bearer ${alice}` })).status).toBe(200);
  });

  it("serves nothing outside its folder", async () => {
    for (const path of ["/web/..%2Fpackage.json", "/web/../package.json", "/web/app.ts", "/web/.env"]) {
      expect((await fetch(`${coordinator.url}${path}`)).status).toBe(404);
    }
  });
});
