/**
 * The probe's faults (issue 23): input that passed validation and then failed inside with a 500.
 * Each case must now be a 4xx envelope that changes nothing, over a real socket.
 */
import { Client } from "pg";
import { startAgent, RunningAgent } from "../../agents-src/kit";
import { agent as preprocessorAgent, clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { getFreePort } from "../../agents-src/kit/ports";
import { AudioClient } from "../audio/audio-client";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, startMemoryOrchestrator, startSessionMemory, testUser, unreachableUrl } from "../support/memory-services";
import { IdentityService, startIdentityService } from "../support/identity-service";
import { sharedEventLoopEnv } from "../support/shared-event-loop";
import { startModelServer } from "../pc2/support/model-server";

/** `{"a":{"a":...1...}}`, `depth` objects deep, written by hand: JSON.stringify itself overflows the stack at 10,000. */
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** A raw POST, for bodies JSON.stringify could not write, acting for the tests' user. */
async function postRaw(url: string, body: string | Buffer, contentType: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: "POST", body, headers: { "content-type": contentType, ...actingAs(testUser) } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe("memory services", () => {
  let db: TestDatabase;
  let sql: Client;
  let orchestrator: RunningAgent<unknown>;
  let sessions: RunningAgent<unknown>;

  beforeAll(async () => {
    db = await createTestDatabase("faults");
    await migrate(db.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl());
    sessions = await startSessionMemory(db.url, orchestrator.url);
  });

  afterAll(async () => {
    await sessions?.close();
    await orchestrator?.close();
    await sql?.end();
    await db?.drop();
    await releaseTestServer();
  });

  const count = async (table: string) => Number((await sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const vectorWith = (value: number) => [0.5, value, 0.25];

  describe("embeddings outside what float4 holds", () => {
    it.each([
      ["1e308", 1e308],
      ["-1e39", -1e39],
      ["1e-320 (a subnormal PostgreSQL reads as 0)", 1e-320],
      ["1e-40 (a subnormal float4 keeps only in part)", 1e-40],
    ])("refuses %s on POST /v1/memories and /v1/memories/search with a 400 naming the element", async (_what, value) => {
      const embedding = { model: "probe", vector: vectorWith(value) };
      const expected = {
        error: {
          code: "validation_failed",
          message: "invalid request body",
          details: [{ path: "embedding.vector.1", message: "must be 0 or a float4 magnitude between 1.1754944e-38 and 3.4028235e+38" }],
        },
      };
      const created = await api(orchestrator.url, "POST", "/v1/memories", { content: "the probe's memory", type: "fact", userId: "probe", embedding });
      expect(created).toMatchObject({ status: 400, body: expected });
      const searched = await api(orchestrator.url, "POST", "/v1/memories/search", { query: "probe", userId: "probe", embedding });
      expect(searched).toMatchObject({ status: 400, body: expected });
      expect(await count("memories")).toBe(0);
    });

    it("still takes the float4 extremes and zeros", async () => {
      const embedding = { model: "probe", vector: [3.4028235e38, -1.1754944e-38, 0, 1] };
      const created = await api(orchestrator.url, "POST", "/v1/memories", { content: "extremes", type: "fact", userId: "probe", embedding });
      expect(created.status).toBe(201);
      expect(created.body.embedding).toMatchObject({ model: "probe", dimension: 4 });
      await sql.query("DELETE FROM memories");
    });
  });

  describe("turn metadata that jsonb cannot hold", () => {
    let sessionId: string;
    beforeAll(async () => {
      sessionId = (await api(sessions.url, "POST", "/v1/sessions", {})).body.id;
    });
    const turnBody = (metadata: string) => `{"role":"user","content":"hello","metadata":${metadata}}`;
    const postTurn = (metadata: string) => postRaw(`${sessions.url}/v1/sessions/${sessionId}/turns`, turnBody(metadata), "application/json");

    it("refuses metadata nested 10,000 deep with a 400", async () => {
      const response = await postTurn(nestedObject(10_000));
      expect(response).toEqual({
        status: 400,
        body: { error: { code: "validation_failed", message: "invalid request body", details: [{ path: "metadata", message: "nested deeper than 32 levels" }] } },
      });
      expect(await count("turns")).toBe(0);
    });

    it.each([
      ["a lone high surrogate in a value", '{"note":"\\ud800"}'],
      ["a lone low surrogate in a key", '{"\\udc00":1}'],
      ["a NUL in a nested value", '{"a":["ok","\\u0000"]}'],
    ])("refuses %s with a 400", async (_what, metadata) => {
      const response = await postTurn(metadata);
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ path: "metadata", message: "must not contain NUL characters or lone surrogates" }]);
      expect(await count("turns")).toBe(0);
    });

    it("stores metadata 32 deep, with surrogate pairs and escaped backslashes, as sent", async () => {
      const metadata = `{"emoji":"\\ud83d\\ude00","path":"C:\\\\ud800","deep":${nestedObject(31)}}`;
      const response = await postTurn(metadata);
      expect(response.status).toBe(201);
      expect(response.body.metadata).toEqual(JSON.parse(metadata));
    });
  });
});

describe("fused-audio-preprocessor reply events", () => {
  let identity: IdentityService;
  let preprocessor: RunningAgent<unknown>;
  let client: AudioClient;
  let sessionId: string;

  beforeAll(async () => {
    identity = await startIdentityService("faults_reply_events");
    preprocessor = await startAgent(preprocessorAgent, {
      SERVICE_NAME: "fused-audio-preprocessor",
      HTTP_PORT: "0",
      ZMQ_PUB_PORT: String(await getFreePort()),
      LOG_LEVEL: "silent",
      PIPELINE_THREADS: "1",
      MEMORY_ORCHESTRATOR_URL: identity.url,
      ...sharedEventLoopEnv,
    });
    client = await AudioClient.connect(`${preprocessor.url.replace("http", "ws")}${clientAudioPath}`);
    sessionId = await client.sessionId;
  });
  afterAll(async () => {
    client?.socket.close();
    await preprocessor?.close();
    await identity?.close();
  });

  it("refuses an event nested 10,000 deep with a 400 and sends the client nothing", async () => {
    const response = await postRaw(`${preprocessor.url}/v1/sessions/${sessionId}/events`, `{"type":"transcript","text":${nestedObject(10_000)}}`, "application/json");
    expect(response).toEqual({
      status: 400,
      body: { error: { code: "validation_failed", message: "invalid request body", details: [{ path: "", message: "nested deeper than 32 levels" }] } },
    });
    const delivered = await postRaw(`${preprocessor.url}/v1/sessions/${sessionId}/events`, JSON.stringify({ type: "transcript", text: "hi" }), "application/json");
    expect(delivered.status).toBe(202);
    await client.waitFor(() => client.events.some((e) => e.type === "transcript"), "the transcript");
    expect(client.events.map((e) => e.type)).toEqual(["session", "transcript"]);
  });
});

describe("pc2 /v1/transcribe channel counts", () => {
  let pc2: RunningAgent<unknown>;
  // Loaded first, so that the timings below are the request's alone, not the models' loading.
  beforeAll(async () => {
    pc2 = await startModelServer();
  });
  afterAll(() => pc2?.close());

  it.each([
    ["channels=1e10", "audio/L16;channels=1e10", Buffer.alloc(0)],
    ["channels=1e6 with an empty body", "audio/L16;rate=16000;channels=1000000", Buffer.alloc(0)],
    ["channels=9", "audio/L16;channels=9", Buffer.alloc(18 * 100)],
    ["channels=0", "audio/L16;channels=0", Buffer.alloc(4)],
  ])("refuses %s with a 400 at once", async (_what, contentType, body) => {
    const started = Date.now();
    const response = await postRaw(`${pc2.url}/v1/transcribe`, body, contentType);
    expect(Date.now() - started).toBeLessThan(200);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "malformed_audio", message: expect.stringMatching(/^content-type parameter channels=\S+ is not an integer from 1 to 8$/) });
  });
});
