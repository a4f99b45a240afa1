import { spawn } from "node:child_process";
import { join } from "node:path";

export interface ProcessResult {
  code: number | null;
  output: string;
}

const repoRoot = join(__dirname, "..", "..");

/**
 * Runs the db-setup job as the images do, `main.ts db-setup` in its own process, and collects its
 * exit code and output; `onOutput` sees the output as it comes.
 */
export function runDbSetup(env: Record<string, string>, onOutput?: (output: string) => void): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(repoRoot, "agents-src", "main.ts"), "db-setup"], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/", SERVICE_NAME: "db-setup", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      onOutput?.(output);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** A database with the schema applied, the way db-setup applies it. */
export async function migrate(databaseUrl: string): Promise<void> {
  const result = await runDbSetup({ MIGRATION_DATABASE_URL: databaseUrl });
  if (result.code !== 0) throw new Error(`db-setup failed (${result.code}):\n${result.output}`);
}
