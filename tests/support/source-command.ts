import { spawn } from "node:child_process";
import { join } from "node:path";

const repoRoot = join(__dirname, "..", "..");

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the repository's TypeScript entry points (`entry`, from the repository root) in its
 * own process, as `npm run` runs it, and collects its exit code and output. It gets PATH and HOME
 * from this process and nothing else, so it sees only the environment the test gives it.
 */
export function runFromSource(entry: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(repoRoot, entry), ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
