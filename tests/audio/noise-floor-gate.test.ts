import { NoiseFloorGate } from "../../agents-src/audio/dsp/noise-floor-gate";

/** 10 ms blocks at 16 kHz: random noise at `noiseDb`, plus a 440 Hz tone at `toneDb` when given. */
function block(noiseDb: number, toneDb?: number, at = 0): Float32Array {
  const noise = 10 ** (noiseDb / 20) * Math.sqrt(3);
  const tone = toneDb === undefined ? 0 : 10 ** (toneDb / 20) * Math.SQRT2;
  return Float32Array.from({ length: 160 }, (_, i) => noise * (2 * Math.random() - 1) + tone * Math.sin((2 * Math.PI * 440 * (at + i)) / 16000));
}

describe("NoiseFloorGate", () => {
  it("takes blocks well over the noise floor for speech, and the floor itself for none", () => {
    const gate = new NoiseFloorGate(16000, 160);
    const verdicts = (blocks: Float32Array[]): boolean[] => blocks.map((b) => gate.isSpeech(b));
    expect(verdicts(Array.from({ length: 100 }, () => block(-60)))).not.toContain(true);
    expect(verdicts(Array.from({ length: 50 }, (_, k) => block(-60, -30, k * 160))).every(Boolean)).toBe(true);
    expect(verdicts(Array.from({ length: 50 }, () => block(-60))).filter(Boolean)).toHaveLength(0);
  });

  it("never takes steady noise for speech, however long it lasts", () => {
    const gate = new NoiseFloorGate(16000, 160);
    const heard = Array.from({ length: 3000 }, () => gate.isSpeech(block(-45)));
    expect(heard.filter(Boolean)).toHaveLength(0);
  });

  it("judges whole 10 ms frames on the stream's grid, however the samples are cut", () => {
    const noise = Float32Array.from({ length: 16000 * 4 }, (_, i) => block(-60)[i % 160]);
    const gate = new NoiseFloorGate(16000, 160);
    const verdicts: boolean[] = [];
    for (let at = 0; at < noise.length; ) {
      const part = noise.subarray(at, at + 1 + ((at * 7919) % 321));
      verdicts.push(gate.isSpeech(part));
      at += part.length;
    }
    expect(verdicts.filter(Boolean)).toHaveLength(0);
  });

  it("leaves the floor where it was through digital silence (a muted microphone)", () => {
    const gate = new NoiseFloorGate(16000, 160);
    for (let k = 0; k < 100; k++) gate.isSpeech(block(-60));
    expect(gate.isSpeech(new Float32Array(16000))).toBe(false);
    const after = Array.from({ length: 300 }, () => gate.isSpeech(block(-60)));
    expect(after.filter(Boolean)).toHaveLength(0);
  });

  it("follows the floor up when the room gets louder, within seconds", () => {
    const gate = new NoiseFloorGate(16000, 160);
    for (let k = 0; k < 100; k++) gate.isSpeech(block(-70));
    // 20 dB louder noise is speech at first, until the floor has risen to it (1.5 dB/s).
    const louder = Array.from({ length: 1500 }, () => gate.isSpeech(block(-50)));
    expect(louder[0]).toBe(true);
    expect(louder.slice(1000)).not.toContain(true);
  });
});
