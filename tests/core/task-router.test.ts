import { agent as healthMonitor } from "../../agents-src/core/health-monitor/agent";
import { agent as taskRouter } from "../../agents-src/core/task-router/agent";
import { exemplars } from "../../agents-src/core/task-router/exemplars";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { getFreePort } from "../../agents-src/kit/ports";
import { startPc2, unreachableUrl } from "../support/memory-services";
import { waitUntil } from "../support/agent-process";
import { expectRefusedAndHealthy } from "./support/bad-input";
import { EmbedDouble, startEmbedDouble } from "./support/pc2-embed-double";

interface Targets {
  targets: Array<{ target: string; state: string; lastProbe?: { ok: boolean } }>;
  embeddings: { state: string; cachedModels: string[] };
}

const probeMs = 100;

describe("task-router over HTTP", () => {
  let pc2: EmbedDouble;
  let pc2Port: number;
  let monitorPort: number;
  let monitor: RunningAgent<unknown> | undefined;
  let router: RunningAgent<unknown>;

  const startMonitor = () =>
    startAgent(healthMonitor, {
      SERVICE_NAME: "health-monitor",
      HTTP_PORT: String(monitorPort),
      LOG_LEVEL: "silent",
      HEALTH_SERVICES: "task-router",
      TASK_ROUTER_URL: "http://127.0.0.1:1",
    });
  const route = async (text: string) => {
    const res = await fetch(`${router.url}/v1/route`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { intent: string; target: string; targetState: string; classifier: string; slots: Record<string, string> };
  };
  const targets = async () => (await (await fetch(`${router.url}/v1/targets`)).json()) as Targets;
  const stateOf = async (target: string) => (await targets()).targets.find((t) => t.target === target)?.state;

  beforeAll(async () => {
    pc2Port = await getFreePort();
    pc2 = await startEmbedDouble({ port: pc2Port });
    monitorPort = await getFreePort();
    monitor = await startMonitor();
    const dead = `http://127.0.0.1:${await getFreePort()}`;
    router = await startAgent(taskRouter, {
      SERVICE_NAME: "task-router",
      HTTP_PORT: "0",
      LOG_LEVEL: "silent",
      PC2_URL: pc2.url,
      MEMORY_ORCHESTRATOR_URL: dead,
      UNIFIED_MEMORY_REASONING_URL: dead,
      HEALTH_MONITOR_URL: monitor.url,
      TARGET_PROBE_INTERVAL_MS: String(probeMs),
      TARGET_PROBE_TIMEOUT_MS: "200",
    });
  });

  afterAll(async () => {
    await router?.close();
    await monitor?.close();
    await pc2?.close();
  });

  it("classifies with pc2's embeddings, embedding the exemplars once", async () => {
    await waitUntil(async () => (await targets()).embeddings.cachedModels.length > 0, 5000);
    expect(await route("the plumber comes on tuesday")).toMatchObject({
      intent: "remember",
      target: "memory-orchestrator",
      classifier: "embedding",
      slots: { fact: "the plumber comes on tuesday" },
    });
    expect(await route("remember that my car is parked on level 3")).toMatchObject({
      intent: "remember",
      classifier: "lexical",
      slots: { fact: "my car is parked on level 3" },
    });
    // Once, in batches pc2 accepts; an utterance is embedded alone.
    expect(pc2.requests.filter((texts) => texts.length > 1).flat()).toHaveLength(exemplars.length);
  });

  it("opens the circuit of a dead target and keeps a live one closed", async () => {
    await waitUntil(async () => (await stateOf("unified-memory-reasoning")) === "open", 5000);
    const report = await targets();
    expect(report.targets.map((t) => [t.target, t.state]).sort()).toEqual([
      ["health-monitor", "closed"],
      ["memory-orchestrator", "open"],
      ["unified-memory-reasoning", "open"],
    ]);
    expect(await route("where is my car")).toMatchObject({ intent: "recall", target: "unified-memory-reasoning", targetState: "open" });
  });

  it("sees a target stop and come back through its circuit", async () => {
    await monitor?.close();
    await waitUntil(async () => (await stateOf("health-monitor")) === "open", 5000);
    expect(await route("system status")).toMatchObject({ intent: "status", target: "health-monitor", targetState: "open" });
    monitor = await startMonitor();
    await waitUntil(async () => (await stateOf("health-monitor")) === "closed", 5000);
    expect(await route("system status")).toMatchObject({ targetState: "closed" });
  });

  it("routes lexically while pc2 is down and with embeddings again once it is back", async () => {
    await pc2.close();
    expect(await route("wears my car")).toMatchObject({ intent: "recall", classifier: "lexical" });
    pc2 = await startEmbedDouble({ port: pc2Port, model: "another-model" });
    // The pc2 circuit may have opened while it was down; it lets a trial through after its reset timeout.
    await waitUntil(async () => (await route("wears my car")).classifier === "embedding", 15_000, 200);
    expect((await targets()).embeddings.cachedModels).toContain("another-model");
  }, 30_000);

  it.each([
    ["missing text", 400, JSON.stringify({}), "application/json"],
    ["empty text", 400, JSON.stringify({ text: "   " }), "application/json"],
    ["text of the wrong type", 400, JSON.stringify({ text: 42 }), "application/json"],
    ["unknown field", 400, JSON.stringify({ text: "hi", mood: "happy" }), "application/json"],
    ["overlong text", 400, JSON.stringify({ text: "x".repeat(2001) }), "application/json"],
    ["malformed JSON", 400, "{text:", "application/json"],
    ["a JSON array", 400, "[]", "application/json"],
    ["wrong media type", 415, "text=hi", "application/x-www-form-urlencoded"],
    ["oversized body", 413, JSON.stringify({ text: "x".repeat(2 * 1024 * 1024) }), "application/json"],
  ])("answers %s with %i and the error envelope, and stays healthy", async (_name, status, body, type) => {
    await expectRefusedAndHealthy(router.url, "/v1/route", status, body, type);
    expect((await route("what time is it")).intent).toBe("time");
  });

  it("answers unknown routes and methods with 404", async () => {
    expect((await fetch(`${router.url}/v1/route`)).status).toBe(404);
    expect((await fetch(`${router.url}/v1/targets`, { method: "POST" })).status).toBe(404);
  });
});

describe("task-router with the real pc2 embeddings", () => {
  let pc2: RunningAgent<unknown>;
  let withEmbeddings: RunningAgent<unknown>;
  let lexicalOnly: RunningAgent<unknown>;

  const startRouter = async (pc2Url: string) => {
    const dead = await unreachableUrl();
    return startAgent(taskRouter, {
      SERVICE_NAME: "task-router",
      HTTP_PORT: "0",
      LOG_LEVEL: "silent",
      PC2_URL: pc2Url,
      MEMORY_ORCHESTRATOR_URL: dead,
      UNIFIED_MEMORY_REASONING_URL: dead,
      HEALTH_MONITOR_URL: dead,
    });
  };
  const route = async (router: RunningAgent<unknown>, text: string) =>
    (await (
      await fetch(`${router.url}/v1/route`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })
    ).json()) as { intent: string; classifier: string };

  beforeAll(async () => {
    pc2 = await startPc2();
    withEmbeddings = await startRouter(pc2.url);
    lexicalOnly = await startRouter(await unreachableUrl());
    await waitUntil(async () => {
      const report = (await (await fetch(`${withEmbeddings.url}/v1/targets`)).json()) as Targets;
      return report.embeddings.cachedModels.length > 0;
    }, 30_000, 100);
  }, 90_000);
  afterAll(async () => {
    await withEmbeddings?.close();
    await lexicalOnly?.close();
    await pc2?.close();
  });

  // Paraphrases that share few words with any exemplar: the lexical path alone gets them wrong.
  it.each([
    ["what's the current hour", "time"],
    ["cheers mate", "small_talk"],
    ["any clue about the keys whereabouts", "recall"],
  ])("routes %j to %s with sentence embeddings, where lexical matching alone does not", async (text, intent) => {
    expect(await route(withEmbeddings, text)).toEqual(expect.objectContaining({ intent, classifier: "embedding" }));
    expect(await route(lexicalOnly, text)).toEqual(expect.objectContaining({ classifier: "lexical", intent: expect.not.stringMatching(`^${intent}$`) }));
  });
});
