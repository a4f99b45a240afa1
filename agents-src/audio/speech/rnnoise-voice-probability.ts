import { FrameAssembler } from "../dsp/frame-assembler";
import { NoiseSuppressor, rnnoiseFrameSamples, rnnoiseSampleRate } from "../dsp/rnnoise";
import { StreamResampler } from "../dsp/speex-resampler";

/**
 * RNNoise's own voice probability for a 16 kHz stream: the stream goes up to 48 kHz, through
 * RNNoise in 10 ms frames, and each call answers the highest probability among the frames that
 * its samples completed (the previous answer while the resampler's filter is still filling).
 * RNNoise was trained against non-stationary noise, which libfvad's band-energy model is not.
 */
export class RnnoiseVoiceProbability {
  private readonly upsampler: StreamResampler;
  private readonly frames = new FrameAssembler(rnnoiseFrameSamples);
  private readonly suppressor: NoiseSuppressor;
  private last = 0;

  constructor(inputRate: number) {
    this.upsampler = new StreamResampler(inputRate, rnnoiseSampleRate);
    try {
      this.suppressor = new NoiseSuppressor();
    } catch (err) {
      this.upsampler.destroy();
      throw err;
    }
  }

  next(samples: Float32Array): number {
    const frames = this.frames.push(this.upsampler.process(samples));
    if (frames.length > 0) this.last = Math.max(...frames.map((frame) => this.suppressor.process(frame)));
    return this.last;
  }

  destroy(): void {
    this.upsampler.destroy();
    this.suppressor.destroy();
  }
}
