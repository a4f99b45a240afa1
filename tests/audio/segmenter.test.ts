import { SegmentEvent, SegmenterOptions, SpeechSegmenter } from "../../agents-src/audio/speech/segmenter";

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
});
