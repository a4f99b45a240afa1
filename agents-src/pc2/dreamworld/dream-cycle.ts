import type { Pool } from "pg";
import type { Logger } from "../../kit";
import { activitySince } from "./activity-probe";
import { CycleReport } from "./cycle-report";

export type InterruptReason = "user turn" | "shutdown";

/** Thrown at a safe point to end a cycle early; everything committed before it stays. */
export class CycleInterrupted extends Error {
  constructor(readonly reason: InterruptReason) {
    super(`cycle interrupted by ${reason}`);
    this.name = "CycleInterrupted";
  }
}

export interface CycleContext {
  pool: Pool;
  report: CycleReport;
  /** Aborted when the cycle is being stopped, so a call to a peer does not outlive it. */
  signal: AbortSignal;
  /**
   * A safe point: nothing is half done. Throws CycleInterrupted when a user turn has run since the
   * cycle began, or the service is stopping.
   */
  checkpoint(): Promise<void>;
}

export interface CycleStep {
  /** Names the step in reports, e.g. where an interrupted cycle stopped. */
  readonly name: string;
  run(cycle: CycleContext): Promise<void>;
}

export type CycleOutcome =
  | { status: "finished" }
  | { status: "interrupted"; stoppedAtStep: string; reason: InterruptReason }
  | { status: "failed"; stoppedAtStep: string; error: string };

export interface CycleRun {
  /** When the cycle began by the database's clock, as PostgreSQL printed it (microseconds kept). */
  startedAt: string;
  report: CycleReport;
  stop: AbortController;
}

/** Runs the steps in order, each up to its next safe point at a time. */
export async function runCycle(pool: Pool, steps: readonly CycleStep[], run: CycleRun, logger: Logger): Promise<CycleOutcome> {
  const context: CycleContext = {
    pool,
    report: run.report,
    signal: run.stop.signal,
    async checkpoint() {
      if (run.stop.signal.aborted) throw new CycleInterrupted("shutdown");
      if (await activitySince(pool, run.startedAt)) throw new CycleInterrupted("user turn");
    },
  };
  let current = steps[0]?.name ?? "";
  try {
    for (const step of steps) {
      current = step.name;
      await context.checkpoint();
      await step.run(context);
    }
    return { status: "finished" };
  } catch (err) {
    if (err instanceof CycleInterrupted) return { status: "interrupted", stoppedAtStep: current, reason: err.reason };
    // A peer call cut short by the stop signal surfaces as its own error; the stop is what happened.
    if (run.stop.signal.aborted) return { status: "interrupted", stoppedAtStep: current, reason: "shutdown" };
    logger.error({ err, step: current }, "dream cycle failed");
    return { status: "failed", stoppedAtStep: current, error: (err as Error).message };
  }
}
