import type { Pool } from "pg";
import { Counter, Histogram, Logger, Registry, TopicPublisher } from "../../kit";
import { DreamTiming, dreamIsDue, probeActivity } from "./activity-probe";
import { beginCycle, CycleTrigger, finishCycle, StartedCycle } from "./cycle-log";
import { changeKinds, CycleReport } from "./cycle-report";
import { CycleRun, CycleStep, runCycle } from "./dream-cycle";

export interface SchedulerOptions {
  pool: Pool;
  publisher: TopicPublisher;
  steps: readonly CycleStep[];
  timing: DreamTiming;
  pollMs: number;
  maxStoredChanges: number;
  logger: Logger;
  metrics: Registry;
}

interface Running {
  id: string;
  run: CycleRun;
  done: Promise<void>;
}

/**
 * Starts a cycle when the assistant has been idle long enough, or when asked, never two at once;
 * publishes `dream.started` and `dream.finished` around each and keeps its report.
 */
export class DreamScheduler {
  private current: Running | undefined;
  private starting = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly cycles: Counter<"status">;
  private readonly duration: Histogram<"status">;
  private readonly changes: Counter<"kind">;

  constructor(private readonly options: SchedulerOptions) {
    this.cycles = new Counter({ name: "dream_cycles_total", help: "Dream cycles by outcome", labelNames: ["status"], registers: [options.metrics] });
    this.duration = new Histogram({
      name: "dream_cycle_duration_seconds",
      help: "Dream cycle duration by outcome",
      labelNames: ["status"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers: [options.metrics],
    });
    this.changes = new Counter({ name: "dream_changes_total", help: "Memories changed by dream cycles", labelNames: ["kind"], registers: [options.metrics] });
  }

  /** Begins watching for idle time. */
  start(): void {
    this.timer = setInterval(() => void this.onTick(), this.options.pollMs);
    this.timer.unref();
  }

  /** The cycle running now, if any. */
  get running(): { id: string; report: CycleReport } | undefined {
    return this.current && { id: this.current.id, report: this.current.run.report };
  }

  /** Starts a cycle now; `null` when one is already running or the service is stopping. */
  async begin(trigger: CycleTrigger): Promise<StartedCycle | null> {
    if (this.current || this.starting || this.stopped) return null;
    this.starting = true;
    try {
      const started = await beginCycle(this.options.pool, trigger);
      if (!started) return null;
      const run: CycleRun = {
        startedAt: started.startedAtText,
        report: new CycleReport(started.id, this.options.publisher, this.options.maxStoredChanges),
        stop: new AbortController(),
      };
      this.options.publisher.publish("dream.started", { cycleId: started.id, trigger, startedAt: started.startedAt.toISOString() });
      this.current = { id: started.id, run, done: this.complete(started, run) };
      return started;
    } finally {
      this.starting = false;
    }
  }

  /** Interrupts a running cycle at its next safe point and waits for it to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.current?.run.stop.abort();
    await this.current?.done;
  }

  private async onTick(): Promise<void> {
    if (this.current || this.starting || this.stopped) return;
    try {
      if (dreamIsDue(await probeActivity(this.options.pool), this.options.timing)) await this.begin("idle");
    } catch (err) {
      this.options.logger.warn({ err: (err as Error).message }, "idle check failed");
    }
  }

  private async complete(started: StartedCycle, run: CycleRun): Promise<void> {
    const { pool, publisher, steps, logger } = this.options;
    const began = performance.now();
    const outcome = await runCycle(pool, steps, run, logger);
    const durationMs = Math.round(performance.now() - began);
    if (outcome.status === "interrupted") run.report.note(`interrupted by ${outcome.reason}`);
    try {
      await finishCycle(pool, started.id, outcome, run.report, durationMs);
    } catch (err) {
      // The row stays "running" and is closed as failed before the next cycle begins.
      logger.error({ err, cycleId: started.id }, "could not record the end of a dream cycle");
    }
    const { status } = outcome;
    publisher.publish("dream.finished", { cycleId: started.id, ...outcome, counts: run.report.counts, durationMs, notes: run.report.notes });
    this.cycles.inc({ status });
    this.duration.observe({ status }, durationMs / 1000);
    for (const kind of changeKinds) this.changes.inc({ kind }, run.report.counts[kind]);
    logger.info({ cycleId: started.id, trigger: started.trigger, status, durationMs, counts: run.report.counts }, "dream cycle ended");
    this.current = undefined;
  }
}
