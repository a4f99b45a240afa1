import { VoiceProbabilities, voiceFrameSamples } from "../dsp/preprocessor";

/**
 * The preprocessor's RNNoise speech probabilities for one stream, by 10 ms frame, kept until the
 * detector has moved past them. Once any have arrived, a frame that never did reads as 0: its
 * audio.clean message was dropped, and the gap is heard as silence. Frames run 1.25 frames ahead
 * of the audio they came with, so the first ~200 samples after a gap read as 0 too.
 */
export class VoiceTimeline {
  private readonly frames = new Map<number, number>();
  private received = false;

  add(voice: VoiceProbabilities): void {
    voice.probabilities.forEach((p, i) => this.frames.set(voice.firstFrame + i, p));
    this.received ||= voice.probabilities.length > 0;
  }

  /** The highest probability among the frames overlapping samples [start, end); undefined before any arrived. */
  highest(start: number, end: number): number | undefined {
    if (!this.received) return undefined;
    let highest = 0;
    for (let k = Math.floor(start / voiceFrameSamples); k * voiceFrameSamples < end; k++) highest = Math.max(highest, this.frames.get(k) ?? 0);
    return highest;
  }

  /** Forgets the frames that end at or before `sample`. */
  discardBefore(sample: number): void {
    for (const k of this.frames.keys()) if ((k + 1) * voiceFrameSamples <= sample) this.frames.delete(k);
  }
}
