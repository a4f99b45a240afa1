import { Counter, Gauge, Histogram, Registry } from "../../kit/metrics";
import { processingTimeHistogram } from "../processing-time";

export interface VadMetrics {
  messages: Counter<"topic">;
  streams: Gauge;
  utterances: Counter;
  gapSeconds: Counter;
  voiceRejected: Counter;
  processingSeconds: Histogram;
}

export function createVadMetrics(registry: Registry): VadMetrics {
  return {
    messages: new Counter({ name: "vad_messages_received_total", help: "Audio stream messages received", labelNames: ["topic"], registers: [registry] }),
    streams: new Gauge({ name: "vad_streams", help: "Client streams being tracked", registers: [registry] }),
    utterances: new Counter({ name: "vad_utterances_total", help: "Utterances published", registers: [registry] }),
    gapSeconds: new Counter({ name: "vad_gap_seconds_total", help: "Audio lost upstream and heard as silence", registers: [registry] }),
    voiceRejected: new Counter({
      name: "vad_voice_rejected_total",
      help: "audio.clean messages whose voice probabilities were malformed or did not fit their audio (the audio still counted)",
      registers: [registry],
    }),
    processingSeconds: processingTimeHistogram(registry, "vad_chunk_processing_seconds", "Detection time per clean audio message"),
  };
}
