import { setTimeout as sleep } from "node:timers/promises";
import type { SpeechAudio } from "../speech-synthesis/espeak-ng";

/** Where a playback's messages go: the client's socket. */
export interface PlaybackOutput {
  event(event: Record<string, unknown>): void;
  /** May throw when the client is not reading fast enough; the playback then ends. */
  audio(pcm: Buffer): void;
}

export interface PlaybackResult {
  outcome: "finished" | "cancelled";
  /** From the start of synthesis to the first audio frame handed to the socket; null when none was. */
  firstAudioMs: number | null;
  audioMs: number;
}

/** Frames of this length give a barge-in a fine place to cut without flooding the socket with messages. */
const frameMs = 40;

/**
 * One spoken reply going out to a client: `audio-start` (with the time synthesis took to produce
 * the first audio), PCM frames, `audio-stop`. Frames go out as soon as they are synthesized but
 * never more than `leadMs` ahead of real time, so the unplayed rest of a reply stays here, where a
 * barge-in can still cut it, instead of in the client's buffer.
 */
export class SpeechPlayback {
  private readonly stopper = new AbortController();
  private started = false;
  private ended = false;

  constructor(
    private readonly output: PlaybackOutput,
    private readonly leadMs: number,
  ) {}

  /** Cuts the reply now: the client gets `audio-stop` at once if audio had started. */
  stop(): void {
    if (this.stopper.signal.aborted || this.ended) return;
    this.stopper.abort();
    this.end();
  }

  async play(synthesize: (signal: AbortSignal) => Promise<SpeechAudio>): Promise<PlaybackResult> {
    const began = performance.now();
    const result: PlaybackResult = { outcome: "cancelled", firstAudioMs: null, audioMs: 0 };
    const { signal } = this.stopper;
    try {
      const speech = await synthesize(signal);
      const { rate, channels } = speech.format;
      const bytesPerMs = (rate * 2 * channels) / 1000;
      const frameBytes = Math.round((rate * frameMs) / 1000) * 2 * channels;
      let clock = 0;
      for await (const chunk of speech.pcm) {
        for (let offset = 0; offset < chunk.length; offset += frameBytes) {
          if (signal.aborted) return result;
          if (!this.started) {
            result.firstAudioMs = Math.round(performance.now() - began);
            this.output.event({ type: "audio-start", rate, width: 2, channels, synthesisMs: result.firstAudioMs });
            this.started = true;
            clock = performance.now();
          }
          const ahead = result.audioMs - (performance.now() - clock);
          if (ahead > this.leadMs) await sleep(ahead - this.leadMs, undefined, { signal });
          const frame = chunk.subarray(offset, offset + frameBytes);
          this.output.audio(frame);
          result.audioMs += frame.length / bytesPerMs;
        }
      }
      if (!signal.aborted) result.outcome = "finished";
      return result;
    } catch (err) {
      if (signal.aborted) return result;
      throw err;
    } finally {
      result.audioMs = Math.round(result.audioMs);
      this.end();
    }
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.started) this.output.event({ type: "audio-stop" });
  }
}
