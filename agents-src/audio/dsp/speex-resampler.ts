import { dirname, join } from "node:path";
import { EmscriptenModule, float32View, loadEmscriptenModule, uint32View } from "./emscripten-module";
import { concatFloat32 } from "./pcm";

const speexFunctions = [
  "speex_resampler_init",
  "speex_resampler_destroy",
  "speex_resampler_skip_zeros",
  "speex_resampler_get_input_latency",
  "speex_resampler_process_float",
  "malloc",
  "free",
] as const;
type SpeexModule = EmscriptenModule<(typeof speexFunctions)[number]>;

let speexModule: SpeexModule | undefined;

/** One wasm instance serves every resampler in the process; each resampler owns a state inside it. */
function speex(): SpeexModule {
  if (!speexModule) {
    const gluePath = require.resolve("@echogarden/speex-resampler-wasm/simd");
    speexModule = loadEmscriptenModule(join(dirname(gluePath), "speex-resampler-simd.wasm"), gluePath, speexFunctions);
  }
  return speexModule;
}

/**
 * SpeexDSP quality 5 ("desktop"): its filter keeps aliasing below -60 dB for speech bands at about
 * 0.04 ms per 10 ms frame, and adds 2.5 ms of latency in each direction.
 */
export const defaultResamplerQuality = 5;

/**
 * A streaming mono resampler (SpeexDSP) that keeps its filter state between calls. Output is
 * time-aligned with the input: the filter's leading delay is skipped, and `flush()` returns the
 * tail that delay held back, so a stream of N input samples yields about N * out / in samples.
 */
export class StreamResampler {
  private readonly state: number;
  private inputPointer = 0;
  private outputPointer = 0;
  private capacity = 0;
  private readonly lengthsPointer: number;
  private destroyed = false;

  constructor(
    readonly inputRate: number,
    readonly outputRate: number,
    quality = defaultResamplerQuality,
  ) {
    if (!Number.isInteger(inputRate) || !Number.isInteger(outputRate) || inputRate <= 0 || outputRate <= 0) {
      throw new RangeError(`invalid resampling ${inputRate} -> ${outputRate} Hz`);
    }
    const { exports: fn, memory } = speex();
    this.lengthsPointer = fn.malloc(12);
    if (!this.lengthsPointer) throw new Error("the speex resampler could not allocate its state");
    this.state = fn.speex_resampler_init(1, inputRate, outputRate, quality, this.lengthsPointer + 8);
    const error = uint32View(memory, this.lengthsPointer + 8, 1)[0];
    if (!this.state || error !== 0) {
      if (this.state) fn.speex_resampler_destroy(this.state);
      fn.free(this.lengthsPointer);
      throw new Error(`speex resampler init failed (${error})`);
    }
    fn.speex_resampler_skip_zeros(this.state);
  }

  get passthrough(): boolean {
    return this.inputRate === this.outputRate;
  }

  process(input: Float32Array): Float32Array {
    if (this.destroyed) throw new Error("resampler destroyed");
    if (this.passthrough) return input.slice();
    const { exports: fn, memory } = speex();
    const outputs: Float32Array[] = [];
    let offset = 0;
    while (offset < input.length) {
      const chunk = Math.min(input.length - offset, 8192);
      this.reserve(chunk);
      float32View(memory, this.inputPointer, chunk).set(input.subarray(offset, offset + chunk));
      const lengths = uint32View(memory, this.lengthsPointer, 2);
      lengths[0] = chunk;
      lengths[1] = this.outputCapacity(chunk);
      const error = fn.speex_resampler_process_float(this.state, 0, this.inputPointer, this.lengthsPointer, this.outputPointer, this.lengthsPointer + 4);
      if (error !== 0) throw new Error(`speex resampler failed (${error})`);
      const [consumed, produced] = uint32View(memory, this.lengthsPointer, 2);
      outputs.push(float32View(memory, this.outputPointer, produced).slice());
      offset += consumed;
    }
    return concatFloat32(outputs);
  }

  /** The samples still inside the filter at the end of a stream. */
  flush(): Float32Array {
    if (this.passthrough) return new Float32Array(0);
    const latency = speex().exports.speex_resampler_get_input_latency(this.state);
    return this.process(new Float32Array(latency));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const { exports: fn } = speex();
    fn.speex_resampler_destroy(this.state);
    fn.free(this.lengthsPointer);
    if (this.capacity > 0) {
      fn.free(this.inputPointer);
      fn.free(this.outputPointer);
    }
  }

  private outputCapacity(inputLength: number): number {
    return Math.ceil((inputLength * this.outputRate) / this.inputRate) + 64;
  }

  private reserve(inputLength: number): void {
    if (inputLength <= this.capacity) return;
    const { exports: fn } = speex();
    if (this.capacity > 0) {
      fn.free(this.inputPointer);
      fn.free(this.outputPointer);
    }
    this.inputPointer = fn.malloc(inputLength * 4);
    this.outputPointer = fn.malloc(this.outputCapacity(inputLength) * 4);
    // The heap is shared by every stream: writing through a null pointer would corrupt another's state.
    if (!this.inputPointer || !this.outputPointer) {
      if (this.inputPointer) fn.free(this.inputPointer);
      if (this.outputPointer) fn.free(this.outputPointer);
      this.capacity = 0;
      throw new Error("the speex resampler could not allocate its buffers");
    }
    this.capacity = inputLength;
  }
}

/** Resamples a whole signal in one go (files, tests). */
export function resampleSignal(samples: Float32Array, inputRate: number, outputRate: number): Float32Array {
  const resampler = new StreamResampler(inputRate, outputRate);
  try {
    return concatFloat32([resampler.process(samples), resampler.flush()]);
  } finally {
    resampler.destroy();
  }
}
