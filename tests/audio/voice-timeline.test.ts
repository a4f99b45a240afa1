import { VoiceTimeline } from "../../agents-src/audio/speech/voice-timeline";

describe("VoiceTimeline", () => {
  it("knows nothing until the preprocessor has sent probabilities", () => {
    expect(new VoiceTimeline().highest(0, 480)).toBeUndefined();
  });

  it("answers the highest probability among the 10 ms frames a window overlaps", () => {
    const timeline = new VoiceTimeline();
    timeline.add({ firstFrame: 0, probabilities: [0.1, 0.2, 0.9, 0.3] });
    timeline.add({ firstFrame: 4, probabilities: [0.4, 0.05] });
    expect(timeline.highest(0, 320)).toBeCloseTo(0.2);
    expect(timeline.highest(0, 321)).toBeCloseTo(0.9);
    expect(timeline.highest(480, 960)).toBeCloseTo(0.4);
    expect(timeline.highest(800, 960)).toBeCloseTo(0.05);
  });

  it("reads frames that never arrived as 0, and forgets frames the detector has passed", () => {
    const timeline = new VoiceTimeline();
    timeline.add({ firstFrame: 0, probabilities: [0.7, 0.8] });
    timeline.add({ firstFrame: 5, probabilities: [0.6] });
    expect(timeline.highest(320, 800)).toBe(0);
    timeline.discardBefore(159);
    expect(timeline.highest(0, 160)).toBeCloseTo(0.7);
    timeline.discardBefore(160);
    expect(timeline.highest(0, 160)).toBe(0);
    expect(timeline.highest(160, 320)).toBeCloseTo(0.8);
    expect(timeline.highest(800, 960)).toBeCloseTo(0.6);
  });
});
