import { execFile } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { launchStack as launch, serviceUrls, waitForOutput } from "../support/launched-stack";
import { unreachableUrl } from "../support/memory-services";

const repoRoot = join(__dirname, "../..");
const run = promisify(execFile);

describe("the local launcher", () => {
  it("starts the stack with its own PostgreSQL, answers a turn through `ask`, and stops everything on Ctrl-C", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "launcher-data-"));
    // As root the server runs as the postgres user, who must be able to reach the data directory.
    chmodSync(dataDir, 0o755);
    const launched = launch({ DATABASE_URL: undefined, LAUNCHER_DATA_DIR: dataDir });
    const { child, output } = launched;
    try {
      await waitForOutput(launched, /launcher: (every built service is ready|not ready: .*)/, 150_000);
      expect(output()).toMatch(/launcher: every built service is ready/);
      expect(output()).toMatch(/^db-setup +completed +-$/m);
      // The backup service is ready once its first backup is in the state directory.
      expect(output()).toMatch(/^backup +ready +http:\/\/127\.0\.0\.1:\d+$/m);
      expect(readdirSync(join(dataDir, "backups")).filter((f) => /^memories-.*\.backup\.gz$/.test(f))).toHaveLength(1);
      const urls = serviceUrls(output());
      expect(urls.has("coordinator")).toBe(true);
      // Services' warnings come through with their name in front (which service warns depends on
      // who started first: the router no longer always asks pc2 before pc2 listens).
      expect(output()).toMatch(/^[a-z0-9-]+ +\| \{"level":40/m);

      const asked = await run(process.execPath, ["-r", "ts-node/register/transpile-only", "scripts/ask.ts", "what time is it"], {
        cwd: repoRoot,
        // ask finds the device token where the launcher wrote it.
        env: { ...process.env, COORDINATOR_URL: urls.get("coordinator"), LAUNCHER_DATA_DIR: dataDir },
      });
      expect(asked.stdout.trim()).toMatch(/^It's \d{1,2}:\d{2} (AM|PM)\.$/);
      expect(output()).toContain(`launcher: first device token (user owner) written to ${join(dataDir, "device-token")}`);
      for (const secret of ["device-token", "internal-token"]) expect(statSync(join(dataDir, secret)).mode & 0o777).toBe(0o600);
      const anonymous = await fetch(`${urls.get("coordinator")}/v1/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"text":"hi"}' });
      expect(anonymous.status).toBe(401);
      const internal = await fetch(`${urls.get("memory-orchestrator")}/v1/memories/search`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"x"}' });
      expect(internal.status).toBe(401);
      expect(asked.stderr).toMatch(/intent: time; session: [0-9a-f-]{36}/);

      // Only this launcher's own children are looked at: other stacks may run beside it.
      const children = await run("ps", ["-o", "pid=,args=", "--ppid", String(child.pid)]);
      const orchestratorPid = Number(/^\s*(\d+) .* memory-orchestrator$/m.exec(children.stdout)?.[1]);
      process.kill(orchestratorPid, "SIGKILL");
      await waitForOutput(launched, /launcher: memory-orchestrator was killed by SIGKILL after [\d.]+ s; it wrote nothing\n/, 10_000);
      await waitForOutput(launched, /^memory-orchestrator +restarting +http:/m, 10_000);
      await waitForOutput(launched, /launcher: restarting memory-orchestrator in 100 ms[\s\S]*^memory-orchestrator +ready +http:/m, 60_000);
      expect((await fetch(`${urls.get("memory-orchestrator")}/ready`)).status).toBe(200);

      child.kill("SIGINT");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output()).toMatch(/launcher: stopped/);
      for (const url of urls.values()) await expect(fetch(`${url}/health`)).rejects.toThrow();
      const { stdout } = await run("ps", ["-eo", "args"]);
      expect(stdout).not.toContain(dataDir);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it("stops with a non-zero exit when db-setup fails", async () => {
    const { child, output } = launch({ DATABASE_URL: (await unreachableUrl()).replace("http", "postgres"), DB_WAIT_TIMEOUT_MS: "500" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toMatch(/launcher: db-setup exited with 1/);
    expect(output()).not.toMatch(/every built service is ready/);
  }, 120_000);
});
