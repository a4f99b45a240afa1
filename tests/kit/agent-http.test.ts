import { z } from "zod";
import { AgentDefinition, RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { baseAgentConfig } from "../../agents-src/kit/config";
import { badRequest, notFound, parseBody } from "../../agents-src/kit/errors";
import { currentRequestId } from "../../agents-src/kit/request-context";

const config = baseAgentConfig.extend({ ECHO_PEER_URL: z.url().optional() });
type Config = z.infer<typeof config>;

/** A tiny agent exercising the kit's plumbing the way real agents use it. */
function echoAgent(state: { ready: boolean; closed: string[] }): AgentDefinition<Config> {
  return {
    name: "task-router",
    config,
    async setup(ctx) {
      ctx.app.post("/v1/echo", async (request) => {
        const body = parseBody(z.object({ text: z.string().min(1).max(20) }), request.body);
        if (body.text === "boom") throw badRequest("boom is not allowed", { field: "text" });
        return { text: body.text, requestId: currentRequestId() };
      });
      ctx.app.get("/v1/things/:id", async () => {
        throw notFound("no such thing");
      });
      ctx.app.get("/v1/crash", async () => {
        throw new Error("secret internals");
      });
      ctx.onClose(() => {
        state.closed.push("first");
      });
      ctx.onClose(() => {
        state.closed.push("second");
      });
      return { ready: async () => ({ dependency: { ok: state.ready, detail: state.ready ? "up" : "down" } }) };
    },
  };
}

describe("agent HTTP server", () => {
  const state = { ready: true, closed: [] as string[] };
  let agent: RunningAgent<Config>;

  beforeAll(async () => {
    agent = await startAgent(echoAgent(state), { SERVICE_NAME: "task-router", HTTP_PORT: "0", LOG_LEVEL: "silent", BODY_LIMIT_BYTES: "256" });
  });
  afterAll(() => agent.close());

  const post = (path: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(`${agent.url}${path}`, { method: "POST", body, headers });

  it("serves health, readiness and metrics", async () => {
    expect((await fetch(`${agent.url}/health`)).status).toBe(200);
    const ready = await fetch(`${agent.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { dependency: { ok: true } } });
    state.ready = false;
    const notReady = await fetch(`${agent.url}/ready`);
    expect(notReady.status).toBe(503);
    state.ready = true;
    await post("/v1/echo", JSON.stringify({ text: "hi" }));
    const metrics = await (await fetch(`${agent.url}/metrics`)).text();
    expect(metrics).toMatch(/http_requests_total\{method="POST",route="\/v1\/echo",status="200",service="task-router"\} \d+/);
    expect(metrics).toContain("http_request_duration_seconds_bucket");
  });

  it("carries the caller's request id into the handler and the response", async () => {
    const res = await post("/v1/echo", JSON.stringify({ text: "hi" }), { "content-type": "application/json", "x-request-id": "turn-42" });
    expect(res.headers.get("x-request-id")).toBe("turn-42");
    expect(await res.json()).toEqual({ text: "hi", requestId: "turn-42" });
  });

  it.each([
    ["malformed JSON", "/v1/echo", "{not json", "application/json", 400, "malformed_json"],
    ["schema violation", "/v1/echo", JSON.stringify({ text: "" }), "application/json", 400, "validation_failed"],
    ["domain error", "/v1/echo", JSON.stringify({ text: "boom" }), "application/json", 400, "bad_request"],
    ["oversized body", "/v1/echo", JSON.stringify({ text: "x".repeat(400) }), "application/json", 413, "payload_too_large"],
    ["wrong media type", "/v1/echo", "<xml/>", "application/xml", 415, "unsupported_media_type"],
    // fastify would parse text/plain by default; the kit answers it like any other non-JSON body.
    ["plain text on a JSON route", "/v1/echo", JSON.stringify({ text: "hi" }), "text/plain", 415, "unsupported_media_type"],
  ])("answers %s with the error envelope", async (_name, path, body, type, status, code) => {
    const res = await post(path, body, { "content-type": type });
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe("string");
  });

  it("answers unknown routes and ids with 404 envelopes, and hides internals of a 500", async () => {
    expect(((await (await fetch(`${agent.url}/nope`)).json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await fetch(`${agent.url}/v1/things/7`)).status).toBe(404);
    const crash = await fetch(`${agent.url}/v1/crash`);
    expect(crash.status).toBe(500);
    expect(await crash.text()).not.toContain("secret internals");
    expect((await fetch(`${agent.url}/health`)).status).toBe(200);
  });

  it("runs cleanups in reverse order on close", async () => {
    const other = await startAgent(echoAgent(state), { SERVICE_NAME: "x", HTTP_PORT: "0", LOG_LEVEL: "silent" });
    state.closed = [];
    await other.close();
    expect(state.closed).toEqual(["second", "first"]);
  });
});

it("refuses to start with a headers timeout longer than the request timeout, naming the variable", async () => {
  const state = { ready: true, closed: [] as string[] };
  await expect(
    startAgent(echoAgent(state), { SERVICE_NAME: "task-router", HTTP_PORT: "0", LOG_LEVEL: "silent", HTTP_REQUEST_TIMEOUT_MS: "1000", HTTP_HEADERS_TIMEOUT_MS: "5000" }),
  ).rejects.toThrow("invalid configuration: HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (1000)");
});
