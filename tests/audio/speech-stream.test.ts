import { SpeechDetector } from "../../agents-src/audio/speech/detector";
import { defaultSegmenterOptions } from "../../agents-src/audio/speech/segmenter";
import { SpeechStream } from "../../agents-src/audio/vad/speech-stream";

/** A detector that hears nothing and remembers the upstream probability it was given for each window. */
function recordingDetector(heard: (number | undefined)[]): SpeechDetector {
  return {
    name: "webrtc",
    windowSamples: 480,
    minSpeechMs: 100,
    createStream: () => ({
      probability: (_window, upstreamVoice) => {
        heard.push(upstreamVoice);
        return 0;
      },
      close: () => undefined,
    }),
    close: async () => undefined,
  };
}

const openStream = (heard: (number | undefined)[], origin: number) =>
  new SpeechStream({ sessionId: "s", stream: 0, startedAt: 0, origin }, recordingDetector(heard), defaultSegmenterOptions, () => undefined);

describe("SpeechStream", () => {
  it("hands the detector the preprocessor's probability for each window, by stream position", async () => {
    const heard: (number | undefined)[] = [];
    // Joined at sample 800 (frame 5), as a vad that restarted mid-stream would.
    const stream = openStream(heard, 800);
    await stream.append(800, new Int16Array(960), { firstFrame: 5, probabilities: [0.1, 0.2, 0.3, 0.9, 0.4, 0.5, 0.6] });
    // A dropped message: frames 12 and 13 never arrive, and the gap is heard as silence.
    await stream.append(2240, new Int16Array(480), { firstFrame: 14, probabilities: [0.7, 0.1, 0.2] });
    stream.finish();
    expect(heard).toEqual([0.3, 0.9, 0.6, 0.7]);
  });

  it("gives the detector no upstream probability when none came", async () => {
    const heard: (number | undefined)[] = [];
    const stream = openStream(heard, 0);
    await stream.append(0, new Int16Array(960));
    stream.finish();
    expect(heard).toEqual([undefined, undefined]);
  });
});
