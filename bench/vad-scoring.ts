import type { Interval } from "./speech-corpus";

export interface DetectedSegment extends Interval {
  /** Stream position at which speech.start was decided. */
  startDecidedAt: number;
}

export interface FrameCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export const precision = (c: FrameCounts): number => c.truePositive / Math.max(1, c.truePositive + c.falsePositive);
export const recall = (c: FrameCounts): number => c.truePositive / Math.max(1, c.truePositive + c.falseNegative);
export const f1 = (c: FrameCounts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const covers = (intervals: readonly Interval[], sample: number): boolean => intervals.some((i) => sample >= i.start && sample < i.end);
const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

/** Frame-level agreement on 10 ms frames (a frame counts as speech when its centre is inside an interval). */
export function frameCounts(reference: readonly Interval[], detected: readonly Interval[], totalSamples: number, frameSamples = 160): FrameCounts {
  const counts: FrameCounts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  for (let start = 0; start + frameSamples <= totalSamples; start += frameSamples) {
    const centre = start + frameSamples / 2;
    const truth = covers(reference, centre);
    const said = covers(detected, centre);
    if (truth && said) counts.truePositive++;
    else if (said) counts.falsePositive++;
    else if (truth) counts.falseNegative++;
  }
  return counts;
}

export interface SegmentCounts {
  reference: number;
  detected: number;
  /** References overlapped by at least one detection. */
  hit: number;
  missed: number;
  /** References overlapped by more than one detection. */
  split: number;
  /** Detections overlapping more than one reference. */
  merged: number;
  /** Detections overlapping no reference. */
  falseAlarms: number;
  /** False alarms lying on a pure non-speech event (the target is none). */
  onEvents: number;
}

export function segmentCounts(reference: readonly Interval[], detected: readonly Interval[], events: readonly Interval[]): SegmentCounts {
  const hitBy = reference.map((r) => detected.filter((d) => overlaps(r, d)).length);
  const falseAlarms = detected.filter((d) => !reference.some((r) => overlaps(r, d)));
  return {
    reference: reference.length,
    detected: detected.length,
    hit: hitBy.filter((n) => n > 0).length,
    missed: hitBy.filter((n) => n === 0).length,
    split: hitBy.filter((n) => n > 1).length,
    merged: detected.filter((d) => reference.filter((r) => overlaps(r, d)).length > 1).length,
    falseAlarms: falseAlarms.length,
    onEvents: falseAlarms.filter((d) => events.some((e) => overlaps(e, d))).length,
  };
}

export interface StartTiming {
  /** Detected start minus true start (ms) for each reference that was hit, by its first detection. */
  boundaryErrorsMs: number[];
  /** When speech.start was decided, after the true start (ms). */
  decisionDelaysMs: number[];
}

export function startTiming(reference: readonly Interval[], detected: readonly DetectedSegment[], sampleRate = 16000): StartTiming {
  const timing: StartTiming = { boundaryErrorsMs: [], decisionDelaysMs: [] };
  for (const r of reference) {
    const first = detected.find((d) => overlaps(r, d));
    if (!first) continue;
    timing.boundaryErrorsMs.push(((first.start - r.start) * 1000) / sampleRate);
    timing.decisionDelaysMs.push(((first.startDecidedAt - r.start) * 1000) / sampleRate);
  }
  return timing;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
