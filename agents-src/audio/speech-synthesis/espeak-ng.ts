import { spawn } from "node:child_process";
import type { AudioFormat } from "../protocol/client-protocol";
import { StreamingWavReader } from "./streaming-wav-reader";

export interface EspeakSettings {
  /** An espeak-ng voice, e.g. `en-us` or `en-us+f2`. */
  voice: string;
  wordsPerMinute: number;
}

/** Speech being synthesized: its format, and its PCM as espeak-ng produces it. */
export interface SpeechAudio {
  format: AudioFormat;
  pcm: AsyncIterable<Buffer>;
}

export class SynthesisFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SynthesisFailed";
  }
}

/** espeak-ng's messages are short; more than this is not worth keeping for an error. */
const stderrLimit = 2000;

/**
 * Text to speech with espeak-ng, one process per utterance: it starts in about 10 ms and writes
 * its first audio within a few more, so a long-lived process (and the framing of several
 * utterances in one output) would buy nothing. The text goes in on stdin, never as an argument,
 * so a reply starting with "-" cannot be read as an option. espeak-ng blocks once its pipe is
 * full, so the caller reads `pcm` to the end or stops early (breaks out, or aborts `signal`),
 * which kills the process.
 */
export async function synthesizeSpeech(text: string, settings: EspeakSettings, signal: AbortSignal): Promise<SpeechAudio> {
  signal.throwIfAborted();
  const child = spawn("espeak-ng", ["--stdout", "-v", settings.voice, "-s", String(settings.wordsPerMinute)], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(0, stderrLimit)));
  const exited = new Promise<void>((resolve, reject) => {
    child.once("error", (err) => reject(new SynthesisFailed(`cannot run espeak-ng: ${err.message}`)));
    child.once("close", (code, killedBy) => {
      if (code === 0 || killedBy === "SIGTERM") resolve();
      else reject(new SynthesisFailed(`espeak-ng exited with ${code ?? killedBy}: ${stderr.trim() || "no message"}`));
    });
  });
  // Rejections are read where they matter; this keeps an early one from being unhandled meanwhile.
  exited.catch(() => undefined);
  const kill = (): void => void child.kill("SIGTERM");
  signal.addEventListener("abort", kill, { once: true });
  child.stdin.on("error", () => undefined);
  child.stdin.end(text);

  const reader = new StreamingWavReader();
  const output = child.stdout[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const finish = (): void => {
    signal.removeEventListener("abort", kill);
    if (child.exitCode === null) kill();
  };

  async function* pcm(first: Buffer): AsyncGenerator<Buffer> {
    try {
      if (first.length > 0) yield first;
      for (let next = await output.next(); !next.done; next = await output.next()) {
        const bytes = reader.push(next.value);
        if (bytes.length > 0) yield bytes;
      }
      await exited;
    } finally {
      finish();
    }
  }

  try {
    const first = await readUntilAudio(output, reader);
    if (reader.format) return { format: reader.format, pcm: pcm(first) };
    await exited;
    signal.throwIfAborted();
    throw new SynthesisFailed("espeak-ng wrote no audio");
  } catch (err) {
    finish();
    throw err;
  }
}

/** Reads output until the WAV header is complete; returns the PCM that came with it. Empty on EOF. */
async function readUntilAudio(output: AsyncIterator<Buffer>, reader: StreamingWavReader): Promise<Buffer> {
  for (;;) {
    const next = await output.next();
    if (next.done) return Buffer.alloc(0);
    const pcm = reader.push(next.value);
    if (reader.format) return pcm;
  }
}

export type SynthesisCheck = { ok: true; detail: { engine: "espeak-ng"; voice: string; rate: number } } | { ok: false; detail: string };

/** Speaks one word and drains it: proves that espeak-ng runs and knows the voice, at start rather than at the first reply. */
export async function checkSpeechSynthesis(settings: EspeakSettings): Promise<SynthesisCheck> {
  try {
    const speech = await synthesizeSpeech("ready", settings, new AbortController().signal);
    for await (const _ of speech.pcm);
    return { ok: true, detail: { engine: "espeak-ng", voice: settings.voice, rate: speech.format.rate } };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}
