import { Counter, Gauge, Histogram, Registry } from "../../kit/metrics";
import { processingTimeHistogram } from "../processing-time";

export interface PreprocessorMetrics {
  sessions: Gauge;
  sessionsRefused: Counter<"reason">;
  inputSeconds: Counter;
  processingSeconds: Histogram;
  readsPaused: Counter;
  pipelineThreadStops: Counter;
  protocolErrors: Counter<"code">;
  repliesRefused: Counter;
  spokenReplies: Counter<"outcome">;
  speechFirstAudioSeconds: Histogram;
  recordingsCleaned: Counter<"outcome">;
}

export function createPreprocessorMetrics(registry: Registry): PreprocessorMetrics {
  return {
    sessions: new Gauge({ name: "audio_client_sessions", help: "Connected client WebSocket sessions", registers: [registry] }),
    sessionsRefused: new Counter({
      name: "audio_client_sessions_refused_total",
      help: "Clients turned away with 1013: too_many_sessions (MAX_SESSIONS) or server_busy (MAX_LOOP_UTILIZATION)",
      labelNames: ["reason"],
      registers: [registry],
    }),
    inputSeconds: new Counter({ name: "audio_input_seconds_total", help: "Seconds of client audio received", registers: [registry] }),
    processingSeconds: processingTimeHistogram(registry, "audio_chunk_processing_seconds", "Pipeline time per client audio chunk"),
    readsPaused: new Counter({
      name: "audio_client_reads_paused_total",
      help: "Times a client's socket stopped being read because its pipeline thread was 0.5 s behind it",
      registers: [registry],
    }),
    pipelineThreadStops: new Counter({
      name: "audio_pipeline_thread_stops_total",
      help: "Pipeline threads that stopped unasked; their streams ended with an error, and the thread was started again",
      registers: [registry],
    }),
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
    spokenReplies: new Counter({
      name: "audio_spoken_replies_total",
      help: "Spoken replies by outcome: finished, cancelled (barge-in, a newer reply, the client leaving) or failed",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    speechFirstAudioSeconds: new Histogram({
      name: "audio_speech_first_audio_seconds",
      help: "From a speak request to the first synthesized audio sent to the client",
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    recordingsCleaned: new Counter({
      name: "audio_recordings_cleaned_total",
      help: "Whole recordings (speaker enrolment clips) sent to POST /v1/preprocess, by outcome: cleaned, refused (audio it cannot use) or unavailable (no pipeline thread)",
      labelNames: ["outcome"],
      registers: [registry],
    }),
  };
}
