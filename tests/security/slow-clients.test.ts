/**
 * Slow and oversized clients (issue 23): a request whose body never comes, headers that never
 * end, reply audio larger than a client's buffer, WebSocket frames far over the limit. The agent
 * runs as its own process, as under `npm start`, so that its log lines are read as an operator would.
 */
import { connect } from "node:net";
import { getFreePort } from "../../agents-src/kit/ports";
import { clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { AudioClient } from "../audio/audio-client";
import { AgentProcess, spawnAgent, waitUntil } from "../support/agent-process";
import { IdentityService, startIdentityService } from "../support/identity-service";

const requestTimeoutMs = 1000;
const headersTimeoutMs = 500;
const maxFrameBytes = 16 * 1024;
const sendBufferBytes = 256 * 1024;

let identity: IdentityService;
let preprocessor: AgentProcess;
let wsUrl: string;

beforeAll(async () => {
  // The preprocessor admits a client by its device token, which memory-orchestrator knows.
  identity = await startIdentityService("slow_clients");
  preprocessor = await spawnAgent("fused-audio-preprocessor", await getFreePort(), {
    MEMORY_ORCHESTRATOR_URL: identity.url,
    SERVICE_NAME: "fused-audio-preprocessor",
    ZMQ_PUB_PORT: String(await getFreePort()),
    PIPELINE_THREADS: "1",
    MAX_LOOP_UTILIZATION: "1",
    LOG_LEVEL: "info",
    MAX_FRAME_BYTES: String(maxFrameBytes),
    CLIENT_SEND_BUFFER_BYTES: String(sendBufferBytes),
    HTTP_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
    HTTP_HEADERS_TIMEOUT_MS: String(headersTimeoutMs),
  });
  wsUrl = `${preprocessor.url.replace("http", "ws")}${clientAudioPath}`;
}, 60_000);
afterAll(async () => {
  preprocessor?.kill("SIGTERM");
  await identity?.close();
});

/** The agent's JSON log lines since `from` (an offset into its output). */
function logLines(from: number): Array<Record<string, unknown>> {
  return preprocessor
    .output()
    .slice(from)
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Writes `request` on a raw socket and reads until the server closes it. */
async function rawExchange(request: string): Promise<{ response: string; ms: number }> {
  const port = Number(new URL(preprocessor.url).port);
  const socket = connect(port, "127.0.0.1");
  const started = Date.now();
  let response = "";
  socket.on("data", (d: Buffer) => (response += d.toString()));
  socket.write(request);
  await new Promise<void>((resolve) => socket.on("close", () => resolve()));
  return { response, ms: Date.now() - started };
}

describe("slow HTTP clients", () => {
  it("answers a request whose body never comes with 408 once the request timeout passes", async () => {
    const { response, ms } = await rawExchange(
      "POST /v1/sessions/x/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    );
    expect(ms).toBeGreaterThanOrEqual(requestTimeoutMs - 50);
    // Node checks for expired requests once a second.
    expect(ms).toBeLessThan(requestTimeoutMs + 2500);
    expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(JSON.parse(response.split("\r\n\r\n")[1])).toEqual({
      error: {
        code: "request_timeout",
        message: `the request did not arrive in time (headers within ${headersTimeoutMs} ms, the whole request within ${requestTimeoutMs} ms)`,
      },
    });
  });

  it("answers headers that never end with 408 once the headers timeout passes", async () => {
    const { response, ms } = await rawExchange("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    expect(ms).toBeGreaterThanOrEqual(headersTimeoutMs - 50);
    expect(ms).toBeLessThan(headersTimeoutMs + 2500);
    expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it("leaves a WebSocket session open past the request timeout: it applies to requests, not to upgraded streams", async () => {
    const client = await AudioClient.connect(wsUrl);
    const sessionId = await client.sessionId;
    await new Promise((r) => setTimeout(r, requestTimeoutMs + 1500));
    expect(client.socket.readyState).toBe(client.socket.OPEN);
    const delivered = await fetch(`${preprocessor.url}/v1/sessions/${sessionId}/events`, {
      method: "POST",
      body: JSON.stringify({ type: "transcript", text: "still here" }),
      headers: { "content-type": "application/json" },
    });
    expect(delivered.status).toBe(202);
    await client.waitFor(() => client.events.some((e) => e.type === "transcript"), "the transcript");
    client.socket.close();
  });

  it("logs client faults at info, once, without a stack trace", async () => {
    const from = preprocessor.output().length;
    const response = await fetch(`${preprocessor.url}/v1/sessions/nobody/events`, { method: "POST", body: "{", headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    await rawExchange("POST /v1/sessions/x/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n");
    await waitUntil(() => logLines(from).length >= 2, 5000);
    const lines = logLines(from);
    expect(lines.map((l) => [l.level, l.msg, l.status, l.code])).toEqual([
      [30, "client fault", 400, "malformed_json"],
      [30, "client fault", 408, "request_timeout"],
    ]);
    expect(preprocessor.output().slice(from)).not.toMatch(/stack|"level":50/);
  });
});

describe("reply audio and WebSocket frames over the limits", () => {
  let client: AudioClient;
  let sessionId: string;
  beforeEach(async () => {
    client = await AudioClient.connect(wsUrl);
    sessionId = await client.sessionId;
  });
  afterEach(() => client.socket.close());

  const postAudio = (bytes: number) =>
    fetch(`${preprocessor.url}/v1/sessions/${sessionId}/audio?rate=16000`, { method: "POST", body: Buffer.alloc(bytes), headers: { "content-type": "application/octet-stream" } });

  it("takes reply audio as large as the client's buffer", async () => {
    const response = await postAudio(sendBufferBytes);
    expect(response.status).toBe(202);
    await client.waitFor(() => client.events.some((e) => e.type === "audio-stop"), "audio-stop");
    expect(Buffer.concat(client.binary).length).toBe(sendBufferBytes);
  });

  it("refuses reply audio larger than the client's buffer with 413, not a 503 to retry", async () => {
    const response = await postAudio(sendBufferBytes + 2);
    expect(response.status).toBe(413);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toEqual({
      error: {
        code: "payload_too_large",
        message: `reply audio of ${sendBufferBytes + 2} bytes exceeds the ${sendBufferBytes} bytes a client may have waiting (CLIENT_SEND_BUFFER_BYTES); send it in parts`,
      },
    });
    expect(client.events.map((e) => e.type)).toEqual(["session"]);
  });

  it.each([
    ["just over 4 x MAX_FRAME_BYTES", maxFrameBytes * 4 + 2],
    ["of 8 MB", 8 * 1024 * 1024],
  ])("closes a client that sends a frame %s with 1009, logged at info without a stack trace", async (_what, bytes) => {
    const from = preprocessor.output().length;
    client.send(Buffer.alloc(bytes));
    expect(await client.closed).toMatchObject({ code: 1009 });
    await waitUntil(() => logLines(from).some((l) => l.msg === "client WebSocket fault"), 5000);
    expect(logLines(from).find((l) => l.msg === "client WebSocket fault")).toMatchObject({
      level: 30,
      sessionId,
      code: "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH",
      reason: "Max payload size exceeded",
    });
    expect(preprocessor.output().slice(from)).not.toMatch(/stack|"level":(40|50)/);
  });
});
