/**
 * The edge: the coordinator's HTTP routes and the audio WebSocket admit a device by its token, act
 * as the token's user (never a user named in a body), refuse foreign Hosts and Origins, and limit
 * each device's rate and connections.
 */
import { connect } from "node:net";
import { Client } from "pg";
import WebSocket from "ws";
import { agent as coordinatorAgent } from "../../agents-src/core/coordinator/agent";
import { clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { Pool } from "pg";
import { revokeTokens } from "../../agents-src/memory/identity/device-tokens";
import { agent as reasoningAgent } from "../../agents-src/pc2/unified-memory-reasoning/agent";
import { AudioClient } from "../audio/audio-client";
import { bearer, deviceTokenFor, internalCredential } from "../support/access";
import { coordinatorEnvFor, startPreprocessor, startTaskRouter } from "../support/coordinator-peers";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { startMemoryOrchestrator, startSessionMemory, unreachableUrl } from "../support/memory-services";
import { startedAgents } from "../support/started-agents";

const quiet = { LOG_LEVEL: "silent", HTTP_PORT: "0" };
let db: TestDatabase;
let sql: Client;
const agents = startedAgents();
const { started } = agents;
let coordinator: RunningAgent<unknown>;
let preprocessor: RunningAgent<unknown>;
let coordinatorEnv: Record<string, string>;
let alice: string;
let bob: string;

beforeAll(async () => {
  db = await createTestDatabase("edge");
  await migrate(db.url);
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  const secured = { INTERNAL_TOKEN_FILE: internalCredential().file };
  const down = await unreachableUrl();
  const orchestrator = await started(startMemoryOrchestrator(db.url, down, secured));
  const sessions = await started(startSessionMemory(db.url, orchestrator.url, secured));
  const reasoning = await started(
    startAgent(reasoningAgent, { ...quiet, ...secured, SERVICE_NAME: "unified-memory-reasoning", MEMORY_ORCHESTRATOR_URL: orchestrator.url, SESSION_MEMORY_URL: sessions.url }),
  );
  const peers = { pc2: down, orchestrator: orchestrator.url, reasoning: reasoning.url, health: down };
  const router = await started(startTaskRouter(peers, { ...secured, SESSION_MEMORY_URL: sessions.url }));
  preprocessor = await started(
    startPreprocessor(orchestrator.url, {
      ...secured,
      MAX_SESSIONS_PER_DEVICE: "2",
      DEVICE_TOKEN_CACHE_MS: "0",
      ALLOWED_HOSTS: "127.0.0.1,localhost",
      ALLOWED_ORIGINS: "http://localhost:8080",
    }),
  );
  coordinatorEnv = coordinatorEnvFor(
    {
      ...peers,
      router: router.url,
      sessions: sessions.url,
      preprocessor: preprocessor.url,
      vadPub: down.replace("http", "tcp"),
      timekeeper: down,
      timekeeperPub: down.replace("http", "tcp"),
    },
    {
      ...secured,
      // Every request checks the token afresh, so a revocation shows at once.
      DEVICE_TOKEN_CACHE_MS: "0",
      ALLOWED_HOSTS: "127.0.0.1,localhost",
      ALLOWED_ORIGINS: "http://localhost:8080",
    },
  );
  coordinator = await started(startAgent(coordinatorAgent, coordinatorEnv));
  alice = (await deviceTokenFor(db.url, "alice", "alice's phone")).token;
  bob = (await deviceTokenFor(db.url, "bob", "bob's laptop")).token;
}, 90_000);

afterAll(async () => {
  await agents.closeAll();
  await sql?.end();
  await db?.drop();
  await releaseTestServer();
});

async function ask(text: string, headers: Record<string, string>, url = coordinator.url, extra: object = {}) {
  const res = await fetch(`${url}/v1/ask`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ text, ...extra }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe("device tokens at the coordinator", () => {
  it("refuses a request without a token, with an unknown one, and with a revoked one", async () => {
    const none = await ask("what time is it", {});
    expect(none.status).toBe(401);
    expect(none.body).toEqual({
      error: { code: "unauthorized", message: "send a device token as Authorization: Bearer (create one with `npm run users -- token NAME`)" },
    });
    const unknown = await ask("what time is it", bearer("x".repeat(43)));
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error: { code: "unauthorized", message: "device token not recognised or revoked" } });

    const { token, tokenId } = await deviceTokenFor(db.url, "carol", "carol's watch");
    expect((await ask("what time is it", bearer(token))).status).toBe(200);
    const pool = new Pool({ connectionString: db.url, max: 1 });
    await revokeTokens(pool, { tokenId });
    await pool.end();
    const revoked = await ask("what time is it", bearer(token));
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toBe("device token not recognised or revoked");
  });

  it("keeps the users apart through /v1/ask: B can neither recall nor forget A's keys", async () => {
    const stored = await ask("remember that my keys are in the kitchen drawer", bearer(alice));
    expect(stored.body.reply).toBe("Okay, I'll remember that your keys are in the kitchen drawer.");
    const asked = await ask("where are my keys", bearer(bob));
    expect(asked.status).toBe(200);
    expect(asked.body.reply).not.toMatch(/drawer/);
    const forgot = await ask("forget my keys", bearer(bob));
    expect(forgot.body.reply).toBe("I don't have anything about your keys to forget.");
    const still = await ask("where are my keys", bearer(alice));
    expect(still.body.reply).toMatch(/kitchen drawer/);
    const rows = (await sql.query("SELECT user_id FROM memories WHERE content ILIKE '%kitchen drawer%' AND deleted_at IS NULL")).rows;
    expect(rows).toEqual([{ user_id: "alice" }]);
  });

  it("does not let B continue A's conversation", async () => {
    const first = await ask("hello there", bearer(alice));
    const hijack = await ask("hello again", bearer(bob), coordinator.url, { sessionId: first.body.sessionId });
    expect(hijack.status).toBe(404);
    expect(hijack.body).toEqual({ error: { code: "unknown_session", message: `no session ${first.body.sessionId}` } });
    const turns = (await sql.query("SELECT content FROM turns WHERE session_id = $1 ORDER BY seq", [first.body.sessionId])).rows.map((r) => r.content);
    expect(turns).not.toContain("hello again");
  });

  it("refuses a user named in the body", async () => {
    const named = await ask("what time is it", bearer(bob), coordinator.url, { userId: "alice" });
    expect(named.status).toBe(400);
  });

  it("limits each device's rate with 429 and Retry-After", async () => {
    const limited = await started(startAgent(coordinatorAgent, { ...coordinatorEnv, EDGE_RATE_PER_SECOND: "0.5", EDGE_RATE_BURST: "2" }));
    expect((await ask("what time is it", bearer(alice), limited.url)).status).toBe(200);
    expect((await ask("what time is it", bearer(alice), limited.url)).status).toBe(200);
    const third = await ask("what time is it", bearer(alice), limited.url);
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("2");
    expect(third.body).toEqual({ error: { code: "rate_limited", message: "too many requests from this device; retry in 2 s" } });
    expect((await ask("what time is it", bearer(bob), limited.url)).status).toBe(200);
  });
});

describe("browser protections", () => {
  it("refuses a foreign Origin and a foreign Host, and opens CORS to the allowed origin only", async () => {
    const foreign = await ask("what time is it", { ...bearer(alice), origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ error: { code: "origin_not_allowed", message: 'Origin "https://evil.example" may not call this service' } });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await ask("what time is it", { ...bearer(alice), origin: "http://localhost:8080" });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:8080");

    const rebound = await rawRequest(coordinator.url, `GET /health HTTP/1.1\r\nHost: attacker.example:${new URL(coordinator.url).port}\r\nConnection: close\r\n\r\n`);
    expect(rebound).toMatch(/^HTTP\/1.1 403/);
    expect(rebound).toContain('"code":"host_not_allowed"');
  });

  it("cuts off a client that sends its headers too slowly", async () => {
    const slow = await started(startAgent(coordinatorAgent, { ...coordinatorEnv, HTTP_HEADERS_TIMEOUT_MS: "500", HTTP_REQUEST_TIMEOUT_MS: "1000" }));
    const startedAt = Date.now();
    const answer = await rawRequest(slow.url, `POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
  });
});

describe("the audio WebSocket", () => {
  const wsUrl = () => `${preprocessor.url.replace("http", "ws")}${clientAudioPath}`;

  it("closes with 4401 without a valid token", async () => {
    const none = await AudioClient.connect(wsUrl(), {});
    expect(await none.closed).toEqual({ code: 4401, reason: "unauthorized" });
    expect(none.events[0]).toMatchObject({ type: "error", code: "unauthorized" });
    const wrong = await AudioClient.connect(wsUrl(), bearer("y".repeat(43)));
    expect(await wrong.closed).toEqual({ code: 4401, reason: "unauthorized" });
    expect(wrong.events).toEqual([{ type: "error", code: "unauthorized", message: "device token not recognised or revoked" }]);
  });

  it("admits a browser that sends its token as the first event, and tells the coordinator whose session it is", async () => {
    const client = await AudioClient.connect(wsUrl(), { origin: "http://localhost:8080" });
    client.send({ type: "auth", token: alice });
    const sessionId = await client.sessionId;
    const described = await fetch(`${preprocessor.url}/v1/sessions/${sessionId}`, { headers: internalCredential().headers });
    expect(((await described.json()) as { userId: string }).userId).toBe("alice");
    client.socket.close();
  });

  it("refuses a foreign Origin at the upgrade", async () => {
    const socket = new WebSocket(wsUrl(), { headers: { ...bearer(alice), origin: "https://evil.example" } });
    // With a listener for the refusal, ws leaves ending the request to us.
    const status = await new Promise<number>((resolve) => socket.on("unexpected-response", (req, res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    }));
    expect(status).toBe(403);
  });

  it("caps the sessions one device holds", async () => {
    const first = await AudioClient.connect(wsUrl(), bearer(bob));
    const second = await AudioClient.connect(wsUrl(), bearer(bob));
    await Promise.all([first.sessionId, second.sessionId]);
    const third = await AudioClient.connect(wsUrl(), bearer(bob));
    expect(await third.closed).toEqual({ code: 1013, reason: "too_many_sessions_for_device" });
    const other = await AudioClient.connect(wsUrl(), bearer(alice));
    await other.sessionId;
    for (const c of [first, second, other]) c.socket.close();
  });
});

/** Sends raw bytes and reads the answer until the server closes, for what fetch will not send. */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let received = "";
    socket.on("data", (d) => (received += d.toString()));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}
