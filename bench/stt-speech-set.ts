/**
 * The speech set of `npm run eval:stt`: what people say to this assistant, spoken by espeak-ng
 * and flite voices at two speeds, clean and with pink noise at 10 dB. Two disjoint parts: the
 * tuning part (voices and sentences the domain model's weight and the confidence threshold were
 * chosen on) and the held-out part (other voices, other sentences; nothing was tuned on it).
 * Generated audio is cached under .cache/stt-eval/ (16 kHz mono 16-bit WAV).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { access, mkdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodeSpeechAudio } from "../agents-src/pc2/model-server/speech-audio-decoding";
import { enrolmentSentences } from "../agents-src/core/coordinator/enrolment-sentences";

const run = promisify(execFile);

export type SentenceKind = "command" | "question" | "statement";

export interface EvalSentence {
  text: string;
  kind: SentenceKind;
  /** The router intent it should get; "timer" until the router knows timers, scored only then. */
  intent: string;
}

export interface EvalVoice {
  name: string;
  synthesiser: "espeak-ng" | "flite";
  /** espeak-ng: `-v` voice+variant; flite: `-voice` name. */
  voice: string;
}

export type Split = "tuning" | "held-out";

export interface EvalCondition {
  speed: "normal" | "fast";
  noise: "clean" | "pink 10 dB";
}

const c = (text: string, intent: string): EvalSentence => ({ text, kind: "command", intent });
const q = (text: string): EvalSentence => ({ text, kind: "question", intent: "recall" });
const s = (text: string): EvalSentence => ({ text, kind: "statement", intent: "remember" });

export const sentences: Readonly<Record<Split, readonly EvalSentence[]>> = {
  tuning: [
    c("what time is it", "time"),
    c("tell me the time please", "time"),
    c("what is the date today", "time"),
    c("what day of the week is it", "time"),
    c("what is today's date", "time"),
    c("set a timer for ten minutes", "timer"),
    c("start a timer for five minutes", "timer"),
    c("cancel the timer", "timer"),
    c("system status", "status"),
    c("are all services running", "status"),
    c("is everything ok", "status"),
    c("forget my locker code", "forget"),
    c("forget about the meeting", "forget"),
    c("delete the memory about my bike", "forget"),
    c("hello", "small_talk"),
    c("thank you", "small_talk"),
    c("good night", "small_talk"),
    c("how are you", "small_talk"),
    c("what can you do", "small_talk"),
    q("where are my keys"),
    q("where is my car"),
    q("where did i put my glasses"),
    q("what is my locker code"),
    q("when is my sister's birthday"),
    q("who is my doctor"),
    q("what do you know about my brother"),
    q("where did i park the car"),
    q("what is the wifi password"),
    q("when is the dentist appointment"),
    q("where is my phone"),
    q("do you remember where my passport is"),
    s("remember that my keys are in the drawer"),
    s("remember that my car is parked on level three"),
    s("remember that my sister imogen lives in rotterdam"),
    s("please remember that the meeting moved to friday"),
    s("note that my doctor is called lee"),
    s("my bike is in the shed"),
    s("i parked on level two"),
    s("remember that the plumber comes on tuesday at nine"),
    s("make a note that my brother's number ends in four two"),
    s("my keys are in the kitchen drawer"),
    s("remember that i am allergic to peanuts"),
    s("remember that my passport is in the top drawer"),
    s("remember that the wifi password is blue forty two"),
    s("remember that my daughter emma starts school on september the fifth"),
    s("i put my glasses on the desk"),
  ],
  "held-out": [
    c("what is the time right now", "time"),
    c("what date is it today", "time"),
    c("set a timer for twenty minutes", "timer"),
    c("how is the system doing", "status"),
    c("is the memory service running", "status"),
    c("forget where i parked", "forget"),
    c("forget my gym locker number", "forget"),
    c("good morning", "small_talk"),
    q("where is my wallet"),
    q("where did i leave my umbrella"),
    q("what is my neighbour's name"),
    q("when is my mother's birthday"),
    q("who is my dentist"),
    q("what did i say about the boiler"),
    q("where are my sunglasses"),
    q("what is the code for the front door"),
    s("remember that my wallet is in the blue jacket"),
    s("remember that my neighbour tom has the spare key"),
    s("please remember that the boiler service is on the twelfth of march"),
    s("remember that my gym locker is number seventeen"),
    s("my umbrella is in the car"),
    s("remember that my niece olivia lives in manchester"),
    s("note that the front door code is eight six three one"),
    s("i left my sunglasses at the office"),
  ],
};

const espeak = (voice: string): EvalVoice => ({ name: voice, synthesiser: "espeak-ng", voice });
const flite = (voice: string): EvalVoice => ({ name: `flite ${voice}`, synthesiser: "flite", voice });

export const voices: Readonly<Record<Split, readonly EvalVoice[]>> = {
  tuning: [
    espeak("en-us+f2"),
    espeak("en-us+m3"),
    espeak("en-gb+f3"),
    espeak("en-gb-x-rp+m1"),
    espeak("en-gb-scotland"),
    espeak("en-029+f4"),
    flite("slt"),
    flite("rms"),
  ],
  "held-out": [espeak("en-gb-x-gbclan+f1"), espeak("en-us-nyc+m5"), espeak("en-gb-x-gbcwmd+f5"), flite("awb"), flite("kal16")],
};

export const conditions: readonly EvalCondition[] = [
  { speed: "normal", noise: "clean" },
  { speed: "fast", noise: "pink 10 dB" },
  { speed: "fast", noise: "clean" },
  { speed: "normal", noise: "pink 10 dB" },
];

/** espeak-ng words per minute; flite's duration stretch (below 1 is faster). */
const speedSettings = { normal: { wpm: 145, stretch: 1 }, fast: { wpm: 185, stretch: 0.8 } };

export interface EvalClip {
  split: Split;
  voice: EvalVoice;
  sentence: EvalSentence;
  condition: EvalCondition;
}

/**
 * Every held-out voice says every held-out sentence once; a tuning voice says every other tuning
 * sentence (each sentence still by four voices), which keeps a whole run to a few minutes. The
 * condition rotates with the sentence and the voice, so each voice meets all four conditions and
 * each sentence several of them, at a quarter of the cost of every combination.
 */
export function evalClips(split: Split): EvalClip[] {
  const everyOther = split === "tuning";
  return voices[split].flatMap((voice, v) =>
    sentences[split].flatMap((sentence, i) => {
      if (everyOther && i % 2 !== v % 2) return [];
      const turn = everyOther ? Math.floor(i / 2) : i;
      return [{ split, voice, sentence, condition: conditions[(turn + v) % conditions.length] }];
    }),
  );
}

export const evalCacheDir = join(__dirname, "..", ".cache", "stt-eval");

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The clean utterance as 16 kHz mono WAV, synthesised once and cached. */
export async function cleanSpeech(voice: EvalVoice, text: string, speed: EvalCondition["speed"]): Promise<Buffer> {
  const key = createHash("sha256").update(JSON.stringify([voice, text, speed])).digest("hex").slice(0, 20);
  const path = join(evalCacheDir, `${key}.wav`);
  if (!(await exists(path))) {
    await mkdir(evalCacheDir, { recursive: true });
    const raw = `${path}.${process.pid}.synth.wav`;
    const { wpm, stretch } = speedSettings[speed];
    if (voice.synthesiser === "espeak-ng") await run("espeak-ng", ["-v", voice.voice, "-s", String(wpm), "-w", raw, text]);
    else await run("flite", ["-voice", voice.voice, "--setf", `duration_stretch=${stretch}`, "-t", text, "-o", raw]);
    // -R: the same dither every run, so a cached clip and a fresh one are the same audio.
    const converted = `${path}.${process.pid}.wav`;
    await run("sox", ["-R", raw, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", converted]);
    await rename(converted, path);
    await run("rm", ["-f", raw]);
  }
  return readFile(path);
}

let pinkNoise: Float32Array | undefined;

/** 60 s of pink noise from sox with a fixed seed, unit RMS. */
async function noiseBed(): Promise<Float32Array> {
  if (!pinkNoise) {
    const { stdout } = await run("sox", ["-R", "-n", "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "wav", "-", "synth", "60", "pinknoise"], {
      encoding: "buffer",
      maxBuffer: 8 * 1024 * 1024,
    });
    const noise = decodeSpeechAudio(stdout, "audio/wav", 120);
    const rms = Math.sqrt(noise.reduce((sum, x) => sum + x * x, 0) / noise.length);
    pinkNoise = noise.map((x) => x / rms);
  }
  return pinkNoise;
}

/** Speech power over its voiced part (samples above -40 dBFS), so leading silence does not lower it. */
function speechRms(samples: Float32Array): number {
  let sum = 0;
  let count = 0;
  for (const x of samples) {
    if (Math.abs(x) > 0.01) {
      sum += x * x;
      count += 1;
    }
  }
  return Math.sqrt(sum / Math.max(1, count));
}

/**
 * A voice's enrolment, as its user would record it: every enrolment sentence once, the conditions
 * rotating as in `evalClips`, and the noise from other places in the bed than the eval clips'
 * (`eval:stt --adapt` and `eval:assistant --spoken --enrol` both enrol from these).
 */
export function enrolmentRecordings(split: Split, voice: EvalVoice): Promise<Array<{ text: string; audio: Float32Array }>> {
  const v = voices[split].indexOf(voice);
  return Promise.all(
    enrolmentSentences.map(async (text, i) => ({ text, audio: await spokenAudio(voice, text, conditions[(i + v) % conditions.length], 1000 + i) })),
  );
}

/** The clip's audio: 16 kHz mono samples in [-1, 1]. */
export function clipAudio(clip: EvalClip, index: number): Promise<Float32Array> {
  return spokenAudio(clip.voice, clip.sentence.text, clip.condition, index);
}

/** `text` said by `voice` in `condition`; `index` picks where in the noise bed its noise comes from. */
export async function spokenAudio(voice: EvalVoice, text: string, condition: EvalCondition, index: number): Promise<Float32Array> {
  const speech = decodeSpeechAudio(await cleanSpeech(voice, text, condition.speed), "audio/wav", 120);
  if (condition.noise === "clean") return speech;
  const noise = await noiseBed();
  const gain = speechRms(speech) / 10 ** (10 / 20);
  // Each clip takes its noise from another place in the bed, so clips do not share one noise.
  const offset = (index * 7919) % (noise.length - speech.length);
  return speech.map((x, i) => Math.max(-1, Math.min(1, x + gain * noise[offset + i])));
}
