import { EventLoopUtilityFunction, EventLoopUtilization, performance } from "node:perf_hooks";

/** Where the readings come from: this thread's `performance`, or a worker's `worker.performance`. */
export interface LoopReadings {
  eventLoopUtilization: EventLoopUtilityFunction;
}

/**
 * How busy an event loop (this thread's by default) has been over the last `windowMs`: the share of wall time
 * it spent running callbacks rather than waiting (Node's event-loop utilization, 0..1). Unlike
 * the loop delay, which stays low until the loop is already behind, it rises with the load, so a
 * server can turn new work away before the work it has starts to suffer.
 */
export class LoopUtilization {
  private readonly snapshots: { at: number; elu: EventLoopUtilization }[] = [];
  private readonly timer: NodeJS.Timeout;

  /** `onSample` hears the utilization each time a snapshot is taken, four times per window. */
  constructor(
    private readonly windowMs = 2000,
    onSample?: (utilization: number) => void,
    private readonly loop: LoopReadings = performance,
  ) {
    this.snapshots.push({ at: performance.now(), elu: loop.eventLoopUtilization() });
    this.timer = setInterval(() => {
      this.sample();
      onSample?.(this.current());
    }, windowMs / 4);
    this.timer.unref();
  }

  /**
   * Busy share from the oldest snapshot inside the window up to now: the last `windowMs` to
   * 1.25 x `windowMs`, or all of a stall longer than that. Until a whole window has passed, the
   * time before the start counts as idle: a few busy milliseconds of startup are not a loaded
   * server.
   */
  current(): number {
    const { active, idle } = this.loop.eventLoopUtilization(this.loop.eventLoopUtilization(), this.snapshots[0].elu);
    return active / Math.max(active + idle, this.windowMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const at = performance.now();
    this.snapshots.push({ at, elu: this.loop.eventLoopUtilization() });
    // Keep one snapshot at or before the window's start, so `current` always spans the whole window.
    while (this.snapshots.length > 1 && this.snapshots[1].at <= at - this.windowMs) this.snapshots.shift();
  }
}
