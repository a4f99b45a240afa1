import { SpeechDetector } from "../../agents-src/audio/speech/detector";
import { defaultSegmenterOptions } from "../../agents-src/audio/speech/segmenter";
import { segmentRecording } from "../../agents-src/audio/speech/speech-tracker";

/** A detector with Silero's window that scores each window by its sample value: the test writes the probabilities into the audio. */
const scriptedDetector = (minSpeechMs: number): SpeechDetector => ({
  name: "silero",
  windowSamples: 512,
  minSpeechMs,
  createStream: () => ({ probability: (window) => window[0], close: () => undefined }),
  close: async () => undefined,
});

const audio = (probabilities: number[]): Float32Array => {
  const samples = new Float32Array(probabilities.length * 512);
  probabilities.forEach((p, i) => samples.fill(p, i * 512, (i + 1) * 512));
  return samples;
};

describe("segmentRecording", () => {
  // Two windows (64 ms) heard as speech between silences.
  const burst = audio([0, 0, 0, 0, 0.95, 0.95, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  it("waits as long as the detector asks before believing a start", async () => {
    const quick = await segmentRecording(burst, scriptedDetector(32), defaultSegmenterOptions);
    expect(quick).toHaveLength(1);
    // Decided at the end of the first speech window, 32 ms after it began.
    expect(quick[0].startDecidedAt).toBe(5 * 512);
    expect(await segmentRecording(burst, scriptedDetector(100), defaultSegmenterOptions)).toEqual([]);
  });

  it("lets the settings override the detector's minimum speech", async () => {
    expect(await segmentRecording(burst, scriptedDetector(32), { ...defaultSegmenterOptions, minSpeechMs: 100 })).toEqual([]);
    expect(await segmentRecording(burst, scriptedDetector(100), { ...defaultSegmenterOptions, minSpeechMs: 64 })).toHaveLength(1);
  });
});
