import { join } from "node:path";
import { getFreePort } from "../../agents-src/kit/ports";
import type { ServiceName } from "../../agents-src/kit/catalog";
import { Launcher, ServiceRow } from "../../agents-src/launcher/launcher";
import { containerRestartPolicy, RestartBackoff } from "../../agents-src/launcher/restart-backoff";
import type { PlannedService } from "../../agents-src/launcher/service-plan";
import { formatServiceTable } from "../../agents-src/launcher/service-table";
import { waitUntil } from "../support/agent-process";

describe("RestartBackoff with the containers' policy", () => {
  it.each([
    ["the first quick failure", [500], [100]],
    ["quick failures in a row, doubling", [500, 500, 500, 500], [100, 200, 400, 800]],
    ["the fifth quick failure in a row: stop", [500, 500, 500, 500, 500], [100, 200, 400, 800, undefined]],
    ["a healthy run in between: the count starts again", [500, 500, 500, 10_000, 500, 500], [100, 200, 400, 100, 100, 200]],
  ])("%s", (_what, runs, delays) => {
    const backoff = new RestartBackoff(containerRestartPolicy);
    expect(runs.map((ranMs) => backoff.nextDelay(ranMs))).toEqual(delays);
  });

  it("waits at most a minute", () => {
    const backoff = new RestartBackoff({ ...containerRestartPolicy, maxQuickFailures: 100 });
    const delays = Array.from({ length: 14 }, () => backoff.nextDelay(0));
    expect(delays.slice(-3)).toEqual([60_000, 60_000, 60_000]);
  });
});

describe("the launcher's supervision, with real child processes", () => {
  const toyService = join(__dirname, "fixtures/toy-service.js");
  let launcher: Launcher | undefined;
  let output: string[];
  let tables: string[];

  async function plannedToy(name: ServiceName, env: Record<string, string> = {}): Promise<PlannedService> {
    const port = await getFreePort();
    return { name, built: true, job: false, ports: { http: port }, env: { PORT: String(port), ...env }, url: `http://127.0.0.1:${port}` };
  }

  function launch(plan: PlannedService[]): Launcher {
    output = [];
    tables = [];
    launcher = new Launcher({
      plan,
      command: process.execPath,
      argsFor: () => [toyService],
      baseEnv: { PATH: process.env.PATH },
      output: (line) => output.push(line),
      readyTimeoutMs: 10_000,
      stopGraceMs: 2000,
      changed: (rows: ServiceRow[]) => tables.push(formatServiceTable(rows)),
    });
    return launcher;
  }
  const text = () => output.join("\n");
  const pidOf = (name: string) => Number([...text().matchAll(new RegExp(`^${name} +\\| toy service pid (\\d+)$`, "gm"))].at(-1)?.[1]);

  afterEach(async () => {
    await launcher?.stop();
    launcher = undefined;
  });

  it("reports a killed service at once with its last lines, shows it restarting, and brings it back", async () => {
    const killed = await plannedToy("task-router");
    const bystander = await plannedToy("health-monitor");
    const rows = await launch([killed, bystander]).start();
    expect(rows.map((r) => r.state)).toEqual(["ready", "ready"]);
    const firstPid = pidOf("task-router");

    process.kill(firstPid, "SIGKILL");
    await waitUntil(() => /launcher: task-router was killed by SIGKILL/.test(text()), 5000);
    expect(text()).toMatch(new RegExp(`launcher: task-router was killed by SIGKILL after \\d+\\.\\d s; its last lines:\\n {4}toy service pid ${firstPid}\\n`));
    expect(text()).toMatch(/launcher: restarting task-router in 100 ms/);
    expect(tables[0]).toMatch(/^task-router +restarting +http:\/\/127\.0\.0\.1:\d+$/m);
    expect(tables[0]).toMatch(/^health-monitor +ready /m);

    await waitUntil(() => tables.some((t) => /^task-router +ready /m.test(t)), 10_000);
    expect(pidOf("task-router")).not.toBe(firstPid);
    expect((await fetch(`${killed.url}/ready`)).status).toBe(200);
    expect(launcher?.rows().map((r) => r.state)).toEqual(["ready", "ready"]);
  });

  it("stops restarting a service after five quick failures in a row and says so, while the rest keep running", async () => {
    const crashing = await plannedToy("task-router", { CRASH_CODE: "3" });
    const healthy = await plannedToy("health-monitor");
    const rows = await launch([crashing, healthy]).start();
    expect(rows.map((r) => [r.service.name, r.state])).toEqual([
      ["task-router", "failed"],
      ["health-monitor", "ready"],
    ]);
    const exits = text().match(/^launcher: task-router exited with code 3 after \d+\.\d s; its last lines:\n {4}toy service pid \d+\n {4}fatal: cannot open the model directory$/gm);
    expect(exits).toHaveLength(5);
    expect(text().match(/^launcher: restarting task-router in \d+ ms$/gm)).toEqual([
      "launcher: restarting task-router in 100 ms",
      "launcher: restarting task-router in 200 ms",
      "launcher: restarting task-router in 400 ms",
      "launcher: restarting task-router in 800 ms",
    ]);
    expect(text()).toMatch(/^launcher: task-router failed 5 times in a row, each within 10 s of starting; not restarting it$/m);
    await new Promise((r) => setTimeout(r, 1000));
    expect(text().match(/^task-router +\| toy service pid/gm)).toHaveLength(5);
    expect((await fetch(`${healthy.url}/ready`)).status).toBe(200);
  });

  it("restarts nothing when Ctrl-C reaches the services as well as the launcher", async () => {
    const plan = [await plannedToy("task-router"), await plannedToy("health-monitor"), await plannedToy("vad")];
    await launch(plan).start();
    for (const service of plan) process.kill(pidOf(service.name), "SIGINT");
    await launcher?.stop();
    await new Promise((r) => setTimeout(r, 500));
    expect(text()).not.toMatch(/launcher: /);
    expect(text().match(/toy service pid/g)).toHaveLength(3);
  });

  it("does not restart what it stops", async () => {
    const service = await plannedToy("task-router");
    await launch([service]).start();
    await launcher?.stop();
    await new Promise((r) => setTimeout(r, 500));
    expect(text()).not.toMatch(/launcher: /);
    await expect(fetch(`${service.url}/ready`)).rejects.toThrow();
  });
});
