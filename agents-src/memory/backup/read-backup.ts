import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { speakerModelFilePattern } from "../../kit/speaker-models";
import { userScopePattern } from "../../kit/user-scope";
import {
  backupMagic,
  backupMagicWithoutSpeakers,
  BackupFileError,
  BackupHeader,
  BackupTrailer,
  endPrefix,
  sectionEnd,
  SpeakerModel,
  speakerPrefix,
  TableSection,
  tablePrefix,
} from "./backup-format";

// A speaker model's files are a few MB (the largest, mixture_weights, 7.9 MB for en-us); a bigger
// size claimed in a file would only make the reader hold that much in memory.
const maxSpeakerFileBytes = 256 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const tableSection = z.strictObject({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
const headerSchema = z.object({ createdAt: z.string(), server: z.string(), tables: z.array(tableSection) });
const speakerSection = z.strictObject({
  // The user id and file names become paths under the speakers directory: nothing that could leave it.
  user: z.string().regex(userScopePattern),
  files: z
    .array(z.strictObject({ name: z.string().regex(speakerModelFilePattern), size: z.int().min(0).max(maxSpeakerFileBytes), sha256: sha256Hex }))
    .min(1)
    .refine((files) => new Set(files.map((f) => f.name)).size === files.length, "a file is listed twice"),
});
const rowCounts = z.record(z.string(), z.int().min(0));
const trailerSchemas = {
  [backupMagic]: z.object({ rows: rowCounts, speakers: z.int().min(0), sha256: sha256Hex }),
  [backupMagicWithoutSpeakers]: z.object({ rows: rowCounts, sha256: sha256Hex }).transform((t) => ({ ...t, speakers: 0 })),
};
const base64Line = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What a restore does with the file as it is read; the default (none) only checks it. */
export interface BackupVisitor {
  table?(section: TableSection): Promise<void>;
  /** One row in COPY text form, with its newline. */
  row?(line: Buffer): Promise<void> | void;
  tableDone?(section: TableSection, rows: number): Promise<void>;
  /** One user's speaker model, every file's size and SHA-256 checked (the file's END checksum comes after). */
  speaker?(model: SpeakerModel): Promise<void>;
}

export interface CheckedBackup {
  header: BackupHeader;
  trailer: BackupTrailer;
  totalRows: number;
  /** False for a version 1 file, taken before speaker models were backed up. */
  holdsSpeakerModels: boolean;
}

// Rows with a 4,096-dimension vector stay far below this; a longer line means the file is not a backup.
const maxLineBytes = 64 * 1024 * 1024;

/** A failure of the visitor (the database refusing a row), which says nothing about the file. */
class VisitorFailure {
  constructor(readonly cause: unknown) {}
}

async function visiting(step: Promise<void> | void): Promise<void> {
  try {
    await step;
  } catch (err) {
    throw new VisitorFailure(err);
  }
}
const newline = Buffer.from("\n");

async function* lines(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (pendingBytes > 0) {
        yield Buffer.concat([...pending, piece]);
        pending = [];
        pendingBytes = 0;
      } else {
        yield piece;
      }
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) throw new Error(`a line longer than ${maxLineBytes} bytes`);
    }
  }
  if (pendingBytes > 0) throw new Error("it ends in the middle of a line (truncated?)");
}

function parseJson<T>(schema: z.ZodType<T, any>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`its ${what} is not JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`its ${what} is malformed: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return result.data;
}

/**
 * Reads a backup from start to end, handing each table, row and speaker model to `visitor`, and
 * checks the whole file: its format line, header, that every section the header names comes in
 * order and is closed, each speaker file's size and SHA-256, the END line's counts and its SHA-256
 * over everything before it, and that nothing follows. A version 1 file (no speaker models) reads
 * as one with none. Any fault (gzip's own CRC included) throws a BackupFileError naming the file.
 */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<CheckedBackup> {
  const hash = createHash("sha256");
  let lineNumber = 0;
  try {
    // pipe() does not pass the file's errors on to gunzip: a backup the process may not open (the
    // agent user and a root-owned 0600 copy, found on the Docker engine), or a missing one, emitted
    // an 'error' nothing listened to, and the restore died with a stack trace instead of saying why.
    const source = createReadStream(file);
    const gunzip = createGunzip();
    source.on("error", (err) => gunzip.destroy(err));
    const input = lines(source.pipe(gunzip));
    const next = async (): Promise<Buffer | undefined> => {
      const { value, done } = await input.next();
      if (done) return undefined;
      lineNumber++;
      return value;
    };
    const hashedLine = async (): Promise<string | undefined> => {
      const line = await next();
      if (line !== undefined) hash.update(line).update(newline);
      return line?.toString("utf8");
    };

    const magic = await hashedLine();
    if (magic !== backupMagic && magic !== backupMagicWithoutSpeakers) throw new Error(`it does not start with "${backupMagic}" (or "${backupMagicWithoutSpeakers}")`);
    const headerLine = await hashedLine();
    if (headerLine === undefined) throw new Error("it ends before its header (truncated?)");
    const header = parseJson(headerSchema, headerLine, "header");
    const counted: Record<string, number> = {};
    for (const expected of header.tables) {
      const opening = await hashedLine();
      if (opening === undefined) throw new Error(`it ends before table ${expected.table} (truncated?)`);
      if (!opening.startsWith(tablePrefix)) throw new Error(`line ${lineNumber}: expected the section of table ${expected.table}`);
      const section = parseJson(tableSection, opening.slice(tablePrefix.length), `section line ${lineNumber}`);
      if (JSON.stringify(section) !== JSON.stringify(expected)) throw new Error(`line ${lineNumber}: section ${section.table} does not match the header's ${expected.table}`);
      await visiting(visitor.table?.(section));
      let rows = 0;
      for (;;) {
        const line = await next();
        if (line === undefined) throw new Error(`it ends inside table ${section.table} (truncated?)`);
        hash.update(line).update(newline);
        if (line.length === 2 && line.toString("latin1") === sectionEnd) break;
        rows++;
        await visiting(visitor.row?.(Buffer.concat([line, newline])));
      }
      counted[section.table] = rows;
      await visiting(visitor.tableDone?.(section, rows));
    }
    let speakers = 0;
    const users = new Set<string>();
    // Hashed only once it is known not to be the END line, which its own checksum does not cover.
    let raw = await next();
    let line = raw?.toString("utf8");
    for (; magic === backupMagic && raw !== undefined && line?.startsWith(speakerPrefix); raw = await next(), line = raw?.toString("utf8")) {
      hash.update(raw).update(newline);
      const section = parseJson(speakerSection, line.slice(speakerPrefix.length), `speaker line ${lineNumber}`);
      if (users.has(section.user)) throw new Error(`line ${lineNumber}: a second speaker model of user ${section.user}`);
      users.add(section.user);
      const model: SpeakerModel = { user: section.user, files: [] };
      for (const entry of section.files) {
        const what = `the speaker model of user ${section.user}, file ${entry.name}`;
        const chunks: Buffer[] = [];
        let size = 0;
        for (;;) {
          const data = await next();
          if (data === undefined) throw new Error(`it ends inside ${what} (truncated?)`);
          hash.update(data).update(newline);
          const text = data.toString("latin1");
          if (text === sectionEnd) break;
          if (!base64Line.test(text)) throw new Error(`line ${lineNumber}: ${what} is not base64`);
          const bytes = Buffer.from(text, "base64");
          size += bytes.length;
          if (size > entry.size) throw new Error(`${what} is longer than its ${entry.size} bytes`);
          chunks.push(bytes);
        }
        const bytes = Buffer.concat(chunks);
        if (bytes.length !== entry.size) throw new Error(`${what} has ${bytes.length} bytes, not its ${entry.size}`);
        if (createHash("sha256").update(bytes).digest("hex") !== entry.sha256) throw new Error(`${what} does not match its SHA-256 (altered or damaged)`);
        model.files.push({ name: entry.name, bytes });
      }
      speakers++;
      await visiting(visitor.speaker?.(model));
    }
    const digest = hash.digest("hex");
    if (line === undefined) throw new Error("it ends before its END line (truncated?)");
    if (!line.startsWith(endPrefix)) throw new Error(`line ${lineNumber}: expected ${magic === backupMagic ? "a speaker model or " : ""}the END line`);
    const trailer: BackupTrailer = parseJson(trailerSchemas[magic], line.slice(endPrefix.length), "END line");
    if (trailer.sha256 !== digest) throw new Error("its checksum does not match its content (altered or damaged)");
    if (JSON.stringify(trailer.rows) !== JSON.stringify(counted)) throw new Error("its row counts do not match its content");
    if (trailer.speakers !== speakers) throw new Error("its count of speaker models does not match its content");
    if ((await next()) !== undefined) throw new Error(`line ${lineNumber}: data after the END line`);
    return { header, trailer, totalRows: Object.values(counted).reduce((a, b) => a + b, 0), holdsSpeakerModels: magic === backupMagic };
  } catch (err) {
    if (err instanceof VisitorFailure) throw err.cause;
    if (err instanceof BackupFileError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR") throw err;
    // zlib reports a truncated stream as "unexpected end of file" and damage as a header or CRC error.
    const reason = e.code?.startsWith("Z_") ? `gzip: ${e.message}` : e.message;
    throw new BackupFileError(file, reason);
  }
}
