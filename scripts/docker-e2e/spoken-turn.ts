import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { clientAudioPath } from "../../agents-src/audio/fused-audio-preprocessor/agent";
import { readWav, type PcmRecording } from "../../agents-src/audio/dsp/wav-file";

/** The question of issue 7: a fact is told, then asked for, by voice. */
const spokenConversation = {
  statement: "remember that my keys are in the drawer",
  question: "where are my keys",
  expectedInReply: "drawer",
} as const;

const chunkMs = 20;
/** Silence after the recording, so the VAD sees the end of speech as it would from a microphone. */
const trailingSilenceMs = 1000;
const replyTimeoutMs = 60_000;
const replyAudioTimeoutMs = 15_000;

interface Received {
  at: number;
  event?: { type: string; [key: string]: unknown };
  audioBytes?: number;
}

export interface SpokenTurn {
  said: string;
  transcript?: string;
  reply?: string;
  /** From the end of speech (the chunk with the last voiced sample sent) to the `reply` event. */
  replyLatencyMs?: number;
  /** From the end of speech to the first byte of spoken reply audio. */
  firstAudioLatencyMs?: number;
  replyAudioBytes: number;
  /** Types of the events the client received during the turn, in order. */
  events: string[];
  /** What went wrong, in words; undefined when the turn got a reply and spoken reply audio. */
  problem?: string;
}

/**
 * espeak-ng's own WAV (22.05 kHz mono 16-bit) with the exact words as ground truth, in the voice
 * and pace Debian's pocketsphinx model recognises best.
 */
function speak(text: string): PcmRecording {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "docker-e2e-speech-")), "speech.wav");
  try {
    execFileSync("espeak-ng", ["-v", "en-us+f2", "-s", "150", "-w", file, text]);
    return readWav(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** espeak-ng pads its WAV with near-silence; the words end at the last sample above this level. */
const voicedLevel = 0.02 * 32768;

function lastVoicedSample(samples: Int16Array): number {
  for (let i = samples.length - 1; i >= 0; i--) if (Math.abs(samples[i]) > voicedLevel) return i;
  return samples.length - 1;
}

class SpeakerConnection {
  readonly received: Received[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data, isBinary) => {
      const bytes = data as Buffer;
      this.received.push(isBinary ? { at: performance.now(), audioBytes: bytes.length } : { at: performance.now(), event: JSON.parse(bytes.toString()) });
    });
  }

  /** Listens before "open" resolves: the server greets in the same packet as the upgrade. */
  static async open(url: string): Promise<SpeakerConnection> {
    const connection = new SpeakerConnection(new WebSocket(url));
    await new Promise((resolve, reject) => {
      connection.socket.once("open", resolve);
      connection.socket.once("error", reject);
    });
    await connection.until(0, (r) => r.event?.type === "session", 5000);
    return connection;
  }

  /** Streams the recording in real time, then silence; returns when its last voiced sample was sent. */
  async say(recording: PcmRecording): Promise<number> {
    const { sampleRate: rate, channels } = recording;
    this.socket.send(JSON.stringify({ type: "audio-start", rate, width: 2, channels }));
    const pcm = new Int16Array(recording.samples.length + (rate * trailingSilenceMs * channels) / 1000);
    pcm.set(recording.samples);
    const voicedEnd = lastVoicedSample(recording.samples);
    const chunkSamples = (rate * chunkMs * channels) / 1000;
    const start = performance.now();
    let speechEnd = start;
    for (let offset = 0, sent = 1; offset < pcm.length; offset += chunkSamples, sent++) {
      const part = pcm.subarray(offset, offset + chunkSamples);
      this.socket.send(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      if (offset <= voicedEnd) speechEnd = performance.now();
      await sleep(Math.max(0, start + sent * chunkMs - performance.now()));
    }
    this.socket.send(JSON.stringify({ type: "audio-stop" }));
    return speechEnd;
  }

  async until(from: number, predicate: (r: Received) => boolean, timeoutMs: number): Promise<Received | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find(predicate);
      if (found || performance.now() > deadline || this.socket.readyState !== WebSocket.OPEN) return found;
      await sleep(10);
    }
  }

  close(): void {
    this.socket.close();
  }
}

async function turn(connection: SpeakerConnection, said: string): Promise<SpokenTurn> {
  const from = connection.received.length;
  const speechEnd = await connection.say(speak(said));
  const answer = await connection.until(from, (r) => r.event?.type === "reply" || r.event?.type === "error", replyTimeoutMs);
  const reply = answer?.event?.type === "reply" ? String(answer.event.text) : undefined;
  const firstAudio =
    reply === undefined ? undefined : await connection.until(from, (r) => r.audioBytes !== undefined, replyAudioTimeoutMs);
  const received = connection.received.slice(from);
  const events = received.flatMap((r) => (r.event ? [r.event] : []));
  const transcript = events.find((e) => e.type === "transcript")?.text;
  return {
    said,
    transcript: transcript === undefined ? undefined : String(transcript),
    reply,
    replyLatencyMs: answer && answer.at - speechEnd,
    firstAudioLatencyMs: firstAudio && firstAudio.at - speechEnd,
    replyAudioBytes: received.reduce((sum, r) => sum + (r.audioBytes ?? 0), 0),
    events: events.map((e) => e.type),
    problem:
      reply === undefined
        ? `no reply within ${replyTimeoutMs / 1000} s of the end of speech; the client received: ${events.map((e) => JSON.stringify(e)).join(", ") || "nothing"}`
        : firstAudio === undefined
          ? `a reply text came but no spoken reply audio within ${replyAudioTimeoutMs / 1000} s`
          : undefined,
  };
}

/**
 * Issue 7's spoken question through the published ingress port: a statement, then a question
 * whose spoken reply must mention what was stated. Each turn's latency is from the end of speech.
 */
export async function askSpokenQuestion(ingressHttpUrl: string): Promise<{ turns: SpokenTurn[]; problem?: string }> {
  const url = new URL(clientAudioPath, ingressHttpUrl.replace(/^http/, "ws")).toString();
  const connection = await SpeakerConnection.open(url);
  try {
    const turns = [await turn(connection, spokenConversation.statement), await turn(connection, spokenConversation.question)];
    const failed = turns.find((t) => t.problem !== undefined);
    if (failed) return { turns, problem: `"${failed.said}": ${failed.problem}` };
    const answer = turns[1].reply ?? "";
    if (!answer.toLowerCase().includes(spokenConversation.expectedInReply))
      return { turns, problem: `the reply to "${spokenConversation.question}" does not mention ${spokenConversation.expectedInReply}: "${answer}"` };
    return { turns };
  } finally {
    connection.close();
  }
}
