import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const repoRoot = join(__dirname, "../..");

/**
 * Compiles the web client into dist/web, as `npm run build:web` does, so a test that serves the
 * page does not depend on another test (or an earlier build) having made it.
 */
export async function buildWebClient(): Promise<void> {
  const run = promisify(execFile);
  await run(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "web/tsconfig.json"], { cwd: repoRoot });
  await run(process.execPath, ["-e", "require('node:fs').cpSync('web/static', 'dist/web', { recursive: true })"], { cwd: repoRoot });
}
