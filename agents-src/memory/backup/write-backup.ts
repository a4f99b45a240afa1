import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { Client, escapeIdentifier } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { backupFileName, backupMagic, BackupHeader, BackupTrailer, endPrefix, sectionEnd, SpeakerModel, SpeakerSection, speakerPrefix, TableSection, tablePrefix } from "./backup-format";
import { syncDirectory, syncFile } from "./backup-files";
import { applicationTables, columnList } from "./backup-tables";
import { speakerModels } from "./speaker-files";

export interface BackupTarget {
  databaseUrl: string;
  dir: string;
  /** pc2's STT_SPEAKER_MODELS_DIR: every enrolled user's model goes into the backup. */
  speakersDir: string;
  connectTimeoutMs: number;
  /** Bounds each statement (one table's COPY): a server that stops answering mid-backup fails the run, not hangs it. */
  timeoutMs: number;
}

export interface WrittenBackup {
  file: string;
  path: string;
  takenAt: Date;
  bytes: number;
  durationMs: number;
  rows: Record<string, number>;
  /** Users whose speaker model is in the backup. */
  speakers: number;
}

// gzip level 1. Embeddings written as text are mostly random digits: on 25 MB of rows like
// bench:backup's, level 1 kept 43.3% in 0.8 s, level 3 41.2% in 2.1 s, level 6 38.5% in 6.7 s
// (medians of 3), and compressing is most of a backup's CPU time.
const gzipLevel = 1;

function newlines(chunk: Buffer): number {
  let count = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count++;
  return count;
}

// Bytes of a speaker file per base64 line: a multiple of 3, so that every line decodes on its own.
const speakerBytesPerLine = 48 * 1024;

function speakerSection(model: SpeakerModel): SpeakerSection {
  return { user: model.user, files: model.files.map((f) => ({ name: f.name, size: f.bytes.length, sha256: createHash("sha256").update(f.bytes).digest("hex") })) };
}

function* speakerFileLines(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += speakerBytesPerLine) {
    yield Buffer.from(`${bytes.subarray(at, at + speakerBytesPerLine).toString("base64")}\n`);
  }
  yield Buffer.from(`${sectionEnd}\n`);
}

/**
 * The file's bytes before gzip: every table read with COPY inside the caller's one snapshot, then
 * every enrolled user's speaker model. `counts` is filled in as they are written.
 */
async function* backupText(client: Client, header: BackupHeader, speakersDir: string, counts: Omit<BackupTrailer, "sha256">): AsyncGenerator<Buffer> {
  const { rows } = counts;
  const hash = createHash("sha256");
  const hashed = (bytes: Buffer): Buffer => {
    hash.update(bytes);
    return bytes;
  };
  yield hashed(Buffer.from(`${backupMagic}\n${JSON.stringify(header)}\n`));
  for (const section of header.tables) {
    yield hashed(Buffer.from(`${tablePrefix}${JSON.stringify(section)}\n`));
    let count = 0;
    const copy = client.query(copyTo(`COPY ${escapeIdentifier(section.table)} (${columnList(section)}) TO STDOUT`));
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      count += newlines(chunk);
      yield hashed(chunk);
    }
    rows[section.table] = count;
    yield hashed(Buffer.from(`${sectionEnd}\n`));
  }
  for await (const model of speakerModels(speakersDir)) {
    yield hashed(Buffer.from(`${speakerPrefix}${JSON.stringify(speakerSection(model))}\n`));
    for (const file of model.files) for (const line of speakerFileLines(file.bytes)) yield hashed(line);
    counts.speakers++;
  }
  const trailer: BackupTrailer = { ...counts, sha256: hash.digest("hex") };
  yield Buffer.from(`${endPrefix}${JSON.stringify(trailer)}\n`);
}

/**
 * Writes one backup: all tables from one REPEATABLE READ snapshot, so rows written meanwhile are
 * either wholly in or wholly out, and each enrolled user's speaker model as it was when read (an
 * enrolment finishing meanwhile is in or out whole, speaker-files.ts). It goes to a hidden
 * temporary file that is fsynced and only then renamed to its final name (and the directory
 * fsynced), so a crash or a failure at any point leaves either a complete backup or no new file at
 * all, never a partial one under a backup's name.
 */
export async function writeBackup(target: BackupTarget, now: Date = new Date()): Promise<WrittenBackup> {
  const started = Date.now();
  const file = backupFileName(now);
  const finalPath = join(target.dir, file);
  const partialPath = join(target.dir, `.${file}.partial`);
  const client = new Client({
    connectionString: target.databaseUrl,
    application_name: "backup",
    connectionTimeoutMillis: target.connectTimeoutMs,
    // Server-side only: node-postgres's client-side query_timeout arms a timer per query that a
    // COPY stream never clears. Keepalives notice a server that vanished mid-backup.
    statement_timeout: target.timeoutMs,
    keepAlive: true,
  });
  // A connection lost mid-COPY is reported by the COPY itself; unhandled, this event would end the process.
  client.on("error", () => undefined);
  const counts = { rows: {} as Record<string, number>, speakers: 0 };
  try {
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables: TableSection[] = await applicationTables(client);
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    const header: BackupHeader = { createdAt: now.toISOString(), server: `PostgreSQL ${version[0].server_version}`, tables };
    await pipeline(
      backupText(client, header, target.speakersDir, counts),
      createGzip({ level: gzipLevel }),
      createWriteStream(partialPath, { flags: "wx", mode: 0o600 }),
    );
    await syncFile(partialPath);
    await client.query("COMMIT");
    await rename(partialPath, finalPath);
    await syncDirectory(target.dir);
  } catch (err) {
    await rm(partialPath, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
  const { size } = await stat(finalPath);
  return { file, path: finalPath, takenAt: now, bytes: size, durationMs: Date.now() - started, ...counts };
}
