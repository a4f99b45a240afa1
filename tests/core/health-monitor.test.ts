import { agent as healthMonitor } from "../../agents-src/core/health-monitor/agent";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { ConfigError } from "../../agents-src/kit/config";
import { getFreePort } from "../../agents-src/kit/ports";
import { AgentProcess, spawnAgent, waitUntil } from "../support/agent-process";

interface StatusReport {
  round: number;
  summary: Record<string, number>;
  services: Array<{ service: string; state: string; latencyMs: number | null; consecutiveFailures: number; error?: string }>;
}
interface EventsPage {
  lastSeq: number;
  events: Array<{ seq: number; service: string; from: string; to: string }>;
}

const pollMs = 200;

describe("health-monitor watching a real agent process", () => {
  let routerPort: number;
  let deadUrl: string;
  let router: AgentProcess;
  let monitor: RunningAgent<unknown>;

  const startRouter = () =>
    spawnAgent("task-router", routerPort, {
      PC2_URL: deadUrl,
      MEMORY_ORCHESTRATOR_URL: deadUrl,
      UNIFIED_MEMORY_REASONING_URL: deadUrl,
      HEALTH_MONITOR_URL: deadUrl,
    });
  const get = async <T>(path: string): Promise<T> => (await fetch(`${monitor.url}${path}`)).json() as Promise<T>;
  const status = () => get<StatusReport>("/v1/status");
  /** The poll round in which the monitor first reports the router in `state`. */
  const roundWhenRouterIs = async (state: string): Promise<number> => {
    let round = 0;
    await waitUntil(async () => {
      const report = await status();
      round = report.round;
      return report.services.find((s) => s.service === "task-router")?.state === state;
    }, 10 * pollMs);
    return round;
  };
  const stateOf = async (service: string) => (await status()).services.find((s) => s.service === service)?.state;

  beforeAll(async () => {
    routerPort = await getFreePort();
    deadUrl = `http://127.0.0.1:${await getFreePort()}`;
    router = await startRouter();
    monitor = await startAgent(healthMonitor, {
      SERVICE_NAME: "health-monitor",
      HTTP_PORT: "0",
      LOG_LEVEL: "silent",
      HEALTH_SERVICES: "task-router,coordinator",
      TASK_ROUTER_URL: router.url,
      COORDINATOR_URL: deadUrl,
      HEALTH_POLL_INTERVAL_MS: String(pollMs),
      HEALTH_PROBE_TIMEOUT_MS: "150",
    });
    await waitUntil(async () => (await fetch(`${monitor.url}/ready`)).ok, 5000);
  }, 60_000);

  afterAll(async () => {
    await monitor?.close();
    await router?.kill();
  });

  it("reports each service's state, latency and failures, and exports them as metrics", async () => {
    const report = await status();
    expect(report.summary).toMatchObject({ up: 1, down: 1 });
    const [routerStatus, coordinator] = ["task-router", "coordinator"].map((n) => report.services.find((s) => s.service === n));
    expect(routerStatus).toMatchObject({ state: "up", consecutiveFailures: 0 });
    expect(routerStatus?.latencyMs).toBeGreaterThan(0);
    expect(coordinator).toMatchObject({ state: "down", latencyMs: null });
    expect(coordinator?.consecutiveFailures).toBeGreaterThanOrEqual(1);
    expect(coordinator?.error).toMatch(/ECONNREFUSED/);
    const metrics = await (await fetch(`${monitor.url}/metrics`)).text();
    expect(metrics).toMatch(/voice_service_up\{service="task-router"\} 1/);
    expect(metrics).toMatch(/voice_service_up\{service="coordinator"\} 0/);
    expect(metrics).toMatch(/voice_service_health_latency_seconds_count\{service="task-router"\} [1-9]/);
  });

  it("sees a killed service down within two polls and back up within two polls of its restart", async () => {
    const { lastSeq } = await get<EventsPage>("/v1/events");
    const longPoll = get<EventsPage>(`/v1/events?since=${lastSeq}&waitMs=10000`);

    const roundAtKill = (await status()).round;
    await router.kill("SIGKILL");
    expect((await roundWhenRouterIs("down")) - roundAtKill).toBeLessThanOrEqual(2);
    const woken = await longPoll;
    expect(woken.events).toEqual([expect.objectContaining({ seq: lastSeq + 1, service: "task-router", from: "up", to: "down" })]);

    router = await startRouter();
    const roundAtRestart = (await status()).round;
    expect((await roundWhenRouterIs("up")) - roundAtRestart).toBeLessThanOrEqual(2);
    const after = await get<EventsPage>(`/v1/events?since=${lastSeq}`);
    expect(after.events.map((e) => `${e.service}:${e.from}->${e.to}`)).toEqual(["task-router:up->down", "task-router:down->up"]);
    expect(await stateOf("coordinator")).toBe("down");
  }, 60_000);

  it.each([
    ["/v1/events?since=-1", 400],
    ["/v1/events?since=abc", 400],
    ["/v1/events?limit=0", 400],
    ["/v1/events?waitMs=999999", 400],
    ["/v1/events?sinse=3", 400],
    ["/v1/status/no-such-service", 404],
    ["/v1/status/db-setup", 404],
    ["/v1/nothing", 404],
  ])("answers GET %s with %i and the error envelope, and stays healthy", async (path, code) => {
    const res = await fetch(`${monitor.url}${path}`);
    expect(res.status).toBe(code);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(typeof body.error.code).toBe("string");
    expect(typeof body.error.message).toBe("string");
    expect((await fetch(`${monitor.url}/health`)).status).toBe(200);
  });

  it("rejects a POST to its read-only routes with 404", async () => {
    const res = await fetch(`${monitor.url}/v1/status`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(404);
  });

  it("answers one service's status", async () => {
    const res = await fetch(`${monitor.url}/v1/status/coordinator`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ service: "coordinator", state: "down" });
  });
});

describe("health-monitor configuration", () => {
  const base = { SERVICE_NAME: "health-monitor", HTTP_PORT: "0", LOG_LEVEL: "silent" };

  it.each([
    [{ HEALTH_SERVICES: "task-router" }, "TASK_ROUTER_URL"],
    [{ HEALTH_SERVICES: "task-router,nonsense", TASK_ROUTER_URL: "http://127.0.0.1:1" }, "HEALTH_SERVICES"],
    [{ HEALTH_SERVICES: "db-setup" }, "HEALTH_SERVICES"],
    [{ HEALTH_SERVICES: "vad", VAD_URL: "not a url" }, "VAD_URL"],
    [{ HEALTH_SERVICES: "vad", VAD_URL: "http://127.0.0.1:1", HEALTH_POLL_INTERVAL_MS: "0" }, "HEALTH_POLL_INTERVAL_MS"],
  ])("refuses to start with %j, naming %s", async (env, variable) => {
    const error = await startAgent(healthMonitor, { ...base, ...env }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable)).toContain(variable);
  });
});
