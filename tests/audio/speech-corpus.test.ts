import { corpusSampleRate, heldOutSet, LabelledTrack, makeNoise, setTrack, tuningSet } from "../../bench/speech-corpus";

describe("eval:vad test sets", () => {
  it("hold out what the tuning set has: sentences, voices (as voice and variant), speeds, crowd and events", () => {
    const shared = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => b.includes(x));
    expect(shared(tuningSet.sentences, heldOutSet.sentences)).toEqual([]);
    expect(shared(tuningSet.voices, heldOutSet.voices)).toEqual([]);
    expect(shared(tuningSet.speeds, heldOutSet.speeds)).toEqual([]);
    expect(shared(tuningSet.babbleSentences, heldOutSet.babbleSentences)).toEqual([]);
    expect(heldOutSet.events.beep).not.toEqual(tuningSet.events.beep);
    expect(heldOutSet.events.burst).not.toEqual(tuningSet.events.burst);
  });

  it("never put a target sentence in a crowd", () => {
    for (const set of [tuningSet, heldOutSet]) {
      const crowd = [...tuningSet.babbleSentences, ...heldOutSet.babbleSentences];
      expect(set.sentences.filter((s) => crowd.includes(s))).toEqual([]);
    }
  });

  describe("the held-out track", () => {
    let track: LabelledTrack;
    beforeAll(() => {
      track = setTrack(heldOutSet);
    });

    it("labels each sentence from its first audible sample to its last, with the set's pauses between", () => {
      expect(track.speech).toHaveLength(heldOutSet.sentences.length);
      expect(track.speech[0].start).toBe(corpusSampleRate);
      track.speech.forEach((s, i) => {
        expect(Math.abs(track.samples[s.start])).toBeGreaterThanOrEqual(0.002);
        expect(Math.abs(track.samples[s.end - 1])).toBeGreaterThanOrEqual(0.002);
        expect(track.samples[s.start - 1]).toBe(0);
        expect(track.samples[s.end] ?? 0).toBe(0);
        if (i > 0) expect(s.start - track.speech[i - 1].end).toBe(Math.round(heldOutSet.pauseSeconds(i) * corpusSampleRate));
      });
      expect(track.samples.length - track.speech[track.speech.length - 1].end).toBe(corpusSampleRate);
    });

    it("places its events inside the pauses, never over speech", () => {
      const { events } = makeNoise("events", track, heldOutSet);
      expect(events.length).toBeGreaterThan(10);
      for (const e of events) {
        expect(track.speech.some((s) => s.start < e.end && e.start < s.end)).toBe(false);
        expect(e.end - e.start).toBeGreaterThan(0.2 * corpusSampleRate);
      }
    });
  });
});
