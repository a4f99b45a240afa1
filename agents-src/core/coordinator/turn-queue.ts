/** Spoken turns come first (someone is listening), then typed ones, then work nobody waits on. */
export const turnPriorities = ["audio", "text", "background"] as const;
export type TurnPriority = (typeof turnPriorities)[number];

export class QueueFullError extends Error {
  constructor(readonly waiting: number) {
    super(`the coordinator is busy: ${waiting} turns are already waiting`);
    this.name = "QueueFullError";
  }
}

interface Waiting {
  start: () => void;
  cancel: (reason: unknown) => void;
}

/**
 * Runs at most `concurrency` turns at once; others wait in FIFO order within their priority, and
 * at most `capacity` may wait. A full queue refuses new work at once instead of letting latency
 * grow without bound; a waiting turn whose signal aborts leaves the queue.
 */
export class TurnQueue {
  private readonly waiting = new Map<TurnPriority, Waiting[]>(turnPriorities.map((p) => [p, []]));
  private active = 0;

  constructor(private readonly options: { concurrency: number; capacity: number }) {}

  get running(): number {
    return this.active;
  }

  depth(priority?: TurnPriority): number {
    if (priority) return (this.waiting.get(priority) as Waiting[]).length;
    return turnPriorities.reduce((sum, p) => sum + this.depth(p), 0);
  }

  async run<T>(priority: TurnPriority, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.active >= this.options.concurrency) await this.wait(priority, signal);
    else this.active++;
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private wait(priority: TurnPriority, signal?: AbortSignal): Promise<void> {
    const depth = this.depth();
    if (depth >= this.options.capacity) throw new QueueFullError(depth);
    const lane = this.waiting.get(priority) as Waiting[];
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => entry.cancel(signal?.reason);
      const entry: Waiting = {
        start: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        cancel: (reason) => {
          lane.splice(lane.indexOf(entry), 1);
          reject(reason);
        },
      };
      lane.push(entry);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** A finished turn hands its slot straight to the next waiting one, so the count never dips. */
  private release(): void {
    for (const priority of turnPriorities) {
      const next = (this.waiting.get(priority) as Waiting[]).shift();
      if (next) {
        next.start();
        return;
      }
    }
    this.active--;
  }
}
