export const turnStages = ["queue", "stt", "route", "handler", "memory", "total", "tts"] as const;
export type TurnStage = (typeof turnStages)[number];
export type StageTimings = Partial<Record<TurnStage, number>>;

/** Milliseconds per stage of one turn; stages that overlap (memory writes run beside routing) each count their own time. */
export class TurnClock {
  readonly timings: StageTimings = {};
  private readonly started = performance.now();

  async time<T>(stage: TurnStage, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  add(stage: TurnStage, ms: number): void {
    this.timings[stage] = round((this.timings[stage] ?? 0) + ms);
  }

  finish(): StageTimings {
    this.timings.total = round(performance.now() - this.started);
    return this.timings;
  }
}

const round = (ms: number): number => Math.round(ms * 100) / 100;
