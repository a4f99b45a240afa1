/** Below this a frame is digital silence (a muted microphone), not a noise floor to learn. */
const digitalSilenceDb = -90;

/**
 * Tells speech from the pauses by level alone, for the gain control when RNNoise does not run
 * (`NOISE_SUPPRESSION=false`) and gives it no speech probability. Taking every block for speech
 * taught the gain control the level of the pauses: in a 6 s pause, noise at -61 dBFS came out at
 * -42. A frame is speech here when it stands `marginDb` over the noise floor, which drops to any
 * quieter frame at once and rises slowly, as minimum-statistics noise estimators do; speech dips
 * between syllables keep pulling it back down. Frames are whole `frameSamples` on the stream's own
 * grid, whatever the blocks: one short remainder judged alone would drag the floor down.
 */
export class NoiseFloorGate {
  private floorDb: number | undefined;
  private energy = 0;
  private filled = 0;
  private speech = false;

  constructor(
    private readonly sampleRate: number,
    private readonly frameSamples: number,
    private readonly marginDb = 10,
    private readonly riseDbPerSecond = 1.5,
  ) {}

  /** Samples still to come before the current frame is whole. */
  get samplesToFrameEnd(): number {
    return this.frameSamples - this.filled;
  }

  /** Takes the next samples of the stream; answers the verdict on the last whole frame. */
  isSpeech(samples: Float32Array): boolean {
    for (let i = 0; i < samples.length; i++) {
      this.energy += samples[i] * samples[i];
      if (++this.filled === this.frameSamples) this.judge(this.energy / this.frameSamples);
    }
    return this.speech;
  }

  private judge(power: number): void {
    this.energy = 0;
    this.filled = 0;
    const levelDb = 10 * Math.log10(power + 1e-20);
    if (levelDb < digitalSilenceDb) {
      this.speech = false;
      return;
    }
    const risen = this.floorDb === undefined ? levelDb : this.floorDb + (this.riseDbPerSecond * this.frameSamples) / this.sampleRate;
    this.floorDb = Math.min(levelDb, risen);
    this.speech = levelDb >= this.floorDb + this.marginDb;
  }
}
