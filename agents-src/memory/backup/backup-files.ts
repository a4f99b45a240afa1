import { open, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { backupFileTime } from "./backup-format";

export interface StoredBackup {
  file: string;
  path: string;
  takenAt: Date;
  bytes: number;
}

/** The finished backups in `dir`, newest first; temporary files and anything else are ignored. */
export async function listBackups(dir: string): Promise<StoredBackup[]> {
  const found: StoredBackup[] = [];
  for (const file of await readdir(dir)) {
    const takenAt = backupFileTime(file);
    if (takenAt === undefined) continue;
    const path = join(dir, file);
    found.push({ file, path, takenAt, bytes: (await stat(path)).size });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * Deletes all but the `keep` newest backups and returns what it deleted. Only called after a
 * backup succeeded, so the newest file is always one that was just written completely.
 */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const surplus = (await listBackups(dir)).slice(keep);
  for (const backup of surplus) await rm(backup.path, { force: true });
  if (surplus.length > 0) await syncDirectory(dir);
  return surplus.map((b) => b.file);
}

/** Temporary files of runs that a crash or a kill interrupted; removed at start. */
export async function removeInterruptedWrites(dir: string): Promise<string[]> {
  const partial = (await readdir(dir)).filter((f) => f.startsWith(".") && f.endsWith(".partial"));
  for (const file of partial) await rm(join(dir, file), { force: true });
  return partial;
}

/** Flushes a written file to disk; fsync applies to the file, whichever descriptor asks. */
export function syncFile(path: string): Promise<void> {
  return syncOpened(path, "r+");
}

/** Makes a rename or delete in `dir` durable: without it a power cut can undo the rename. */
export function syncDirectory(dir: string): Promise<void> {
  return syncOpened(dir, "r");
}

async function syncOpened(path: string, flags: "r" | "r+"): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
