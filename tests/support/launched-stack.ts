/** The launcher run from source (its children run the same way), on free ports so it never meets the catalog's or another test's. */
import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const repoRoot = join(__dirname, "../..");

export interface LaunchedStack {
  child: ChildProcess;
  output(): string;
}

export function launchStack(env: Record<string, string | undefined>): LaunchedStack {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "agents-src/launcher/main.ts"], {
    cwd: repoRoot,
    env: Object.fromEntries(
      Object.entries({ ...process.env, LAUNCHER_FREE_PORTS: "true", LOG_LEVEL: "warn", ...env }).filter(([, v]) => v !== undefined),
    ),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

export async function waitForOutput(launched: LaunchedStack, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = launched.output().match(pattern);
    if (match) return match;
    const ended = launched.child.exitCode !== null;
    if (ended || Date.now() > deadline) throw new Error(`no ${pattern} in launcher output:\n${launched.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The ready services' URLs from the launcher's table. */
export function serviceUrls(output: string): Map<string, string> {
  return new Map([...output.matchAll(/^([a-z0-9-]+) +ready +(http:\/\/127\.0\.0\.1:\d+)$/gm)].map((m) => [m[1], m[2]]));
}
