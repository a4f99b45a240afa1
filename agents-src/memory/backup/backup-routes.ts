import type { FastifyInstance } from "fastify";
import { serviceUnavailable } from "../../kit";
import type { StoredBackup } from "./backup-files";
import type { BackupRun } from "./backup-schedule";

export interface BackupRoutesOptions {
  runFresh(): Promise<BackupRun>;
  list(): Promise<StoredBackup[]>;
}

/**
 * Internal routes (the kit requires the internal credential on them): take a backup now, e.g.
 * before an upgrade or in the Docker-engine test, and list the files kept.
 */
export function backupRoutes(options: BackupRoutesOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post("/v1/backups", async (_request, reply) => {
      const run = await options.runFresh();
      if (!run.ok) throw serviceUnavailable(`backup failed: ${run.reason}`);
      const { file, path, takenAt, bytes, durationMs, rows, speakers } = run.backup;
      return reply.status(201).send({ file, path, takenAt: takenAt.toISOString(), bytes, durationMs, rows, speakers, removed: run.removed });
    });
    app.get("/v1/backups", async () => ({
      backups: (await options.list()).map((b) => ({ file: b.file, path: b.path, takenAt: b.takenAt.toISOString(), bytes: b.bytes })),
    }));
  };
}
