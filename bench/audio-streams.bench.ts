/**
 * `npm run bench:audio:streams [-- --streams 1,8,32] [--join-every-ms 100]`: the audio front end
 * under concurrent clients. The fused-audio-preprocessor and the vad run as their own processes,
 * as in their containers, with the preprocessor's default load guard (`MAX_LOOP_UTILIZATION`) and
 * `MAX_SESSIONS` raised to N. N clients join one after another, `--join-every-ms` apart, and each
 * streams the same 44.1 kHz stereo recording (6 sentences in pink noise at 10 dB) over a WebSocket
 * in 20 ms chunks at the pace of speech. For each N it prints how many clients the guard turned
 * away (1013 server_busy), how long after the true start and end of each sentence its
 * `speech.start` and `utterance` reached a subscriber on the vad's stream (p50 / p95), how many
 * utterances came back against how many the admitted clients spoke, audio the agents dropped or
 * skipped, how often the preprocessor stopped reading a client whose pipeline thread was behind,
 * the preprocessor's event-loop delay, the utilization of its socket thread and of its busiest
 * pipeline thread (PIPELINE_THREADS in the environment sets how many), and the CPU each process used
 * while the clients streamed (cores, averaged over the joining and the leaving).
 */
import { ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import pino from "pino";
import { floatToInt16 } from "../agents-src/audio/dsp/pcm";
import { resampleSignal } from "../agents-src/audio/dsp/speex-resampler";
import { clientAudioPath, wsCloseCodes } from "../agents-src/audio/protocol/client-protocol";
import { speechTopics } from "../agents-src/audio/protocol/stream-topics";
import { peerPubEnvName } from "../agents-src/kit/catalog";
import { StreamMessage, subscribe } from "../agents-src/kit/messaging";
import { getFreePort } from "../agents-src/kit/ports";
import { deviceTokenPath, ensureSecretFile } from "../agents-src/launcher/local-credentials";
import { LocalPostgres, startLocalPostgres } from "../agents-src/launcher/local-postgres";
import { LabelledTrack, makeNoise, mixAtSnr, speechTrack, tuningSet } from "./speech-corpus";
import { percentile } from "./vad-scoring";

const clientRate = 44100;
const chunkMs = 20;
const chunkFrames = (clientRate * chunkMs) / 1000;

interface Agent {
  name: string;
  url: string;
  pubPort: number;
  child: ChildProcess;
}

/** One agent as its own process, run from source as `npm start` runs it from dist. */
async function startAgent(name: "fused-audio-preprocessor" | "vad" | "memory-orchestrator", env: Record<string, string>): Promise<Agent> {
  const [httpPort, pubPort] = [await getFreePort(), await getFreePort()];
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "agents-src/main.ts", name], {
    env: { ...process.env, HTTP_PORT: String(httpPort), ZMQ_PUB_PORT: String(pubPort), LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${httpPort}`;
  for (const deadline = Date.now() + 60_000; ; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within 60 s`);
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) return { name, url, pubPort, child };
  }
}

/** CPU seconds a process has used so far (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * One scrape of an agent's metrics, read by name (summed over labels). A scrape also restarts
 * prom-client's event-loop delay histogram: its percentiles cover the time since the last one.
 */
async function scrape(agent: Agent): Promise<(name: string) => number> {
  const lines = (await (await fetch(`${agent.url}/metrics`)).text()).split("\n");
  return (name) =>
    lines
      .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}

/** The preprocessor closed a client's connection before greeting it. */
class ClosedError extends Error {
  constructor(readonly code: number, reason: string) {
    super(`the preprocessor closed the connection: ${code} ${reason}`);
  }
}

interface LoadDetail {
  eventLoopUtilization: number;
  pipelineThreads: { utilization: number }[];
}

/**
 * The load guard's readings of the preprocessor's socket thread and busiest pipeline thread, from
 * `/ready` (a /metrics scrape would restart the loop-delay histogram).
 */
async function loopUtilization(agent: Agent): Promise<{ main: number; pipeline: number }> {
  const ready = (await (await fetch(`${agent.url}/ready`)).json()) as { checks: { load: { detail: LoadDetail } } };
  const { eventLoopUtilization, pipelineThreads } = ready.checks.load.detail;
  return { main: eventLoopUtilization, pipeline: Math.max(...pipelineThreads.map((t) => t.utilization)) };
}

/** A client streaming `pcm` (interleaved stereo) in real time; records when each chunk went out. */
class StreamingClient {
  sessionId = "";
  readonly sentAt: number[] = [];
  private next = 0;

  private constructor(
    private readonly socket: WebSocket,
    private readonly pcm: Int16Array,
    /** performance.now() at which its first chunk is due. */
    readonly startsAt: number,
  ) {}

  static async connect(url: string, pcm: Int16Array, startsAt: number): Promise<StreamingClient> {
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${deviceToken}` } });
    const client = new StreamingClient(socket, pcm, startsAt);
    client.sessionId = await new Promise<string>((resolve, reject) => {
      const timeout = setTimeout(() => {
        socket.terminate();
        reject(new Error("the preprocessor sent no session greeting within 10 s"));
      }, 10_000);
      socket.once("error", reject);
      socket.once("close", (code, reason) => reject(new ClosedError(code, reason.toString())));
      socket.once("close", () => clearTimeout(timeout));
      socket.on("message", (data, isBinary) => {
        if (isBinary) return;
        const event = JSON.parse(data.toString()) as { type: string; sessionId?: string };
        if (event.type !== "session") return;
        clearTimeout(timeout);
        resolve(event.sessionId as string);
      });
    });
    socket.send(JSON.stringify({ type: "audio-start", rate: clientRate, width: 2, channels: 2 }));
    return client;
  }

  get chunks(): number {
    return Math.ceil(this.pcm.length / (2 * chunkFrames));
  }

  get done(): boolean {
    return this.next >= this.chunks;
  }

  /** Sends every chunk due by `now`. */
  sendDue(now: number): void {
    const elapsedMs = now - this.startsAt;
    while (this.next < this.chunks && this.next * chunkMs <= elapsedMs) {
      const part = this.pcm.subarray(this.next * 2 * chunkFrames, (this.next + 1) * 2 * chunkFrames);
      this.socket.send(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      this.sentAt.push(performance.now());
      this.next++;
    }
  }

  /** When the chunk holding 16 kHz sample `sample` of the recording went out. */
  sentTimeOf(sample: number): number {
    return this.sentAt[Math.min(this.sentAt.length - 1, Math.floor((sample / 16000) * (1000 / chunkMs)))];
  }

  async finish(): Promise<void> {
    this.socket.send(JSON.stringify({ type: "audio-stop" }));
    this.socket.close();
    if (this.socket.readyState !== WebSocket.CLOSED) await new Promise((resolve) => this.socket.once("close", resolve));
  }
}

interface LevelResult {
  streams: number;
  refused: number;
  spoken: number;
  heard: number;
  startMs: number[];
  utteranceMs: number[];
  droppedMessages: number;
  gapSeconds: number;
  /** The preprocessor's event-loop delay while the clients streamed, p50 and p99. */
  loopDelayMs: number[];
  /** Times the preprocessor stopped reading a client's socket because its pipeline thread was behind. */
  readsPaused: number;
  /**
   * Utilization of the preprocessor's socket thread and of its busiest pipeline thread (the load
   * guard's readings, taken each second while every admitted client streamed): median and highest.
   */
  loopUtilization: { main: number[]; pipeline: number[] };
  cores: Record<string, number>;
}

async function runLevel(streams: number, joinEveryMs: number, track: LabelledTrack, pcm: Int16Array, url: string, agents: Agent[], heard: StreamMessage[]): Promise<LevelResult> {
  heard.length = 0;
  const before = {
    cpu: agents.map((a) => cpuSeconds(a.child.pid as number)),
    preprocessor: await scrape(agents[0]),
    gap: (await scrape(agents[1]))("vad_gap_seconds_total"),
  };
  const clients: StreamingClient[] = [];
  let refused = 0;
  let settled = 0;
  let failure: unknown;
  const utilization: { main: number; pipeline: number }[] = [];
  let nextReading = 0;
  const began = performance.now();
  // Clients join one after another, each also offset within a chunk, as independent microphones
  // would be. Nothing here is awaited, so a slow handshake or reading never holds back the audio
  // of the clients already streaming.
  const startOf = (i: number): number => began + i * joinEveryMs + (i * chunkMs) / streams;
  const join = (i: number): void => {
    StreamingClient.connect(url, pcm, startOf(i))
      .then(
        (client) => void clients.push(client),
        (err: unknown) => {
          if (err instanceof ClosedError && err.code === wsCloseCodes.tryAgainLater) refused++;
          else failure ??= err;
        },
      )
      .finally(() => settled++);
  };
  for (let joined = 0; settled < streams || clients.some((c) => !c.done); await sleep(5)) {
    if (failure) throw failure;
    while (joined < streams && startOf(joined) <= performance.now()) join(joined++);
    const now = performance.now();
    for (const c of clients) c.sendDue(now);
    if (settled === streams && clients.every((c) => !c.done) && now >= nextReading) {
      nextReading = now + 1000;
      loopUtilization(agents[0]).then(
        (u) => void utilization.push(u),
        (err: unknown) => void (failure ??= err),
      );
    }
  }
  const wall = (performance.now() - began) / 1000;
  const cpu = agents.map((a, i) => (cpuSeconds(a.child.pid as number) - before.cpu[i]) / wall);
  const preprocessorAfter = await scrape(agents[0]);
  const loopDelayMs = [50, 99].map((p) => 1000 * preprocessorAfter(`nodejs_eventloop_lag_p${p}_seconds`));
  // Utterances still in the agents (a saturated preprocessor runs behind) come late, not never:
  // wait until none has arrived for 2 s.
  for (let count = -1; count !== heard.length; await sleep(2000)) count = heard.length;
  await Promise.all(clients.map((c) => c.finish()));
  const preprocessorEnd = await scrape(agents[0]);

  const result: LevelResult = {
    streams,
    refused,
    spoken: clients.length * track.speech.length,
    heard: 0,
    startMs: [],
    utteranceMs: [],
    droppedMessages: preprocessorEnd("zmq_dropped_messages_total") - before.preprocessor("zmq_dropped_messages_total"),
    readsPaused: preprocessorEnd("audio_client_reads_paused_total") - before.preprocessor("audio_client_reads_paused_total"),
    gapSeconds: (await scrape(agents[1]))("vad_gap_seconds_total") - before.gap,
    loopDelayMs,
    loopUtilization: {
      main: utilization.length ? [percentile(utilization.map((u) => u.main), 50), Math.max(...utilization.map((u) => u.main))] : [],
      pipeline: utilization.length ? [percentile(utilization.map((u) => u.pipeline), 50), Math.max(...utilization.map((u) => u.pipeline))] : [],
    },
    cores: Object.fromEntries(agents.map((a, i) => [a.name, cpu[i]])),
  };
  for (const client of clients) {
    const mine = heard.filter((m) => m.header.sessionId === client.sessionId);
    for (const sentence of track.speech) {
      const overlaps = (m: StreamMessage): boolean => {
        const [start, end] = [Number(m.header.start) * 16000, Number(m.header.end ?? Infinity) * 16000];
        return start < sentence.end && sentence.start < end;
      };
      const utterance = mine.find((m) => m.topic === speechTopics.utterance && overlaps(m));
      const start = mine.find((m) => m.topic === speechTopics.start && Number(m.header.start) * 16000 < sentence.end && Number(m.header.start) * 16000 >= sentence.start - 16000);
      if (start) result.startMs.push(Number(start.header.receivedAt) - client.sentTimeOf(sentence.start));
      if (!utterance) continue;
      result.heard++;
      result.utteranceMs.push(Number(utterance.header.receivedAt) - client.sentTimeOf(sentence.end));
    }
  }
  return result;
}

async function main(): Promise<void> {
  const options = { streams: { type: "string", default: "1,8,32" }, "join-every-ms": { type: "string", default: "100" } } as const;
  const { streams: levelsArg, "join-every-ms": joinArg } = parseArgs({ options }).values;
  const levels = String(levelsArg).split(",").map(Number);
  if (levels.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--streams takes positive whole numbers, e.g. 1,8,32");
  const joinEveryMs = Number(joinArg);
  if (!Number.isFinite(joinEveryMs) || joinEveryMs < 0) throw new Error("--join-every-ms takes a number of milliseconds, e.g. 100");

  const { sentences, voices, speeds } = tuningSet;
  const utterances = sentences.slice(0, 6).map((text, i) => ({ text, voice: voices[i % voices.length], speed: speeds[i % speeds.length] }));
  const clean = speechTrack(utterances, [1.0, 1.2, 1.5, 1.0, 1.3, 1.1, 1.0]);
  const track = mixAtSnr(clean, makeNoise("pink", clean), 10);
  const mono = floatToInt16(resampleSignal(track.samples, 16000, clientRate));
  const pcm = new Int16Array(mono.length * 2).map((_, i) => mono[i >> 1]);
  console.log(
    `audio streams: ${(track.samples.length / 16000).toFixed(1)} s of 44.1 kHz stereo per client (6 sentences, pink noise at 10 dB), ` +
      `20 ms chunks in real time; a client joins every ${joinEveryMs} ms`,
  );

  const agents: Agent[] = [];
  let database: LocalPostgres | undefined;
  try {
    const maxStreams = String(Math.max(...levels));
    // The clients are admitted as a device: a private PostgreSQL holds its token, memory-orchestrator checks it.
    const dataDir = mkdtempSync(join(tmpdir(), "bench-streams-"));
    chmodSync(dataDir, 0o755);
    database = await startLocalPostgres(join(dataDir, "postgres"), await getFreePort());
    ensureSecretFile(deviceTokenPath(dataDir));
    deviceToken = readFileSync(deviceTokenPath(dataDir), "utf8").trim();
    await migrateWithFirstToken(database.url, deviceTokenPath(dataDir));
    identityProcess = await startAgent("memory-orchestrator", { DATABASE_URL: database.url, PC2_URL: `http://127.0.0.1:${await getFreePort()}` });
    // One device drives every simulated client here, so its per-device cap is the bench's level.
    agents.push(await startAgent("fused-audio-preprocessor", { MAX_SESSIONS: maxStreams, MAX_SESSIONS_PER_DEVICE: maxStreams, MEMORY_ORCHESTRATOR_URL: identityProcess.url }));
    agents.push(await startAgent("vad", { [peerPubEnvName("fused-audio-preprocessor")]: `tcp://127.0.0.1:${agents[0].pubPort}`, VAD_MAX_STREAMS: maxStreams }));
    const heard: StreamMessage[] = [];
    const logger = pino({ level: "silent" });
    const subscription = await subscribe(`tcp://127.0.0.1:${agents[1].pubPort}`, [speechTopics.start, speechTopics.utterance], (m) => void heard.push({ ...m, header: { ...m.header, receivedAt: performance.now() } }), logger);
    while (!subscription.connected) await sleep(20);
    await sleep(300);
    const url = `${agents[0].url.replace("http", "ws")}${clientAudioPath}`;

    const rows: string[][] = [];
    for (const streams of levels) {
      process.stderr.write(`${streams} stream(s)...\n`);
      const r = await runLevel(streams, joinEveryMs, track, pcm, url, agents, heard);
      const shares = (values: number[]): string => (values.length ? values.map((u) => u.toFixed(2)).join(" / ") : "-");
      const ms = (values: number[]): string => (values.length ? `${percentile(values, 50).toFixed(0)} / ${percentile(values, 95).toFixed(0)}` : "-");
      rows.push([
        String(r.streams),
        String(r.refused),
        `${r.heard}/${r.spoken}`,
        ms(r.startMs),
        ms(r.utteranceMs),
        String(r.droppedMessages),
        r.gapSeconds.toFixed(2),
        String(r.readsPaused),
        r.loopDelayMs.map((d) => d.toFixed(0)).join(" / "),
        shares(r.loopUtilization.main),
        shares(r.loopUtilization.pipeline),
        r.cores["fused-audio-preprocessor"].toFixed(2),
        r.cores.vad.toFixed(2),
      ]);
    }
    await subscription.close();
    const header = [
      "streams",
      "refused",
      "utterances",
      "speech.start ms p50/p95",
      "utterance ms p50/p95",
      "dropped msgs",
      "skipped s",
      "reads paused",
      "preprocessor loop delay ms p50/p99",
      "socket thread p50/max",
      "busiest pipeline thread p50/max",
      "preprocessor cores",
      "vad cores",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i])).join("  ");
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    console.log(
      "speech.start: after the chunk holding the sentence's first sample went out (one Silero window and ~25 ms of pipeline at best);" +
        " utterance: after the chunk holding its last sample (at least the 300 ms of minimum silence)",
    );
  } finally {
    for (const agent of [...agents, ...(identityProcess ? [identityProcess] : [])]) agent.child.kill("SIGTERM");
    await database?.stop();
  }
}

let deviceToken = "";
let identityProcess: Agent | undefined;

/** db-setup as the launcher runs it: the schema, and user owner holding the bench's device token. */
async function migrateWithFirstToken(databaseUrl: string, tokenFile: string): Promise<void> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "agents-src/main.ts", "db-setup"], {
    env: { ...process.env, MIGRATION_DATABASE_URL: databaseUrl, FIRST_DEVICE_TOKEN_FILE: tokenFile, LOG_LEVEL: "error" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`db-setup exited with ${code}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
