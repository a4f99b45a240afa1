/**
 * `npm run bench:audio`: cost of each audio stage per frame (median and p99) and the real-time
 * factor of the whole preprocessor + VAD chain for one stream. Everything runs on the event-loop
 * thread with onnxruntime limited to one thread, i.e. on one core, as in the agents.
 * Targets: VAD <= 0.5 ms per 32 ms window; preprocessor <= 0.5 ms per 10 ms frame.
 */
import { DcBlocker } from "../agents-src/audio/dsp/dc-blocker";
import { GainControl } from "../agents-src/audio/dsp/gain-control";
import { floatToInt16, int16ToFloat } from "../agents-src/audio/dsp/pcm";
import { StreamPreprocessor } from "../agents-src/audio/dsp/preprocessor";
import { NoiseSuppressor, rnnoiseFrameSamples } from "../agents-src/audio/dsp/rnnoise";
import { resampleSignal, StreamResampler } from "../agents-src/audio/dsp/speex-resampler";
import { defaultSegmenterOptions, SpeechSegmenter } from "../agents-src/audio/speech/segmenter";
import { SileroVad, sileroWindowSamples } from "../agents-src/audio/speech/silero-vad";
import { SpeechTracker } from "../agents-src/audio/speech/speech-tracker";
import { WebRtcVad, webrtcWindowSamples } from "../agents-src/audio/speech/webrtc-vad";
import { makeNoise, mixAtSnr, speechTrack, tuningSet } from "./speech-corpus";
import { percentile } from "./vad-scoring";

const warmup = 200;

/** Times `run` on each frame; returns per-call milliseconds after the warm-up calls. */
async function timeFrames<T>(frames: T[], run: (frame: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < frames.length; i++) {
    const started = process.hrtime.bigint();
    await run(frames[i]);
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

function frames(samples: Float32Array, size: number): Float32Array[] {
  const out: Float32Array[] = [];
  for (let o = 0; o + size <= samples.length; o += size) out.push(samples.slice(o, o + size));
  return out;
}

const rows: string[][] = [];
function report(stage: string, per: string, times: number[], budgetMs?: number): void {
  const median = percentile(times, 50);
  const p99 = percentile(times, 99);
  const budget = budgetMs === undefined ? "" : `${budgetMs} ms`;
  const verdict =
    budgetMs === undefined
      ? ""
      : `median ${(median / budgetMs).toFixed(2)}x, p99 ${(p99 / budgetMs).toFixed(2)}x of budget: ${median <= budgetMs ? "met" : "MISSED"}${p99 <= budgetMs ? " (p99 too)" : ""}`;
  rows.push([stage, per, median.toFixed(4), p99.toFixed(4), budget, verdict]);
}

async function main(): Promise<void> {
  const { sentences, voices, speeds } = tuningSet;
  const utterances = sentences.slice(0, 12).map((text, i) => ({ text, voice: voices[i % voices.length], speed: speeds[i % speeds.length] }));
  const clean = speechTrack(utterances, [0.5, ...utterances.slice(1).map((_, i) => 0.4 + (i % 4) * 0.4), 0.5]);
  const track = mixAtSnr(clean, makeNoise("pink", clean), 10);
  const seconds = track.samples.length / 16000;
  const at16 = track.samples;
  const at48 = resampleSignal(at16, 16000, 48000);
  console.log(`audio: ${seconds.toFixed(1)} s of espeak-ng speech in pink noise at 10 dB; per-call times in ms\n`);

  const dc = new DcBlocker(16000);
  report("DC removal", "10 ms @16k", await timeFrames(frames(at16, 160), (f) => dc.process(f)));
  const up = new StreamResampler(16000, 48000);
  report("resample 16k->48k", "10 ms", await timeFrames(frames(at16, 160), (f) => up.process(f)));
  const up44 = new StreamResampler(44100, 48000);
  report("resample 44.1k->48k", "10 ms", await timeFrames(frames(resampleSignal(at16, 16000, 44100), 441), (f) => up44.process(f)));
  const denoiser = new NoiseSuppressor();
  report("RNNoise", "10 ms @48k", await timeFrames(frames(at48, rnnoiseFrameSamples), (f) => denoiser.process(f)));
  const down = new StreamResampler(48000, 16000);
  report("resample 48k->16k", "10 ms", await timeFrames(frames(at48, 480), (f) => down.process(f)));
  const gain = new GainControl({ sampleRate: 16000 });
  report("gain control", "10 ms @16k", await timeFrames(frames(at16, 160), (f) => gain.process(f, true)));
  const pcm16 = floatToInt16(at16);
  const pipeline16 = new StreamPreprocessor(16000, 1);
  const chunks16 = frames(at16, 160).map((_, i) => pcm16.subarray(i * 160, i * 160 + 160));
  report("preprocessor, 16k mono in", "10 ms frame", await timeFrames(chunks16, (c) => pipeline16.process(c)), 0.5);
  const mono44 = floatToInt16(resampleSignal(at16, 16000, 44100));
  const stereo44 = new Int16Array(mono44.length * 2).map((_, i) => mono44[i >> 1]);
  const pipeline44 = new StreamPreprocessor(44100, 2);
  const chunks44 = Array.from({ length: Math.floor(stereo44.length / 882) }, (_, i) => stereo44.subarray(i * 882, i * 882 + 882));
  report("preprocessor, 44.1k stereo in", "10 ms frame", await timeFrames(chunks44, (c) => pipeline44.process(c)), 0.5);

  const silero = await SileroVad.load();
  const sileroStream = silero.createStream();
  report("Silero VAD v5", "32 ms window", await timeFrames(frames(at16, sileroWindowSamples), (w) => sileroStream.probability(w)), 0.5);
  // Behind the preprocessor the fallback reads RNNoise's probability from it; on raw audio (`vad --raw`) it runs its own RNNoise.
  const webrtc = new WebRtcVad(3).createStream();
  report("WebRTC VAD (fallback)", "30 ms window", await timeFrames(frames(at16, webrtcWindowSamples), (w) => webrtc.probability(w, 0.9)), 0.5);
  const webrtcOwnVoice = new WebRtcVad(3).createStream();
  report("  + own RNNoise (vad --raw)", "30 ms window", await timeFrames(frames(at16, webrtcWindowSamples), (w) => webrtcOwnVoice.probability(w)), 0.5);
  const segmenter = new SpeechSegmenter({ ...defaultSegmenterOptions, minSpeechMs: silero.minSpeechMs, sampleRate: 16000, windowSamples: silero.windowSamples });
  const probabilities = Array.from({ length: 20000 }, (_, i) => (Math.floor(i / 40) % 2 ? 0.9 : 0.05));
  report("segmenter", "32 ms window", await timeFrames(probabilities, (p) => segmenter.push(p)));

  const widths = [30, 14, 10, 10, 10, 0];
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(["stage", "per", "median", "p99", "budget", ""]));
  for (const r of rows) console.log(line(r));

  // Real-time factor: one stream through the whole chain, fed in 20 ms chunks as a client sends them.
  const chain = new StreamPreprocessor(44100, 2);
  const tracker = new SpeechTracker(silero, defaultSegmenterOptions);
  const chunk = 882 * 2;
  const started = process.hrtime.bigint();
  for (let o = 0; o < stereo44.length; o += chunk) await tracker.push(int16ToFloat(chain.process(stereo44.subarray(o, o + chunk))));
  await tracker.push(int16ToFloat(chain.finish()));
  tracker.finish();
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `\nwhole chain (44.1 kHz stereo in -> preprocessor -> Silero -> segmenter), one stream on one core: ` +
      `${elapsed.toFixed(2)} s for ${seconds.toFixed(1)} s of audio, real-time factor ${(elapsed / seconds).toFixed(4)} ` +
      `(~${Math.floor(seconds / elapsed)} streams per core)`,
  );
  for (const closeable of [up, up44, down, denoiser, pipeline16, pipeline44, chain]) closeable.destroy();
  webrtc.close();
  webrtcOwnVoice.close();
  tracker.close();
  await silero.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
