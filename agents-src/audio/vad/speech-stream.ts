import { randomUUID } from "node:crypto";
import { int16ToBytes, int16ToFloat } from "../dsp/pcm";
import { VoiceProbabilities } from "../dsp/preprocessor";
import { SpeechDetector } from "../speech/detector";
import { SegmentEvent } from "../speech/segmenter";
import { SegmentationSettings, SpeechTracker } from "../speech/speech-tracker";
import { SpeechEndHeader, SpeechStartHeader, speechTopics, UtteranceHeader } from "../protocol/stream-topics";
import { PcmHistory } from "./pcm-history";

const sampleRate = 16000;
const seconds = (samples: number): number => Math.round(samples / 16) / 1000;

export type Publish = (topic: string, header: object, payload?: Buffer) => void;

export interface SpeechStreamIdentity {
  sessionId: string;
  stream: number;
  /** Wall clock (ms) of stream position 0. */
  startedAt: number;
  /** Stream position of the first audio this stream will see (non-zero when joining a stream late). */
  origin: number;
}

/**
 * Voice activity for one client stream: clean audio in, `speech.start` / `speech.end` and the
 * finished `utterance` (its PCM cut from the recent history) out.
 */
export class SpeechStream {
  private readonly tracker: SpeechTracker;
  private readonly history = new PcmHistory();
  private utterances = 0;
  /** Samples the detector never saw because messages were dropped upstream. */
  gapSamples = 0;

  constructor(
    private readonly identity: SpeechStreamIdentity,
    private readonly detector: SpeechDetector,
    settings: SegmentationSettings,
    private readonly publish: Publish,
  ) {
    this.tracker = new SpeechTracker(detector, settings, identity.origin);
  }

  /** Stream position after the last sample received. */
  get position(): number {
    return this.identity.origin + this.history.position;
  }

  /**
   * Appends audio that starts at `startSample`, with the preprocessor's speech probabilities that
   * came with it; a gap before it (dropped messages) is heard as silence.
   */
  async append(startSample: number, pcm: Int16Array, voice?: VoiceProbabilities): Promise<number> {
    if (voice) this.tracker.addVoice(voice);
    let samples = pcm;
    if (startSample > this.position) {
      const gap = startSample - this.position;
      this.gapSamples += gap;
      await this.consume(new Int16Array(gap));
    } else if (startSample < this.position) {
      samples = pcm.subarray(Math.min(pcm.length, this.position - startSample));
    }
    return this.consume(samples);
  }

  /** Closes the stream: an utterance in progress is published if long enough. Returns utterances published. */
  finish(): number {
    const before = this.utterances;
    this.handle(this.tracker.finish());
    this.tracker.close();
    return this.utterances - before;
  }

  private async consume(samples: Int16Array): Promise<number> {
    if (samples.length === 0) return 0;
    const before = this.utterances;
    this.history.append(samples);
    this.handle(await this.tracker.push(int16ToFloat(samples)));
    this.history.discardBefore(this.tracker.retainFrom);
    return this.utterances - before;
  }

  private handle(events: SegmentEvent[]): void {
    const { sessionId, stream, startedAt, origin } = this.identity;
    const detector = this.detector.name;
    for (const e of events) {
      const start = origin + e.start;
      if (e.type === "speech.start") {
        const header: SpeechStartHeader = { sessionId, stream, start: seconds(start), decidedAt: seconds(origin + e.emittedAt), detector };
        this.publish(speechTopics.start, header);
        continue;
      }
      const end = origin + e.end;
      const ended: SpeechEndHeader = {
        sessionId,
        stream,
        start: seconds(start),
        end: seconds(end),
        decidedAt: seconds(origin + e.emittedAt),
        cut: e.cut,
        detector,
      };
      this.publish(speechTopics.end, ended);
      const utterance: UtteranceHeader = {
        ...ended,
        utteranceId: randomUUID(),
        seq: this.utterances++,
        startSample: start,
        endSample: end,
        rate: sampleRate,
        width: 2,
        channels: 1,
        startedAt: startedAt + (start * 1000) / sampleRate,
      };
      this.publish(speechTopics.utterance, utterance, int16ToBytes(this.history.slice(e.start, e.end)));
    }
  }
}
