import { FrameAssembler } from "../dsp/frame-assembler";
import { VoiceProbabilities } from "../dsp/preprocessor";
import { DetectorStream, SpeechDetector } from "./detector";
import { SegmentEvent, SegmenterOptions, SpeechSegmenter } from "./segmenter";
import { VoiceTimeline } from "./voice-timeline";

/** The segmenter's options for any detector; without `minSpeechMs` the detector's own applies. */
export type SegmentationSettings = Omit<SegmenterOptions, "sampleRate" | "windowSamples" | "minSpeechMs"> & { minSpeechMs?: number };

export const minSpeechMsFor = (settings: SegmentationSettings, detector: SpeechDetector): number => settings.minSpeechMs ?? detector.minSpeechMs;

/** Detector windows feeding the segmenter, for one 16 kHz stream. */
export class SpeechTracker {
  private readonly windows: FrameAssembler;
  private readonly stream: DetectorStream;
  private readonly segmenter: SpeechSegmenter;
  /** Samples judged so far. */
  private position = 0;

  /** The preprocessor's speech probabilities for this stream, as far as they came. */
  private readonly voice = new VoiceTimeline();

  /** `origin` is the stream position of the first sample this tracker will see. */
  constructor(
    detector: SpeechDetector,
    settings: SegmentationSettings,
    private readonly origin = 0,
  ) {
    this.windows = new FrameAssembler(detector.windowSamples);
    this.stream = detector.createStream();
    this.segmenter = new SpeechSegmenter({
      ...settings,
      minSpeechMs: minSpeechMsFor(settings, detector),
      sampleRate: 16000,
      windowSamples: detector.windowSamples,
    });
  }

  get retainFrom(): number {
    return this.segmenter.retainFrom;
  }

  /** Takes the preprocessor's speech probabilities for frames of this stream (by stream position). */
  addVoice(voice: VoiceProbabilities): void {
    this.voice.add(voice);
  }

  async push(samples: Float32Array): Promise<SegmentEvent[]> {
    const events: SegmentEvent[] = [];
    for (const window of this.windows.push(samples)) {
      const at = this.origin + this.position;
      const upstreamVoice = this.voice.highest(at, at + window.length);
      this.position += window.length;
      events.push(...this.segmenter.push(await this.stream.probability(window, upstreamVoice)));
    }
    this.voice.discardBefore(this.origin + this.position);
    return events;
  }

  /** Closes an open segment; a trailing partial window (under one window long) is not judged. */
  finish(): SegmentEvent[] {
    this.windows.drain();
    return this.segmenter.finish();
  }

  close(): void {
    this.stream.close();
  }
}

export interface SpeechSegment {
  /** Sample positions at 16 kHz. */
  start: number;
  end: number;
  /** Stream position at which speech.start was decided (detection latency = this - true onset). */
  startDecidedAt: number;
}

/**
 * Segments a whole 16 kHz recording (the `vad` command and the evaluation); `voice` holds the
 * preprocessor's speech probability for every 10 ms frame when the recording came through it.
 */
export async function segmentRecording(samples: Float32Array, detector: SpeechDetector, settings: SegmentationSettings, voice?: number[]): Promise<SpeechSegment[]> {
  const tracker = new SpeechTracker(detector, settings);
  if (voice) tracker.addVoice({ firstFrame: 0, probabilities: voice });
  try {
    const events = [...(await tracker.push(samples)), ...tracker.finish()];
    const segments: SpeechSegment[] = [];
    let decidedAt = 0;
    for (const e of events) {
      if (e.type === "speech.start") decidedAt = e.emittedAt;
      else segments.push({ start: e.start, end: e.end, startDecidedAt: decidedAt });
    }
    return segments;
  } finally {
    tracker.close();
  }
}
