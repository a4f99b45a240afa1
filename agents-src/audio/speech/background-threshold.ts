/** How the onset threshold follows the detector's output on the background. */
export interface BackgroundThresholdOptions {
  /** Windows of recent probabilities the background level is read from. */
  historyWindows: number;
  /** The background level is this percentile of the history: pauses sit in its lower part. */
  percentile: number;
  /** The onset threshold sits this far above the background level (0 turns following off). */
  margin: number;
  /** The threshold never rises above this, so loud speech over any background still counts. */
  ceiling: number;
}

/**
 * A crowd of voices is speech to a voice-activity model: Silero gives 24-talker babble at 0 dB a
 * median probability of ~0.8 in the pauses, against ~0 in stationary noise. A fixed threshold
 * must then choose between hearing the crowd and missing the talker; a threshold raised above
 * what the pauses of the last few seconds score keeps only what stands out of the crowd, and
 * stays at its base wherever the background scores low (silence, white/pink/brown noise).
 */
export class BackgroundThreshold {
  private readonly history: number[] = [];
  private next = 0;

  constructor(private readonly options: BackgroundThresholdOptions) {
    if (options.historyWindows < 1) throw new RangeError("historyWindows must be at least 1");
    if (options.percentile < 0 || options.percentile > 100) throw new RangeError("percentile must be within 0..100");
  }

  /** Records `probability` and returns the onset threshold for it: at least `base`. */
  threshold(probability: number, base: number): number {
    if (this.options.margin <= 0) return base;
    if (this.history.length < this.options.historyWindows) this.history.push(probability);
    else this.history[this.next] = probability;
    this.next = (this.next + 1) % this.options.historyWindows;
    const sorted = [...this.history].sort((a, b) => a - b);
    const level = sorted[Math.min(sorted.length - 1, Math.floor((this.options.percentile / 100) * sorted.length))];
    return Math.max(base, Math.min(this.options.ceiling, level + this.options.margin));
  }
}
