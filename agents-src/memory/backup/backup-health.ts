import { Counter, Gauge, ReadyCheck, Registry } from "../../kit";

export interface BackupSuccess {
  file: string;
  takenAt: Date;
  bytes: number;
  /** Unknown for a backup found on disk at start. */
  durationMs?: number;
}

/** A backup this old has missed its schedule twice: past this many intervals /ready says so. */
export const staleAfterIntervals = 2;

export function formatAge(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/**
 * What /ready and /metrics say about the backups: the last success (its time, size, duration), the
 * last failure if it came after it, and how many runs failed since the agent started.
 */
export class BackupHealth {
  private lastSuccess?: BackupSuccess;
  private lastFailure?: { at: Date; reason: string };
  private readonly lastSuccessTime: Gauge;
  private readonly lastSize: Gauge;
  private readonly lastDuration: Gauge;
  private readonly lastRunFailed: Gauge;
  private readonly keptFiles: Gauge;
  private readonly failures: Counter;

  constructor(private readonly intervalMs: number, registry: Registry) {
    const registers = [registry];
    this.lastSuccessTime = new Gauge({ name: "backup_last_success_timestamp_seconds", help: "When the newest complete backup was started (Unix time)", registers });
    this.lastSize = new Gauge({ name: "backup_last_size_bytes", help: "Size of the newest complete backup file", registers });
    this.lastDuration = new Gauge({ name: "backup_last_duration_seconds", help: "How long the last successful backup took", registers });
    this.lastRunFailed = new Gauge({ name: "backup_last_run_failed", help: "1 when the most recent backup run failed, else 0", registers });
    this.keptFiles = new Gauge({ name: "backup_files", help: "Backup files kept in the backups directory", registers });
    this.failures = new Counter({ name: "backup_failures_total", help: "Backup runs that failed since the agent started", registers });
    this.lastRunFailed.set(0);
  }

  succeeded(backup: BackupSuccess, keptFiles: number): void {
    this.lastSuccess = backup;
    this.lastFailure = undefined;
    this.lastSuccessTime.set(backup.takenAt.getTime() / 1000);
    this.lastSize.set(backup.bytes);
    if (backup.durationMs !== undefined) this.lastDuration.set(backup.durationMs / 1000);
    this.lastRunFailed.set(0);
    this.keptFiles.set(keptFiles);
  }

  failed(reason: string, at: Date = new Date()): void {
    this.lastFailure = { at, reason };
    this.lastRunFailed.set(1);
    this.failures.inc();
  }

  get newest(): BackupSuccess | undefined {
    return this.lastSuccess;
  }

  readiness(now: Date = new Date()): ReadyCheck {
    if (this.lastFailure) {
      return { ok: false, detail: `the last backup failed at ${this.lastFailure.at.toISOString()}: ${this.lastFailure.reason}` };
    }
    if (this.lastSuccess === undefined) return { ok: false, detail: "no backup has been taken yet" };
    const age = now.getTime() - this.lastSuccess.takenAt.getTime();
    if (age > staleAfterIntervals * this.intervalMs) {
      return {
        ok: false,
        detail: `the newest backup, ${this.lastSuccess.file}, is ${formatAge(age)} old: more than ${staleAfterIntervals} intervals of ${formatAge(this.intervalMs)}`,
      };
    }
    const { file, takenAt, bytes } = this.lastSuccess;
    return { ok: true, detail: { newest: file, takenAt: takenAt.toISOString(), bytes } };
  }
}
