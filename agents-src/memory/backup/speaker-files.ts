/**
 * Users' speaker models (pc2's STT_SPEAKER_MODELS_DIR, agents-src/kit/speaker-models.ts) as a
 * backup reads them and as a restore puts them back. They are files, not rows, because pocketsphinx
 * loads an acoustic model from a folder; the backup service mounts the speakers volume read-only
 * and the restore command writes into it, so no other service's access changes.
 */
import { randomUUID } from "node:crypto";
import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { enrolledSpeakers, speakerModelFilePattern, speakerModelFolder } from "../../kit/speaker-models";
import type { SpeakerModel } from "./backup-format";
import { syncDirectory, syncFile } from "./backup-files";

// pc2 never writes into a user's folder: it adapts into a hidden folder and renames it into place
// (SpeakerEnrolments.adapt). A folder that still has the inode it had before its files were read
// therefore held exactly those files; a different one means an enrolment finished meanwhile, and
// reading again gets the new model whole. An enrolment takes seconds, reading a model milliseconds.
const readAttempts = 3;

const missing = (err: NodeJS.ErrnoException) => {
  if (err.code === "ENOENT") return undefined;
  throw err;
};

async function readSpeakerModel(speakersDir: string, user: string): Promise<SpeakerModel | undefined> {
  const folder = speakerModelFolder(speakersDir, user);
  for (let attempt = 1; attempt <= readAttempts; attempt++) {
    const before = await stat(folder).catch(missing);
    // Removed since it was listed (DELETE /v1/speaker-enrolment): the user has no model to back up.
    if (before === undefined) return undefined;
    const files: SpeakerModel["files"] = [];
    try {
      // Only what a restore accepts: a file of another name could not be put back (read-backup.ts).
      for (const name of (await readdir(folder)).filter((n) => speakerModelFilePattern.test(n)).sort()) {
        const path = join(folder, name);
        if ((await lstat(path)).isFile()) files.push({ name, bytes: await readFile(path) });
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      continue;
    }
    const after = await stat(folder).catch(missing);
    if (after?.ino === before.ino) return { user, files };
  }
  throw new Error(`the speaker model of user ${user} was replaced ${readAttempts} times while it was read`);
}

/** Every enrolled user's model in `speakersDir`, one at a time (about 12 MB each), in user id order. */
export async function* speakerModels(speakersDir: string): AsyncGenerator<SpeakerModel> {
  for (const user of [...(await enrolledSpeakers(speakersDir))].sort()) {
    const model = await readSpeakerModel(speakersDir, user);
    if (model !== undefined) yield model;
  }
}

export interface PlacedSpeakers {
  /** Users whose model the restore put in place. */
  restored: string[];
  /** Users who already had a model here: theirs was kept, the backup's not written. */
  kept: string[];
}

/**
 * A restore's speaker models, written into a hidden folder inside the speakers directory while the
 * database is restored, and renamed into place (each user's folder at once) only after the rows
 * were committed; if anything fails first they are deleted and the directory is as it was. The
 * staging folder is on the same file system as the users' folders, so the rename is atomic, and
 * its leading "." keeps pc2 from taking it for a user (pc2 deletes such leftovers at start).
 */
export class StagedSpeakerModels {
  private readonly users: string[] = [];

  private constructor(
    private readonly speakersDir: string,
    private readonly staging: string,
  ) {}

  /** Creates the staging folder: a speakers directory the restore may not write is refused before the database is touched. */
  static async create(speakersDir: string): Promise<StagedSpeakerModels> {
    await mkdir(speakersDir, { recursive: true });
    const staging = join(speakersDir, `.restoring-${randomUUID()}`);
    await mkdir(staging, { mode: 0o700 });
    return new StagedSpeakerModels(speakersDir, staging);
  }

  async add(model: SpeakerModel): Promise<void> {
    const folder = speakerModelFolder(this.staging, model.user);
    await mkdir(folder, { mode: 0o700 });
    for (const file of model.files) {
      const path = join(folder, file.name);
      // The same user as pc2 (docs/backups.md), so only the agent reads a user's voice.
      await writeFile(path, file.bytes, { flag: "wx", mode: 0o600 });
      await syncFile(path);
    }
    await syncDirectory(folder);
    this.users.push(model.user);
  }

  /** Moves each staged model into place unless that user already has one, then removes the staging folder. */
  async place(): Promise<PlacedSpeakers> {
    const placed: PlacedSpeakers = { restored: [], kept: [] };
    for (const user of this.users) {
      // rename(2) takes the place of a missing or empty folder and fails on one with files in it
      // (ENOTEMPTY, or EEXIST on some file systems): a model already there stays, checked and moved in one step.
      const moved = await rename(speakerModelFolder(this.staging, user), speakerModelFolder(this.speakersDir, user)).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === "ENOTEMPTY" || err.code === "EEXIST") return false;
          throw err;
        },
      );
      (moved ? placed.restored : placed.kept).push(user);
    }
    await syncDirectory(this.speakersDir);
    await this.discard();
    return placed;
  }

  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
