import type { Logger } from "../kit";

export interface PeriodicTask {
  /** Runs the task now, or waits for the run in progress; resolves when it is done. */
  runNow(): Promise<void>;
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs`, never two runs at once; a failed run is logged and the next one
 * goes ahead on schedule (a database that is down now may be back by then).
 */
export function startPeriodicTask(name: string, intervalMs: number, task: () => Promise<void>, logger: Logger): PeriodicTask {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = (): Promise<void> => {
    running ??= task()
      .catch((err: unknown) => logger.warn({ task: name, err: (err as Error).message }, "periodic task failed"))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void run();
  }, intervalMs);
  timer.unref();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
