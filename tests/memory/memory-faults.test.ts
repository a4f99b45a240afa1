import { Client } from "pg";
import type { RunningAgent } from "../../agents-src/kit";
import { migrate, runDbSetup } from "../support/db-setup-process";
import { api, eventually, startMemoryOrchestrator, startSessionMemory, unreachableUrl } from "../support/memory-services";
import { PostgresCluster, startPostgresCluster } from "../support/postgres-cluster";

/** These tests stop and start PostgreSQL, so they own their server instead of sharing one. */
let cluster: PostgresCluster;
let databaseUrl: string;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const admin = new Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE memory");
  await admin.end();
  databaseUrl = cluster.url("memory");
});

afterAll(async () => {
  await cluster?.destroy();
});

it("db-setup waits for a PostgreSQL that comes up late, then migrates", async () => {
  await cluster.stop();
  let waiting: () => void = () => undefined;
  const waitingSeen = new Promise<void>((resolve) => (waiting = resolve));
  const job = runDbSetup({ MIGRATION_DATABASE_URL: databaseUrl, DB_WAIT_TIMEOUT_MS: "30000" }, (output) => {
    if (output.match(/waiting for PostgreSQL/g)?.length === 2) waiting();
  });
  await waitingSeen;
  await cluster.start();
  const result = await job;
  expect(result.code).toBe(0);
  expect(result.output).toContain("migrations applied");
  await migrate(databaseUrl);
}, 60_000);

describe("with PostgreSQL stopped and restarted under load", () => {
  let orchestrator: RunningAgent<unknown>;
  let sessions: RunningAgent<unknown>;

  beforeAll(async () => {
    orchestrator = await startMemoryOrchestrator(databaseUrl, await unreachableUrl(), { DB_CONNECT_TIMEOUT_MS: "500" });
    sessions = await startSessionMemory(databaseUrl, orchestrator.url, { DB_CONNECT_TIMEOUT_MS: "500" });
  });
  afterAll(async () => {
    await sessions?.close();
    await orchestrator?.close();
  });

  it("answers 503 while it is down, recovers by itself, and loses no acknowledged write", async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    const errorCodes = new Set<string>();
    let n = 0;
    let running = true;
    const writer = async () => {
      while (running) {
        const i = n++;
        const response = await api(orchestrator.url, "POST", "/v1/memories", { content: `write-loop memory number ${i}`, type: "event", userId: "loop" });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) acknowledged.push(response.body.id);
        else errorCodes.add(response.body?.error?.code);
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    try {
      await eventually(async () => acknowledged.length >= 50);
      // An immediate stop is a crash: only what was committed, and so acknowledged, must survive it.
      await cluster.stop("immediate");
      const acknowledgedBeforeOutage = acknowledged.length;
      await eventually(async () => (statuses.get(503) ?? 0) >= 20);
      expect((await api(orchestrator.url, "GET", "/ready")).status).toBe(503);
      const sessionWhileDown = await api(sessions.url, "POST", "/v1/sessions", {});
      expect(sessionWhileDown.status).toBe(503);
      expect(sessionWhileDown.headers.get("retry-after")).toBe("1");

      await cluster.start();
      await eventually(async () => acknowledged.length >= acknowledgedBeforeOutage + 50, 20_000);
    } finally {
      running = false;
      await Promise.allSettled(writers);
    }

    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    expect([...errorCodes]).toEqual(["unavailable"]);
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    try {
      const { rows } = await check.query<{ id: string }>("SELECT id FROM memories WHERE id = ANY($1::uuid[])", [acknowledged]);
      expect(rows).toHaveLength(acknowledged.length);
    } finally {
      await check.end();
    }
    expect((await api(orchestrator.url, "GET", "/ready")).status).toBe(200);
    expect((await api(sessions.url, "POST", "/v1/sessions", {})).status).toBe(201);
  }, 60_000);
});
