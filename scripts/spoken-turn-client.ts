/**
 * One spoken turn over the fused-audio-preprocessor's client WebSocket, as a microphone would
 * take it: speech streamed in 20 ms chunks, then silence until the VAD has closed the utterance;
 * then the transcript, the reply and the spoken reply are collected. Used by `npm run talk`, the
 * end-to-end test and `npm run bench:e2e`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { localDeviceHeaders } from "../agents-src/launcher/local-credentials";
import type { PcmRecording } from "../agents-src/audio/dsp/wav-file";

const chunkMs = 20;
/** A microphone is open before anyone speaks; the VAD gets a little silence to settle on. */
const leadingSilenceMs = 200;
/** In real time, silence continues until the transcript shows the VAD closed the utterance; this caps it. */
const maxTrailingSilenceMs = 3000;
/** Faster than real time the VAD cannot be waited for; this much silence is more than any minimum-silence setting. */
const fastTrailingSilenceMs = 1000;
/** Samples quieter than this (-54 dBFS) after the last loud one are not speech. */
const silenceFloor = 65;

export interface SpokenTurnOptions {
  /** Stream at the pace of speech (true) or as fast as the socket takes it. */
  realTime: boolean;
  /** How long to wait for each of transcript, reply and spoken reply. */
  timeoutMs: number;
}

export interface SpokenTurn {
  transcript: string;
  /** Where the VAD heard the speech and when it decided it had ended, in seconds of this turn's stream. */
  heard?: { start: number; end: number; decidedAt: number };
  reply: { text: string; intent: string; sessionId: string | null; timings: Record<string, number> };
  replyAudio: { rate: number; channels: number; pcm: Buffer; synthesisMs: number };
  /** Where the speech sent ended, in seconds of this turn's stream. */
  speechEndInStream: number;
  /** Client clock (performance.now()) when the last speech sample went out and when each answer arrived. */
  at: { speechEnd: number; transcript: number; reply: number; firstAudio: number; audioStop: number };
}

type Incoming = { type: string; at: number; event?: Record<string, unknown>; pcm?: Buffer };

export class TurnFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TurnFailed";
  }
}

export class SpokenTurnClient {
  private readonly incoming: Incoming[] = [];
  private closedWith: string | undefined;

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data: Buffer, isBinary) => {
      const at = performance.now();
      if (isBinary) this.incoming.push({ type: "pcm", at, pcm: data });
      else {
        const event = JSON.parse(data.toString()) as Record<string, unknown>;
        this.incoming.push({ type: String(event.type), at, event });
      }
    });
    socket.on("close", (code, reason) => (this.closedWith = `the preprocessor closed the connection (${code} ${reason.toString() || "no reason"})`));
  }

  /** Connects as the local device (or with `headers`' device token) and waits for the preprocessor's greeting. */
  static async connect(url: string, headers: Record<string, string> = localDeviceHeaders()): Promise<SpokenTurnClient> {
    const socket = new WebSocket(url, { headers });
    const client = new SpokenTurnClient(socket);
    try {
      await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    } catch (err) {
      throw new TurnFailed(`cannot reach the fused-audio-preprocessor at ${url} (is \`npm start\` running?): ${(err as Error).message}`);
    }
    await client.next("session", 5000);
    return client;
  }

  close(): void {
    this.socket.close();
  }

  /** Speaks the recording (mono or stereo 16-bit) and resolves once the reply has been spoken back. */
  async say(recording: PcmRecording, options: SpokenTurnOptions): Promise<SpokenTurn> {
    const { sampleRate: rate, channels } = recording;
    const chunk = Math.round((rate * chunkMs) / 1000) * channels;
    const leading = new Int16Array(Math.round((rate * leadingSilenceMs) / 1000) * channels);
    const lastSpeechEnd = speechEndSample(recording.samples, channels);
    const speechEndInStream = (leading.length + lastSpeechEnd) / channels / rate;
    this.incoming.splice(0);

    this.send({ type: "audio-start", rate, width: 2, channels });
    const pace = new Pace(options.realTime);
    const speech = concat(leading, recording.samples);
    let speechEnd = 0;
    for (let offset = 0; offset < speech.length; offset += chunk) {
      await pace.until(Math.min(offset + chunk, speech.length) / channels / rate);
      this.sendPcm(speech.subarray(offset, offset + chunk));
      if (offset + chunk >= leading.length + lastSpeechEnd && speechEnd === 0) speechEnd = performance.now();
    }
    const trailing = options.realTime ? maxTrailingSilenceMs : fastTrailingSilenceMs;
    const silence = new Int16Array(chunk);
    for (let sent = chunkMs; sent <= trailing && !this.has("transcript") && !this.has("error"); sent += chunkMs) {
      await pace.until(speech.length / channels / rate + sent / 1000);
      this.sendPcm(silence);
    }
    this.send({ type: "audio-stop" });

    const transcript = await this.next("transcript", options.timeoutMs, "are the vad, pc2 and the coordinator running, and was there recognisable speech?");
    const reply = await this.next("reply", options.timeoutMs);
    const start = await this.next("audio-start", options.timeoutMs);
    const stop = await this.next("audio-stop", options.timeoutMs);
    const frames = this.incoming.slice(this.incoming.indexOf(start), this.incoming.indexOf(stop)).filter((m) => m.type === "pcm");
    const event = (m: Incoming) => m.event as Record<string, unknown>;
    return {
      transcript: String(event(transcript).text),
      ...(event(transcript).speech ? { heard: event(transcript).speech as SpokenTurn["heard"] } : {}),
      reply: event(reply) as unknown as SpokenTurn["reply"],
      replyAudio: {
        rate: Number(event(start).rate),
        channels: Number(event(start).channels),
        pcm: Buffer.concat(frames.map((f) => f.pcm as Buffer)),
        synthesisMs: Number(event(start).synthesisMs),
      },
      speechEndInStream,
      at: { speechEnd, transcript: transcript.at, reply: reply.at, firstAudio: frames[0]?.at ?? stop.at, audioStop: stop.at },
    };
  }

  private send(event: object): void {
    this.socket.send(JSON.stringify(event));
  }

  private sendPcm(samples: Int16Array): void {
    this.socket.send(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  }

  private has(type: string): boolean {
    return this.incoming.some((m) => m.type === type);
  }

  /** The first message of `type`; an `error` or `reply-cancelled` event, a closed socket or the timeout fail the turn. */
  private async next(type: string, timeoutMs: number, hint?: string): Promise<Incoming> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.incoming.find((m) => m.type === type);
      if (found) return found;
      const failure = this.incoming.find((m) => m.type === "error" || m.type === "reply-cancelled");
      if (failure) throw new TurnFailed(`${failure.type}: ${JSON.stringify(failure.event)}`);
      if (this.closedWith) throw new TurnFailed(`${this.closedWith} while waiting for ${type}`);
      if (performance.now() > deadline) throw new TurnFailed(`no ${type} event within ${Math.round(timeoutMs / 1000)} s${hint ? `: ${hint}` : ""}`);
      await sleep(5);
    }
  }
}

/** Sends at the pace of a microphone: a chunk ending `seconds` into the stream goes out once that much time has passed. */
class Pace {
  private readonly started = performance.now();
  constructor(private readonly realTime: boolean) {}

  async until(seconds: number): Promise<void> {
    const wait = this.started + seconds * 1000 - performance.now();
    if (this.realTime && wait > 0) await sleep(wait);
    // Even unpaced, each chunk gives the socket a turn, as a real sender would.
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Index (in interleaved samples) just after the last sample louder than the silence floor. */
function speechEndSample(samples: Int16Array, channels: number): number {
  let last = samples.length - 1;
  while (last >= 0 && Math.abs(samples[last]) < silenceFloor) last--;
  return Math.ceil((last + 1) / channels) * channels;
}

function concat(a: Int16Array, b: Int16Array): Int16Array {
  const out = new Int16Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
