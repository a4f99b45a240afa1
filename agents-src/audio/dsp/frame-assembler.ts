/** Cuts a stream of arbitrarily sized chunks into consecutive fixed-size frames. */
export class FrameAssembler {
  private readonly pending: Float32Array;
  private filled = 0;

  constructor(readonly frameSamples: number) {
    this.pending = new Float32Array(frameSamples);
  }

  /** Samples waiting for the rest of their frame. */
  get buffered(): number {
    return this.filled;
  }

  /** Returns every frame completed by `samples` (fresh arrays the caller may keep or modify). */
  push(samples: Float32Array): Float32Array[] {
    const frames: Float32Array[] = [];
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(this.frameSamples - this.filled, samples.length - offset);
      this.pending.set(samples.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.frameSamples) {
        frames.push(this.pending.slice());
        this.filled = 0;
      }
    }
    return frames;
  }

  /** The partial last frame, zero-padded to full size, or nothing if there is none. */
  drain(): Float32Array | undefined {
    if (this.filled === 0) return undefined;
    const frame = new Float32Array(this.frameSamples);
    frame.set(this.pending.subarray(0, this.filled));
    this.filled = 0;
    return frame;
  }
}
