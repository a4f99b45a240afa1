/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { preprocessRecording, preprocessRecordingWithVoice } from "../../agents-src/audio/dsp/preprocessor";
import { floatToInt16, int16ToFloat } from "../../agents-src/audio/dsp/pcm";
import { loadDetector } from "../../agents-src/audio/speech/detector-choice";
import { SpeechDetector } from "../../agents-src/audio/speech/detector";
import { defaultSegmenterOptions } from "../../agents-src/audio/speech/segmenter";
import { SileroVad } from "../../agents-src/audio/speech/silero-vad";
import { segmentRecording } from "../../agents-src/audio/speech/speech-tracker";
import { WebRtcVad, WebRtcVadMode } from "../../agents-src/audio/speech/webrtc-vad";
import { LabelledTrack, makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";
import { talkWithEvents } from "../support/talk-with-events";

async function probabilities(detector: SpeechDetector, samples: Float32Array): Promise<number[]> {
  const stream = detector.createStream();
  const out: number[] = [];
  for (let o = 0; o + detector.windowSamples <= samples.length; o += detector.windowSamples) {
    out.push(await stream.probability(samples.subarray(o, o + detector.windowSamples)));
  }
  stream.close();
  return out;
}

describe("speech detectors", () => {
  let track: LabelledTrack;
  let silero: SileroVad;
  let noisy: Float32Array;
  beforeAll(async () => {
    track = speechTrack(
      [
        { text: "Play some quiet music in the living room", voice: "en-us+f3", speed: 150 },
        { text: "Who won the football match last night", voice: "en-gb+m3", speed: 170 },
      ],
      [1.0, 1.2, 1.0],
    );
    noisy = int16ToFloat(preprocessRecording(floatToInt16(mixAtSnr(track, makeNoise("pink", track), 10).samples), 16000, 1));
    silero = await SileroVad.load();
  });
  afterAll(() => silero.close());

  it("Silero gives high probabilities inside speech and low ones in the pauses", async () => {
    const p = await probabilities(silero, noisy);
    const at = (sample: number): number => p[Math.floor(sample / 512)];
    const inside = track.speech.flatMap((s) => [0.3, 0.5, 0.7].map((f) => at(s.start + f * (s.end - s.start))));
    const pause = track.speech[1].start - Math.floor((track.speech[1].start - track.speech[0].end) / 2);
    expect(Math.min(...inside)).toBeGreaterThan(0.8);
    expect(at(8000)).toBeLessThan(0.2);
    expect(at(pause)).toBeLessThan(0.2);
  });

  it("carries Silero's state per stream: interleaved streams score as if each ran alone", async () => {
    const other = noisy.slice().reverse();
    const aloneA = await probabilities(silero, noisy);
    const aloneB = await probabilities(silero, other);
    const a = silero.createStream();
    const b = silero.createStream();
    const together: [number[], number[]] = [[], []];
    for (let o = 0; o + 512 <= noisy.length; o += 512) {
      together[0].push(await a.probability(noisy.subarray(o, o + 512)));
      together[1].push(await b.probability(other.subarray(o, o + 512)));
    }
    expect(together[0]).toEqual(aloneA);
    expect(together[1]).toEqual(aloneB);
  });

  describe("the WebRTC fallback", () => {
    let talk: LabelledTrack;
    let mixed: LabelledTrack;
    beforeAll(() => {
      ({ talk, mixed } = talkWithEvents());
    });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    const onEvents = (segments: { start: number; end: number }[]): boolean[] =>
      mixed.events.map((e) => segments.some((s) => overlaps(s, e) && !talk.speech.some((r) => overlaps(s, r))));
    const onSpeech = (segments: { start: number; end: number }[]): number => segments.filter((s) => talk.speech.some((r) => overlaps(s, r))).length;

    it("puts no segment on a door slam or a beep once the talk has begun", async () => {
      // RNNoise still takes a beep for a voice before it has heard one, so the first is left out here.
      const segments = await segmentRecording(mixed.samples, new WebRtcVad(3), defaultSegmenterOptions);
      expect(onEvents(segments).slice(1)).toEqual([false, false]);
      expect(onSpeech(segments)).toBe(3);
    });

    it("behind the preprocessor, judges with the probability RNNoise gave the audio before suppressing it", async () => {
      const { pcm, voice } = preprocessRecordingWithVoice(floatToInt16(mixed.samples), 16000, 1);
      const suppressed = int16ToFloat(pcm);
      const segments = await segmentRecording(suppressed, new WebRtcVad(3), defaultSegmenterOptions, voice);
      expect(onEvents(segments).slice(1)).toEqual([false, false]);
      expect(onSpeech(segments)).toBe(3);
      // RNNoise run again on the suppressed audio hears the beep, alone in silence now, as a voice.
      expect(onEvents(await segmentRecording(suppressed, new WebRtcVad(3), defaultSegmenterOptions))[2]).toBe(true);
    });

    it("caps libfvad's voiced fraction with the upstream probability it is given", async () => {
      const heard = await probabilities(new WebRtcVad(3), talk.samples);
      const withUpstream = async (upstream: number): Promise<number[]> => {
        const stream = new WebRtcVad(3).createStream();
        const out: number[] = [];
        for (let o = 0; o + 480 <= talk.samples.length; o += 480) out.push(stream.probability(talk.samples.subarray(o, o + 480), upstream) as number);
        stream.close();
        return out;
      };
      const fractions = await withUpstream(1);
      expect(new Set(fractions)).toEqual(new Set([0, 1 / 3, 2 / 3, 1]));
      expect(await withUpstream(0.5)).toEqual(fractions.map((f) => Math.min(f, 0.5)));
      heard.forEach((p, i) => expect(p).toBeLessThanOrEqual(fractions[i]));
    });

    it("refuses a mode libfvad does not have, and still opens streams afterwards", () => {
      // Each failure used to leak ~1 KB of the 16 MiB wasm heap: 20,000 of them would exhaust it.
      for (let i = 0; i < 20_000; i++) expect(() => new WebRtcVad(7 as WebRtcVadMode).createStream()).toThrow("libfvad rejected mode 7 at 16 kHz");
      const stream = new WebRtcVad(3).createStream();
      expect(stream.probability(talk.samples.subarray(0, 480), 1)).toBeGreaterThanOrEqual(0);
      stream.close();
    });
  });

  it.each(["silero", "webrtc"] as const)("%s segments the noisy recording at the true sentence boundaries", async (engine) => {
    const detector = engine === "silero" ? silero : new WebRtcVad(3);
    const segments = await segmentRecording(noisy, detector, defaultSegmenterOptions);
    expect(segments).toHaveLength(2);
    segments.forEach((s, i) => {
      expect(Math.abs(s.start - track.speech[i].start)).toBeLessThan(1600);
      expect(Math.abs(s.end - track.speech[i].end)).toBeLessThan(3200);
    });
  });

  it("falls back to the WebRTC VAD when the Silero model cannot load, and says why", async () => {
    const errors: string[] = [];
    const logger = { error: (_obj: unknown, message: string) => errors.push(message) };
    const choice = await loadDetector(
      { engine: "silero", fallback: true, sileroModelPath: "/nonexistent/silero.onnx", webrtcMode: 3 },
      logger as never,
    );
    expect(choice.detector.name).toBe("webrtc");
    expect(choice.fallbackReason).toMatch(/Silero VAD failed to load/);
    expect(errors[0]).toMatch(/FALLING BACK/);
    await expect(loadDetector({ engine: "silero", fallback: false, sileroModelPath: "/nonexistent/silero.onnx", webrtcMode: 3 })).rejects.toThrow();
  });
});
