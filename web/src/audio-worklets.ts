/**
 * Audio worklet processors, run on the browser's audio thread: `mic-capture` turns the microphone
 * into 20 ms chunks of 16-bit PCM at the context's (the device's) rate, and `playback-meter`
 * passes the reply audio through while telling the page when it was audible. Both stamp what they
 * report with the audio clock, so the page measures end of speech to reply heard on one clock.
 */

// The worklet scope's globals, which TypeScript's DOM library does not declare.
declare const sampleRate: number;
declare const currentTime: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

/** Samples quieter than this (-54 dBFS, as `npm run talk`'s client) are not speech. */
const speechFloor = 65 / 32768;
const chunkSeconds = 0.02;

export interface CaptureMessage {
  pcm: ArrayBuffer;
  /** Audio-clock time of the last sample above the speech floor in this chunk; null when none. */
  lastLoudAt: number | null;
  /** Audio-clock time just after the chunk's last sample: when a paced client would send it. */
  endAt: number;
}

export interface MeterMessage {
  /** Audio-clock time of the first and last audible samples in the report, and how many there were. */
  firstAt: number;
  lastAt: number;
  audibleSamples: number;
  peak: number;
}

class MicCapture extends AudioWorkletProcessor {
  private readonly chunk = new Int16Array(Math.round(sampleRate * chunkSeconds));
  private filled = 0;
  private lastLoudAt: number | null = null;

  process(inputs: Float32Array[][]): boolean {
    const input = inputs[0]?.[0];
    if (!input) return true;
    for (let i = 0; i < input.length; i++) {
      const x = Math.max(-1, Math.min(1, input[i]));
      if (Math.abs(x) > speechFloor) this.lastLoudAt = currentTime + i / sampleRate;
      this.chunk[this.filled++] = x < 0 ? x * 32768 : x * 32767;
      if (this.filled === this.chunk.length) {
        const pcm = this.chunk.slice().buffer;
        this.port.postMessage({ pcm, lastLoudAt: this.lastLoudAt, endAt: currentTime + (i + 1) / sampleRate } satisfies CaptureMessage, [pcm]);
        this.filled = 0;
        this.lastLoudAt = null;
      }
    }
    return true;
  }
}

/** Audible: above -60 dBFS. Reports go out at most every 20 ms, the first of a sound at once. */
const audibleFloor = 0.001;
const reportEverySeconds = 0.02;

class PlaybackMeter extends AudioWorkletProcessor {
  private pending: MeterMessage | null = null;
  private sentAt = -1;

  process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const input = inputs[0];
    const output = outputs[0];
    for (let channel = 0; channel < output.length; channel++) {
      if (input?.[channel]) output[channel].set(input[channel]);
    }
    const samples = input?.[0];
    if (samples) {
      for (let i = 0; i < samples.length; i++) {
        const level = Math.abs(samples[i]);
        if (level <= audibleFloor) continue;
        const at = currentTime + i / sampleRate;
        this.pending ??= { firstAt: at, lastAt: at, audibleSamples: 0, peak: 0 };
        this.pending.lastAt = at;
        this.pending.audibleSamples++;
        this.pending.peak = Math.max(this.pending.peak, level);
      }
    }
    const quiet = this.sentAt < 0 || currentTime - this.sentAt > 0.25;
    if (this.pending && (quiet || currentTime - this.sentAt >= reportEverySeconds)) {
      this.port.postMessage(this.pending);
      this.pending = null;
      this.sentAt = currentTime;
    }
    return true;
  }
}

registerProcessor("mic-capture", MicCapture);
registerProcessor("playback-meter", PlaybackMeter);
