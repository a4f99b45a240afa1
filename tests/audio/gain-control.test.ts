import { GainControl } from "../../agents-src/audio/dsp/gain-control";

const rate = 16000;
const block = 160;

/** A 200 Hz tone block at the given RMS level (dB full scale). */
function toneBlock(levelDbfs: number, index: number): Float32Array {
  const amplitude = Math.SQRT2 * 10 ** (levelDbfs / 20);
  return Float32Array.from({ length: block }, (_, i) => amplitude * Math.sin((2 * Math.PI * 200 * (index * block + i)) / rate));
}

const rmsDb = (x: Float32Array): number => 10 * Math.log10(x.reduce((n, v) => n + v * v, 0) / x.length);
const peak = (x: Float32Array): number => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

function run(agc: GainControl, levelDbfs: number, seconds: number, isSpeech = true, from = 0): Float32Array[] {
  const out: Float32Array[] = [];
  for (let i = 0; i < (seconds * rate) / block; i++) out.push(agc.process(toneBlock(levelDbfs, from + i), isSpeech));
  return out;
}

describe("GainControl", () => {
  it("brings quiet speech up to the target level", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20, maxGainDb: 30 });
    const blocks = run(agc, -38, 4);
    expect(rmsDb(blocks[blocks.length - 1])).toBeCloseTo(-20, 0);
  });

  it("turns loud speech down to the target level", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20 });
    const blocks = run(agc, -8, 2);
    expect(rmsDb(blocks[blocks.length - 1])).toBeCloseTo(-20, 0);
  });

  it("never exceeds the ceiling, even when a loud burst follows a long quiet stretch at full gain", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20, maxGainDb: 30, ceilingDbfs: -1 });
    run(agc, -50, 5);
    expect(agc.currentGainDb).toBeCloseTo(30, 0);
    const ceiling = 10 ** (-1 / 20);
    const burst = run(agc, -3, 0.5, true, 500);
    expect(Math.max(...burst.map(peak))).toBeLessThanOrEqual(ceiling + 1e-6);
  });

  it("does not learn from non-speech: noise between words keeps the speech gain", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20 });
    run(agc, -30, 3);
    const learnt = agc.currentGainDb;
    run(agc, -60, 3, false, 300);
    expect(agc.currentGainDb).toBeCloseTo(learnt, 5);
  });

  it("caps the gain at maxGainDb for very quiet speech", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20, maxGainDb: 12 });
    const blocks = run(agc, -60, 5);
    expect(agc.currentGainDb).toBeCloseTo(12, 5);
    expect(rmsDb(blocks[blocks.length - 1])).toBeCloseTo(-48, 0);
  });

  it("ramps gain within a block instead of stepping it", () => {
    const agc = new GainControl({ sampleRate: rate, targetDbfs: -20 });
    const constant = new Float32Array(block).fill(0.001);
    const out = agc.process(constant, true);
    const steps = out.slice(1).map((v, i) => v - out[i]);
    expect(Math.max(...steps.map(Math.abs))).toBeLessThan(1e-5);
    expect(out[block - 1]).toBeGreaterThan(out[0]);
  });

  it("rejects a minimum gain above the maximum", () => {
    expect(() => new GainControl({ sampleRate: rate, minGainDb: 10, maxGainDb: 0 })).toThrow(RangeError);
  });
});
