import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { DownloadProgress, formatBytes } from "./download-progress";
import { fileSourceUrl, type ModelFile, type ModelManifest } from "./manifest";
import { DownloadError, downloadResumable } from "./resumable-download";

export interface ProvisionLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface ProvisionOptions {
  modelsDir: string;
  token?: string;
  /** Tries per file for faults another try can get past (a broken connection, a 5xx); each resumes. */
  attempts: number;
  retryDelayMs: number;
  idleTimeoutMs: number;
  progressIntervalMs: number;
  logger: ProvisionLogger;
}

/** The one-line reason the job fails: which file, from where, and what went wrong. */
export class ModelFileError extends Error {
  constructor(readonly file: string, readonly source: string, reason: string) {
    super(`cannot install ${file} from ${source}: ${reason}`);
    this.name = "ModelFileError";
  }
}

export interface ProvisionSummary {
  downloaded: string[];
  present: string[];
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Whether `path` already holds exactly this file; the size, when known, spares hashing a wrong one. */
async function alreadyInstalled(path: string, file: ModelFile): Promise<boolean> {
  const size = await sizeOf(path);
  if (size === undefined) return false;
  if (file.size !== undefined && size !== file.size) return false;
  return (await sha256Of(path)) === file.sha256;
}

/** A rename is atomic within one file system, and pc2 sees the old file or the new one, never half. */
async function installAtomically(partPath: string, path: string): Promise<void> {
  await rename(partPath, path);
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Fills the models volume from the manifest, file by file: a file already there with the right
 * sha256 is left alone; any other is downloaded into `NAME.part` (resumed from what an interrupted
 * run left), verified, and renamed into place. The first file that cannot be installed stops the
 * run with a ModelFileError; what was installed before it stays.
 */
export async function provisionModels(manifest: ModelManifest, options: ProvisionOptions): Promise<ProvisionSummary> {
  const root = resolve(options.modelsDir);
  const summary: ProvisionSummary = { downloaded: [], present: [] };
  for (const model of manifest) {
    for (const file of model.files) {
      const name = `${model.target}/${file.path}`;
      const url = fileSourceUrl(model.source, file.path);
      const path = resolve(root, model.target, file.path);
      // The manifest schema already refuses such paths; this keeps the rule where the write happens.
      if (!path.startsWith(root + sep)) throw new ModelFileError(name, url, "the path leaves the models folder");
      try {
        if (await alreadyInstalled(path, file)) {
          options.logger.info({ file: name }, `${name}: already present, sha256 matches`);
          summary.present.push(name);
          continue;
        }
        await mkdir(dirname(path), { recursive: true });
        await downloadVerified(name, url, path, file, options);
      } catch (err) {
        // The volume's faults too (a bind mount uid 10001 cannot write, a full disk) end in one line.
        if (err instanceof ModelFileError) throw err;
        throw new ModelFileError(name, url, (err as Error).message);
      }
      summary.downloaded.push(name);
    }
  }
  return summary;
}

async function downloadVerified(name: string, url: string, path: string, file: ModelFile, options: ProvisionOptions): Promise<void> {
  const partPath = `${path}.part`;
  const progress = new DownloadProgress(name, options.progressIntervalMs, (line) =>
    options.logger.info({ file: name, bytes: line.bytes, total: line.total, percent: line.percent, bytesPerSecond: Math.round(line.bytesPerSecond) }, line.message),
  );
  const resumedFrom = (await sizeOf(partPath)) ?? 0;
  options.logger.info(
    { file: name, url, resumedFrom },
    resumedFrom > 0 ? `${name}: resuming from ${formatBytes(resumedFrom)} (${url})` : `${name}: downloading ${url}`,
  );
  for (let attempt = 1; ; attempt++) {
    try {
      await downloadResumable(url, partPath, {
        token: options.token,
        idleTimeoutMs: options.idleTimeoutMs,
        onProgress: (bytes, total) => progress.update(bytes, total),
      });
      break;
    } catch (err) {
      if (!(err instanceof DownloadError)) throw new ModelFileError(name, url, (err as Error).message);
      if (!err.retryable || attempt >= options.attempts) throw new ModelFileError(name, url, err.message);
      options.logger.warn({ file: name, attempt, err: err.message }, `${name}: ${err.message}; trying again (${attempt + 1} of ${options.attempts})`);
      await sleep(options.retryDelayMs * attempt);
    }
  }
  progress.finish();
  const size = (await sizeOf(partPath)) ?? 0;
  // A wrong file must not be resumed by the next run: it goes, and the next run starts over.
  if (file.size !== undefined && size !== file.size) {
    await unlink(partPath);
    throw new ModelFileError(name, url, `got ${size} bytes, expected ${file.size}; not installed`);
  }
  const digest = await sha256Of(partPath);
  if (digest !== file.sha256) {
    await unlink(partPath);
    throw new ModelFileError(name, url, `sha256 is ${digest}, expected ${file.sha256}; not installed`);
  }
  await installAtomically(partPath, path);
  options.logger.info({ file: name, bytes: size, sha256: digest }, `${name}: installed, sha256 verified`);
}
