import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Logger } from "pino";
import { concatInt16 } from "../dsp/pcm";
import type { PreprocessorOptions } from "../dsp/preprocessor";
import { LoadGuard } from "./load-guard";
import type { CleanOutput, PipelineReply, PipelineRequest, PipelineThreadData, PipelineThreadReady } from "./pipeline-messages";

/** What a stream's owner hears from its pipeline thread, in the order the thread did the work. */
export interface StreamSink {
  started(): void;
  processed(output: CleanOutput, processingMs: number): void;
  finished(output: CleanOutput): void;
  /** The stream is over: the thread could not run it, or the thread itself died. */
  failed(message: string): void;
}

/** A client stream running on a pipeline thread. */
export interface RemoteStream {
  /**
   * Hands a chunk of interleaved samples to the thread. An array that owns its whole buffer moves
   * there (it is left empty); a view into a larger buffer is copied, so the rest stays put.
   */
  process(interleaved: Int16Array): void;
  /** Asks for the stream's tail; `finished` follows, after every chunk handed in before. */
  finish(): void;
  /** Samples handed in and not yet processed: how far the thread is behind this stream. */
  readonly backlogSamples: number;
}

export interface PipelineThreadSettings {
  options: PreprocessorOptions;
  /** MAX_LOOP_UTILIZATION: a thread busier than this takes no new session. */
  maxUtilization: number;
  logger: Logger;
  /** Hears each time a thread stops unasked (it is started again). */
  onStop?: () => void;
}

/**
 * A whole recording goes to its thread in slices this long, each sent once the one before is
 * clean, so the live streams sharing the thread wait behind one slice, not a whole clip: the
 * pipeline took 0.13-0.21 s per second of 48 kHz audio on a 2-core machine busy with an eval, so a
 * slice 30-50 ms where a 15 s clip would have held them 2-3 s.
 */
const recordingSliceSeconds = 0.25;

/**
 * A recording is not live speech, so it may wait this long for a thread the load guard admits,
 * where a live stream is refused at once. Refused at once, enrolment failed on a busy machine:
 * each clip it cleaned pushed its thread over the guard for the next (49 refusals in 21
 * enrolments during `eval:assistant --spoken --enrol`). Kept under the coordinator's 10 s per clip.
 */
const recordingWaitMs = 5_000;
const recordingPollMs = 100;

/** No pipeline thread could run a recording (all busy or restarting, or its thread stopped midway); the caller may retry. */
export class PipelineUnavailable extends Error {}

/** A thread that stops is started again after this long, so that one that cannot start does not spin. */
const restartDelayMs = 1000;

/** How a pipeline thread is started: compiled JavaScript in the image, TypeScript from source. */
function workerEntry(): { file: string; execArgv?: string[] } {
  const compiled = join(__dirname, "pipeline-worker.js");
  if (existsSync(compiled)) return { file: compiled };
  return { file: join(__dirname, "pipeline-worker.ts"), execArgv: ["--require", "ts-node/register/transpile-only"] };
}

/**
 * One worker thread running StreamPreprocessors. Sessions are pinned to a thread, so that a
 * session's consecutive streams are published in order; a thread that dies fails its streams
 * and is started again.
 */
export class PipelineThread {
  /** Sessions pinned to this thread. */
  sessions = 0;
  private worker!: Worker;
  private guard!: LoadGuard;
  private up = false;
  private closing = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private nextStream = 0;
  private readonly streams = new Map<number, { sink: StreamSink; backlog: number }>();
  private idleWaiters: Array<() => void> = [];

  constructor(
    readonly index: number,
    private readonly settings: PipelineThreadSettings,
  ) {}

  get name(): string {
    return `pipeline thread ${this.index}`;
  }

  /** Starts the worker; resolves once it has loaded RNNoise and run a frame. */
  start(): Promise<void> {
    const { file, execArgv } = workerEntry();
    const data: PipelineThreadData = { options: this.settings.options };
    const worker = new Worker(file, { workerData: data, execArgv });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      const onReady = (message: PipelineReply | PipelineThreadReady): void => {
        if (message.op !== "ready") return;
        worker.off("message", onReady);
        worker.off("exit", onEarlyExit);
        // Judged from here on: compiling the modules and RNNoise kept the new thread busy.
        this.guard = new LoadGuard(this.settings.maxUtilization, { name: this.name, readings: worker.performance });
        this.up = true;
        worker.on("message", (reply: PipelineReply) => this.onReply(reply));
        worker.on("exit", (code) => this.onExit(code));
        resolve();
      };
      const onEarlyExit = (code: number): void => reject(new Error(`${this.name} exited with ${code} before it was ready`));
      worker.on("message", onReady);
      worker.on("error", (err) => this.settings.logger.error({ err, thread: this.index }, "pipeline thread failed"));
      worker.once("exit", onEarlyExit);
    });
  }

  /** Whether it can take a new session, and if not, why. */
  check(): { utilization: number; refusal?: string } {
    if (!this.running) return { utilization: 0, refusal: `${this.name} is restarting` };
    return this.guard.check();
  }

  open(rate: number, channels: number, sink: StreamSink): RemoteStream {
    if (!this.running) throw new Error(`${this.name} is restarting`);
    const stream = this.nextStream++;
    const state = { sink, backlog: 0 };
    this.streams.set(stream, state);
    this.post({ op: "start", stream, rate, channels });
    return {
      process: (interleaved) => {
        if (!this.streams.has(stream)) return;
        const pcm = interleaved.byteLength === interleaved.buffer.byteLength ? interleaved : interleaved.slice();
        state.backlog += pcm.length;
        this.post({ op: "process", stream, pcm }, [pcm.buffer as ArrayBuffer]);
      },
      finish: () => {
        if (this.streams.has(stream)) this.post({ op: "finish", stream });
      },
      get backlogSamples() {
        return state.backlog;
      },
    };
  }

  get running(): boolean {
    return this.up;
  }

  /**
   * Waits, at most `graceMs`, for the streams still open to finish; then stops the worker. A
   * stream it had to cut short is failed, so that its owner still says it ended.
   */
  async close(graceMs: number): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    if (this.streams.size > 0 && this.running) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    this.failAll(`${this.name} closed before the stream finished`);
    this.guard?.stop();
    this.up = false;
    await this.worker?.terminate();
  }

  private post(request: PipelineRequest, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  private onReply(reply: PipelineReply): void {
    const state = this.streams.get(reply.stream);
    // Replies to a stream that already failed (its chunks in flight) have no one left to hear them.
    if (!state) return;
    const { sink } = state;
    if (reply.op === "started") sink.started();
    else if (reply.op === "processed") {
      state.backlog -= reply.inputSamples;
      sink.processed(reply, reply.processingMs);
    } else {
      this.streams.delete(reply.stream);
      if (reply.op === "finished") sink.finished(reply);
      else sink.failed(reply.message);
      if (this.streams.size === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private failAll(message: string): void {
    const lost = [...this.streams.values()];
    this.streams.clear();
    for (const wake of this.idleWaiters.splice(0)) wake();
    for (const { sink } of lost) sink.failed(message);
  }

  private onExit(code: number): void {
    this.up = false;
    this.guard.stop();
    if (this.closing) return this.failAll(`${this.name} closed before the stream finished`);
    this.settings.logger.error({ thread: this.index, code, streams: this.streams.size }, "pipeline thread stopped; its streams are lost, and it starts again");
    this.settings.onStop?.();
    this.failAll(`${this.name} stopped`);
    this.restartTimer = setTimeout(() => {
      this.start().catch((err) => {
        this.settings.logger.error({ err, thread: this.index }, "pipeline thread could not start again");
        this.onExit(-1);
      });
    }, restartDelayMs);
  }
}

/**
 * A session's place on a pipeline thread. Between streams it moves to another thread if its own
 * died and is restarting: every stream it had there has already failed, so nothing overtakes.
 */
export class ThreadSeat {
  constructor(
    private readonly threads: PipelineThreads,
    private thread: PipelineThread,
  ) {
    thread.sessions++;
  }

  open(rate: number, channels: number, sink: StreamSink): RemoteStream {
    if (!this.thread.running) {
      const other = this.threads.assign();
      if ("thread" in other) {
        this.thread.sessions--;
        this.thread = other.thread;
        this.thread.sessions++;
      }
    }
    return this.thread.open(rate, channels, sink);
  }

  release(): void {
    this.thread.sessions--;
  }
}

/** The preprocessor's pipeline threads; a new session goes to the one with the fewest sessions that has room. */
export class PipelineThreads {
  private constructor(readonly threads: PipelineThread[]) {}

  static async start(count: number, settings: PipelineThreadSettings): Promise<PipelineThreads> {
    const threads = Array.from({ length: count }, (_, i) => new PipelineThread(i + 1, settings));
    try {
      await Promise.all(threads.map((thread) => thread.start()));
    } catch (err) {
      await Promise.all(threads.map((thread) => thread.close(0)));
      throw err;
    }
    return new PipelineThreads(threads);
  }

  /** The thread a new session should run on, or why none can take it. */
  assign(): { thread: PipelineThread } | { refusal: string } {
    const open = this.threads.filter((thread) => thread.check().refusal === undefined);
    if (open.length === 0) return { refusal: this.threads.map((thread) => thread.check().refusal).join("; ") };
    return { thread: open.reduce((best, thread) => (thread.sessions < best.sessions ? thread : best)) };
  }

  /**
   * A whole recording (interleaved 16-bit samples) through the same pipeline as the live streams,
   * on the thread with the fewest sessions; resolves with the clean 16 kHz mono audio. Nothing is
   * published: the caller gets the audio back.
   */
  async cleanRecording(interleaved: Int16Array, rate: number, channels: number, waitMs = recordingWaitMs): Promise<Int16Array> {
    const thread = await this.threadForRecording(waitMs);
    const slice = Math.max(1, Math.round(rate * recordingSliceSeconds)) * channels;
    const parts: Int16Array[] = [];
    return new Promise((resolve, reject) => {
      let offset = 0;
      const sendNext = (): void => {
        if (offset >= interleaved.length) return stream.finish();
        // A copy that owns its buffer, which moves to the thread rather than being copied again.
        stream.process(interleaved.slice(offset, offset + slice));
        offset += slice;
      };
      const stream = thread.open(rate, channels, {
        started: () => undefined,
        processed: (output) => {
          parts.push(output.pcm);
          sendNext();
        },
        finished: (output) => {
          parts.push(output.pcm);
          resolve(concatInt16(parts));
        },
        failed: (message) => reject(new PipelineUnavailable(message)),
      });
      sendNext();
    });
  }

  /** The thread a recording runs on, once one is admitted; refused once `waitMs` has passed without one. */
  private async threadForRecording(waitMs: number): Promise<PipelineThread> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const assigned = this.assign();
      if ("thread" in assigned) return assigned.thread;
      if (Date.now() >= deadline) throw new PipelineUnavailable(assigned.refusal);
      await new Promise((resolve) => setTimeout(resolve, recordingPollMs));
    }
  }

  readings(): { thread: number; sessions: number; utilization: number; ok: boolean }[] {
    return this.threads.map((thread) => {
      const { utilization, refusal } = thread.check();
      return { thread: thread.index, sessions: thread.sessions, utilization, ok: refusal === undefined };
    });
  }

  close(graceMs: number): Promise<void> {
    return Promise.all(this.threads.map((thread) => thread.close(graceMs))).then(() => undefined);
  }
}
