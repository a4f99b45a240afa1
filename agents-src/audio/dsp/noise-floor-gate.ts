/**
 * Tells speech from the pauses by level alone, for the gain control when RNNoise does not run
 * (`NOISE_SUPPRESSION=false`) and gives it no speech probability. Taking every block for speech
 * taught the gain control the level of the pauses: in a 6 s pause, noise at -61 dBFS came out at
 * -42. A block is speech here when it stands `marginDb` over the noise floor, which drops to any
 * quieter block at once and rises slowly, as minimum-statistics noise estimators do; speech dips
 * between syllables keep pulling it back down.
 */
export class NoiseFloorGate {
  private floorDb: number | undefined;

  constructor(
    private readonly sampleRate: number,
    private readonly marginDb = 10,
    private readonly riseDbPerSecond = 1.5,
  ) {}

  isSpeech(block: Float32Array): boolean {
    if (block.length === 0) return false;
    let energy = 0;
    for (let i = 0; i < block.length; i++) energy += block[i] * block[i];
    const levelDb = 10 * Math.log10(energy / block.length + 1e-12);
    const risen = this.floorDb === undefined ? levelDb : this.floorDb + (this.riseDbPerSecond * block.length) / this.sampleRate;
    this.floorDb = Math.min(levelDb, risen);
    return levelDb >= this.floorDb + this.marginDb;
  }
}
