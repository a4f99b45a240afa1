import { LoopReadings, LoopUtilization } from "../../kit/loop-utilization";

/**
 * The guard judges the event loop over this long. A session's load shows within one chunk, but a
 * longer window shows it late: with clients joining 10 a second, a 2 s window at 0.9 turned 3-4 of
 * 48 away and let the rest saturate the loop, and a 1 s window still did in 1 run of 3
 * (`bench:audio:streams`). At 0.5 s and 0.8, 48 and 64 such clients lost no utterance in 3 runs.
 */
export const loadWindowMs = 500;

/**
 * Once over its limit, the guard lets clients in again only when the loop is this much below it,
 * so that it does not flap at the limit: a saturated loop still has idle moments.
 */
const releaseMargin = 0.1;

const rounded = (x: number): number => Math.round(x * 1000) / 1000;

export interface LoadReading {
  utilization: number;
  /** Why a new client would be turned away; undefined when it would not. */
  refusal?: string;
}

export interface LoadGuardOptions {
  /** What the refusal calls the loop ("event loop", "pipeline thread 2"). */
  name?: string;
  /** Whose loop: this thread's by default, or a worker's `worker.performance`. */
  readings?: LoopReadings;
  /** A utilization to judge instead of a loop's own (tests). */
  loop?: Pick<LoopUtilization, "current" | "stop">;
}

/**
 * Whether one of the preprocessor's threads has room for another real-time stream. The loop's
 * samples move the guard between open and busy, so that reading it (`/ready`, a client
 * arriving) never changes what the next client is told.
 */
export class LoadGuard {
  private busy = false;
  private readonly release: number;
  private readonly name: string;
  private readonly loop: Pick<LoopUtilization, "current" | "stop">;

  /** `max` of 1 turns the guard off: the loop can never be busier than all the time. */
  constructor(
    private readonly max: number,
    options: LoadGuardOptions = {},
  ) {
    if (!(max - releaseMargin > 0 && max <= 1)) throw new RangeError(`the loop utilization limit must be over ${releaseMargin} and at most 1, got ${max}`);
    this.release = rounded(max - releaseMargin);
    this.name = options.name ?? "event loop";
    this.loop = options.loop ?? new LoopUtilization(loadWindowMs, (utilization) => this.sample(utilization), options.readings);
  }

  /** Moves the guard with one reading of the loop (the loop's own samples call it). */
  sample(utilization: number): void {
    this.busy = rounded(utilization) > this.limit;
  }

  check(): LoadReading {
    const utilization = rounded(this.loop.current());
    if (utilization <= this.limit) return { utilization };
    const seen = `${this.name} ${(utilization * 100).toFixed(0)}% busy over the last ${loadWindowMs / 1000} s`;
    return { utilization, refusal: `${seen}; MAX_LOOP_UTILIZATION=${this.max}, and clients are let in again at ${this.release} or less` };
  }

  /** The most the loop may be busy for a client to be let in: lower once the guard is busy. */
  private get limit(): number {
    return this.busy ? this.release : this.max;
  }

  utilization(): number {
    return this.loop.current();
  }

  stop(): void {
    this.loop.stop();
  }
}
