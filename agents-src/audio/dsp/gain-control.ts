export interface GainControlOptions {
  sampleRate: number;
  /**
   * Speech level (RMS, dB full scale) the gain steers toward. The default is ITU-T P.56's nominal
   * active speech level, -26 dBov: louder targets lift the residual noise the VAD then hears.
   */
  targetDbfs: number;
  maxGainDb: number;
  minGainDb: number;
  /** No output sample's magnitude goes above this (dB full scale). */
  ceilingDbfs: number;
  /** Slow rise so a pause is not pumped up; falls are faster so a loud talker is tamed quickly. */
  riseDbPerSecond: number;
  fallDbPerSecond: number;
  /** Time constant of the speech-level estimate: long enough that one loud word does not swing it. */
  levelTimeConstantSeconds: number;
}

export const defaultGainControl: Omit<GainControlOptions, "sampleRate"> = {
  targetDbfs: -26,
  maxGainDb: 24,
  minGainDb: -12,
  ceilingDbfs: -1,
  riseDbPerSecond: 12,
  fallDbPerSecond: 40,
  levelTimeConstantSeconds: 1.5,
};

const dbToLinear = (db: number): number => 10 ** (db / 20);

/**
 * Automatic gain control toward a target speech level. The level is learnt only from blocks the
 * caller marks as speech, so noise between words neither raises nor lowers it. Each block's gain
 * is ramped from the previous block's and both ends are capped at ceiling / peak, so the output
 * never exceeds the ceiling: a peak limiter with instant attack instead of clipping.
 */
export class GainControl {
  private readonly options: GainControlOptions;
  private readonly ceiling: number;
  private speechPower: number | undefined;
  private gainDb = 0;
  private previousGain = 1;

  constructor(options: Partial<GainControlOptions> & { sampleRate: number }) {
    this.options = { ...defaultGainControl, ...options };
    if (this.options.minGainDb > this.options.maxGainDb) throw new RangeError("minGainDb is above maxGainDb");
    this.ceiling = dbToLinear(this.options.ceilingDbfs);
  }

  /** The gain (dB) the control currently steers toward, before the peak limiter. */
  get currentGainDb(): number {
    return this.gainDb;
  }

  /** Applies gain to `block` in place. */
  process(block: Float32Array, isSpeech: boolean): Float32Array {
    if (block.length === 0) return block;
    const o = this.options;
    const seconds = block.length / o.sampleRate;
    let energy = 0;
    let peak = 0;
    for (let i = 0; i < block.length; i++) {
      const s = block[i];
      energy += s * s;
      const a = s < 0 ? -s : s;
      if (a > peak) peak = a;
    }
    const power = energy / block.length;
    if (isSpeech && power > 1e-10) {
      const alpha = 1 - Math.exp(-seconds / o.levelTimeConstantSeconds);
      this.speechPower = this.speechPower === undefined ? power : this.speechPower + alpha * (power - this.speechPower);
    }
    if (this.speechPower !== undefined) {
      const levelDb = 10 * Math.log10(this.speechPower);
      const desired = Math.min(o.maxGainDb, Math.max(o.minGainDb, o.targetDbfs - levelDb));
      this.gainDb =
        desired > this.gainDb
          ? Math.min(desired, this.gainDb + o.riseDbPerSecond * seconds)
          : Math.max(desired, this.gainDb - o.fallDbPerSecond * seconds);
    }
    const limit = peak > 0 ? this.ceiling / peak : Infinity;
    const start = Math.min(this.previousGain, limit);
    const end = Math.min(dbToLinear(this.gainDb), limit);
    const step = (end - start) / block.length;
    for (let i = 0; i < block.length; i++) block[i] *= start + step * (i + 1);
    this.previousGain = end;
    return block;
  }
}
