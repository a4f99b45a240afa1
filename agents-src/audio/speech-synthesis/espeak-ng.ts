import { ChildProcessWithoutNullStreams, spawn } from "node:child_process";
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

/** An espeak-ng process for one utterance, started and waiting for its text on stdin. */
interface EspeakProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves when it ends well or is stopped (SIGTERM); rejects, with its complaint, otherwise. */
  exited: Promise<void>;
  /** False once it has exited or could not be started. */
  alive: boolean;
}

function startEspeak(settings: EspeakSettings): EspeakProcess {
  const child = spawn("espeak-ng", ["--stdout", "-v", settings.voice, "-s", String(settings.wordsPerMinute)], { stdio: ["pipe", "pipe", "pipe"] });
  const started: EspeakProcess = { child, exited: Promise.resolve(), alive: true };
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(0, stderrLimit)));
  started.exited = new Promise<void>((resolve, reject) => {
    child.once("error", (err) => {
      started.alive = false;
      reject(new SynthesisFailed(`cannot run espeak-ng: ${err.message}`));
    });
    child.once("close", (code, killedBy) => {
      started.alive = false;
      if (code === 0 || killedBy === "SIGTERM") resolve();
      else reject(new SynthesisFailed(`espeak-ng exited with ${code ?? killedBy}: ${stderr.trim() || "no message"}`));
    });
  });
  // Rejections are read where they matter; this keeps an early one from being unhandled meanwhile.
  started.exited.catch(() => undefined);
  child.stdin.on("error", () => undefined);
  return started;
}

/**
 * Text to speech with espeak-ng, one process per utterance. The text goes in on stdin, never as
 * an argument, so a reply starting with "-" cannot be read as an option. espeak-ng blocks once its
 * pipe is full, so the caller reads `pcm` to the end or stops early (breaks out, or aborts
 * `signal`), which kills the process. A reply's pieces are better served by `EspeakSynthesizer`,
 * which starts each process before its text is known.
 */
export async function synthesizeSpeech(text: string, settings: EspeakSettings, signal: AbortSignal): Promise<SpeechAudio> {
  signal.throwIfAborted();
  return speak(startEspeak(settings), text, signal);
}

/**
 * Spoken replies with an espeak-ng process always started ahead: it waits for its text on stdin,
 * so a reply's synthesis begins with espeak-ng already loaded instead of with a process start
 * (starting one from a large agent costs about 25 ms, 60 on a busy 2-core machine; its first audio
 * then comes in under 10 ms, against 30-80 started on demand; docs/llm.md, Figures). One
 * utterance per process still, since espeak-ng's streamed WAV has no end mark between utterances.
 * The next spare is started once the one taken has ended, off the path of the reply it spoke; a
 * spare that died meanwhile is replaced, and synthesis that finds none, or whose spare fails
 * before its first audio, starts a process as `synthesizeSpeech` does.
 */
export class EspeakSynthesizer {
  private spare: EspeakProcess | undefined;
  private closed = false;

  constructor(private readonly settings: EspeakSettings) {}

  /** The process waiting for the next utterance, if one is; for tests. */
  get spareProcessId(): number | undefined {
    return this.spare?.alive ? this.spare.child.pid : undefined;
  }

  /** Starts the spare now (at start-up, after the check that espeak-ng works). */
  prepare(): void {
    if (this.closed || this.spare?.alive) return;
    const spare = startEspeak(this.settings);
    this.spare = spare;
    // A spare that cannot run is not replaced until synthesis has worked again.
    spare.exited.catch(() => {
      if (spare === this.spare) this.spare = undefined;
    });
  }

  async synthesize(text: string, signal: AbortSignal): Promise<SpeechAudio> {
    signal.throwIfAborted();
    const spare = this.spare?.alive ? this.spare : undefined;
    this.spare = undefined;
    if (spare) {
      try {
        return await this.speakWith(spare, text, signal);
      } catch (err) {
        // Killed or broken while it waited: a process started now says whether espeak-ng itself fails.
        if (!(err instanceof SynthesisFailed)) throw err;
      }
    }
    return this.speakWith(startEspeak(this.settings), text, signal);
  }

  /** Stops the spare; synthesis already under way finishes or is stopped by its own signal. */
  close(): void {
    this.closed = true;
    if (this.spare?.alive) this.spare.child.kill("SIGTERM");
    this.spare = undefined;
  }

  private speakWith(espeak: EspeakProcess, text: string, signal: AbortSignal): Promise<SpeechAudio> {
    // Whether it spoke or was stopped (a barge-in), espeak-ng works: the next one is started.
    espeak.exited.then(
      () => this.prepare(),
      () => undefined,
    );
    return speak(espeak, text, signal);
  }
}

/** Gives a started espeak-ng its text and reads its WAV until the audio begins; the rest streams in `pcm`. */
async function speak(espeak: EspeakProcess, text: string, signal: AbortSignal): Promise<SpeechAudio> {
  const { child, exited } = espeak;
  const kill = (): void => void child.kill("SIGTERM");
  if (signal.aborted) {
    kill();
    signal.throwIfAborted();
  }
  signal.addEventListener("abort", kill, { once: true });
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
