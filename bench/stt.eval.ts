/**
 * `npm run eval:stt [-- --split tuning|held-out] [--weight W] [--domain-only] [--raw] [--rtf] [--adapt] [--adapt-raw-enrolment]`: speech-to-text on the
 * generated speech set (bench/stt-speech-set.ts), heard as the stack hears it: through the audio
 * preprocessor's pipeline (RNNoise, gain), unless --raw. Per voice and overall: word and sentence error rate by
 * kind (commands, questions, statements), the task router's intent accuracy on the transcript,
 * the mean confidence of right and wrong transcripts, and the real-time factor. With pocketsphinx
 * (the default) the general model, the domain model (STT_DOMAIN_WEIGHT, or --weight) and, with
 * STT_GRAMMAR_PASS=yes, the domain model with the grammar pass run side by side; with STT_ENGINE=whisper the configured Whisper model is evaluated alone. --rtf only
 * measures the CPU real-time factor of each engine on the part's first 24 clips. --adapt adds, for each
 * voice, the domain model with pocketsphinx's acoustic model adapted to that voice from its
 * enrolment (20 other sentences, same synthesiser and conditions, agents-src/pc2/model-server/speaker-adaptation.ts).
 * --adapt-raw-enrolment (with --adapt, not --raw) adds beside it an "adapted-raw" model whose enrolment skipped
 * the preprocessor while the eval clips still go through it: the mismatch of adapting on one
 * kind of audio and decoding another, which decided that enrolment clips are preprocessed too.
 * After each part's table, per model, what each confidence threshold would question (the
 * coordinator's COORDINATOR_MIN_STT_CONFIDENCE, and its own threshold for enrolled voices).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { cleanSampleRate, preprocessRecording } from "../agents-src/audio/dsp/preprocessor";
import { EmbeddingClassifier } from "../agents-src/core/task-router/embedding-classifier";
import { exemplars } from "../agents-src/core/task-router/exemplars";
import { intents } from "../agents-src/core/task-router/intents";
import { LexicalClassifier } from "../agents-src/core/task-router/lexical-classifier";
import { TaskRouter } from "../agents-src/core/task-router/router";
import { taskRouterConfig } from "../agents-src/core/task-router/config";
import { catalog } from "../agents-src/kit/catalog";
import { ModelServerConfig, modelServerConfig } from "../agents-src/pc2/model-server/config";
import { loadSpeechToTextEngine } from "../agents-src/pc2/model-server/engine-selection";
import { speechSampleRate, SpeechToTextEngine } from "../agents-src/pc2/model-server/speech-to-text";
import { loadUseLiteEmbeddingEngine } from "../agents-src/pc2/model-server/use-lite-embeddings";
import { adaptSpeakerModel } from "../agents-src/pc2/model-server/speaker-adaptation";
import { clipAudio, enrolmentRecordings, EvalClip, evalCacheDir, evalClips, EvalVoice, SentenceKind, Split } from "./stt-speech-set";
import { wordErrors } from "./word-error-rate";

const logger = pino({ level: "silent" });

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Scored {
  clip: EvalClip;
  hypothesis: string;
  errors: number;
  words: number;
  /** Undefined where the router has no such intent yet (timers). */
  intentRight?: boolean;
  confidence?: number;
  seconds: number;
  audioSeconds: number;
}

/** The task router as the stack runs it: lexical frames, blended with use-lite embeddings when unclear. */
async function inProcessRouter(): Promise<TaskRouter> {
  const embedder = await loadUseLiteEmbeddingEngine();
  const embed = async (texts: string[]) => ({ model: embedder.info.model, vectors: await embedder.embed(texts) });
  const embedding = new EmbeddingClassifier(exemplars, embed, logger);
  await embedding.prepare();
  const setting = (
    key:
      | "ROUTER_EMBEDDING_WEIGHT"
      | "ROUTER_MIN_CONFIDENCE"
      | "ROUTER_LEXICAL_DECISIVE_SCORE"
      | "ROUTER_LEXICAL_DECISIVE_MARGIN"
      | "ROUTER_OUTSIDE_MARGIN"
      | "ROUTER_OUTSIDE_CLEAR_MARGIN"
      | "ROUTER_OUTSIDE_SKILL_SCORE",
  ) =>
    taskRouterConfig.shape[key].parse(undefined);
  return new TaskRouter(
    new LexicalClassifier(exemplars),
    embedding,
    { state: () => "closed" },
    {
      embeddingWeight: setting("ROUTER_EMBEDDING_WEIGHT"),
      minConfidence: setting("ROUTER_MIN_CONFIDENCE"),
      lexicalDecisive: { score: setting("ROUTER_LEXICAL_DECISIVE_SCORE"), margin: setting("ROUTER_LEXICAL_DECISIVE_MARGIN") },
      outside: { margin: setting("ROUTER_OUTSIDE_MARGIN"), clearMargin: setting("ROUTER_OUTSIDE_CLEAR_MARGIN"), skillScore: setting("ROUTER_OUTSIDE_SKILL_SCORE") },
    },
    logger,
  );
}

const routable = new Set<string>(intents);

async function score(engine: SpeechToTextEngine, router: TaskRouter, clip: EvalClip, audio: Float32Array): Promise<Scored> {
  const started = performance.now();
  const transcript = await engine.transcribe(audio);
  const seconds = (performance.now() - started) / 1000;
  const e = wordErrors(clip.sentence.text, transcript.text);
  const intentRight = routable.has(clip.sentence.intent) ? (await router.route(transcript.text)).intent === clip.sentence.intent : undefined;
  return {
    clip,
    hypothesis: transcript.text,
    errors: e.substitutions + e.deletions + e.insertions,
    words: e.referenceWords,
    intentRight,
    confidence: transcript.confidence,
    seconds,
    audioSeconds: audio.length / speechSampleRate,
  };
}

/** The preprocessor's pipeline on a whole clip, as the VAD and pc2 receive it. */
function preprocessed(audio: Float32Array): Float32Array {
  const pcm = Int16Array.from(audio, (x) => Math.round(x * 32767));
  return Float32Array.from(preprocessRecording(pcm, speechSampleRate, 1), (x) => x / 32768);
}

/** The domain model with the acoustic model adapted to `voice`, from its enrolment, preprocessed unless `raw`. */
async function enrolledEngine(config: ModelServerConfig, split: Split, voice: EvalVoice, raw: boolean): Promise<SpeechToTextEngine> {
  const clips = (await enrolmentRecordings(split, voice)).map(({ text, audio }) => ({ text, audio: raw ? audio : preprocessed(audio) }));
  const dir = await mkdtemp(join(tmpdir(), "eval-stt-speaker-"));
  try {
    const started = performance.now();
    const { unaligned } = await adaptSpeakerModel(config.POCKETSPHINX_MODEL_DIR, clips, dir);
    console.log(`${voice.name}: adapted on ${clips.length - unaligned} of ${clips.length} ${raw ? "raw" : "preprocessed"} enrolment clips in ${fixed((performance.now() - started) / 1000, 1)} s`);
    // The decoder reads the model at load; the folder is not needed afterwards.
    return await loadSpeechToTextEngine(config, logger, undefined, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fixed = (x: number | undefined, digits = 2) => (x === undefined || Number.isNaN(x) ? "-" : x.toFixed(digits));

interface Summary {
  wer: Record<SentenceKind | "all", number>;
  ser: number;
  intent: number;
  rtf: number;
  confidenceRight: number;
  confidenceWrong: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

function summarise(rows: Scored[]): Summary {
  const werOf = (subset: Scored[]) => subset.reduce((a, r) => a + r.errors, 0) / Math.max(1, subset.reduce((a, r) => a + r.words, 0));
  const routed = rows.filter((r) => r.intentRight !== undefined);
  const withConfidence = rows.filter((r) => r.confidence !== undefined);
  return {
    wer: {
      command: werOf(rows.filter((r) => r.clip.sentence.kind === "command")),
      question: werOf(rows.filter((r) => r.clip.sentence.kind === "question")),
      statement: werOf(rows.filter((r) => r.clip.sentence.kind === "statement")),
      all: werOf(rows),
    },
    ser: rows.filter((r) => r.errors > 0).length / rows.length,
    intent: routed.filter((r) => r.intentRight).length / routed.length,
    rtf: rows.reduce((a, r) => a + r.seconds, 0) / rows.reduce((a, r) => a + r.audioSeconds, 0),
    confidenceRight: mean(withConfidence.filter((r) => r.errors === 0).map((r) => r.confidence!)),
    confidenceWrong: mean(withConfidence.filter((r) => r.errors > 0).map((r) => r.confidence!)),
  };
}

function printTable(split: Split, models: string[], results: Map<string, Scored[]>): void {
  const header = ["voice", ...models.flatMap((m) => [`${m} WER cmd/q/stmt/all`, "SER", "intent"])];
  console.log(`\n${split} part`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => " --- ").join("|")}|`);
  const voices = [...new Set(results.get(models[0])!.map((r) => r.clip.voice.name))];
  for (const voice of [...voices, "all"]) {
    const cells = models.flatMap((model) => {
      const rows = results.get(model)!.filter((r) => voice === "all" || r.clip.voice.name === voice);
      const s = summarise(rows);
      return [`${fixed(s.wer.command)} / ${fixed(s.wer.question)} / ${fixed(s.wer.statement)} / ${fixed(s.wer.all)}`, fixed(s.ser), fixed(s.intent)];
    });
    console.log(`| ${voice === "all" ? "**all**" : voice} | ${cells.join(" | ")} |`);
  }
  for (const model of models) {
    const s = summarise(results.get(model)!);
    console.log(
      `${model}: real-time factor ${fixed(s.rtf, 3)}; mean confidence of right transcripts ${fixed(s.confidenceRight, 3)}, of wrong ones ${fixed(s.confidenceWrong, 3)}`,
    );
  }
}

/** Confidence thresholds the coordinator could question transcripts below (COORDINATOR_MIN_STT_CONFIDENCE*). */
const thresholds = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];

/**
 * For each threshold, what the coordinator would do with each model's transcripts: the share of
 * wrong ones it questions (asks to repeat, or reads back before remembering), the share of right
 * ones it questions needlessly, and the garbled statements it would still store unread.
 */
function printConfidenceThresholds(models: string[], results: Map<string, Scored[]>): void {
  const share = (rows: Scored[], below: number) => (rows.length === 0 ? NaN : rows.filter((r) => r.confidence! < below).length / rows.length);
  console.log(`\n| model | ${thresholds.map((t) => `below ${t}: wrong / right questioned, garbled statements kept`).join(" | ")} |`);
  console.log(`|${[0, ...thresholds].map(() => " --- ").join("|")}|`);
  for (const model of models) {
    const rows = results.get(model)!.filter((r) => r.confidence !== undefined);
    if (rows.length === 0) continue;
    const wrong = rows.filter((r) => r.errors > 0);
    const right = rows.filter((r) => r.errors === 0);
    const garbledStatements = wrong.filter((r) => r.clip.sentence.kind === "statement");
    const cells = thresholds.map(
      (t) => `${fixed(share(wrong, t))} / ${fixed(share(right, t))}, ${garbledStatements.filter((r) => r.confidence! >= t).length} of ${garbledStatements.length}`,
    );
    console.log(`| ${model} | ${cells.join(" | ")} |`);
  }
}

/**
 * The real-time factor on one core: CPU seconds per second of audio, each engine decoding alone.
 * The main run decodes the models side by side on a shared machine, so its wall-clock figure says
 * more about the machine's load than about the models.
 */
async function measureCpuRealTimeFactor(engines: Map<string, SpeechToTextEngine>, clips: EvalClip[], raw: boolean): Promise<void> {
  const audios = await Promise.all(clips.map(async (clip, index) => (raw ? clipAudio(clip, index) : preprocessed(await clipAudio(clip, index)))));
  const audioSeconds = audios.reduce((sum, a) => sum + a.length / speechSampleRate, 0);
  for (const [name, engine] of engines) {
    const before = process.cpuUsage();
    const started = performance.now();
    for (const audio of audios) await engine.transcribe(audio);
    const cpu = process.cpuUsage(before);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `${name}: ${clips.length} clips, ${fixed(audioSeconds, 1)} s of audio: CPU real-time factor ${fixed(cpuSeconds / audioSeconds, 3)} (wall clock ${fixed((performance.now() - started) / 1000 / audioSeconds, 3)})`,
    );
  }
}

async function main(): Promise<void> {
  const env = { SERVICE_NAME: "eval-stt", HTTP_PORT: String(catalog.pc2.ports.http), ...process.env };
  const weight = option("weight");
  const config = modelServerConfig.parse(weight === undefined ? env : { ...env, STT_DOMAIN_WEIGHT: weight });
  if (cleanSampleRate !== speechSampleRate) throw new Error(`the preprocessor emits ${cleanSampleRate} Hz, pc2 decodes ${speechSampleRate} Hz`);
  const raw = process.argv.includes("--raw");
  console.log(raw ? "audio straight to the recogniser (--raw)" : "audio through the preprocessor's pipeline, as the stack hears it");
  const splits: Split[] = option("split") ? [option("split") as Split] : ["tuning", "held-out"];
  const engines = new Map<string, SpeechToTextEngine>();
  if (config.STT_ENGINE === "pocketsphinx") {
    if (!process.argv.includes("--domain-only")) engines.set("general", await loadSpeechToTextEngine({ ...config, STT_DOMAIN_WEIGHT: 0 }, logger));
    engines.set("domain", await loadSpeechToTextEngine({ ...config, STT_GRAMMAR_PASS: false }, logger));
    // With STT_GRAMMAR_PASS=yes, beside the language model alone the same decoder with the grammar pass.
    if (config.STT_GRAMMAR_PASS && config.STT_DOMAIN_WEIGHT > 0) engines.set("grammar", await loadSpeechToTextEngine(config, logger));
  } else {
    engines.set(config.STT_ENGINE, await loadSpeechToTextEngine(config, logger));
  }
  for (const [name, engine] of engines) console.log(`${name}: ${JSON.stringify(engine.info)}`);
  if (process.argv.includes("--rtf")) {
    await measureCpuRealTimeFactor(engines, evalClips(splits[0]).slice(0, 24), raw);
    for (const engine of engines.values()) await engine.close();
    return;
  }
  const router = await inProcessRouter();
  const adapt = process.argv.includes("--adapt");
  const adaptRawEnrolment = process.argv.includes("--adapt-raw-enrolment");
  if (adaptRawEnrolment && (!adapt || raw)) throw new Error("--adapt-raw-enrolment compares with --adapt on preprocessed clips: give --adapt, not --raw");
  // Each adapted model, with whether its enrolment skipped the preprocessor.
  const adaptations = new Map<string, boolean>(adapt ? [["adapted", raw], ...(adaptRawEnrolment ? ([["adapted-raw", true]] as const) : [])] : []);
  const models = [...engines.keys(), ...adaptations.keys()];
  let adapted: { voice: EvalVoice; engines: Map<string, SpeechToTextEngine> } | undefined;
  const closeAdapted = async () => {
    for (const engine of adapted?.engines.values() ?? []) await engine.close();
  };
  const misheard: string[] = [];
  for (const split of splits) {
    const clips = evalClips(split);
    const results = new Map<string, Scored[]>(models.map((m) => [m, []]));
    for (const [index, clip] of clips.entries()) {
      const synthesised = await clipAudio(clip, index);
      const audio = raw ? synthesised : preprocessed(synthesised);
      if (adapt && adapted?.voice !== clip.voice) {
        await closeAdapted();
        const voiceEngines = new Map<string, SpeechToTextEngine>();
        for (const [model, rawEnrolment] of adaptations) voiceEngines.set(model, await enrolledEngine(config, split, clip.voice, rawEnrolment));
        adapted = { voice: clip.voice, engines: voiceEngines };
      }
      const engineOf = (model: string) => adapted?.engines.get(model) ?? engines.get(model)!;
      // Each engine decodes on its own libuv thread, so the models hear the clip at the same time.
      const scored = await Promise.all(models.map((model) => score(engineOf(model), router, clip, audio)));
      scored.forEach((row, m) => results.get(models[m])!.push(row));
      const last = scored[scored.length - 1];
      if (last.errors > 0) {
        misheard.push(`  ${split} ${clip.voice.name} ${clip.condition.speed}/${clip.condition.noise}: "${clip.sentence.text}" -> "${last.hypothesis}" (${fixed(last.confidence, 3)})`);
      }
      if ((index + 1) % 20 === 0 || index + 1 === clips.length) process.stderr.write(`${split}: ${index + 1}/${clips.length} clips\n`);
    }
    printTable(split, models, results);
    printConfidenceThresholds(models, results);
    const saved = join(evalCacheDir, `results-${split}${raw ? "-raw" : ""}${adapt ? "-adapt" : ""}${adaptRawEnrolment ? "-raw-enrolment" : ""}-weight-${config.STT_DOMAIN_WEIGHT}.json`);
    await writeFile(saved, JSON.stringify(Object.fromEntries(results), null, 1));
    console.log(`every transcript: ${saved}`);
  }
  console.log(`\n${models[models.length - 1]} model, misheard clips:`);
  for (const line of misheard) console.log(line);
  for (const engine of engines.values()) await engine.close();
  await closeAdapted();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
