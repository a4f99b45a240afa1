/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import pino from "pino";
import { Subscriber } from "zeromq";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { createPublisher, decodeMessage, StreamMessage, TopicPublisher } from "../../agents-src/kit/messaging";
import { getFreePort } from "../../agents-src/kit/ports";
import { peerPubEnvName } from "../../agents-src/kit/catalog";
import { floatToInt16 } from "../../agents-src/audio/dsp/pcm";
import { resampleSignal } from "../../agents-src/audio/dsp/speex-resampler";
import { agent as preprocessorAgent, clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { wsCloseCodes } from "../../agents-src/audio/protocol/client-protocol";
import { agent as vadAgent } from "../../agents-src/audio/vad/agent";
import { AudioCleanHeader, audioTopics, speechTopics, UtteranceHeader } from "../../agents-src/audio/protocol/stream-topics";
import { LabelledTrack, makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";
import { talkWithEvents } from "../support/talk-with-events";
import { until } from "../support/until";
import { spawnAgent } from "../support/agent-process";
import { AudioClient } from "./audio-client";
import { blockEventLoop } from "../support/block-event-loop";
import { sharedEventLoopEnv } from "../support/shared-event-loop";
import { releaseTestServer } from "../support/database";
import { IdentityService, startIdentityService } from "../support/identity-service";

const maxFrameBytes = 16 * 1024;
const sendBufferBytes = 64 * 1024;

/** Admits the tests' clients: every WebSocket client presents a device token. */
let identity: IdentityService;
beforeAll(async () => {
  identity = await startIdentityService("audio_agents");
}, 60_000);
afterAll(async () => {
  await identity?.close();
  await releaseTestServer();
});

/** The agents run quiet, on free HTTP ports, publishing on `pubPort`. */
const startPreprocessor = async (pubPort: number, env: Record<string, string> = {}) =>
  (await startAgent(preprocessorAgent, {
    SERVICE_NAME: "fused-audio-preprocessor",
    MEMORY_ORCHESTRATOR_URL: identity.url,
    HTTP_PORT: "0",
    ZMQ_PUB_PORT: String(pubPort),
    LOG_LEVEL: "silent",
    ...sharedEventLoopEnv,
    ...env,
  })) as RunningAgent<unknown>;
const startVad = async (pubPort: number, upstreamPort: number, env: Record<string, string> = {}) =>
  (await startAgent(vadAgent, {
    SERVICE_NAME: "vad",
    HTTP_PORT: "0",
    ZMQ_PUB_PORT: String(pubPort),
    LOG_LEVEL: "silent",
    [peerPubEnvName("fused-audio-preprocessor")]: `tcp://127.0.0.1:${upstreamPort}`,
    ...env,
  })) as RunningAgent<unknown>;

/** Collects every message published on `port`; `joined` settles once the connection is up. */
function listen(port: number): { subscriber: Subscriber; received: StreamMessage[]; joined: Promise<void> } {
  const subscriber = new Subscriber({ linger: 0 });
  const received: StreamMessage[] = [];
  const joined = new Promise<void>((resolve) => subscriber.events.on("handshake", () => resolve()));
  subscriber.connect(`tcp://127.0.0.1:${port}`);
  subscriber.subscribe();
  void (async () => {
    for await (const frames of subscriber) received.push(decodeMessage(frames));
  })().catch(() => undefined);
  return { subscriber, received, joined };
}

/** Stereo 44.1 kHz PCM of a 16 kHz track, as a desktop client would send it. */
function asStereo44k(samples: Float32Array): Int16Array {
  const mono = floatToInt16(resampleSignal(samples, 16000, 44100));
  const stereo = new Int16Array(mono.length * 2);
  mono.forEach((v, i) => {
    stereo[2 * i] = v;
    stereo[2 * i + 1] = v;
  });
  return stereo;
}

/** A noisy `seconds` of 48 kHz stereo, for load: what it sounds like does not matter. */
const stereo48kBurst = (seconds: number): Int16Array => Int16Array.from({ length: seconds * 96000 }, (_, i) => ((i * 7919) % 2001) - 1000);

describe("audio agents: client WebSocket -> preprocessor -> ZeroMQ -> vad -> ZeroMQ", () => {
  let preprocessor: RunningAgent<unknown>;
  let preprocessorPub: number;
  let vad: RunningAgent<unknown>;
  let subscriber: Subscriber;
  let received: StreamMessage[];
  let track: LabelledTrack;
  let probe: LabelledTrack;
  let wsUrl: string;

  const inSession = (messages: StreamMessage[], sessionId: string, topic: string) => messages.filter((m) => m.topic === topic && m.header.sessionId === sessionId);
  const forSession = (sessionId: string, topic: string) => inSession(received, sessionId, topic);

  /** ZeroMQ subscriptions take a moment to reach the publishers: speak until an utterance comes all the way through. */
  async function speakUntilHeard(heard: StreamMessage[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const client = await AudioClient.connect(wsUrl);
      const id = await client.sessionId;
      await client.stream(floatToInt16(probe.samples), 16000, 1);
      try {
        await client.waitFor(() => inSession(heard, id, speechTopics.utterance).length > 0, "the probe utterance", 1500);
        client.socket.close();
        return;
      } catch (err) {
        client.socket.close();
        if (attempt === 5) throw err;
      }
    }
  }

  beforeAll(async () => {
    track = speechTrack(
      [
        { text: "Turn on the lights in the kitchen", voice: "en-us", speed: 160 },
        { text: "What time is my first meeting on Monday", voice: "en-gb+f3", speed: 150 },
        { text: "Add eggs and milk to the shopping list", voice: "en-029+m5", speed: 175 },
      ],
      [0.8, 1.2, 0.9, 0.8],
    );
    track = mixAtSnr(track, makeNoise("pink", track), 15);
    probe = speechTrack([{ text: "Hello there", voice: "en-us", speed: 160 }], [0.3, 0.5]);

    preprocessorPub = await getFreePort();
    preprocessor = await startPreprocessor(preprocessorPub, { MAX_FRAME_BYTES: String(maxFrameBytes), CLIENT_SEND_BUFFER_BYTES: String(sendBufferBytes) });
    const vadPub = await getFreePort();
    vad = await startVad(vadPub, preprocessorPub);
    wsUrl = `${preprocessor.url.replace("http", "ws")}${clientAudioPath}`;

    ({ subscriber, received } = listen(vadPub));
    await speakUntilHeard(received);
  });

  afterAll(async () => {
    subscriber?.close();
    await vad?.close();
    await preprocessor?.close();
  });

  it("reports readiness with the detector in use", async () => {
    const ready = await (await fetch(`${vad.url}/ready`)).json();
    expect(ready).toMatchObject({ ready: true, checks: { detector: { ok: true, detail: { engine: "silero" } } } });
    expect((await fetch(`${preprocessor.url}/ready`)).status).toBe(200);
  });

  it("reports a vad whose preprocessor cannot be reached as not ready", async () => {
    const lonely = await startVad(await getFreePort(), await getFreePort());
    try {
      const res = await fetch(`${lonely.url}/ready`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { checks: Record<string, unknown> }).checks.upstream).toEqual({
        ok: false,
        detail: expect.stringMatching(/^not connected to tcp:\/\/127\.0\.0\.1:\d+$/),
      });
    } finally {
      await lonely.close();
    }
  });

  it("drops voice probabilities that do not fit their audio, counts them, and still hears the audio", async () => {
    const upstream = await createPublisher({ port: 0, logger: pino({ level: "silent" }) });
    const listener = await startVad(await getFreePort(), upstream.port);
    const metric = async (name: string, label = ""): Promise<number> => {
      const lines = (await (await fetch(`${listener.url}/metrics`)).text()).split("\n");
      const line = lines.find((l) => l.startsWith(`${name}{`) && l.includes(label));
      return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
    };
    try {
      const start = { sessionId: "bad-voice", stream: 0, rate: 16000, width: 2, channels: 1, sourceRate: 16000, sourceChannels: 1, startedAt: Date.now() };
      const clean = (seq: number) => ({ sessionId: "bad-voice", stream: 0, seq, rate: 16000, startSample: seq * 320, samples: 320, receivedAt: Date.now() });
      // The subscription reaches the publisher a moment after connecting: send until the vad has heard a message.
      upstream.publish(audioTopics.start, start);
      let seq = 0;
      while ((await metric("vad_streams")) === 0) {
        upstream.publish(audioTopics.clean, clean(seq++), Buffer.alloc(640));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const heard = await metric("vad_messages_received_total", 'topic="audio.clean"');
      upstream.publish(audioTopics.clean, { ...clean(seq++), voice: { firstFrame: 2000, probabilities: new Array(400).fill(0.9) } }, Buffer.alloc(640));
      upstream.publish(audioTopics.clean, { ...clean(seq++), voice: { firstFrame: 2 * seq, probabilities: ["loud"] } }, Buffer.alloc(640));
      // Had those two messages been refused, this one would follow a gap.
      upstream.publish(audioTopics.clean, clean(seq++), Buffer.alloc(640));
      const received = async () => metric("vad_messages_received_total", 'topic="audio.clean"');
      for (let waited = 0; (await received()) < heard + 3 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await received()).toBe(heard + 3);
      expect(await metric("vad_voice_rejected_total")).toBe(2);
      expect(await metric("vad_gap_seconds_total")).toBe(0);
    } finally {
      await listener.close();
      await upstream.close();
    }
  });

  describe("fed by a publisher the test drives", () => {
    let upstream: TopicPublisher;
    let listener: RunningAgent<unknown>;
    let heard: StreamMessage[];
    let heardBy: Subscriber;
    const startListener = async (env: Record<string, string> = {}): Promise<void> => {
      upstream = await createPublisher({ port: 0, logger: pino({ level: "silent" }) });
      const pub = await getFreePort();
      listener = await startVad(pub, upstream.port, env);
      const listening = listen(pub);
      ({ subscriber: heardBy, received: heard } = listening);
      await listening.joined;
      // The vad is ready once its subscription has connected to the test's publisher.
      for (const deadline = Date.now() + 5000; !(await fetch(`${listener.url}/ready`)).ok; await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() > deadline) throw new Error("the vad did not connect to the test's publisher");
      }
      // A subscription reaches the publisher just after the connection that carries it.
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    afterEach(async () => {
      heardBy.close();
      await listener.close();
      await upstream.close();
    });
    const audioStart = (sessionId: string) => ({ sessionId, stream: 0, rate: 16000, width: 2, channels: 1, sourceRate: 16000, sourceChannels: 1, startedAt: Date.now() });

    /** Sends `samples` of one stream as 20 ms audio.clean messages from `fromSample` on, as if received at `receivedAt(sample)`. */
    const send = (sessionId: string, samples: Int16Array, fromSample: number, receivedAt: (endSample: number) => number): void => {
      for (let o = 0; o < samples.length; o += 320) {
        const part = samples.subarray(o, o + 320);
        const startSample = fromSample + o;
        const header = { sessionId, stream: 0, seq: o / 320, rate: 16000, startSample, samples: part.length, receivedAt: receivedAt(startSample + part.length) };
        upstream.publish(audioTopics.clean, header, Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      }
    };

    it("finishes every open segment when it shuts down: each stream's speech.end and utterance still go out", async () => {
      await startListener();
      const sessions = ["s0", "s1", "s2", "s3", "s4"];
      const midUtterance = floatToInt16(probe.samples.subarray(0, probe.speech[0].start + 8000));
      for (const sessionId of sessions) {
        upstream.publish(audioTopics.start, audioStart(sessionId));
        send(sessionId, midUtterance, 0, () => Date.now());
      }
      await until(() => sessions.every((id) => inSession(heard, id, speechTopics.start).length === 1), "speech.start on every stream");
      await listener.close();
      await until(() => sessions.every((id) => inSession(heard, id, speechTopics.utterance).length === 1), "every utterance after shutdown");
      for (const id of sessions) expect(inSession(heard, id, speechTopics.end)).toHaveLength(1);
    });

    it("finishes a stream whose audio stops without audio.stop once VAD_STREAM_IDLE_MS has passed", async () => {
      await startListener({ VAD_STREAM_IDLE_MS: "600" });
      upstream.publish(audioTopics.start, audioStart("vanished"));
      send("vanished", floatToInt16(probe.samples.subarray(0, probe.speech[0].start + 8000)), 0, () => Date.now());
      await until(() => inSession(heard, "vanished", speechTopics.start).length === 1, "speech.start");
      const started = Date.now();
      await until(() => inSession(heard, "vanished", speechTopics.utterance).length === 1, "the utterance of the idle stream", 3000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(inSession(heard, "vanished", speechTopics.end)).toHaveLength(1);
    });

    it("dates a stream it joins mid-way from the end of the first message it hears", async () => {
      await startListener();
      const streamStart = 1_700_000_000_000;
      const joinAt = 48_000;
      // Real time: sample n of the stream arrived at streamStart + n / 16 ms.
      send("late", floatToInt16(probe.samples), joinAt, (endSample) => streamStart + endSample / 16);
      upstream.publish(audioTopics.stop, { sessionId: "late", stream: 0, samples: joinAt + probe.samples.length, reason: "client" });
      await until(() => inSession(heard, "late", speechTopics.utterance).length === 1, "the late stream's utterance");
      const utterance = inSession(heard, "late", speechTopics.utterance)[0].header as unknown as UtteranceHeader;
      expect(utterance.startedAt).toBeCloseTo(streamStart + utterance.startSample / 16, 6);
    });
  });

  it("turns new clients away with 1013 while its event loop is busier than MAX_LOOP_UTILIZATION, and takes them again once it is not", async () => {
    const guarded = await startPreprocessor(await getFreePort(), { MAX_LOOP_UTILIZATION: "0.5" });
    const url = `${guarded.url.replace("http", "ws")}${clientAudioPath}`;
    const load = async () => {
      const res = await fetch(`${guarded.url}/ready`);
      return { status: res.status, load: ((await res.json()) as { checks: { load: { ok: boolean; detail: { eventLoopUtilization: number } } } }).checks.load };
    };
    try {
      const admitted = await AudioClient.connect(url);
      await admitted.sessionId;
      // The agent shares this process's event loop: blocking it is its load. It stays loaded, 90 ms
      // of every 100, until the refusal is in, however slowly a loaded machine gets there.
      blockEventLoop(600);
      const loading = setInterval(() => blockEventLoop(90), 100);
      try {
        const busy = await load();
        expect(busy.status).toBe(503);
        expect(busy.load.ok).toBe(false);
        expect(busy.load.detail.eventLoopUtilization).toBeGreaterThan(0.5);
        const refused = await AudioClient.connect(url);
        expect(await refused.closed).toEqual({ code: 1013, reason: "server_busy" });
        expect(refused.events).toEqual([
          {
            type: "error",
            code: "server_busy",
            message: expect.stringMatching(/^the server is busy \(event loop \d+% busy over the last 0.5 s; MAX_LOOP_UTILIZATION=0.5, and clients are let in again at 0.4 or less\)$/),
          },
        ]);
      } finally {
        clearInterval(loading);
      }
      await until(async () => (await load()).status === 200, "ready again once the loop is idle", 5000);
      // The session it already had carried on through it.
      expect(admitted.socket.readyState).toBe(admitted.socket.OPEN);
      admitted.send({ type: "audio-start", rate: 16000, width: 2, channels: 1 });
      admitted.send({ type: "audio-stop" });
      const later = await AudioClient.connect(url);
      expect(await later.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const metrics = await (await fetch(`${guarded.url}/metrics`)).text();
      expect(metrics).toMatch(/audio_client_sessions_refused_total\{reason="server_busy",service="fused-audio-preprocessor"\} 1/);
      expect(metrics).toMatch(/audio_event_loop_utilization_ratio\{thread="main",service="fused-audio-preprocessor"\} 0\.\d+/);
      expect(metrics).toMatch(/audio_event_loop_utilization_ratio\{thread="pipeline-1",service="fused-audio-preprocessor"\} 0(\.\d+)?\n/);
      for (const client of [admitted, later]) client.socket.close();
      await Promise.all([admitted.closed, later.closed]);
    } finally {
      await guarded.close();
    }
  });

  it("turns new clients away while its pipeline thread is busier than MAX_LOOP_UTILIZATION", async () => {
    // Its own process, so that its socket thread idles while the test builds and sends the load.
    const guarded = await spawnAgent("fused-audio-preprocessor", await getFreePort(), {
      ZMQ_PUB_PORT: String(await getFreePort()),
      MAX_LOOP_UTILIZATION: "0.5",
      PIPELINE_THREADS: "1",
      MEMORY_ORCHESTRATOR_URL: identity.url,
    });
    const url = `${guarded.url.replace("http", "ws")}${clientAudioPath}`;
    const pipelineThreads = async () =>
      ((await (await fetch(`${guarded.url}/ready`)).json()) as { checks: { load: { detail: { pipelineThreads: { ok: boolean }[] } } } }).checks.load.detail.pipelineThreads;
    try {
      // A minute of 48 kHz stereo at once: seconds of work for the one pipeline thread.
      const burst = stereo48kBurst(60);
      const loader = await AudioClient.connect(url);
      await loader.sessionId;
      loader.sendAtOnce(burst, 48000, 2, 64 * 1024);
      await until(async () => !(await pipelineThreads())[0].ok, "the pipeline thread to be busy", 10_000);
      const refused = await AudioClient.connect(url);
      expect(await refused.closed).toEqual({ code: 1013, reason: "server_busy" });
      expect(refused.events[0].message).toMatch(/^the server is busy \(pipeline thread 1 \d+% busy over the last 0.5 s; MAX_LOOP_UTILIZATION=0.5/);
      await until(async () => (await pipelineThreads())[0].ok, "the pipeline thread to catch up", 30_000);
      const later = await AudioClient.connect(url);
      expect(await later.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      for (const client of [loader, later]) client.socket.close();
      await Promise.all([loader.closed, later.closed]);
    } finally {
      await guarded.kill("SIGTERM");
    }
  }, 60_000);

  it("turns clients beyond MAX_SESSIONS away with 1013, and is not ready while full", async () => {
    const small = await startPreprocessor(await getFreePort(), { MAX_SESSIONS: "1" });
    const url = `${small.url.replace("http", "ws")}${clientAudioPath}`;
    const readiness = async () => {
      const res = await fetch(`${small.url}/ready`);
      return { status: res.status, sessions: ((await res.json()) as { checks: Record<string, unknown> }).checks.sessions };
    };
    try {
      expect(await readiness()).toEqual({ status: 200, sessions: { ok: true, detail: { active: 0, max: 1 } } });
      const first = await AudioClient.connect(url);
      await first.sessionId;
      expect(await readiness()).toEqual({ status: 503, sessions: { ok: false, detail: { active: 1, max: 1 } } });
      const second = await AudioClient.connect(url);
      expect(await second.closed).toEqual({ code: 1013, reason: "too_many_sessions" });
      expect(second.events).toEqual([{ type: "error", code: "too_many_sessions", message: "the server is full (MAX_SESSIONS=1)" }]);
      first.socket.close();
      await first.closed;
      // The server hears the close a moment after the client does.
      for (let tries = 0; (await readiness()).status !== 200; tries++) {
        if (tries === 50) throw new Error("still not ready after the only client left");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await small.close();
    }
  });

  it("turns a 44.1 kHz stereo stream into utterances at the true sentence boundaries", async () => {
    const client = await AudioClient.connect(wsUrl);
    const sessionId = await client.sessionId;
    await client.stream(asStereo44k(track.samples), 44100, 2);
    await client.waitFor(() => forSession(sessionId, speechTopics.utterance).length >= 3, "three utterances");
    await new Promise((resolve) => setTimeout(resolve, 200));

    const starts = forSession(sessionId, speechTopics.start);
    const ends = forSession(sessionId, speechTopics.end);
    const utterances = forSession(sessionId, speechTopics.utterance);
    expect([starts.length, ends.length, utterances.length]).toEqual([3, 3, 3]);
    utterances.forEach((message, i) => {
      const header = message.header as unknown as UtteranceHeader;
      const truth = track.speech[i];
      expect(header).toMatchObject({ sessionId, stream: 0, seq: i, rate: 16000, width: 2, channels: 1, detector: "silero", cut: false });
      expect(Math.abs(header.start - truth.start / 16000)).toBeLessThan(0.1);
      expect(Math.abs(header.end - truth.end / 16000)).toBeLessThan(0.25);
      expect(header.startSample).toBe(Math.round(header.start * 16000));
      expect(message.payload.byteLength).toBe((header.endSample - header.startSample) * 2);
      expect(starts[i].header.start).toBe(header.start);
      // Silero's start is believed after one 32 ms window: decided 60 ms of padding + 32 ms after the padded start.
      expect((starts[i].header.decidedAt as number) - header.start).toBeCloseTo(0.092, 3);
      expect(ends[i].header.end).toBe(header.end);
    });
    client.socket.close();
  });

  it("stops reading a client that sends faster than its pipeline thread cleans, and loses none of its audio", async () => {
    const clean = listen(preprocessorPub);
    try {
      await clean.joined;
      const probeClient = await AudioClient.connect(wsUrl);
      const probeId = await probeClient.sessionId;
      await probeClient.stream(floatToInt16(probe.samples), 16000, 1);
      await probeClient.waitFor(() => inSession(clean.received, probeId, audioTopics.stop).length > 0, "the preprocessor's stream");
      probeClient.socket.close();

      // 20 s of 48 kHz stereo in one burst: seconds of work for the thread, read in milliseconds.
      const seconds = 20;
      const client = await AudioClient.connect(wsUrl);
      const sessionId = await client.sessionId;
      client.sendAtOnce(stereo48kBurst(seconds), 48000, 2, maxFrameBytes);
      await client.waitFor(() => inSession(clean.received, sessionId, audioTopics.stop).length > 0, "the end of the burst", 30_000);

      const chunks = inSession(clean.received, sessionId, audioTopics.clean).map((m) => m.header as unknown as AudioCleanHeader);
      expect(chunks.map((h) => h.seq)).toEqual(chunks.map((_, i) => i));
      chunks.forEach((h, i) => expect(h.startSample).toBe(i === 0 ? 0 : chunks[i - 1].startSample + chunks[i - 1].samples));
      const total = chunks.reduce((sum, h) => sum + h.samples, 0);
      expect(total).toBe(seconds * 16000);
      expect(inSession(clean.received, sessionId, audioTopics.stop)[0].header).toMatchObject({ samples: seconds * 16000, reason: "client" });
      const metrics = await (await fetch(`${preprocessor.url}/metrics`)).text();
      expect(Number(/audio_client_reads_paused_total\{service="fused-audio-preprocessor"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(0);
      client.socket.close();
    } finally {
      clean.subscriber.close();
    }
  }, 60_000);

  it("publishes back-to-back streams of one session in order: each stream's end before the next one's start", async () => {
    const clean = listen(preprocessorPub);
    try {
      await clean.joined;
      const client = await AudioClient.connect(wsUrl);
      const sessionId = await client.sessionId;
      const spoken = floatToInt16(probe.samples);
      // Until the subscription is through, the first streams may go unheard; the last three must come in order.
      for (let attempt = 0; inSession(clean.received, sessionId, audioTopics.stop).length < 3; attempt++) {
        if (attempt === 20) throw new Error("the preprocessor's streams never arrived");
        // Sent at once, so each stream's start reaches the agent while the thread still finishes the one before.
        for (let stream = 0; stream < 3; stream++) client.sendAtOnce(spoken, 16000, 1, maxFrameBytes);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const order = clean.received
        .filter((m) => m.header.sessionId === sessionId && m.topic !== audioTopics.clean)
        .map((m) => `${m.topic === audioTopics.start ? "start" : "stop"} ${m.header.stream as number}`);
      const firstStart = order.findIndex((entry) => entry.startsWith("start"));
      const heard = order.slice(firstStart);
      heard.forEach((entry, i) => expect(entry).toBe(`${i % 2 === 0 ? "start" : "stop"} ${Number(heard[0].split(" ")[1]) + Math.floor(i / 2)}`));
      for (const stop of inSession(clean.received, sessionId, audioTopics.stop)) expect(stop.header.samples).toBe(spoken.length);
      client.socket.close();
    } finally {
      clean.subscriber.close();
    }
  });

  it("runs the WebRTC fallback on RNNoise's probabilities from audio.clean: no utterance on a beep or a slam", async () => {
    // RNNoise run again on the suppressed audio would hear the last beep as a voice.
    const { talk, mixed } = talkWithEvents();
    const fallbackPub = await getFreePort();
    const fallback = await startVad(fallbackPub, preprocessorPub, { VAD_ENGINE: "webrtc" });
    const heard = listen(fallbackPub);
    const clean = listen(preprocessorPub);
    try {
      await speakUntilHeard(heard.received);
      const client = await AudioClient.connect(wsUrl);
      await client.waitFor(() => clean.received.length > 0, "the preprocessor's stream");
      const sessionId = await client.sessionId;
      await client.stream(asStereo44k(mixed.samples), 44100, 2);
      const lastEnd = talk.speech[2].end / 16000;
      await client.waitFor(() => inSession(heard.received, sessionId, speechTopics.utterance).some((m) => (m.header.end as number) > lastEnd - 0.25), "the end of the last sentence");
      client.socket.close();

      const overlaps = (u: UtteranceHeader, i: { start: number; end: number }): boolean => u.start * 16000 < i.end && u.end * 16000 > i.start;
      const utterances = inSession(heard.received, sessionId, speechTopics.utterance).map((m) => m.header as unknown as UtteranceHeader);
      expect(utterances.every((u) => u.detector === "webrtc")).toBe(true);
      // The fallback keeps 100 ms of minimum speech (four 30 ms windows) after 60 ms of padding.
      const [firstStart] = inSession(heard.received, sessionId, speechTopics.start);
      expect((firstStart.header.decidedAt as number) - (firstStart.header.start as number)).toBeCloseTo(0.18, 3);
      // The fallback may split a sentence at a pause inside it; each must be found, from its start to its end.
      talk.speech.forEach((truth) => {
        const inside = utterances.filter((u) => overlaps(u, truth));
        expect(inside.length).toBeGreaterThan(0);
        expect(Math.abs(inside[0].start - truth.start / 16000)).toBeLessThan(0.1);
        expect(Math.abs(inside[inside.length - 1].end - truth.end / 16000)).toBeLessThan(0.25);
      });
      // RNNoise takes a beep for a voice before it has heard one, so the first event is left out.
      const onEvents = mixed.events.map((e) => utterances.some((u) => overlaps(u, e) && !talk.speech.some((r) => overlaps(u, r))));
      expect(onEvents.slice(1)).toEqual([false, false]);

      const voice = inSession(clean.received, sessionId, audioTopics.clean).map((m) => (m.header as unknown as AudioCleanHeader).voice);
      expect(voice.length).toBeGreaterThan(0);
      let next = voice[0]?.firstFrame ?? -1;
      for (const v of voice) {
        expect(v?.firstFrame).toBe(next);
        next += v?.probabilities.length ?? 0;
      }
      expect(next * 160).toBeGreaterThanOrEqual(lastEnd * 16000);
    } finally {
      heard.subscriber.close();
      clean.subscriber.close();
      await fallback.close();
    }
  });

  it.each([
    ["binary audio before audio-start", (c: AudioClient) => c.send(Buffer.alloc(640)), "audio_before_start", 1002],
    ["an unsupported format", (c: AudioClient) => c.send({ type: "audio-start", rate: 96000, width: 2, channels: 1 }), "unsupported_format", 1003],
    [
      "an odd byte count",
      (c: AudioClient) => {
        c.send({ type: "audio-start", rate: 16000, width: 2, channels: 2 });
        c.send(Buffer.alloc(642));
      },
      "misaligned_audio",
      1007,
    ],
    [
      "an oversized frame",
      (c: AudioClient) => {
        c.send({ type: "audio-start", rate: 48000, width: 2, channels: 2 });
        c.send(Buffer.alloc(maxFrameBytes + 4));
      },
      "frame_too_large",
      1009,
    ],
    ["a text frame that is not JSON", (c: AudioClient) => c.send("hello"), "invalid_json", 1007],
    ["an event larger than any event", (c: AudioClient) => c.send(JSON.stringify({ type: "audio-stop", pad: "x".repeat(5000) })), "frame_too_large", 1009],
    ["a text frame that is not UTF-8", (c: AudioClient) => c.socket.send(Buffer.from([0x7b, 0xff, 0x7d]), { binary: false }), "invalid_utf8", 1007],
    ["an unknown event", (c: AudioClient) => c.send({ type: "synthesize", text: "hi" }), "unsupported_event", 1003],
  ])("closes a client that sends %s, while another session keeps working", async (_what, misbehave, code, closeCode) => {
    const good = await AudioClient.connect(wsUrl);
    const goodId = await good.sessionId;
    const streaming = good.stream(floatToInt16(probe.samples), 16000, 1);
    const bad = await AudioClient.connect(wsUrl);
    await bad.sessionId;
    misbehave(bad);
    expect(await bad.closed).toEqual({ code: closeCode, reason: code });
    expect(bad.events.find((e) => e.type === "error")).toMatchObject({ type: "error", code });
    await streaming;
    await good.waitFor(() => forSession(goodId, speechTopics.utterance).length === 1, "the good session's utterance");
    good.socket.close();
  });

  it("cuts a frame far over the limit with 1009 as soon as its header announces the size", async () => {
    // ws refuses it before reading the payload, and closes at once: no error event can go first.
    const bad = await AudioClient.connect(wsUrl);
    await bad.sessionId;
    bad.send(Buffer.alloc(maxFrameBytes * 4 + 2));
    expect((await bad.closed).code).toBe(1009);
    expect(bad.events.map((e) => e.type)).toEqual(["session"]);
  });

  describe("replies from the coordinator", () => {
    let client: AudioClient;
    let sessionId: string;
    const post = (path: string, body: string | Buffer, contentType: string) =>
      fetch(`${preprocessor.url}${path}`, { method: "POST", body, headers: { "content-type": contentType } });

    beforeEach(async () => {
      client = await AudioClient.connect(wsUrl);
      sessionId = await client.sessionId;
    });
    afterEach(() => client.socket.close());

    it("lists the session and delivers a JSON event to its socket", async () => {
      const listed = (await (await fetch(`${preprocessor.url}/v1/sessions`)).json()) as { sessions: { id: string }[] };
      expect(listed.sessions.map((s) => s.id)).toContain(sessionId);
      const res = await post(`/v1/sessions/${sessionId}/events`, JSON.stringify({ type: "transcript", text: "turn on the lights" }), "application/json");
      expect(res.status).toBe(202);
      await client.waitFor(() => client.events.some((e) => e.type === "transcript"), "the transcript event");
      expect(client.events.find((e) => e.type === "transcript")).toEqual({ type: "transcript", text: "turn on the lights" });
    });

    it("delivers reply audio framed by audio-start and audio-stop", async () => {
      const pcm = Buffer.alloc(22050 * 2);
      for (let i = 0; i < pcm.length / 2; i++) pcm.writeInt16LE(Math.round(8000 * Math.sin(i / 10)), i * 2);
      const res = await post(`/v1/sessions/${sessionId}/audio?rate=22050`, pcm, "application/octet-stream");
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ sessionId, bytes: pcm.length, seconds: 1 });
      await client.waitFor(() => client.events.some((e) => e.type === "audio-stop"), "audio-stop");
      expect(client.events.filter((e) => e.type !== "session").map((e) => e.type)).toEqual(["audio-start", "audio-stop"]);
      expect(client.events.find((e) => e.type === "audio-start")).toEqual({ type: "audio-start", rate: 22050, width: 2, channels: 1 });
      expect(Buffer.concat(client.binary).equals(pcm)).toBe(true);
    });

    it.each([
      ["an unknown session", "/v1/sessions/nope/events", JSON.stringify({ type: "x" }), "application/json", 404, "not_found"],
      ["an event without a type", "/v1/sessions/ID/events", JSON.stringify({ text: "x" }), "application/json", 400, "validation_failed"],
      ["audio as text", "/v1/sessions/ID/audio?rate=16000", "abc", "text/plain", 415, "unsupported_media_type"],
      ["audio at an unsupported rate", "/v1/sessions/ID/audio?rate=96000", Buffer.alloc(4), "application/octet-stream", 400, "validation_failed"],
      ["an odd number of audio bytes", "/v1/sessions/ID/audio?rate=16000", Buffer.alloc(3), "application/octet-stream", 400, "misaligned_audio"],
    ])("refuses %s with the error envelope", async (_what, path, body, type, status, code) => {
      const res = await post(path.replace("ID", sessionId), body, type);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(client.events.filter((e) => e.type !== "session")).toEqual([]);
    });

    it("refuses replies once a client stops reading, so its buffer stays bounded", async () => {
      client.socket.pause();
      const reply = Buffer.alloc(60_000);
      let refused: Response | undefined;
      for (let i = 0; i < 400 && !refused; i++) {
        const res = await post(`/v1/sessions/${sessionId}/audio?rate=16000`, reply, "application/octet-stream");
        if (res.status !== 202) refused = res;
      }
      expect(refused?.status).toBe(503);
      expect(refused?.headers.get("retry-after")).toBe("1");
      const session = (await (await fetch(`${preprocessor.url}/v1/sessions/${sessionId}`)).json()) as { bufferedBytes: number };
      expect(session.bufferedBytes).toBeLessThanOrEqual(sendBufferBytes + reply.length);
      client.socket.resume();
    });
  });

  it("shuts down within seconds even when a client never answers the close handshake", async () => {
    const own = await startPreprocessor(await getFreePort());
    const silent = await AudioClient.connect(`${own.url.replace("http", "ws")}${clientAudioPath}`);
    await silent.sessionId;
    silent.socket.pause();
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(3000);
    silent.socket.resume();
    expect((await silent.closed).code).toBe(wsCloseCodes.goingAway);
  });

  it("tells connected clients it is going away when it shuts down", async () => {
    const client = await AudioClient.connect(wsUrl);
    await client.sessionId;
    await preprocessor.close();
    expect((await client.closed).code).toBe(1001);
  });
});
