import { Counter, Gauge, Histogram, Registry } from "../../kit";

export type ModelTask = "transcribe" | "embed";

export interface ModelMetrics {
  loadSeconds: Gauge<"task" | "engine" | "device">;
  inferenceSeconds: Histogram<"task" | "engine">;
  waiting: Gauge<"task">;
  rejected: Counter<"task" | "reason">;
}

export function createModelMetrics(registry: Registry): ModelMetrics {
  return {
    loadSeconds: new Gauge({
      name: "pc2_model_load_seconds",
      help: "How long the loaded model took to load",
      labelNames: ["task", "engine", "device"],
      registers: [registry],
    }),
    inferenceSeconds: new Histogram({
      name: "pc2_inference_seconds",
      help: "Model time per request, queueing excluded",
      labelNames: ["task", "engine"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    waiting: new Gauge({
      name: "pc2_queue_waiting",
      help: "Requests waiting for their model",
      labelNames: ["task"],
      registers: [registry],
    }),
    rejected: new Counter({
      name: "pc2_rejected_total",
      help: "Requests refused with 503 because the model was loading, failed or its queue was full",
      labelNames: ["task", "reason"],
      registers: [registry],
    }),
  };
}
