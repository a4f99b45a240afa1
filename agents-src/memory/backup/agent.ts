import { mkdir } from "node:fs/promises";
import type { AgentDefinition } from "../../kit";
import { listBackups, pruneBackups, removeInterruptedWrites } from "./backup-files";
import { BackupHealth } from "./backup-health";
import { backupRoutes } from "./backup-routes";
import { BackupRun, BackupSchedule } from "./backup-schedule";
import { backupConfig, BackupConfig } from "./config";
import { writeBackup } from "./write-backup";

/** Takes a backup of the memory database on a schedule, keeps the newest few, and says how they go. */
export const agent: AgentDefinition<BackupConfig> = {
  name: "backup",
  config: backupConfig,
  async setup({ config, logger, app, metrics, onClose }) {
    const dir = config.BACKUP_DIR;
    await mkdir(dir, { recursive: true });
    const interrupted = await removeInterruptedWrites(dir);
    if (interrupted.length > 0) logger.warn({ removed: interrupted }, "removed the temporary files of interrupted backups");
    const health = new BackupHealth(config.BACKUP_INTERVAL_MS, metrics);
    const existing = await listBackups(dir);
    if (existing[0]) health.succeeded(existing[0], existing.length);

    const run = async (): Promise<BackupRun> => {
      logger.info({ dir }, "backup started");
      let backup;
      try {
        backup = await writeBackup({
          databaseUrl: config.DATABASE_URL,
          dir,
          speakersDir: config.STT_SPEAKER_MODELS_DIR,
          connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
          timeoutMs: config.BACKUP_TIMEOUT_MS,
        });
      } catch (err) {
        const reason = (err as Error).message;
        health.failed(reason);
        logger.error({ reason }, "backup failed; the backups taken before are untouched");
        return { ok: false, reason };
      }
      let removed: string[] = [];
      try {
        removed = await pruneBackups(dir, config.BACKUP_KEEP);
      } catch (err) {
        logger.warn({ reason: (err as Error).message }, "old backups could not be removed");
      }
      const { file, bytes, durationMs, rows, speakers } = backup;
      health.succeeded(backup, (await listBackups(dir)).length);
      // How many speaker models, not whose: the log says nothing about a particular user.
      logger.info({ file, bytes, durationMs, rows, speakers, removed }, "backup written");
      return { ok: true, backup, removed };
    };

    const schedule = new BackupSchedule(run, config.BACKUP_INTERVAL_MS, config.BACKUP_RETRY_MS);
    onClose(() => schedule.stop());
    await app.register(backupRoutes({ runFresh: () => schedule.runFresh(), list: () => listBackups(dir) }));
    return {
      ready: async () => ({ backup: health.readiness() }),
      started() {
        // A restart does not take an extra backup: the next one is due an interval after the newest.
        const newest = health.newest?.takenAt.getTime();
        const dueInMs = newest === undefined ? 0 : Math.max(0, newest + config.BACKUP_INTERVAL_MS - Date.now());
        logger.info({ dir, keep: config.BACKUP_KEEP, intervalMs: config.BACKUP_INTERVAL_MS, dueInMs }, "backups scheduled");
        schedule.start(dueInMs);
      },
    };
  },
};
