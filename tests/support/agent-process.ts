import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import type { ServiceName } from "../../agents-src/kit/catalog";

const repoRoot = join(__dirname, "../..");

/** An agent running as its own process, the way the launcher and the images run it, so a test can kill it for real. */
export interface AgentProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function spawnAgent(service: ServiceName, port: number, env: Record<string, string>): Promise<AgentProcess> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "agents-src/main.ts", service], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "warn", ...env, HTTP_HOST: "127.0.0.1", HTTP_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}: ${output}`);
    return (await fetch(`${url}/health`).catch(() => undefined))?.ok === true;
  }, 30_000);
  return {
    url,
    child,
    output: () => output,
    async kill(signal = "SIGKILL") {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, "exit")) as [number | null];
      return code;
    },
  };
}

export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
