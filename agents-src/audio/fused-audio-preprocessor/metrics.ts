import { Counter, Gauge, Histogram, Registry } from "../../kit/metrics";
import { processingTimeHistogram } from "../processing-time";

export interface PreprocessorMetrics {
  sessions: Gauge;
  inputSeconds: Counter;
  processingSeconds: Histogram;
  protocolErrors: Counter<"code">;
  repliesRefused: Counter;
}

export function createPreprocessorMetrics(registry: Registry): PreprocessorMetrics {
  return {
    sessions: new Gauge({ name: "audio_client_sessions", help: "Connected client WebSocket sessions", registers: [registry] }),
    inputSeconds: new Counter({ name: "audio_input_seconds_total", help: "Seconds of client audio received", registers: [registry] }),
    processingSeconds: processingTimeHistogram(registry, "audio_chunk_processing_seconds", "Pipeline time per client audio chunk"),
    protocolErrors: new Counter({
      name: "audio_protocol_errors_total",
      help: "Client sessions closed for a protocol violation",
      labelNames: ["code"],
      registers: [registry],
    }),
    repliesRefused: new Counter({
      name: "audio_replies_refused_total",
      help: "Replies refused because the client was not reading its socket",
      registers: [registry],
    }),
  };
}
