/**
 * A pipeline thread: runs the client streams the agent's thread hands it through their own
 * StreamPreprocessor, so that RNNoise's work is spread over cores and off the thread that reads
 * the sockets.
 */
import { parentPort, workerData } from "node:worker_threads";
import { StreamPreprocessor } from "../dsp/preprocessor";
import type { CleanOutput, PipelineReply, PipelineRequest, PipelineThreadData, PipelineThreadReady } from "./pipeline-messages";

const port = parentPort;
if (!port) throw new Error("pipeline-worker runs as a worker thread of the fused-audio-preprocessor");
const { options } = workerData as PipelineThreadData;
const pipelines = new Map<number, StreamPreprocessor>();

/** Compiles RNNoise and runs a frame, so the first client does not wait for it and a thread that cannot do it fails at start. */
function warmUp(): void {
  const pipeline = new StreamPreprocessor(48000, 1, options);
  try {
    pipeline.process(new Int16Array(480));
    pipeline.finish();
  } finally {
    pipeline.destroy();
  }
}

function reply(message: PipelineReply): void {
  const pcm = "pcm" in message ? message.pcm : undefined;
  port?.postMessage(message, pcm ? [pcm.buffer as ArrayBuffer] : []);
}

function output(pipeline: StreamPreprocessor, pcm: Int16Array): CleanOutput {
  return { pcm, outputPosition: pipeline.outputPosition, voice: pipeline.takeVoiceProbabilities() };
}

function pipelineOf(stream: number): StreamPreprocessor {
  const pipeline = pipelines.get(stream);
  if (!pipeline) throw new Error(`no open stream ${stream} on this pipeline thread`);
  return pipeline;
}

function handle(request: PipelineRequest): void {
  const { stream } = request;
  if (request.op === "start") {
    pipelines.set(stream, new StreamPreprocessor(request.rate, request.channels, options));
    reply({ op: "started", stream });
  } else if (request.op === "process") {
    const pipeline = pipelineOf(stream);
    const started = performance.now();
    const pcm = pipeline.process(request.pcm);
    reply({ op: "processed", stream, inputSamples: request.pcm.length, processingMs: performance.now() - started, ...output(pipeline, pcm) });
  } else {
    const pipeline = pipelineOf(stream);
    pipelines.delete(stream);
    try {
      reply({ op: "finished", stream, ...output(pipeline, pipeline.finish()) });
    } finally {
      pipeline.destroy();
    }
  }
}

port.on("message", (request: PipelineRequest) => {
  try {
    handle(request);
  } catch (err) {
    // One stream's failure ends that stream only; the thread's other streams carry on.
    pipelines.get(request.stream)?.destroy();
    pipelines.delete(request.stream);
    reply({ op: "failed", stream: request.stream, message: err instanceof Error ? err.message : String(err) });
  }
});

warmUp();
const ready: PipelineThreadReady = { op: "ready" };
port.postMessage(ready);
