import type { Logger } from "../../kit/logging";
import { PeerClient, PeerError } from "../../kit/peer-client";
import type { StageTimings } from "./stage-timings";

/** Where in the client's stream the VAD heard the utterance, and when it decided the speech had ended (seconds into the stream). */
export interface HeardSpeech {
  start: number;
  end: number;
  decidedAt: number;
}

/** Events the coordinator sends to a client, through the fused-audio-preprocessor's reply route. */
export type ClientEvent =
  | { type: "speech-started" }
  | { type: "speech-ended" }
  | { type: "transcript"; text: string; confidence?: number; speech?: HeardSpeech }
  | { type: "reply"; text: string; intent: string; sessionId: string | null; timings: StageTimings }
  | { type: "reply-cancelled"; reason: "barge-in" }
  | { type: "error"; code: string; text: string }
  | { type: "timer-fired"; timerId: string; kind: "timer" | "reminder"; label: string | null; text: string };

/** What the preprocessor's speak route reports once a reply has been spoken or cut short. */
export interface SpokenReply {
  outcome: "finished" | "cancelled";
  /** From the start of synthesis to the first audio on the client's socket; null when none went out. */
  firstAudioMs: number | null;
  audioMs: number;
}

/**
 * The way back to a client: events, and replies spoken by the preprocessor. Delivery is best
 * effort: a client that has hung up (404) or cannot keep up (503) loses the event or the voice,
 * which is logged; the turn itself is not failed for it.
 */
export class ClientChannel {
  constructor(
    private readonly preprocessor: PeerClient,
    private readonly logger: Logger,
    /** A reply is spoken in real time, so the call lasts as long as the longest reply. */
    private readonly speakTimeoutMs: number,
  ) {}

  async send(audioSessionId: string, event: ClientEvent): Promise<boolean> {
    const delivered = await this.deliver(audioSessionId, event.type, () => this.preprocessor.post(`${sessionPath(audioSessionId)}/events`, event));
    return delivered !== undefined;
  }

  /** Resolves when the reply has been spoken or cut (aborting `signal` cuts it); undefined when it could not be spoken. */
  async speak(audioSessionId: string, text: string, signal: AbortSignal): Promise<SpokenReply | undefined> {
    const spoken = await this.deliver(audioSessionId, "speech", () =>
      this.preprocessor.post<SpokenReply>(`${sessionPath(audioSessionId)}/speak`, { text }, { signal, timeoutMs: this.speakTimeoutMs }),
    );
    return spoken?.value;
  }

  /** A short two-note chime, played before a timer's announcement so it is not mistaken for a reply. */
  async chime(audioSessionId: string, signal: AbortSignal): Promise<boolean> {
    const delivered = await this.deliver(audioSessionId, "chime", () =>
      this.preprocessor.postRaw(`${sessionPath(audioSessionId)}/audio?rate=${chimeRate}&channels=1`, chimePcm, "audio/l16", { signal }),
    );
    return delivered !== undefined;
  }

  /** The user the client was admitted as; undefined when the client has gone (or the preprocessor cannot say). */
  async userOf(audioSessionId: string, signal: AbortSignal): Promise<string | undefined> {
    const described = await this.deliver(audioSessionId, "user lookup", () =>
      this.preprocessor.get<{ userId: string | null }>(sessionPath(audioSessionId), { signal }),
    );
    return described?.value.userId ?? undefined;
  }

  private async deliver<T>(audioSessionId: string, what: string, call: () => Promise<T>): Promise<{ value: T } | undefined> {
    try {
      return { value: await call() };
    } catch (err) {
      const expected = err instanceof PeerError && (err.status === 404 || err.code === "aborted");
      this.logger[expected ? "debug" : "warn"]({ err: (err as Error).message, audioSessionId, what }, "not delivered to the client");
      return undefined;
    }
  }
}

const chimeRate = 16_000;
/** 880 Hz then 1320 Hz, 150 ms each with a soft start and end: 16-bit little-endian PCM. */
const chimePcm = ((): Buffer => {
  const noteSamples = 0.15 * chimeRate;
  const pcm = Buffer.alloc(2 * 2 * noteSamples);
  [880, 1320].forEach((hz, note) => {
    for (let i = 0; i < noteSamples; i++) {
      const envelope = Math.min(1, i / 160, (noteSamples - i) / 800);
      pcm.writeInt16LE(Math.round(0.3 * 32767 * envelope * Math.sin((2 * Math.PI * hz * i) / chimeRate)), 2 * (note * noteSamples + i));
    }
  });
  return pcm;
})();

const sessionPath = (audioSessionId: string): string => `/v1/sessions/${encodeURIComponent(audioSessionId)}`;
