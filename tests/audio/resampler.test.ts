import { concatFloat32 } from "../../agents-src/audio/dsp/pcm";
import { resampleSignal, StreamResampler } from "../../agents-src/audio/dsp/speex-resampler";

const sine = (rate: number, hz: number, samples: number): Float32Array =>
  Float32Array.from({ length: samples }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));

/** Dominant frequency by counting upward zero crossings. */
function frequency(x: Float32Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < x.length; i++) if (x[i - 1] < 0 && x[i] >= 0) crossings++;
  return (crossings * rate) / x.length;
}

describe("StreamResampler", () => {
  it.each([
    [8000, 16000],
    [16000, 48000],
    [44100, 16000],
    [48000, 16000],
    [22050, 48000],
  ])("keeps a 440 Hz tone at 440 Hz and the duration, %i -> %i Hz", (from, to) => {
    const out = resampleSignal(sine(from, 440, from), from, to);
    expect(Math.abs(out.length - to)).toBeLessThanOrEqual(1);
    expect(frequency(out, to)).toBeCloseTo(440, -1);
  });

  it("is time-aligned: the output matches the same tone sampled at the new rate", () => {
    const out = resampleSignal(sine(16000, 300, 16000), 16000, 48000);
    const expected = sine(48000, 300, out.length);
    let worst = 0;
    for (let i = 200; i < out.length - 200; i++) worst = Math.max(worst, Math.abs(out[i] - expected[i]));
    expect(worst).toBeLessThan(0.001);
  });

  it("gives the same samples whether fed at once or in odd-sized chunks", () => {
    const input = sine(44100, 1000, 44100);
    const whole = resampleSignal(input, 44100, 16000);
    const streaming = new StreamResampler(44100, 16000);
    const parts: Float32Array[] = [];
    for (let offset = 0; offset < input.length; offset += 337) parts.push(streaming.process(input.subarray(offset, offset + 337)));
    parts.push(streaming.flush());
    streaming.destroy();
    const chunked = concatFloat32(parts);
    expect(chunked.length).toBe(whole.length);
    expect(Math.max(...chunked.map((v, i) => Math.abs(v - whole[i])))).toBeLessThan(1e-6);
  });

  it("passes audio through untouched when the rates are equal", () => {
    const input = sine(16000, 440, 1000);
    const same = new StreamResampler(16000, 16000);
    expect(Array.from(same.process(input))).toEqual(Array.from(input));
    expect(same.flush()).toHaveLength(0);
    same.destroy();
  });

  it("rejects impossible rates and use after destroy", () => {
    expect(() => new StreamResampler(0, 16000)).toThrow(RangeError);
    expect(() => new StreamResampler(16000, 44.1)).toThrow(RangeError);
    const r = new StreamResampler(8000, 16000);
    r.destroy();
    expect(() => r.process(new Float32Array(10))).toThrow("destroyed");
  });
});
