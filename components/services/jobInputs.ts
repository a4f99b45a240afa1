import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ServiceName } from "../../agents-src/kit/catalog";
import type { ModelManifest } from "../config";

const migrationsDir = path.resolve(__dirname, "../../agents-src/memory/migrations");

/** sha256 over every file's name and bytes, in name order: any added, removed or edited file changes it. */
export function directoryDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    hash.update(`${name}\0`).update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/**
 * What each one-shot job acts on, as a digest the job's container carries in a label. Labels force a
 * replacement in the provider (resource_docker_container.go, schema "labels": ForceNew), so the job
 * runs again exactly when its inputs change, not whenever its image happens to be rebuilt.
 */
export function jobInputDigests(models: ModelManifest): Partial<Record<ServiceName, string>> {
  return { "db-setup": directoryDigest(migrationsDir), models: modelListDigest(models) };
}

/** sha256 of the model list as the job receives it: a changed file, checksum, source or target changes it. */
export function modelListDigest(models: ModelManifest): string {
  return createHash("sha256").update(JSON.stringify(models)).digest("hex");
}
