import { Counter, Gauge, Histogram, Registry } from "../../kit/metrics";
import { processingTimeHistogram } from "../processing-time";

export interface VadMetrics {
  messages: Counter<"topic">;
  streams: Gauge;
  utterances: Counter;
  gapSeconds: Counter;
  processingSeconds: Histogram;
}

export function createVadMetrics(registry: Registry): VadMetrics {
  return {
    messages: new Counter({ name: "vad_messages_received_total", help: "Audio stream messages received", labelNames: ["topic"], registers: [registry] }),
    streams: new Gauge({ name: "vad_streams", help: "Client streams being tracked", registers: [registry] }),
    utterances: new Counter({ name: "vad_utterances_total", help: "Utterances published", registers: [registry] }),
    gapSeconds: new Counter({ name: "vad_gap_seconds_total", help: "Audio lost upstream and heard as silence", registers: [registry] }),
    processingSeconds: processingTimeHistogram(registry, "vad_chunk_processing_seconds", "Detection time per clean audio message"),
  };
}
