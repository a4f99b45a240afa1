import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import { userScopePattern } from "./user-scope";

/**
 * The acoustic models adapted to users' voices, one folder per user id under
 * STT_SPEAKER_MODELS_DIR: pc2 writes and reads them (agents-src/pc2/model-server/speaker-enrolment.ts),
 * the backup service copies them into each backup and the restore command puts them back
 * (agents-src/memory/backup), so both families read the layout from here.
 *
 * A user id is a folder name: the user-scope pattern keeps out "/", "." and "..". Folders that
 * pc2 or a restore write while working start with "." so they never look like a user's, and pc2
 * removes any left over at its start.
 */

/**
 * The names of a model's files (pc2 writes means, variances, mixture_weights, transition_matrices,
 * mdef, feat.params, noisedict): plain names that stay inside the folder and are never hidden.
 */
export const speakerModelFilePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Where `userId`'s model lives under `speakersDir`; throws for an id that could not name a folder there. */
export function speakerModelFolder(speakersDir: string, userId: string): string {
  if (!userScopePattern.test(userId)) throw new Error(`${JSON.stringify(userId)} cannot name a speaker model folder: expected ${userScopePattern}`);
  return join(speakersDir, userId);
}

/**
 * User ids with an adapted acoustic model (a folder with its means) in `dir`; none when it is
 * missing. A directory it may not read is an error, not "nobody enrolled": a backup would
 * otherwise leave every voice out without a word.
 */
export async function enrolledSpeakers(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  const folders = names.filter((name) => userScopePattern.test(name));
  const adapted = await Promise.all(folders.map((userId) => access(join(dir, userId, "means")).then(() => userId, () => undefined)));
  return new Set(adapted.filter((userId) => userId !== undefined));
}
