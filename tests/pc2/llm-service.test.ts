import { rmSync } from "node:fs";
import type { AgentProcess } from "../support/agent-process";
import { waitUntil } from "../support/agent-process";
import { internalCredential } from "../support/access";
import { spawnLlm, tinyModelFile, tinyModelsDir } from "../support/llm-service";

const json = { "content-type": "application/json" };
const ask = (content: string, extra: object = {}) => ({ messages: [{ role: "system", content: "You are brief." }, { role: "user", content }], temperature: 0, max_tokens: 24, ...extra });

function post(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { ...json, ...internalCredential().headers }, body: JSON.stringify(body), ...init });
}

/** Each `data:` event of a server-sent event stream, in order. */
function events(text: string): string[] {
  expect(text.endsWith("\n\n")).toBe(true);
  return text
    .split("\n\n")
    .filter((e) => e !== "")
    .map((e) => {
      expect(e.startsWith("data: ")).toBe(true);
      return e.slice("data: ".length);
    });
}

/** Loose on purpose: the assertions below check the shape field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const jsonOf = async (response: Response): Promise<any> => response.json();

async function metric(url: string, line: RegExp): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = text.split("\n").find((l) => line.test(l));
  return match === undefined ? 0 : Number(match.split(" ").pop());
}

describe("llm service with a generated tiny llama model", () => {
  let llm: AgentProcess;
  let modelsDir: string;

  beforeAll(async () => {
    modelsDir = tinyModelsDir(3);
    llm = await spawnLlm({ MODELS_DIR: modelsDir, LLM_MODEL: tinyModelFile, LLM_DEVICE: "cpu", LLM_MAX_TOKENS: "400" });
  }, 90_000);
  afterAll(async () => {
    await llm?.kill("SIGTERM");
    rmSync(modelsDir, { recursive: true, force: true });
  });

  it("reports the loaded model and its device on /ready", async () => {
    const response = await fetch(`${llm.url}/ready`);
    const body = await jsonOf(response);
    expect(response.status).toBe(200);
    expect(body.checks.model.ok).toBe(true);
    expect(body.checks.model.detail).toMatchObject({ model: tinyModelFile, name: "tiny-random-llama-seed-3", device: "cpu", contextSize: 1024 });
  });

  it("refuses a caller without the internal credential", async () => {
    const response = await fetch(`${llm.url}/v1/chat/completions`, { method: "POST", headers: json, body: JSON.stringify(ask("hello")) });
    expect(response.status).toBe(401);
    expect((await jsonOf(response)).error.code).toBe("unauthorized");
  });

  it.each([
    ["no messages", { messages: [] }, "messages"],
    ["a reply last", { messages: [{ role: "assistant", content: "hi" }] }, "messages"],
    ["an unknown role", { messages: [{ role: "tool", content: "x" }] }, "messages.0.role"],
    ["more tokens than the service allows", { ...ask("hi"), max_tokens: 401 }, "max_tokens"],
    ["a temperature out of range", { ...ask("hi"), temperature: 3 }, "temperature"],
  ])("answers 400 naming the field for %s", async (_what, body, path) => {
    const response = await post(llm.url, body);
    expect(response.status).toBe(400);
    const { error } = await jsonOf(response);
    expect(error.code).toBe("validation_failed");
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("answers in OpenAI's chat completion shape, the same reply for the same greedy request", async () => {
    const first = await jsonOf(await post(llm.url, ask("hello there")));
    const second = await jsonOf(await post(llm.url, ask("hello there")));
    expect(first).toMatchObject({ object: "chat.completion", model: "tiny-random-llama-seed-3", choices: [{ index: 0, message: { role: "assistant" } }] });
    expect(first.id).toMatch(/^chatcmpl-/);
    expect(first.choices[0].message.content.length).toBeGreaterThan(0);
    expect(["stop", "length"]).toContain(first.choices[0].finish_reason);
    expect(first.usage.completion_tokens).toBeGreaterThan(0);
    expect(first.usage.completion_tokens).toBeLessThanOrEqual(24);
    expect(second.choices[0].message.content).toBe(first.choices[0].message.content);
  });

  it("streams the same reply as server-sent chunks ending in [DONE]", async () => {
    const whole = (await jsonOf(await post(llm.url, ask("tell me a story")))).choices[0].message.content as string;
    const response = await post(llm.url, ask("tell me a story", { stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
    const data = events(await response.text());
    expect(data[data.length - 1]).toBe("[DONE]");
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0].id)).toBe(true);
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant" });
    const last = chunks[chunks.length - 1];
    expect(["stop", "length"]).toContain(last.choices[0].finish_reason);
    expect(last.usage.completion_tokens).toBeGreaterThan(0);
    const text = chunks.map((c) => c.choices[0].delta.content ?? "").join("");
    expect(chunks.length).toBeGreaterThan(3);
    expect(text).toBe(whole);
  });

  it("stops generating soon after the caller goes away", async () => {
    const cancelledBefore = await metric(llm.url, /^llm_replies_total\{.*finish="cancelled"/);
    const tokensBefore = await metric(llm.url, /^llm_generated_tokens_total/);
    const caller = new AbortController();
    const response = await post(llm.url, ask("go on and on", { stream: true, max_tokens: 400, temperature: 1, seed: 5 }), { signal: caller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    caller.abort();
    await waitUntil(async () => (await metric(llm.url, /^llm_replies_total\{.*finish="cancelled"/)) === cancelledBefore + 1, 5_000);
    const generated = (await metric(llm.url, /^llm_generated_tokens_total/)) - tokensBefore;
    expect(generated).toBeLessThan(400);
    // The one sequence is free again: the next request is answered.
    expect((await post(llm.url, ask("hello"))).status).toBe(200);
  });

  it("lets a caller waiting for the busy sequence go without an error of its own", async () => {
    const first = new AbortController();
    const busy = await post(llm.url, ask("go on", { stream: true, max_tokens: 400, temperature: 1, seed: 9 }), { signal: first.signal });
    await busy.body!.getReader().read();
    const second = new AbortController();
    const waiting = post(llm.url, ask("me too"), { signal: second.signal }).then(() => "answered", (err: Error) => err.name);
    await new Promise((r) => setTimeout(r, 200));
    second.abort();
    expect(await waiting).toBe("AbortError");
    first.abort();
    // Long enough for the llm to have answered the waiting request's error handler, had it failed.
    await new Promise((r) => setTimeout(r, 1000));
    expect(llm.output()).not.toMatch(/unhandled error/);
  });
});

describe("llm service without a model", () => {
  let llm: AgentProcess;
  beforeAll(async () => {
    llm = await spawnLlm({});
  }, 60_000);
  afterAll(() => llm?.kill("SIGTERM"));

  it("is ready and says it is not configured", async () => {
    const response = await fetch(`${llm.url}/ready`);
    expect(response.status).toBe(200);
    expect((await jsonOf(response)).checks.model).toEqual({ ok: true, detail: "llm not configured: set LLM_MODEL to a GGUF file in the models volume" });
  });

  it("answers chat requests 503 llm_not_configured", async () => {
    const response = await post(llm.url, ask("hello"));
    expect(response.status).toBe(503);
    expect((await jsonOf(response)).error).toEqual({ code: "llm_not_configured", message: "llm not configured: set LLM_MODEL to a GGUF file in the models volume" });
  });
});

describe("llm service with a model file that is not there", () => {
  it("is not ready and says which file is missing", async () => {
    const modelsDir = tinyModelsDir();
    const llm = await spawnLlm({ MODELS_DIR: modelsDir, LLM_MODEL: "absent.gguf" }, false);
    try {
      await waitUntil(async () => (await jsonOf(await fetch(`${llm.url}/ready`))).checks.model.detail !== "loading absent.gguf", 10_000);
      const response = await fetch(`${llm.url}/ready`);
      expect(response.status).toBe(503);
      expect((await jsonOf(response)).checks.model.detail).toBe(`absent.gguf did not load: LLM_MODEL absent.gguf is not in ${modelsDir} (${modelsDir}/absent.gguf does not exist)`);
    } finally {
      await llm.kill("SIGTERM");
      rmSync(modelsDir, { recursive: true, force: true });
    }
  }, 60_000);
});
