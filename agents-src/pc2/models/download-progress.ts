/** Sizes as people read them in a log: 1000-based, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export interface ProgressLine {
  bytes: number;
  total?: number;
  percent?: number;
  bytesPerSecond: number;
  message: string;
}

/**
 * Turns a download's byte counts into log lines: the first, then at most one per `intervalMs`,
 * then the last. The rate counts only this run's bytes, so a resumed download is not flattered by
 * what an earlier run fetched.
 */
export class DownloadProgress {
  private startedAt: number | undefined;
  private startBytes = 0;
  private lastLoggedAt = -Infinity;
  private latest: { bytes: number; total?: number } = { bytes: 0 };
  private latestLogged = false;

  constructor(
    private readonly label: string,
    private readonly intervalMs: number,
    private readonly log: (line: ProgressLine) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(bytes: number, total: number | undefined): void {
    const now = this.now();
    if (this.startedAt === undefined) {
      this.startedAt = now;
      this.startBytes = bytes;
    }
    this.latest = { bytes, total };
    this.latestLogged = now - this.lastLoggedAt >= this.intervalMs;
    if (!this.latestLogged) return;
    this.lastLoggedAt = now;
    this.log(this.line(now));
  }

  /** The closing line, unless the last update was just logged. */
  finish(): void {
    if (this.startedAt === undefined || this.latestLogged) return;
    this.latestLogged = true;
    this.log(this.line(this.now()));
  }

  private line(now: number): ProgressLine {
    const { bytes, total } = this.latest;
    const seconds = (now - (this.startedAt ?? now)) / 1000;
    const bytesPerSecond = seconds > 0 ? (bytes - this.startBytes) / seconds : 0;
    const percent = total !== undefined && total > 0 ? Math.floor((100 * bytes) / total) : undefined;
    const amount = total === undefined ? formatBytes(bytes) : `${percent}% ${formatBytes(bytes)} of ${formatBytes(total)}`;
    return { bytes, total, percent, bytesPerSecond, message: `${this.label}: ${amount} at ${formatBytes(bytesPerSecond)}/s` };
  }
}
