/**
 * The backup file: gzip over a text stream that any PostgreSQL can load with plain COPY, so a
 * backup is independent of the server's major version and of pg_dump's (Debian bookworm's pg_dump
 * 15 refuses the prod image's PostgreSQL 16). The schema is not in the file: a restore applies the
 * migrations first, and the file brings the rows.
 *
 *   VOICE-MEMORY-BACKUP 2
 *   {"createdAt": ..., "server": ..., "tables": [{"table": ..., "columns": [...]}, ...]}
 *   TABLE {"table": "memories", "columns": [...]}
 *   <COPY text rows, one per line: COPY escapes newlines and backslashes inside values>
 *   \.
 *   ... one section per table, parents before children ...
 *   SPEAKER {"user": "ann", "files": [{"name": "means", "size": 838732, "sha256": "<hex>"}, ...]}
 *   <base64 lines of the first file>
 *   \.
 *   ... one block per file, in the order listed; one section per enrolled user (pc2's
 *   STT_SPEAKER_MODELS_DIR/<user>, the acoustic model adapted to their voice) ...
 *   END {"rows": {"memories": 2, ...}, "speakers": 1, "sha256": "<hex of every byte before this line>"}
 *
 * A row line can never be `\.` (a backslash in a value is written `\\`; base64 has no backslash),
 * so it ends a section unambiguously. The END line with its checksum is what makes a truncated or
 * altered file recognisable before anything is restored; each speaker file's own size and SHA-256
 * say which file was damaged. Version 1 (before speaker models were backed up) is the same without
 * SPEAKER sections and without "speakers" in its END line; it still restores.
 */

export const backupMagic = "VOICE-MEMORY-BACKUP 2";
/** Files written before speaker models were backed up: tables only. */
export const backupMagicWithoutSpeakers = "VOICE-MEMORY-BACKUP 1";
export const sectionEnd = "\\.";
export const tablePrefix = "TABLE ";
export const speakerPrefix = "SPEAKER ";
export const endPrefix = "END ";

export interface TableSection {
  table: string;
  /** Stored columns in COPY order; generated columns are left out and recomputed on restore. */
  columns: string[];
}

export interface BackupHeader {
  createdAt: string;
  /** `SHOW server_version` of the database backed up, for the reader of a failed restore. */
  server: string;
  tables: TableSection[];
}

export interface SpeakerFileEntry {
  /** A plain file name inside the user's folder (pc2 writes no subfolders there). */
  name: string;
  size: number;
  sha256: string;
}

export interface SpeakerSection {
  user: string;
  files: SpeakerFileEntry[];
}

/** One user's adapted acoustic model, its files' bytes in memory (about 12 MB). */
export interface SpeakerModel {
  user: string;
  files: { name: string; bytes: Buffer }[];
}

export interface BackupTrailer {
  rows: Record<string, number>;
  /** Speaker sections in the file; 0 in a version 1 file, which has none. */
  speakers: number;
  sha256: string;
}

/** A file that is not a complete, intact backup: nothing was or will be restored from it. */
export class BackupFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file} is not a usable backup: ${reason}`);
    this.name = "BackupFileError";
  }
}

/** Backups are named by their UTC start time, so that name order is age order. */
export const backupFilePattern = /^memories-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z\.backup\.gz$/;

export function backupFileName(at: Date): string {
  return `memories-${at.toISOString().replace(/:/g, "-")}.backup.gz`;
}

/** The time a backup was started, from its name; undefined for any other file. */
export function backupFileTime(name: string): Date | undefined {
  const m = backupFilePattern.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : undefined;
}
