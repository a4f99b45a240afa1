import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { backupMagic, BackupFileError, BackupHeader, BackupTrailer, endPrefix, sectionEnd, TableSection, tablePrefix } from "./backup-format";

const tableSection = z.strictObject({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
const headerSchema = z.object({ createdAt: z.string(), server: z.string(), tables: z.array(tableSection) });
const trailerSchema = z.object({ rows: z.record(z.string(), z.int().min(0)), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** What a restore does with the file as it is read; the default (none) only checks it. */
export interface BackupVisitor {
  table?(section: TableSection): Promise<void>;
  /** One row in COPY text form, with its newline. */
  row?(line: Buffer): Promise<void> | void;
  tableDone?(section: TableSection, rows: number): Promise<void>;
}

export interface CheckedBackup {
  header: BackupHeader;
  trailer: BackupTrailer;
  totalRows: number;
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

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
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
 * Reads a backup from start to end, handing each table and row to `visitor`, and checks the whole
 * file: its format line, header, that every section the header names comes in order and is
 * closed, the END line's row counts and its SHA-256 over everything before it, and that nothing
 * follows. Any fault (gzip's own CRC included) throws a BackupFileError naming the file.
 */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<CheckedBackup> {
  const hash = createHash("sha256");
  let lineNumber = 0;
  try {
    const input = lines(createReadStream(file).pipe(createGunzip()));
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

    if ((await hashedLine()) !== backupMagic) throw new Error(`it does not start with "${backupMagic}"`);
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
    const digest = hash.digest("hex");
    const endLine = (await next())?.toString("utf8");
    if (endLine === undefined) throw new Error("it ends before its END line (truncated?)");
    if (!endLine.startsWith(endPrefix)) throw new Error(`line ${lineNumber}: expected the END line`);
    const trailer = parseJson(trailerSchema, endLine.slice(endPrefix.length), "END line");
    if (trailer.sha256 !== digest) throw new Error("its checksum does not match its content (altered or damaged)");
    if (JSON.stringify(trailer.rows) !== JSON.stringify(counted)) throw new Error("its row counts do not match its content");
    if ((await next()) !== undefined) throw new Error(`line ${lineNumber}: data after the END line`);
    return { header, trailer, totalRows: Object.values(counted).reduce((a, b) => a + b, 0) };
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
