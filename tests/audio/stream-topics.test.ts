import { audioCleanHeader } from "../../agents-src/audio/protocol/stream-topics";

const header = { sessionId: "s", stream: 0, seq: 3, rate: 16000, startSample: 1600, samples: 320, receivedAt: 1 };

describe("audio.clean header", () => {
  it("keeps voice probabilities that fit the message's audio", () => {
    const voice = { firstFrame: 11, probabilities: [0.1, 0.9] };
    expect(audioCleanHeader.parse({ ...header, voice })).toEqual({ ...header, voice });
    expect(audioCleanHeader.parse(header)).toEqual(header);
  });

  it.each([
    ["a probability above 1", { firstFrame: 10, probabilities: [1.5] }],
    ["a negative frame", { firstFrame: -1, probabilities: [0.5] }],
    ["text for numbers", { firstFrame: 10, probabilities: ["high"] }],
    ["NaN, which JSON carries as null", { firstFrame: 10, probabilities: [null] }],
    ["far more frames than the audio spans", { firstFrame: 10, probabilities: new Array(50).fill(0.5) }],
    ["frames far ahead of the audio", { firstFrame: 9e15, probabilities: [0.5] }],
  ])("drops voice with %s and keeps the audio", (_what, voice) => {
    expect(audioCleanHeader.parse({ ...header, voice })).toEqual({ ...header, voice: undefined });
  });

  it("still refuses a header whose audio fields are wrong", () => {
    expect(() => audioCleanHeader.parse({ ...header, samples: -1, voice: { firstFrame: 10, probabilities: [0.5] } })).toThrow();
  });
});
