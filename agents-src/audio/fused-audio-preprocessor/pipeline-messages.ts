import type { PreprocessorOptions, VoiceProbabilities } from "../dsp/preprocessor";

/** What a pipeline thread is started with. */
export interface PipelineThreadData {
  options: PreprocessorOptions;
}

/**
 * From the agent's thread to a pipeline thread. `stream` is unique within the thread; a stream's
 * requests are answered one for one and in order.
 */
export type PipelineRequest =
  | { op: "start"; stream: number; rate: number; channels: number }
  | { op: "process"; stream: number; pcm: Int16Array }
  | { op: "finish"; stream: number };

/** The clean audio a request completed; `outputPosition` is the stream position after it. */
export interface CleanOutput {
  pcm: Int16Array;
  outputPosition: number;
  voice?: VoiceProbabilities;
}

export type PipelineReply =
  | { op: "started"; stream: number }
  | ({ op: "processed"; stream: number; inputSamples: number; processingMs: number } & CleanOutput)
  | ({ op: "finished"; stream: number } & CleanOutput)
  | { op: "failed"; stream: number; message: string };

/** A new thread's first message: it has loaded the pipeline's modules and run a frame through them. */
export interface PipelineThreadReady {
  op: "ready";
}
