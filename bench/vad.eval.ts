/**
 * `npm run eval:vad`: voice-activity accuracy on speech synthesised at run time (espeak-ng voices
 * and speeds, pauses of 0.4-2.6 s) mixed with white, pink, brown, babble and non-speech-event
 * noise at 20-0 dB SNR, for two test sets: the one the segmenter was tuned on and a held-out one.
 * Every detector runs on the raw 16 kHz mix and behind the preprocessor. Segment settings come
 * from the same VAD_* variables as the vad agent; `--detector silero|webrtc` evaluates one
 * detector only, `--set tuning|held-out` one set only.
 */
import { parseArgs } from "node:util";
import { preprocessRecording, preprocessRecordingWithVoice } from "../agents-src/audio/dsp/preprocessor";
import { floatToInt16, int16ToFloat } from "../agents-src/audio/dsp/pcm";
import { SpeechDetector } from "../agents-src/audio/speech/detector";
import { defaultSegmenterOptions } from "../agents-src/audio/speech/segmenter";
import { SileroVad } from "../agents-src/audio/speech/silero-vad";
import { minSpeechMsFor, SegmentationSettings, segmentRecording } from "../agents-src/audio/speech/speech-tracker";
import { WebRtcVad } from "../agents-src/audio/speech/webrtc-vad";
import { corpusSampleRate, CorpusSet, corpusSets, LabelledTrack, makeNoise, mixAtSnr, noiseKinds, setTrack } from "./speech-corpus";
import { f1, frameCounts, percentile, precision, recall, segmentCounts, startTiming } from "./vad-scoring";

const snrs = [20, 10, 5, 0];

function settingsFromEnv(): SegmentationSettings {
  const read = (name: string): number | undefined => (process.env[name] ? Number(process.env[name]) : undefined);
  const d = defaultSegmenterOptions;
  return {
    threshold: read("VAD_THRESHOLD") ?? d.threshold,
    negThreshold: read("VAD_NEG_THRESHOLD") ?? d.negThreshold,
    minSpeechMs: read("VAD_MIN_SPEECH_MS"),
    minSilenceMs: read("VAD_MIN_SILENCE_MS") ?? d.minSilenceMs,
    speechPadMs: read("VAD_SPEECH_PAD_MS") ?? d.speechPadMs,
    maxSpeechMs: read("VAD_MAX_UTTERANCE_MS") ?? d.maxSpeechMs,
    backgroundMargin: read("VAD_BACKGROUND_MARGIN") ?? d.backgroundMargin,
    backgroundMs: read("VAD_BACKGROUND_MS") ?? d.backgroundMs,
  };
}

const share = (values: readonly number[], ok: (v: number) => boolean): number => values.filter(ok).length / Math.max(1, values.length);

function f1Target(snr: number): number {
  return snr >= 5 ? 0.95 : 0.9;
}

interface Row {
  set: string;
  condition: string;
  snr: number;
  pipeline: string;
  precision: number;
  recall: number;
  f1: number;
  segments: ReturnType<typeof segmentCounts>;
  startErrorMedianMs: number;
  startErrorP95Ms: number;
  startWithin100Ms: number;
  decisionDelayMedianMs: number;
  decidedWithin100Ms: number;
  meetsTargets: boolean;
}

async function evaluate(set: string, track: LabelledTrack, condition: string, snr: number, detectors: SpeechDetector[], settings: SegmentationSettings): Promise<Row[]> {
  const pcm = floatToInt16(track.samples);
  const preprocessed = preprocessRecordingWithVoice(pcm, corpusSampleRate, 1);
  const inputs = {
    raw: { samples: int16ToFloat(preprocessRecording(pcm, corpusSampleRate, 1, { denoise: false, gain: false })), voice: undefined },
    preprocessed: { samples: int16ToFloat(preprocessed.pcm), voice: preprocessed.voice },
  };
  const rows: Row[] = [];
  for (const detector of detectors) {
    for (const [variant, { samples, voice }] of Object.entries(inputs)) {
      const detected = await segmentRecording(samples, detector, settings, voice);
      const frames = frameCounts(track.speech, detected, samples.length);
      const segments = segmentCounts(track.speech, detected, track.events);
      const timing = startTiming(track.speech, detected);
      const within = share(timing.boundaryErrorsMs, (e) => Math.abs(e) <= 100);
      const rowF1 = f1(frames);
      rows.push({
        set,
        condition,
        snr,
        pipeline: `${detector.name}${variant === "raw" ? "" : "+preprocessor"}`,
        precision: precision(frames),
        recall: recall(frames),
        f1: rowF1,
        segments,
        startErrorMedianMs: percentile(timing.boundaryErrorsMs.map(Math.abs), 50),
        startErrorP95Ms: percentile(timing.boundaryErrorsMs.map(Math.abs), 95),
        startWithin100Ms: within,
        decisionDelayMedianMs: percentile(timing.decisionDelaysMs, 50),
        decidedWithin100Ms: share(timing.decisionDelaysMs, (d) => d <= 100),
        meetsTargets: rowF1 >= f1Target(snr) && segments.onEvents === 0 && within === 1,
      });
    }
  }
  return rows;
}

function printRows(rows: Row[]): void {
  const header = [
    "condition".padEnd(12),
    "pipeline".padEnd(22),
    "  P  ",
    "  R  ",
    "  F1 ",
    "ref det hit miss split merge FA onEv",
    "start|err| med/p95 ms",
    "<=100ms",
    "decided med ms",
    "decided<=100",
    "targets",
  ].join(" | ");
  console.log(header);
  console.log("-".repeat(header.length));
  for (const r of rows) {
    const s = r.segments;
    const counts = [s.reference, s.detected, s.hit, s.missed, s.split, s.merged, s.falseAlarms, s.onEvents].map((n) => String(n).padStart(3)).join(" ");
    console.log(
      [
        r.condition.padEnd(12),
        r.pipeline.padEnd(22),
        r.precision.toFixed(3),
        r.recall.toFixed(3),
        r.f1.toFixed(3),
        counts.padEnd(36),
        `${r.startErrorMedianMs.toFixed(0).padStart(5)} / ${r.startErrorP95Ms.toFixed(0).padStart(5)}`.padEnd(21),
        `${(r.startWithin100Ms * 100).toFixed(0)}%`.padStart(7),
        r.decisionDelayMedianMs.toFixed(0).padStart(14),
        `${(r.decidedWithin100Ms * 100).toFixed(0)}%`.padStart(12),
        r.meetsTargets ? "met" : "MISSED",
      ].join(" | "),
    );
  }
}

/** The tracks of one set: clean, then every noise kind at every SNR. */
function* conditions(set: CorpusSet): Generator<{ track: LabelledTrack; condition: string; snr: number }> {
  const clean = setTrack(set);
  yield { track: clean, condition: "clean", snr: Infinity };
  for (const kind of noiseKinds) {
    const noise = makeNoise(kind, clean, set);
    for (const snr of snrs) yield { track: mixAtSnr(clean, noise, snr), condition: `${kind} ${snr}dB`, snr };
  }
}

function printSummary(rows: Row[]): void {
  for (const set of [...new Set(rows.map((r) => r.set))]) {
    for (const pipeline of [...new Set(rows.map((r) => r.pipeline))]) {
      const mine = rows.filter((r) => r.set === set && r.pipeline === pipeline);
      const met = mine.filter((r) => r.meetsTargets).length;
      const meanF1 = mine.reduce((n, r) => n + r.f1, 0) / mine.length;
      console.log(`${set.padEnd(9)} ${pipeline.padEnd(22)} targets met in ${met}/${mine.length} conditions; mean F1 ${meanF1.toFixed(3)}`);
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const { detector: only, set: chosenSet } = parseArgs({ options: { detector: { type: "string" }, set: { type: "string" } } }).values;
  const sets = corpusSets.filter((s) => chosenSet === undefined || s.name === chosenSet);
  if (sets.length === 0) throw new Error(`--set must be one of ${corpusSets.map((s) => s.name).join(", ")}`);
  if (only !== undefined && only !== "silero" && only !== "webrtc") throw new Error("--detector must be silero or webrtc");
  const settings = settingsFromEnv();
  for (const set of sets) {
    console.log(`${set.name} set: ${set.sentences.length} sentences, voices ${set.voices.join(" ")}, speeds ${set.speeds.join("/")} wpm`);
  }
  console.log("targets: F1 >= 0.95 at >= 5 dB, >= 0.90 at 0 dB; no segment on a non-speech event; every start within 100 ms");
  console.log(
    "start: the reported start against the true one (the target); decided: how long after the true start speech.start went out " +
      "(what a barge-in waits for), for the starts found; a crowd burst merged into the start counts as early",
  );

  const detectors: SpeechDetector[] = [];
  if (only !== "webrtc") detectors.push(await SileroVad.load());
  if (only !== "silero") detectors.push(new WebRtcVad(3));
  const minSpeech = detectors.map((d) => `${d.name} ${minSpeechMsFor(settings, d)} ms`).join(", ");
  console.log(`segmenter: ${JSON.stringify(settings)}, minimum speech: ${minSpeech}\n`);
  const rows: Row[] = [];
  const total = sets.length * (1 + noiseKinds.length * snrs.length);
  for (const set of sets) {
    for (const { track, condition, snr } of conditions(set)) {
      rows.push(...(await evaluate(set.name, track, condition, snr, detectors, settings)));
      process.stderr.write(`${set.name} ${condition}: evaluated (${rows.length / (2 * detectors.length)}/${total})\n`);
    }
  }
  for (const set of sets) {
    console.log(`\n${set.name} set`);
    printRows(rows.filter((r) => r.set === set.name));
  }
  console.log();
  printSummary(rows);
  console.log(`\nevaluated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await Promise.all(detectors.map((d) => d.close()));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
