import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Where `npm start` keeps the credentials of a local stack, readable by its owner only: the
 * internal credential its agents share, and the first device token (user `owner`), which `ask`,
 * `talk` and the benches send unless told otherwise.
 */
export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.LAUNCHER_DATA_DIR ?? ".data");
}

export const internalTokenPath = (dataDir: string): string => join(dataDir, "internal-token");
export const deviceTokenPath = (dataDir: string): string => join(dataDir, "device-token");
/** The embedded PostgreSQL's URL (a free port each start), for `npm run users`. */
export const databaseUrlPath = (dataDir: string): string => join(dataDir, "database-url");
/** pc2's speaker models (STT_SPEAKER_MODELS_DIR), which the backup service reads and `npm run restore` writes. */
export const speakerModelsPath = (dataDir: string): string => join(dataDir, "speakers");

/** Writes a fresh random secret unless the file exists; true when it was written now. */
export function ensureSecretFile(path: string, secret = randomBytes(32).toString("base64url")): boolean {
  if (existsSync(path)) return false;
  mkdirSync(resolve(path, ".."), { recursive: true });
  // flag "wx": two launchers starting at once cannot both write it.
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return true;
}

/** Headers a local tool sends: the device token (VOICE_DEVICE_TOKEN, else the launcher's file) as Authorization. */
export function localDeviceHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const token = env.VOICE_DEVICE_TOKEN ?? readIfPresent(deviceTokenPath(localDataDir(env)));
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The internal credential of the local stack, for tools that call internal routes. */
export function localInternalHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const token = readIfPresent(internalTokenPath(localDataDir(env)));
  return token ? { authorization: `Bearer ${token}` } : {};
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8").trim() : undefined;
}
