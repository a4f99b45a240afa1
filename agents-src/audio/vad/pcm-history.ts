/** The recent samples of one stream, addressed by stream position, so an utterance can be cut out of it. */
export class PcmHistory {
  private chunks: { start: number; samples: Int16Array }[] = [];
  private end = 0;

  /** Stream position after the last sample appended. */
  get position(): number {
    return this.end;
  }

  append(samples: Int16Array): void {
    if (samples.length === 0) return;
    this.chunks.push({ start: this.end, samples });
    this.end += samples.length;
  }

  /** Samples [from, to), as far as they are still held. */
  slice(from: number, to: number): Int16Array {
    const out = new Int16Array(Math.max(0, to - from));
    for (const c of this.chunks) {
      const a = Math.max(from, c.start);
      const b = Math.min(to, c.start + c.samples.length);
      if (a < b) out.set(c.samples.subarray(a - c.start, b - c.start), a - from);
    }
    return out;
  }

  /** Forgets whole chunks that end before `position`. */
  discardBefore(position: number): void {
    let keep = 0;
    while (keep < this.chunks.length && this.chunks[keep].start + this.chunks[keep].samples.length <= position) keep++;
    if (keep > 0) this.chunks = this.chunks.slice(keep);
  }
}
