import * as fs from "node:fs";
import * as path from "node:path";
import type { StackSettings } from "../config";

/** The file every agent container starts from (images/compile-family.sh and agentCommand). */
const compiledEntry = path.join("dist", "agents-src", "main.js");

/**
 * A stack that mounts the host's compiled tree needs it built first: dist/ is build output, not in
 * a fresh clone, and Docker refuses a bind mount whose source is missing ("bind source path does
 * not exist"), which would fail the first container of the first `pulumi up`. The preview stops
 * here instead, saying what to run.
 */
export function sourceMountProblem(settings: StackSettings, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  const source = settings.volumes.source;
  if (source === undefined) return undefined;
  const entry = path.join(source.hostPath, compiledEntry);
  if (exists(entry)) return undefined;
  return (
    `volumes.source mounts ${path.join(source.hostPath, "dist")} into the agents, but ${entry} is not built. ` +
    `Run \`npm ci && npm run build\` in ${source.hostPath} first (and keep \`npx tsc -p tsconfig.build.json --watch\` ` +
    "running while you develop), then `pulumi up` again."
  );
}
