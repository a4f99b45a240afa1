import { DcBlocker } from "./dc-blocker";
import { FrameAssembler } from "./frame-assembler";
import { GainControl, GainControlOptions } from "./gain-control";
import { NoiseFloorGate } from "./noise-floor-gate";
import { concatFloat32, concatInt16, downmixToMono, floatToInt16, int16ToFloat } from "./pcm";
import { NoiseSuppressor, rnnoiseDelaySamples, rnnoiseFrameSamples, rnnoiseSampleRate } from "./rnnoise";
import { StreamResampler } from "./speex-resampler";

/** What every consumer downstream receives: 16 kHz mono 16-bit PCM. */
export const cleanSampleRate = 16000;

export interface PreprocessorOptions {
  /** RNNoise noise suppression (the stream goes through 48 kHz for it). */
  denoise: boolean;
  /** Automatic gain control; false keeps the level as it came. */
  gain: false | Partial<Omit<GainControlOptions, "sampleRate">>;
}

export const defaultPreprocessorOptions: PreprocessorOptions = { denoise: true, gain: {} };

/** Clean samples per RNNoise frame: frame k of a stream covers clean samples 160k .. 160k + 159. */
export const voiceFrameSamples = (rnnoiseFrameSamples * cleanSampleRate) / rnnoiseSampleRate;

/** RNNoise's speech probability for consecutive 10 ms frames, judged on the audio before suppression. */
export interface VoiceProbabilities {
  firstFrame: number;
  probabilities: number[];
}

/** Untaken probabilities a stream keeps (30 s), so a caller that never takes them costs no memory growth. */
export const maxPendingVoiceFrames = 3000;

/**
 * RNNoise's own speech probability decides which blocks teach the gain control the speech level;
 * only confident ones, because noise taken for speech pulls the level down and the gain up.
 */
const gainSpeechProbability = 0.9;

/**
 * The client-audio pipeline for one stream: downmix, DC removal, resampling, RNNoise at 48 kHz in
 * 10 ms frames, resampling to 16 kHz, gain control. Output is time-aligned with the input (every
 * stage's delay is compensated), so sample n of the output is the sound of input time n / 16000 s;
 * at most one RNNoise frame (10 ms) plus RNNoise's own 10 ms and ~5 ms of resampling filters wait
 * inside the pipeline.
 */
export class StreamPreprocessor {
  private readonly dc: DcBlocker;
  private readonly toDenoiser?: StreamResampler;
  private readonly frames?: FrameAssembler;
  private readonly denoiser?: NoiseSuppressor;
  private readonly toClean: StreamResampler;
  private readonly gain?: GainControl;
  /** Without RNNoise, what tells the gain control which blocks are speech. */
  private readonly gate?: NoiseFloorGate;
  private inputFrames = 0;
  private emitted = 0;
  private voiceFrames = 0;
  private pendingVoice: number[] = [];
  /** Output samples still to discard because they precede time zero (RNNoise's delay). */
  private leadToSkip: number;
  private finished = false;

  constructor(
    readonly inputRate: number,
    readonly channels: number,
    options: PreprocessorOptions = defaultPreprocessorOptions,
  ) {
    this.dc = new DcBlocker(inputRate);
    if (options.gain) this.gain = new GainControl({ ...options.gain, sampleRate: cleanSampleRate });
    if (options.gain && !options.denoise) this.gate = new NoiseFloorGate(cleanSampleRate, voiceFrameSamples);
    // The wasm heap outlives a failed construction: what was allocated before the failure is freed.
    try {
      if (options.denoise) {
        this.toDenoiser = new StreamResampler(inputRate, rnnoiseSampleRate);
        this.frames = new FrameAssembler(rnnoiseFrameSamples);
        this.denoiser = new NoiseSuppressor();
        this.toClean = new StreamResampler(rnnoiseSampleRate, cleanSampleRate);
      } else {
        this.toClean = new StreamResampler(inputRate, cleanSampleRate);
      }
    } catch (err) {
      this.toDenoiser?.destroy();
      this.denoiser?.destroy();
      throw err;
    }
    this.leadToSkip = options.denoise ? Math.round((rnnoiseDelaySamples * cleanSampleRate) / rnnoiseSampleRate) : 0;
  }

  /** Clean output samples emitted so far (the stream position of the next output sample). */
  get outputPosition(): number {
    return this.emitted;
  }

  /**
   * The speech probabilities RNNoise gave the frames denoised since the last call (none without
   * denoising). They wait here until taken, 100 per second of audio; beyond
   * `maxPendingVoiceFrames` the oldest are dropped and `firstFrame` skips them. A frame's
   * probability is out 1.25 frames before its clean audio; the frames that flush the stream at
   * `finish()` may reach past its end.
   */
  takeVoiceProbabilities(): VoiceProbabilities | undefined {
    if (this.pendingVoice.length === 0) return undefined;
    const taken = { firstFrame: this.voiceFrames - this.pendingVoice.length, probabilities: this.pendingVoice };
    this.pendingVoice = [];
    return taken;
  }

  /** Takes interleaved 16-bit samples; returns the clean audio they complete. */
  process(interleaved: Int16Array): Int16Array {
    if (this.finished) throw new Error("preprocessor already finished");
    const mono = downmixToMono(int16ToFloat(interleaved), this.channels);
    this.inputFrames += mono.length;
    return this.emit(this.run(this.dc.process(mono)));
  }

  /** Ends the stream: returns the audio still inside the pipeline, trimmed to the input's duration. */
  finish(): Int16Array {
    if (this.finished) return new Int16Array(0);
    this.finished = true;
    const parts: Float32Array[] = [];
    if (this.toDenoiser && this.frames) {
      parts.push(this.denoiseFrames(this.frames.push(this.toDenoiser.flush())));
      const partial = this.frames.drain();
      parts.push(this.denoiseFrames([...(partial ? [partial] : []), new Float32Array(rnnoiseDelaySamples)]));
    }
    const tailOfFilters = this.toClean.flush();
    parts.push(this.denoiser ? this.gainBy(tailOfFilters, false) : this.gainByLevel(tailOfFilters));
    const tail = this.emit(concatFloat32(parts));
    const expected = Math.round((this.inputFrames * cleanSampleRate) / this.inputRate);
    const excess = Math.min(tail.length, Math.max(0, this.emitted - expected));
    this.emitted -= excess;
    return tail.subarray(0, tail.length - excess);
  }

  destroy(): void {
    this.toDenoiser?.destroy();
    this.denoiser?.destroy();
    this.toClean.destroy();
  }

  private run(mono: Float32Array): Float32Array {
    if (!this.toDenoiser || !this.frames) return this.gainByLevel(this.toClean.process(mono));
    return this.denoiseFrames(this.frames.push(this.toDenoiser.process(mono)));
  }

  private denoiseFrames(frames: Float32Array[]): Float32Array {
    const out: Float32Array[] = [];
    for (const frame of frames) {
      const probability = (this.denoiser as NoiseSuppressor).process(frame);
      this.pendingVoice.push(probability);
      // Half at once, so the splice runs once every 1500 frames rather than on every frame.
      if (this.pendingVoice.length > maxPendingVoiceFrames) this.pendingVoice.splice(0, maxPendingVoiceFrames / 2);
      this.voiceFrames++;
      out.push(this.gainBy(this.toClean.process(frame), probability >= gainSpeechProbability));
    }
    return concatFloat32(out);
  }

  /** Gain with RNNoise's verdict on the block. */
  private gainBy(block: Float32Array, isSpeech: boolean): Float32Array {
    return this.gain ? this.gain.process(block, isSpeech) : block;
  }

  /** Gain without RNNoise: the gate judges the block 10 ms at a time, on the stream's grid. */
  private gainByLevel(block: Float32Array): Float32Array {
    if (!this.gain || !this.gate) return block;
    for (let at = 0; at < block.length; ) {
      const part = block.subarray(at, at + this.gate.samplesToFrameEnd);
      this.gain.process(part, this.gate.isSpeech(part));
      at += part.length;
    }
    return block;
  }

  private emit(samples: Float32Array): Int16Array {
    const skip = Math.min(this.leadToSkip, samples.length);
    this.leadToSkip -= skip;
    const out = floatToInt16(samples.subarray(skip));
    this.emitted += out.length;
    return out;
  }
}

/** Runs a whole recording through a fresh pipeline (the `denoise` command, evaluations). */
export function preprocessRecording(
  interleaved: Int16Array,
  inputRate: number,
  channels: number,
  options: PreprocessorOptions = defaultPreprocessorOptions,
): Int16Array {
  return preprocessRecordingWithVoice(interleaved, inputRate, channels, options).pcm;
}

/** As `preprocessRecording`, with RNNoise's speech probability for every 10 ms frame from frame 0 (empty without denoising). */
export function preprocessRecordingWithVoice(
  interleaved: Int16Array,
  inputRate: number,
  channels: number,
  options: PreprocessorOptions = defaultPreprocessorOptions,
): { pcm: Int16Array; voice: number[] } {
  const pipeline = new StreamPreprocessor(inputRate, channels, options);
  const voice: number[] = [];
  const take = (): void => {
    const taken = pipeline.takeVoiceProbabilities();
    if (!taken) return;
    if (taken.firstFrame !== voice.length) throw new Error(`RNNoise probabilities skip from frame ${voice.length} to ${taken.firstFrame}`);
    for (const p of taken.probabilities) voice.push(p);
  };
  try {
    const parts: Int16Array[] = [];
    // One second at a time, so the probabilities are taken long before the pipeline would drop any.
    const chunk = inputRate * channels;
    for (let offset = 0; offset < interleaved.length; offset += chunk) {
      parts.push(pipeline.process(interleaved.subarray(offset, offset + chunk)));
      take();
    }
    parts.push(pipeline.finish());
    take();
    return { pcm: concatInt16(parts), voice };
  } finally {
    pipeline.destroy();
  }
}
