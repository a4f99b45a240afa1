import { dirname, join } from "node:path";
import { instantiateWasm, WasmMemory } from "../dsp/wasm-runtime";
import { DetectorStream, SpeechDetector } from "./detector";
import { RnnoiseVoiceProbability } from "./rnnoise-voice-probability";

interface Libfvad {
  memory: WasmMemory;
  _initialize(): void;
  malloc(bytes: number): number;
  free(pointer: number): void;
  fvad_new(): number;
  fvad_free(handle: number): void;
  fvad_set_mode(handle: number, mode: number): number;
  fvad_set_sample_rate(handle: number, rate: number): number;
  fvad_process(handle: number, frame: number, length: number): number;
}

let libfvad: Libfvad | undefined;

/**
 * libfvad (the WebRTC VAD) as a self-contained wasm reactor; the package's JavaScript is ESM-only,
 * and the wasm needs no host imports, so it is instantiated directly.
 */
function fvad(): Libfvad {
  if (!libfvad) {
    const wasm = join(dirname(require.resolve("@ozymandiasthegreat/vad")), "..", "dist", "libfvad.wasm");
    libfvad = instantiateWasm(wasm) as unknown as Libfvad;
    libfvad._initialize();
  }
  return libfvad;
}

/** libfvad decides on 10 ms frames; three of them make one 30 ms window. */
const fvadFrameSamples = 160;
export const webrtcWindowSamples = 3 * fvadFrameSamples;

export type WebRtcVadMode = 0 | 1 | 2 | 3;

/**
 * WebRTC's GMM voice detector: the fallback when the Silero model cannot load. It reports the
 * fraction of voiced 10 ms frames in each 30 ms window, capped by RNNoise's voice probability for
 * the same window, and the segmenter's thresholds treat that like a probability. libfvad alone
 * calls beeps, door slams and loud noise speech; RNNoise, judging the noisy audio it was trained
 * on, does not. On the raw mix the cap took segments on 0-10 dB beeps and slams from 12-17 to 1
 * and the conditions meeting every target from 5/21 to 11/21 (`npm run eval:vad`).
 *
 * Behind the preprocessor the cap is the probability its RNNoise already gave the audio before
 * suppressing it (`upstreamVoice`), because RNNoise run again on suppressed audio hears a beep
 * left alone in silence as a voice (5-11 segments on 0-10 dB beeps, against 1 from the
 * preprocessor's probability) and costs ~0.4 ms per window. Without an upstream probability
 * (raw audio) the stream runs its own RNNoise.
 */
export class WebRtcVad implements SpeechDetector {
  readonly name = "webrtc" as const;
  readonly windowSamples = webrtcWindowSamples;
  /** libfvad's windows flicker in a crowd: a one-window start raised its false-alarm segments in 5 dB babble from 0 to 4. */
  readonly minSpeechMs = 100;

  constructor(readonly mode: WebRtcVadMode = 3) {
    fvad();
  }

  createStream(): DetectorStream {
    const lib = fvad();
    const handle = lib.fvad_new();
    const frame = lib.malloc(fvadFrameSamples * 2);
    const release = (): void => {
      if (handle) lib.fvad_free(handle);
      if (frame) lib.free(frame);
    };
    if (!handle || !frame) {
      release();
      throw new Error("libfvad could not allocate its state");
    }
    if (lib.fvad_set_mode(handle, this.mode) < 0 || lib.fvad_set_sample_rate(handle, 16000) < 0) {
      release();
      throw new Error(`libfvad rejected mode ${this.mode} at 16 kHz`);
    }
    let ownVoice: RnnoiseVoiceProbability | undefined;
    let closed = false;
    return {
      probability(window: Float32Array, upstreamVoice?: number): number {
        if (closed) throw new Error("detector stream closed");
        if (window.length !== webrtcWindowSamples) throw new RangeError(`WebRTC VAD windows are ${webrtcWindowSamples} samples`);
        let voiced = 0;
        for (let f = 0; f < 3; f++) {
          const heap = new Int16Array(lib.memory.buffer, frame, fvadFrameSamples);
          for (let i = 0; i < fvadFrameSamples; i++) {
            const s = Math.round(window[f * fvadFrameSamples + i] * 32768);
            heap[i] = s > 32767 ? 32767 : s < -32768 ? -32768 : s;
          }
          const decision = lib.fvad_process(handle, frame, fvadFrameSamples);
          if (decision < 0) throw new Error("libfvad failed on a frame");
          voiced += decision;
        }
        const voice = upstreamVoice ?? (ownVoice ??= new RnnoiseVoiceProbability(16000)).next(window);
        return Math.min(voiced / 3, voice);
      },
      close() {
        if (closed) return;
        closed = true;
        release();
        ownVoice?.destroy();
      },
    };
  }

  async close(): Promise<void> {}
}
