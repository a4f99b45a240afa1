/**
 * pc2 model server figures on this machine's CPU: the offline engine's real-time factor and word
 * error rate on espeak-ng speech, and embedding throughput of the default model by batch size.
 * Engines are driven directly (as the HTTP handlers drive them), so the figures are model cost.
 * Then one Whisper model from a models folder on the CPU and, where pc2 could use it, on CUDA, side
 * by side: `-- --models-dir DIR --whisper-model NAME` for a real one, else a generated tiny model
 * (which shows the GPU runs it, not a speed-up worth quoting).
 */
import { loadPocketsphinxEngine } from "../agents-src/pc2/model-server/pocketsphinx-engine";
import { decodeSpeechAudio } from "../agents-src/pc2/model-server/speech-audio-decoding";
import { speechSampleRate } from "../agents-src/pc2/model-server/speech-to-text";
import { loadUseLiteEmbeddingEngine } from "../agents-src/pc2/model-server/use-lite-embeddings";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cudaProviderInstalled, gpuVisible } from "../agents-src/pc2/model-server/model-device";
import type { ComputeDevice } from "../agents-src/pc2/model-server/model-info";
import { loadWhisperEngine } from "../agents-src/pc2/model-server/whisper-engine";
import { speak } from "../tests/pc2/support/spoken-audio";
import { writeTinyWhisperModel } from "../tests/pc2/support/tiny-whisper-model";
import { wordErrorRate } from "./word-error-rate";

const sentences = [
  "please remember that my car is parked on level three",
  "what is the weather like in paris tomorrow",
  "set a timer for ten minutes",
  "call my mother tonight at seven",
  "turn off the lights in the kitchen",
  "where did i leave my keys",
  "play some music in the living room",
  "how far is the nearest train station",
  "add milk and bread to the shopping list",
  "remind me to buy flowers on friday",
  "my car is now on level five",
  "what time does the library open on sunday",
  "send a message to john saying i will be late",
  "how many calories are in an apple",
  "book a table for two at eight o'clock",
  "what is the capital of australia",
  "turn the heating up by two degrees",
  "read me the latest news headlines",
  "when is my next dentist appointment",
  "tell me a joke about computers",
];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const fixed = (x: number, digits = 3) => x.toFixed(digits);

async function benchTranscription(): Promise<void> {
  const engine = await loadPocketsphinxEngine("/usr/share/pocketsphinx/model/en-us");
  const clips = await Promise.all(
    sentences.map(async (reference) => ({ reference, audio: decodeSpeechAudio(await speak(reference), "audio/wav", 120) })),
  );
  const factors: number[] = [];
  const pairs: Array<{ reference: string; hypothesis: string }> = [];
  let audioSeconds = 0;
  let modelSeconds = 0;
  for (const { reference, audio } of clips) {
    const started = performance.now();
    const { text } = await engine.transcribe(audio);
    const seconds = (performance.now() - started) / 1000;
    const duration = audio.length / speechSampleRate;
    factors.push(seconds / duration);
    audioSeconds += duration;
    modelSeconds += seconds;
    pairs.push({ reference, hypothesis: text });
  }
  await engine.close();
  console.log(`pocketsphinx (CPU) on ${clips.length} espeak-ng sentences (voice en-us+f2, 150 wpm), ${fixed(audioSeconds, 1)} s of audio`);
  console.log(`  real-time factor: median ${fixed(quantile(factors, 0.5))}, p95 ${fixed(quantile(factors, 0.95))}, overall ${fixed(modelSeconds / audioSeconds)}`);
  console.log(`  word error rate: ${fixed(wordErrorRate(pairs))}`);
  for (const { reference, hypothesis } of pairs.slice(0, 5)) console.log(`    "${reference}" -> "${hypothesis}"`);
}

async function benchEmbeddings(): Promise<void> {
  const engine = await loadUseLiteEmbeddingEngine();
  const texts = Array.from({ length: 256 }, (_, i) => `${sentences[i % sentences.length]} (note ${i})`);
  console.log(`${engine.info.model} (${engine.info.device}, ${engine.info.dimension} dims)`);
  for (const batchSize of [1, 16, 64, 128]) {
    await engine.embed(texts.slice(0, batchSize));
    const latencies: number[] = [];
    let embedded = 0;
    const started = performance.now();
    while (embedded < 256 || latencies.length < 10) {
      const batch = texts.slice(embedded % 256, (embedded % 256) + batchSize);
      const t = performance.now();
      await engine.embed(batch);
      latencies.push(performance.now() - t);
      embedded += batch.length;
    }
    const perSecond = embedded / ((performance.now() - started) / 1000);
    console.log(
      `  batch ${String(batchSize).padStart(3)}: ${fixed(perSecond, 0).padStart(5)} texts/s, batch latency median ${fixed(quantile(latencies, 0.5), 1)} ms, p95 ${fixed(quantile(latencies, 0.95), 1)} ms`,
    );
  }
  await engine.close();
}

const { values: options } = parseArgs({ options: { "models-dir": { type: "string" }, "whisper-model": { type: "string" } } });

/** Why CUDA is not tried here, or undefined when it is. */
function cudaUnavailable(): string | undefined {
  if (!gpuVisible()) return "no GPU visible (/dev/nvidia<N>)";
  if (!cudaProviderInstalled()) return "onnxruntime-node has no CUDA execution provider here (images.pc2Variant: cuda installs it)";
  return undefined;
}

async function benchWhisperDevices(): Promise<void> {
  const generated = options["whisper-model"] === undefined ? await mkdtemp(join(tmpdir(), "bench-whisper-")) : undefined;
  if (generated !== undefined) await writeTinyWhisperModel(join(generated, "tiny-whisper"));
  const modelsDir = generated ?? options["models-dir"] ?? "/models";
  const model = options["whisper-model"] ?? "tiny-whisper";
  const clips = await Promise.all(sentences.slice(0, 8).map(async (text) => decodeSpeechAudio(await speak(text), "audio/wav", 120)));
  const audioSeconds = clips.reduce((sum, clip) => sum + clip.length / speechSampleRate, 0);
  console.log(`whisper ${model}${generated ? " (generated, tiny hand-set weights)" : ""}: ${clips.length} clips, ${fixed(audioSeconds, 1)} s of audio, per device`);
  const devices: ComputeDevice[] = ["cpu", "cuda"];
  const logger = { warn: (_: object, message: string) => console.log(`  warning: ${message}`) };
  try {
    for (const device of devices) {
      const unavailable = device === "cuda" ? cudaUnavailable() : undefined;
      if (unavailable !== undefined) {
        console.log(`  cuda: not run: ${unavailable}`);
        continue;
      }
      const loadStarted = performance.now();
      const engine = await loadWhisperEngine({ modelsDir, model, device, dtype: "fp32" }, logger);
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      await engine.transcribe(clips[0]);
      const seconds: number[] = [];
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        for (const clip of clips) await engine.transcribe(clip);
        seconds.push((performance.now() - started) / 1000);
      }
      await engine.close();
      const total = quantile(seconds, 0.5);
      console.log(
        `  ${engine.info.device}: load ${fixed(loadSeconds, 2)} s, all clips median ${fixed(total, 3)} s over 3 rounds, real-time factor ${fixed(total / audioSeconds)}`,
      );
    }
  } finally {
    if (generated !== undefined) await rm(generated, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await benchTranscription();
  await benchEmbeddings();
  await benchWhisperDevices();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
