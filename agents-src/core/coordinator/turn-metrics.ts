import { Counter, Gauge, Histogram, Registry } from "../../kit/metrics";
import { turnStages } from "./stage-timings";
import type { TurnQueue } from "./turn-queue";
import { turnPriorities } from "./turn-queue";
import type { TurnResult, TurnSource } from "./turn";

export type TurnOutcome = "answered" | "cancelled" | "rejected" | "failed" | "empty";

/** Per-stage latency, outcomes and queue depth of the coordinator's turns, in Prometheus form. */
export class TurnMetrics {
  private readonly stages: Histogram<"stage" | "source">;
  private readonly turns: Counter<"source" | "intent" | "outcome">;

  constructor(registry: Registry, queue: TurnQueue) {
    this.stages = new Histogram({
      name: "coordinator_turn_stage_seconds",
      help: "Time spent in each stage of a turn (queue, stt, route, handler, memory, total; tts: to the first audio of a spoken reply), by source",
      labelNames: ["stage", "source"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.turns = new Counter({
      name: "coordinator_turns_total",
      help: "Turns by source, intent (when routed) and outcome",
      labelNames: ["source", "intent", "outcome"],
      registers: [registry],
    });
    new Gauge({
      name: "coordinator_queue_waiting",
      help: "Turns waiting for a slot, by priority",
      labelNames: ["priority"],
      registers: [registry],
      collect() {
        for (const priority of turnPriorities) this.set({ priority }, queue.depth(priority));
      },
    });
    new Gauge({
      name: "coordinator_turns_running",
      help: "Turns being worked on now",
      registers: [registry],
      collect() {
        this.set(queue.running);
      },
    });
  }

  answered(source: TurnSource, result: TurnResult): void {
    this.turns.inc({ source, intent: result.intent, outcome: "answered" });
    for (const stage of turnStages) {
      const ms = result.timings[stage];
      if (ms !== undefined) this.stages.observe({ stage, source }, ms / 1000);
    }
  }

  /** A spoken reply's first audio reached the client `firstAudioMs` after the speak request. */
  spoke(firstAudioMs: number): void {
    this.stages.observe({ stage: "tts", source: "audio" }, firstAudioMs / 1000);
  }

  ended(source: TurnSource, outcome: Exclude<TurnOutcome, "answered">): void {
    this.turns.inc({ source, intent: "none", outcome });
  }
}
