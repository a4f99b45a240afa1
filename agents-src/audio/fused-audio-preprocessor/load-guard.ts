import { LoopUtilization } from "../../kit/loop-utilization";

/**
 * The guard judges the event loop over this long. A session's load shows within one chunk, but a
 * longer window shows it late: with clients joining 10 a second, a 2 s window at 0.9 turned 3-4 of
 * 48 away and let the rest saturate the loop, and a 1 s window still did in 1 run of 3
 * (`bench:audio:streams`). At 0.5 s and 0.8, 48 and 64 such clients lost no utterance in 3 runs.
 */
export const loadWindowMs = 500;

/**
 * Once busy, the guard lets clients in again only after the loop is this much below its limit,
 * so that it does not flap at the limit: a saturated loop still has idle moments.
 */
const releaseMargin = 0.1;

export interface LoadReading {
  ok: boolean;
  utilization: number;
  /** Why a new client would be turned away; undefined when it would not. */
  refusal?: string;
}

/** Whether the preprocessor's one thread has room for another real-time stream. */
export class LoadGuard {
  private busy = false;

  /** `max` of 1 turns the guard off: the loop can never be busier than all the time. */
  constructor(
    readonly max: number,
    private readonly loop: Pick<LoopUtilization, "current" | "stop"> = new LoopUtilization(loadWindowMs),
  ) {}

  check(): LoadReading {
    const utilization = Math.round(this.loop.current() * 1000) / 1000;
    const release = Math.round((this.max - releaseMargin) * 1000) / 1000;
    this.busy = utilization > (this.busy ? release : this.max);
    if (!this.busy) return { ok: true, utilization };
    const seen = `event loop ${(utilization * 100).toFixed(0)}% busy over the last ${loadWindowMs / 1000} s`;
    return { ok: false, utilization, refusal: `${seen}; MAX_LOOP_UTILIZATION=${this.max}, and clients are let in again below ${release}` };
  }

  /** The loop's utilization, without judging it. */
  utilization(): number {
    return this.loop.current();
  }

  stop(): void {
    this.loop.stop();
  }
}
