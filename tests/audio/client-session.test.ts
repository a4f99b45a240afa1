import pino from "pino";
import type { WebSocket } from "ws";
import { Registry } from "../../agents-src/kit/metrics";
import { ClientSession } from "../../agents-src/audio/fused-audio-preprocessor/client-session";
import { createPreprocessorMetrics } from "../../agents-src/audio/fused-audio-preprocessor/metrics";
import type { RemoteStream, StreamSink } from "../../agents-src/audio/fused-audio-preprocessor/pipeline-threads";

/** A socket that records what the session does to it. */
function fakeSocket(): { socket: WebSocket; calls: string[]; sent: Record<string, unknown>[] } {
  const calls: string[] = [];
  const sent: Record<string, unknown>[] = [];
  const socket = {
    bufferedAmount: 0,
    send: (data: string) => void sent.push(JSON.parse(data) as Record<string, unknown>),
    pause: () => void calls.push("pause"),
    resume: () => void calls.push("resume"),
    close: (code: number, reason: string) => void calls.push(`close ${code} ${reason}`),
  };
  return { socket: socket as unknown as WebSocket, calls, sent };
}

/** A pipeline thread the test answers for: each opened stream's sink, and the samples handed in. */
function fakeSeat(): { seat: { open: (rate: number, channels: number, sink: StreamSink) => RemoteStream }; sinks: StreamSink[]; backlog: { samples: number } } {
  const sinks: StreamSink[] = [];
  const backlog = { samples: 0 };
  return {
    sinks,
    backlog,
    seat: {
      open: (_rate, _channels, sink) => {
        sinks.push(sink);
        return {
          process: (pcm) => void (backlog.samples += pcm.length),
          finish: () => undefined,
          get backlogSamples() {
            return backlog.samples;
          },
        };
      },
    },
  };
}

function session(seat: ReturnType<typeof fakeSeat>["seat"]) {
  const { socket, calls, sent } = fakeSocket();
  const published: { topic: string; header: Record<string, unknown> }[] = [];
  const client = new ClientSession("s1", socket, seat, {
    publisher: { endpoint: "", port: 0, publish: (topic, header) => void published.push({ topic, header: header as Record<string, unknown> }), close: async () => undefined },
    logger: pino({ level: "silent" }),
    metrics: createPreprocessorMetrics(new Registry()),
    maxFrameBytes: 64 * 1024,
    sendBufferBytes: 1024 * 1024,
    playbackLeadMs: 300,
  });
  const start = (rate = 16000): void => client.onMessage(Buffer.from(JSON.stringify({ type: "audio-start", rate, width: 2, channels: 1 })), false);
  return { client, calls, sent, published, start };
}

const clean = (samples: number, outputPosition: number) => ({ pcm: new Int16Array(samples), outputPosition });

describe("ClientSession", () => {
  it("publishes a stream's headers only as its pipeline thread answers", () => {
    const { seat, sinks } = fakeSeat();
    const { client, published, start } = session(seat);
    start();
    client.onMessage(Buffer.alloc(640), true);
    expect(published).toEqual([]);
    sinks[0].started();
    sinks[0].processed(clean(320, 320), 0.1);
    expect(published.map((m) => m.topic)).toEqual(["audio.start", "audio.clean"]);
    expect(published[1].header).toMatchObject({ sessionId: "s1", stream: 0, seq: 0, startSample: 0, samples: 320 });
  });

  it("stops reading a client whose thread is 0.5 s behind, and reads it again at 0.25 s", () => {
    const { seat, sinks, backlog } = fakeSeat();
    const { client, calls, start } = session(seat);
    start();
    sinks[0].started();
    for (let i = 0; i < 26; i++) client.onMessage(Buffer.alloc(640), true);
    expect(calls).toEqual(["pause"]);
    backlog.samples = 4100;
    sinks[0].processed(clean(320, 320), 0.1);
    expect(calls).toEqual(["pause"]);
    backlog.samples = 4000;
    sinks[0].processed(clean(320, 640), 0.1);
    expect(calls).toEqual(["pause", "resume"]);
  });

  it("when the pipeline fails while the client is not read: ends the stream, tells the client, and reads it again so the close completes", () => {
    const { seat, sinks } = fakeSeat();
    const { client, calls, sent, published, start } = session(seat);
    start();
    sinks[0].started();
    for (let i = 0; i < 26; i++) client.onMessage(Buffer.alloc(640), true);
    sinks[0].processed(clean(320, 320), 0.1);
    sinks[0].failed("pipeline thread 1 stopped");
    expect(calls).toEqual(["pause", "resume", "close 1011 internal_error"]);
    expect(sent[sent.length - 1]).toMatchObject({ type: "error", code: "internal_error" });
    expect(published[published.length - 1]).toEqual({ topic: "audio.stop", header: { sessionId: "s1", stream: 0, samples: 320, reason: "error" } });
  });

  it("ends a stream the shutdown cut short with reason shutdown", () => {
    const { seat, sinks } = fakeSeat();
    const { client, published, start } = session(seat);
    start();
    sinks[0].started();
    client.close(1001, "server shutting down");
    sinks[0].failed("pipeline thread 1 closed before the stream finished");
    expect(published[published.length - 1].header).toMatchObject({ stream: 0, reason: "shutdown" });
  });

  it("tells the client when no pipeline thread can take its stream", () => {
    const { client, calls, sent, start } = session({
      open: () => {
        throw new Error("pipeline thread 1 is restarting");
      },
    });
    start();
    expect(sent).toEqual([{ type: "error", code: "internal_error", message: "the audio pipeline failed; start a new session" }]);
    expect(calls).toEqual(["close 1011 internal_error"]);
    client.onMessage(Buffer.alloc(640), true);
    expect(calls).toEqual(["close 1011 internal_error"]);
  });
});
