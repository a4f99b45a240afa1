import { WaveFile } from "wavefile";
import { maxPendingVoiceFrames, PreprocessorOptions, preprocessRecording, preprocessRecordingWithVoice, StreamPreprocessor, voiceFrameSamples } from "../../agents-src/audio/dsp/preprocessor";
import { concatInt16, floatToInt16, int16ToFloat } from "../../agents-src/audio/dsp/pcm";
import { resampleSignal } from "../../agents-src/audio/dsp/speex-resampler";
import { decodeWav, encodeWav } from "../../agents-src/audio/dsp/wav-file";
import { LabelledTrack, makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";

const levelDb = (x: Float32Array, from = 0, to = x.length): number => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i] * x[i];
  return 10 * Math.log10(sum / (to - from) + 1e-20);
};

function interleave(left: Float32Array, right: Float32Array): Int16Array {
  const out = new Float32Array(left.length * 2);
  left.forEach((v, i) => {
    out[2 * i] = v;
    out[2 * i + 1] = right[i];
  });
  return floatToInt16(out);
}

/** `pcm` through a fresh pipeline in chunks of `chunk` samples, as a client streams it. */
function streamed(pcm: Int16Array, rate: number, chunk: number, options?: PreprocessorOptions): Int16Array {
  const pipeline = new StreamPreprocessor(rate, 1, options);
  const parts: Int16Array[] = [];
  for (let at = 0; at < pcm.length; at += chunk) parts.push(pipeline.process(pcm.subarray(at, at + chunk)));
  parts.push(pipeline.finish());
  pipeline.destroy();
  return concatInt16(parts);
}

/** The lag (samples) at which `y` best matches `x`. */
function bestLag(x: Float32Array, y: Float32Array, maxLag: number): number {
  let best = -Infinity;
  let lag = 0;
  for (let l = -maxLag; l <= maxLag; l++) {
    let c = 0;
    for (let i = Math.max(0, -l); i < x.length && i + l < y.length; i++) c += x[i] * y[i + l];
    if (c > best) [best, lag] = [c, l];
  }
  return lag;
}

describe("StreamPreprocessor", () => {
  let track: LabelledTrack;
  beforeAll(() => {
    track = speechTrack(
      [
        { text: "Turn on the lights in the kitchen", voice: "en-us", speed: 160 },
        { text: "Set a timer for twenty minutes", voice: "en-gb+f3", speed: 140 },
      ],
      [0.6, 0.8, 0.6],
    );
  });

  it.each([
    [8000, 1],
    [44100, 2],
    [48000, 1],
  ])("turns %i Hz / %i-channel input into 16 kHz mono of the same duration", (rate, channels) => {
    const mono = resampleSignal(track.samples, 16000, rate);
    const input = channels === 2 ? interleave(mono, mono) : floatToInt16(mono);
    const out = preprocessRecording(input, rate, channels);
    expect(Math.abs(out.length - (mono.length * 16000) / rate)).toBeLessThanOrEqual(1);
  });

  it("keeps the output time-aligned with the input (every stage's delay is compensated)", () => {
    const stereo44 = resampleSignal(track.samples, 16000, 44100);
    const out = int16ToFloat(preprocessRecording(interleave(stereo44, stereo44), 44100, 2));
    expect(Math.abs(bestLag(track.samples, out, 800))).toBeLessThanOrEqual(2);
  });

  it("suppresses noise in the pauses far more than the speech", () => {
    const noisy = mixAtSnr(track, makeNoise("white", track), 10).samples;
    const out = int16ToFloat(preprocessRecording(floatToInt16(noisy), 16000, 1, { denoise: true, gain: false }));
    const pause = [track.speech[0].end + 1600, track.speech[1].start - 1600] as const;
    const speech = [track.speech[0].start, track.speech[0].end] as const;
    const noiseDrop = levelDb(noisy, ...pause) - levelDb(out, ...pause);
    const speechDrop = levelDb(noisy, ...speech) - levelDb(out, ...speech);
    expect(noiseDrop).toBeGreaterThan(15);
    expect(speechDrop).toBeLessThan(3);
  });

  it("removes a DC offset", () => {
    const offset = track.samples.map((v) => v * 0.5 + 0.25);
    const out = int16ToFloat(preprocessRecording(floatToInt16(offset), 16000, 1, { denoise: false, gain: false }));
    const tail = out.subarray(8000);
    expect(Math.abs(tail.reduce((n, v) => n + v, 0) / tail.length)).toBeLessThan(0.002);
  });

  it("brings quiet speech toward the target level without clipping", () => {
    const quiet = track.samples.map((v) => v * 0.03);
    const out = int16ToFloat(preprocessRecording(floatToInt16(quiet), 16000, 1));
    const second = track.speech[1];
    expect(levelDb(quiet, second.start, second.end)).toBeLessThan(-40);
    expect(levelDb(out, second.start, second.end) - levelDb(quiet, second.start, second.end)).toBeGreaterThan(15);
    expect(levelDb(out, second.start, second.end)).toBeGreaterThan(-28);
    expect(Math.max(...out.map(Math.abs))).toBeLessThanOrEqual(10 ** (-1 / 20) + 1 / 32768);
  });

  it.each([
    ["in one call", 0, 0],
    ["in 321-sample chunks", 321, 0],
    ["after 1 s of digital silence", 321, 1],
  ])("without noise suppression, learns the gain from the speech, not from the pauses (%s)", (_how, chunk, mutedSeconds) => {
    const talk = speechTrack(
      [
        { text: "Turn on the lights in the kitchen", voice: "en-us", speed: 160 },
        { text: "Set a timer for twenty minutes", voice: "en-gb+f3", speed: 140 },
      ],
      [0.6, 6, 0.6],
    );
    const noise = makeNoise("pink", talk).samples;
    const noiseGain = 10 ** (-61 / 20) / 10 ** (levelDb(noise) / 20);
    const muted = mutedSeconds * 16000;
    const input = new Float32Array(muted + talk.samples.length);
    talk.samples.forEach((v, i) => (input[muted + i] = 0.3 * v + noise[i] * noiseGain));
    const pcm = floatToInt16(input);
    const options = { denoise: false, gain: {} };
    const out = int16ToFloat(chunk === 0 ? preprocessRecording(pcm, 16000, 1, options) : streamed(pcm, 16000, chunk, options));
    const [first, second] = [talk.speech[0], talk.speech[1]].map((s) => ({ start: s.start + muted, end: s.end + muted }));
    const pause = [first.end + 4 * 16000, second.start - 1600] as const;
    const speechGain = levelDb(out, second.start, second.end) - levelDb(input, second.start, second.end);
    const pauseGain = levelDb(out, ...pause) - levelDb(input, ...pause);
    // Taking the pause for speech raised it 19.5 dB, against 8 dB on the speech after it.
    expect(pauseGain).toBeLessThan(speechGain + 2);
    expect(Math.abs(levelDb(out, second.start, second.end) + 26)).toBeLessThan(2);
  });

  it.each([
    [8000, 1],
    [11025, 1],
    [16000, 1],
    [22050, 1],
    [44100, 2],
    [48000, 2],
  ])("never holds more than 30 ms of %i Hz / %i-channel input, whatever the chunk size", (rate, channels) => {
    const mono = floatToInt16(resampleSignal(track.samples, 16000, rate));
    for (const chunkMs of [1, 10, 32, 100]) {
      const chunk = Math.max(1, Math.round((rate * chunkMs) / 1000));
      const pipeline = new StreamPreprocessor(rate, channels);
      let emitted = 0;
      let heldMs = 0;
      for (let offset = 0; offset + chunk <= mono.length; offset += chunk) {
        const part = mono.subarray(offset, offset + chunk);
        emitted += pipeline.process(channels === 2 ? interleave(int16ToFloat(part), int16ToFloat(part)) : part).length;
        heldMs = Math.max(heldMs, ((offset + chunk) * 1000) / rate - (emitted * 1000) / 16000);
      }
      pipeline.destroy();
      expect(heldMs).toBeGreaterThan(10);
      expect(heldMs).toBeLessThanOrEqual(30);
    }
  });

  it("gives the same output streamed in odd-sized chunks as in one call", () => {
    const input = floatToInt16(resampleSignal(track.samples, 16000, 22050));
    const whole = preprocessRecording(input, 22050, 1);
    expect(Array.from(streamed(input, 22050, 701))).toEqual(Array.from(whole));
  });

  it("hands out RNNoise's speech probability for every 10 ms, judged before suppression, frame after frame", () => {
    const noisy = mixAtSnr(track, makeNoise("white", track), 5);
    const input = floatToInt16(resampleSignal(noisy.samples, 16000, 22050));
    const pipeline = new StreamPreprocessor(22050, 1);
    const voice: number[] = [];
    let cleanSamples = 0;
    for (let offset = 0; offset < input.length; offset += 701) {
      cleanSamples += pipeline.process(input.subarray(offset, offset + 701)).length;
      const taken = pipeline.takeVoiceProbabilities();
      if (!taken) continue;
      expect(taken.firstFrame).toBe(voice.length);
      voice.push(...taken.probabilities);
      // A frame's probability is out before its audio.
      expect(voice.length * voiceFrameSamples).toBeGreaterThanOrEqual(cleanSamples);
    }
    cleanSamples += pipeline.finish().length;
    voice.push(...(pipeline.takeVoiceProbabilities()?.probabilities ?? []));
    pipeline.destroy();
    expect(pipeline.takeVoiceProbabilities()).toBeUndefined();

    expect(voice.length).toBeGreaterThanOrEqual(Math.ceil(cleanSamples / voiceFrameSamples));
    const mean = (from: number, to: number): number => {
      const frames = voice.slice(Math.ceil(from / voiceFrameSamples), Math.floor(to / voiceFrameSamples));
      return frames.reduce((sum, p) => sum + p, 0) / frames.length;
    };
    for (const s of noisy.speech) expect(mean(s.start, s.end)).toBeGreaterThan(0.6);
    expect(mean(noisy.speech[0].end + 1600, noisy.speech[1].start - 1600)).toBeLessThan(0.1);
    expect(preprocessRecordingWithVoice(input, 22050, 1).voice).toEqual(voice);
    expect(preprocessRecordingWithVoice(input, 22050, 1, { denoise: false, gain: false }).voice).toEqual([]);
  });

  describe("over more than the probabilities it keeps untaken", () => {
    // 45 s of speech in noise, so the probabilities vary and a misnumbered one shows.
    let input: Int16Array;
    beforeAll(() => {
      const noisy = floatToInt16(mixAtSnr(track, makeNoise("white", track), 5).samples);
      input = new Int16Array(16000 * 45).map((_, i) => noisy[i % noisy.length]);
    });
    const chunk = 8000;
    const streamed = (take: boolean): { pipeline: StreamPreprocessor; voice: number[] } => {
      const pipeline = new StreamPreprocessor(16000, 1);
      const voice: number[] = [];
      for (let offset = 0; offset < input.length; offset += chunk) {
        pipeline.process(input.subarray(offset, offset + chunk));
        if (take) voice.push(...(pipeline.takeVoiceProbabilities()?.probabilities ?? []));
      }
      return { pipeline, voice };
    };

    it("keeps the newest for a caller that never takes them, numbered as a taking caller saw them", () => {
      const reference = streamed(true);
      reference.pipeline.destroy();
      const idle = streamed(false).pipeline;
      const taken = idle.takeVoiceProbabilities();
      idle.destroy();
      expect(reference.voice.length).toBeGreaterThan(maxPendingVoiceFrames);
      expect(taken?.probabilities.length).toBeLessThanOrEqual(maxPendingVoiceFrames);
      expect(taken?.probabilities.length).toBeGreaterThanOrEqual(maxPendingVoiceFrames / 2);
      expect(taken?.probabilities).toEqual(reference.voice.slice(taken?.firstFrame));
    });

    it("gives preprocessRecordingWithVoice every one of them", () => {
      const { pipeline, voice } = streamed(true);
      pipeline.finish();
      voice.push(...(pipeline.takeVoiceProbabilities()?.probabilities ?? []));
      pipeline.destroy();
      expect(preprocessRecordingWithVoice(input, 16000, 1).voice).toEqual(voice);
    });
  });
});

describe("WAV files", () => {
  it("round-trips 16-bit stereo", () => {
    const samples = Int16Array.from({ length: 2000 }, (_, i) => (i * 37) % 30000 - 15000);
    expect(decodeWav(encodeWav({ sampleRate: 44100, channels: 2, samples }))).toEqual({ sampleRate: 44100, channels: 2, samples });
  });

  it("reads 32-bit float WAVs as 16-bit samples", () => {
    const wav = new WaveFile();
    wav.fromScratch(1, 8000, "32f", [0, 0.5, -0.5, 1]);
    const decoded = decodeWav(wav.toBuffer());
    expect(decoded.sampleRate).toBe(8000);
    expect(Array.from(decoded.samples)).toEqual([0, 16383, -16384, 32767]);
  });
});
