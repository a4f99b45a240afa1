import type { WrittenBackup } from "./write-backup";

export type BackupRun = { ok: true; backup: WrittenBackup; removed: string[] } | { ok: false; reason: string };

/**
 * Runs backups one at a time: on a timer (the interval after a success, sooner after a failure)
 * and on request. A request made while a run is in progress waits for it and then takes a new one,
 * so what it gets back contains everything written before it asked.
 */
export class BackupSchedule {
  private timer?: NodeJS.Timeout;
  private running?: Promise<BackupRun>;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<BackupRun>,
    private readonly intervalMs: number,
    private readonly retryMs: number,
  ) {}

  start(firstDelayMs: number): void {
    this.arm(firstDelayMs);
  }

  /** A backup taken after this call: waits for one in progress, then runs (or joins) the next. */
  async runFresh(): Promise<BackupRun> {
    await this.running;
    return this.runNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private runNow(): Promise<BackupRun> {
    this.running ??= this.run()
      .then((result) => {
        this.arm(result.ok ? this.intervalMs : Math.min(this.intervalMs, this.retryMs));
        return result;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private arm(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runNow(), delayMs);
    this.timer.unref();
  }
}
