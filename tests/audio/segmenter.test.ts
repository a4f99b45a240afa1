import { SegmentEvent, SegmenterOptions, SpeechSegmenter } from "../../agents-src/audio/speech/segmenter";
import { BackgroundThreshold } from "../../agents-src/audio/speech/background-threshold";

/** Windows of 100 samples at 1 kHz: one window is 100 ms, which keeps the sequences readable. */
const options: SegmenterOptions = {
  sampleRate: 1000,
  windowSamples: 100,
  threshold: 0.5,
  negThreshold: 0.35,
  minSpeechMs: 300,
  minSilenceMs: 300,
  speechPadMs: 100,
  maxSpeechMs: 10_000,
  backgroundMargin: 0,
  backgroundMs: 3000,
};

function run(probabilities: number[], overrides: Partial<SegmenterOptions> = {}): SegmentEvent[] {
  const segmenter = new SpeechSegmenter({ ...options, ...overrides });
  return [...probabilities.flatMap((p) => segmenter.push(p)), ...segmenter.finish()];
}

const segments = (events: SegmentEvent[]) => events.flatMap((e) => (e.type === "speech.end" ? [[e.start, e.end]] : []));

describe("SpeechSegmenter", () => {
  it("reports one padded segment for a run of speech between silences", () => {
    const events = run([0, 0, 0.9, 0.9, 0.9, 0.9, 0.9, 0, 0, 0, 0, 0]);
    expect(events).toEqual([
      { type: "speech.start", start: 100, emittedAt: 500 },
      { type: "speech.end", start: 100, end: 800, emittedAt: 1000, cut: false },
    ]);
  });

  it("ignores bursts shorter than the minimum speech", () => {
    expect(run([0, 0.9, 0.9, 0, 0, 0, 0, 0])).toEqual([]);
  });

  it("keeps a pause shorter than the minimum silence inside the segment", () => {
    expect(segments(run([0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9, 0, 0, 0, 0]))).toEqual([[0, 1000]]);
  });

  it("splits at a pause as long as the minimum silence", () => {
    expect(segments(run([0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9, 0, 0, 0]))).toEqual([
      [0, 500],
      [600, 1200],
    ]);
  });

  it("has hysteresis: probabilities between the two thresholds neither start nor end speech", () => {
    expect(run([0.45, 0.45, 0.45, 0.45, 0.45])).toEqual([]);
    expect(segments(run([0.9, 0.9, 0.9, 0.4, 0.4, 0.4, 0.4, 0.4, 0, 0, 0]))).toEqual([[0, 900]]);
  });

  it("clamps the start padding at the end of the previous segment", () => {
    const result = segments(run([0.9, 0.9, 0.9, 0, 0, 0, 0.9, 0.9, 0.9, 0, 0, 0], { minSpeechMs: 200, speechPadMs: 200 }));
    expect(result).toEqual([
      [0, 500],
      [500, 1100],
    ]);
  });

  it("cuts a segment at the maximum length and carries on in a new one", () => {
    const events = run(new Array(12).fill(0.9), { maxSpeechMs: 500 });
    const ends = events.filter((e) => e.type === "speech.end");
    expect(ends.map((e) => [e.start, e.end, e.type === "speech.end" && e.cut])).toEqual([
      [0, 500, true],
      [500, 1000, true],
      [1000, 1200, false],
    ]);
  });

  it("closes a segment still open at the end of the stream, without padding past the audio", () => {
    expect(segments(run([0, 0, 0.9, 0.9, 0.9, 0.9]))).toEqual([[100, 600]]);
  });

  it("says which audio must still be kept for future events", () => {
    const segmenter = new SpeechSegmenter(options);
    for (const p of [0, 0, 0, 0]) segmenter.push(p);
    expect(segmenter.retainFrom).toBe(300);
    segmenter.push(0.9);
    segmenter.push(0.9);
    expect(segmenter.retainFrom).toBe(300);
    segmenter.push(0.9);
    expect(segmenter.inSpeech).toBe(true);
    expect(segmenter.retainFrom).toBe(300);
  });

  it("rejects a negative threshold above the threshold", () => {
    expect(() => new SpeechSegmenter({ ...options, negThreshold: 0.6 })).toThrow(RangeError);
  });

  it("rejects a duration that is not a number of milliseconds, which would otherwise confirm every start at once", () => {
    expect(() => new SpeechSegmenter({ ...options, minSpeechMs: Number("abc") })).toThrow(/minSpeechMs/);
    expect(() => new SpeechSegmenter({ ...options, minSilenceMs: -1 })).toThrow(RangeError);
  });
});

describe("following the background", () => {
  // Windows of 100 ms: 3 s of a crowd scoring 0.6-0.8, one second of a talker at 0.99, the crowd again.
  const crowd = (n: number) => Array.from({ length: n }, (_, i) => [0.6, 0.8, 0.7, 0.75, 0.65][i % 5]);
  const talkerInCrowd = [...crowd(30), ...Array(10).fill(0.99), ...crowd(30)];

  it("hears only the talker who stands out of a crowd of voices", () => {
    expect(segments(run(talkerInCrowd, { backgroundMargin: 0.25 }))).toEqual([[2900, 4100]]);
  });

  it("with a margin of 0 keeps the fixed thresholds, which hear the crowd too", () => {
    expect(segments(run(talkerInCrowd, { backgroundMargin: 0 }))[0][0]).toBeLessThan(1000);
  });

  it("ends the talker's segment when the crowd resumes, though the crowd scores within the usual hysteresis", () => {
    // Onset 0.8 + 0.1 = 0.9; the usual gap of 0.15 would hold the segment open through a crowd at 0.85.
    const steadyCrowd = [...Array(30).fill(0.8), ...Array(10).fill(0.99), ...Array(30).fill(0.85)];
    expect(segments(run(steadyCrowd, { backgroundMargin: 0.1 }))).toEqual([[2900, 4100]]);
  });

  it("leaves the thresholds alone where the background scores low", () => {
    const quiet = [...Array(30).fill(0.02), ...Array(5).fill(0.6), ...Array(30).fill(0.02)];
    expect(segments(run(quiet, { backgroundMargin: 0.15 }))).toEqual(segments(run(quiet, { backgroundMargin: 0 })));
    expect(segments(run(quiet, { backgroundMargin: 0.15 }))).toEqual([[2900, 3600]]);
  });
});

describe("BackgroundThreshold", () => {
  const options = { historyWindows: 10, percentile: 30, margin: 0.1, ceiling: 0.97 };

  it("sits the margin above the background's lower part, never under the base or over the ceiling", () => {
    const t = new BackgroundThreshold(options);
    let last = 0;
    for (let i = 0; i < 10; i++) last = t.threshold(0.8, 0.5);
    expect(last).toBeCloseTo(0.9);
    for (let i = 0; i < 10; i++) last = t.threshold(0.99, 0.5);
    expect(last).toBe(0.97);
    for (let i = 0; i < 10; i++) last = t.threshold(0.01, 0.5);
    expect(last).toBe(0.5);
  });

  it("forgets windows older than its history", () => {
    const t = new BackgroundThreshold(options);
    for (let i = 0; i < 10; i++) t.threshold(0.9, 0.5);
    let last = 0;
    for (let i = 0; i < 4; i++) last = t.threshold(0, 0.5);
    expect(last).toBe(0.5);
  });
});
