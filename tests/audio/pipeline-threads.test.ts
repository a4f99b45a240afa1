/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import pino from "pino";
import type { Worker } from "node:worker_threads";
import { defaultPreprocessorOptions, preprocessRecordingWithVoice } from "../../agents-src/audio/dsp/preprocessor";
import { concatInt16, floatToInt16 } from "../../agents-src/audio/dsp/pcm";
import { resampleSignal } from "../../agents-src/audio/dsp/speex-resampler";
import type { CleanOutput } from "../../agents-src/audio/fused-audio-preprocessor/pipeline-messages";
import { PipelineThread, PipelineThreads, RemoteStream, ThreadSeat } from "../../agents-src/audio/fused-audio-preprocessor/pipeline-threads";
import { makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";
import { until } from "../support/until";

const logger = pino({ level: "silent" });

/** What a stream's sink heard, in order. */
function recorder(): { events: string[]; pcm: Int16Array[]; voice: number[]; ended: Promise<void>; sink: Parameters<PipelineThread["open"]>[2] } {
  const heard = { events: [] as string[], pcm: [] as Int16Array[], voice: [] as number[] };
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const keep = (output: CleanOutput): void => {
    heard.pcm.push(output.pcm);
    if (output.voice) {
      expect(output.voice.firstFrame).toBe(heard.voice.length);
      heard.voice.push(...output.voice.probabilities);
    }
  };
  return {
    ...heard,
    ended,
    sink: {
      started: () => heard.events.push("started"),
      processed: (output) => {
        heard.events.push("processed");
        keep(output);
      },
      finished: (output) => {
        heard.events.push("finished");
        keep(output);
        end();
      },
      failed: (message) => {
        heard.events.push(`failed: ${message}`);
        end();
      },
    },
  };
}

function sendInChunks(stream: RemoteStream, pcm: Int16Array, chunk: number): number {
  let chunks = 0;
  for (let at = 0; at < pcm.length; at += chunk, chunks++) stream.process(pcm.slice(at, at + chunk));
  return chunks;
}

describe("PipelineThreads", () => {
  let threads: PipelineThreads;
  let stereo44k: Int16Array;
  let mono16k: Int16Array;
  let stops = 0;

  beforeAll(async () => {
    const talk = speechTrack([{ text: "Turn on the lights in the kitchen", voice: "en-us", speed: 160 }], [0.4, 0.5]);
    const noisy = mixAtSnr(talk, makeNoise("pink", talk), 10).samples;
    mono16k = floatToInt16(noisy);
    const mono44k = floatToInt16(resampleSignal(noisy, 16000, 44100));
    stereo44k = new Int16Array(mono44k.length * 2);
    mono44k.forEach((v, i) => stereo44k.set([v, v], 2 * i));
    threads = await PipelineThreads.start(2, { options: defaultPreprocessorOptions, maxUtilization: 1, logger, onStop: () => stops++ });
  });

  afterAll(() => threads?.close(0));

  it("cleans a stream on its thread exactly as the pipeline does in-process, answering each chunk in order", async () => {
    const [thread] = threads.threads;
    const heard = recorder();
    const stream = thread.open(44100, 2, heard.sink);
    const chunks = sendInChunks(stream, stereo44k, 1764);
    expect(stream.backlogSamples).toBeGreaterThan(0);
    stream.finish();
    await heard.ended;

    expect(heard.events).toEqual(["started", ...Array<string>(chunks).fill("processed"), "finished"]);
    expect(stream.backlogSamples).toBe(0);
    const inProcess = preprocessRecordingWithVoice(stereo44k, 44100, 2);
    expect(concatInt16(heard.pcm)).toEqual(inProcess.pcm);
    expect(heard.voice).toEqual(inProcess.voice);
  });

  it("keeps streams that share a thread apart", async () => {
    const [thread] = threads.threads;
    const a = recorder();
    const b = recorder();
    const streamA = thread.open(16000, 1, a.sink);
    const streamB = thread.open(44100, 2, b.sink);
    for (let i = 0; i < 10; i++) {
      streamA.process(mono16k.slice(i * 1600, (i + 1) * 1600));
      streamB.process(stereo44k.slice(i * 8820, (i + 1) * 8820));
    }
    streamA.process(mono16k.slice(16000));
    streamB.process(stereo44k.slice(88200));
    streamA.finish();
    streamB.finish();
    await Promise.all([a.ended, b.ended]);
    expect(concatInt16(a.pcm)).toEqual(preprocessRecordingWithVoice(mono16k, 16000, 1).pcm);
    expect(concatInt16(b.pcm)).toEqual(preprocessRecordingWithVoice(stereo44k, 44100, 2).pcm);
  });

  it("fails a stream the pipeline cannot run, and only that stream", async () => {
    const [thread] = threads.threads;
    const bad = recorder();
    const good = recorder();
    const badStream = thread.open(0, 1, bad.sink);
    const goodStream = thread.open(16000, 1, good.sink);
    badStream.process(mono16k.slice(0, 1600));
    goodStream.process(mono16k.slice(0, 1600));
    badStream.finish();
    goodStream.finish();
    await Promise.all([bad.ended, good.ended]);
    expect(bad.events).toEqual(["failed: invalid resampling 0 -> 48000 Hz"]);
    expect(good.events).toEqual(["started", "processed", "finished"]);
  });

  it("gives a new session the thread with the fewest sessions", () => {
    const [first, second] = threads.threads;
    first.sessions = 3;
    second.sessions = 1;
    try {
      expect(threads.assign()).toEqual({ thread: second });
      second.sessions = 4;
      expect(threads.assign()).toEqual({ thread: first });
    } finally {
      first.sessions = second.sessions = 0;
    }
  });

  it("fails the streams of a thread that dies, moves its sessions' next streams elsewhere, and starts the thread again", async () => {
    const [other, thread] = threads.threads;
    const seat = new ThreadSeat(threads, thread);
    const heard = recorder();
    const stream = seat.open(16000, 1, heard.sink);
    stream.process(mono16k.slice(0, 1600));
    await until(() => heard.events.includes("processed"), "the first chunk");
    // As if the thread had crashed: nothing a client sends can make it exit.
    await (thread as unknown as { worker: Worker }).worker.terminate();
    await heard.ended;
    expect(heard.events).toEqual(["started", "processed", "failed: pipeline thread 2 stopped"]);
    expect(stops).toBe(1);
    expect(thread.check().refusal).toBe("pipeline thread 2 is restarting");
    expect(threads.assign()).toEqual({ thread: other });
    expect([other.sessions, thread.sessions]).toEqual([0, 1]);
    const moved = recorder();
    const onOther = seat.open(16000, 1, moved.sink);
    expect([other.sessions, thread.sessions]).toEqual([1, 0]);
    onOther.process(mono16k.slice(0, 1600));
    onOther.finish();
    await moved.ended;
    expect(moved.events).toEqual(["started", "processed", "finished"]);
    seat.release();
    expect([other.sessions, thread.sessions]).toEqual([0, 0]);

    await until(() => thread.check().refusal === undefined, "the thread to start again", 10_000);
    const again = recorder();
    const next = thread.open(16000, 1, again.sink);
    next.process(mono16k.slice(0, 1600));
    next.finish();
    await again.ended;
    expect(again.events).toEqual(["started", "processed", "finished"]);
  });

  it("holds a recording until a thread is admitted, and refuses it once the wait has passed", async () => {
    const own = await PipelineThreads.start(1, { options: defaultPreprocessorOptions, maxUtilization: 1, logger });
    try {
      const [thread] = own.threads;
      // As if the thread had crashed: it is restarting, so the load guard admits nothing.
      await (thread as unknown as { worker: Worker }).worker.terminate();
      expect(thread.check().refusal).toBe("pipeline thread 1 is restarting");
      await expect(own.cleanRecording(mono16k, 16000, 1, 0)).rejects.toThrow("pipeline thread 1 is restarting");
      const clean = await own.cleanRecording(mono16k, 16000, 1, 30_000);
      expect(clean).toEqual(preprocessRecordingWithVoice(mono16k, 16000, 1).pcm);
    } finally {
      await own.close(5000);
    }
  });

  it("waits for the streams still open when it closes", async () => {
    const own = await PipelineThreads.start(1, { options: defaultPreprocessorOptions, maxUtilization: 1, logger });
    const heard = recorder();
    const stream = own.threads[0].open(44100, 2, heard.sink);
    sendInChunks(stream, stereo44k, 1764);
    stream.finish();
    await own.close(5000);
    expect(heard.events[heard.events.length - 1]).toBe("finished");
    expect(concatInt16(heard.pcm)).toEqual(preprocessRecordingWithVoice(stereo44k, 44100, 2).pcm);
  });

  it("fails the streams it could not finish within the grace, so their owners still end them", async () => {
    const own = await PipelineThreads.start(1, { options: defaultPreprocessorOptions, maxUtilization: 1, logger });
    const heard = recorder();
    const stream = own.threads[0].open(44100, 2, heard.sink);
    // A minute of audio: far more than the thread cleans in 50 ms.
    for (let i = 0; i < 20; i++) stream.process(stereo44k.slice());
    stream.finish();
    await own.close(50);
    await heard.ended;
    expect(heard.events[heard.events.length - 1]).toBe("failed: pipeline thread 1 closed before the stream finished");
  });
});
