import type { MeterMessage } from "./audio-worklets.js";

export interface PlaybackFigures {
  /** Audible samples the meter saw, and the loudest one (0-1), since the page opened. */
  audibleSamples: number;
  peak: number;
  /** Audio-clock time the current reply was first heard; null until it is. */
  firstHeardAt: number | null;
  /** Audio-clock time the last audible sample was rendered. */
  lastHeardAt: number | null;
  /** Audio-clock times a reply was cut while it played (barge-in). */
  cutAt: number[];
}

/**
 * Spoken replies through Web Audio: each PCM chunk from the socket becomes a buffer scheduled
 * right after the previous one, through the playback meter. `stop()` cuts every scheduled buffer
 * at once, which is what a barge-in does.
 */
export class ReplyPlayer {
  private readonly sources = new Set<AudioBufferSourceNode>();
  private rate = 22050;
  private nextAt = 0;
  readonly figures: PlaybackFigures = { audibleSamples: 0, peak: 0, firstHeardAt: null, lastHeardAt: null, cutAt: [] };
  /** Called with the audio-clock time a reply first became audible. */
  onHeard: (at: number) => void = () => undefined;

  constructor(
    private readonly context: AudioContext,
    private readonly meter: AudioWorkletNode,
  ) {
    meter.connect(context.destination);
    meter.port.onmessage = (event: MessageEvent<MeterMessage>) => {
      const report = event.data;
      this.figures.audibleSamples += report.audibleSamples;
      this.figures.peak = Math.max(this.figures.peak, report.peak);
      this.figures.lastHeardAt = report.lastAt;
      if (this.figures.firstHeardAt === null && this.sources.size > 0) {
        this.figures.firstHeardAt = report.firstAt;
        this.onHeard(report.firstAt);
      }
    };
  }

  get playing(): boolean {
    return this.sources.size > 0;
  }

  /** A reply's `audio-start`: its rate (22,050 Hz mono from the preprocessor). */
  begin(rate: number): void {
    this.rate = rate;
    this.figures.firstHeardAt = null;
  }

  /** One chunk of 16-bit little-endian mono PCM. */
  enqueue(pcm: ArrayBuffer): void {
    const samples = new Int16Array(pcm, 0, Math.floor(pcm.byteLength / 2));
    if (samples.length === 0) return;
    const buffer = this.context.createBuffer(1, samples.length, this.rate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < samples.length; i++) channel[i] = samples[i] / 32768;
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.meter);
    // The first chunk starts at the next render quantum; later ones right after the one before.
    const at = Math.max(this.nextAt, this.context.currentTime);
    source.start(at);
    this.nextAt = at + buffer.duration;
    this.sources.add(source);
    source.onended = () => {
      source.disconnect();
      this.sources.delete(source);
    };
  }

  /** Cuts the reply now: nothing already scheduled is heard. */
  stop(): void {
    if (this.sources.size > 0) this.figures.cutAt.push(this.context.currentTime);
    for (const source of this.sources) {
      source.onended = null;
      source.stop();
      source.disconnect();
    }
    this.sources.clear();
    this.nextAt = 0;
  }
}
