import { z } from "zod";
import { baseAgentConfig } from "../../kit";
import { databaseVariables } from "../../kit/postgres/database-config";

const positiveInt = z.coerce.number().int().positive();

export const backupConfig = baseAgentConfig.extend({
  ...databaseVariables,
  /** The backups volume (in containers) or the launcher's state directory: where the files go. */
  BACKUP_DIR: z.string().min(1),
  /** pc2's speaker models (the speakers volume, read-only here), copied into every backup; a missing directory holds none. */
  STT_SPEAKER_MODELS_DIR: z.string().min(1),
  /** Time between two backups; the first one is due this long after the newest file in BACKUP_DIR. */
  // At most a week: a longer timer would overflow setTimeout (2^31 ms).
  BACKUP_INTERVAL_MS: positiveInt.max(7 * 24 * 60 * 60 * 1000).default(6 * 60 * 60 * 1000),
  /** How many backups to keep: after each success the oldest beyond this number are deleted. */
  BACKUP_KEEP: positiveInt.max(1000).default(28),
  /** The most reading one table may take; past it the run fails and its temporary file is removed. */
  BACKUP_TIMEOUT_MS: positiveInt.default(30 * 60 * 1000),
  /** After a failed run the next try comes this soon (or at the interval, if that is shorter). */
  BACKUP_RETRY_MS: positiveInt.default(5 * 60 * 1000),
});
export type BackupConfig = z.infer<typeof backupConfig>;
