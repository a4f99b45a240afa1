import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface SpokenAudioOptions {
  /** espeak-ng voice; en-us+f2 is the one Debian's pocketsphinx model recognises best. */
  voice?: string;
  /** flite instead of espeak-ng, with this flite voice ("slt"); `voice` and `wordsPerMinute` then do not apply. */
  fliteVoice?: string;
  wordsPerMinute?: number;
  sampleRate?: number;
  channels?: number;
  /** sox output type: "wav" or "raw" (16-bit signed little-endian). */
  format?: "wav" | "raw";
}

/** Real speech with an exact transcript: espeak-ng (or flite) speaks, sox converts to the asked format. */
export async function speak(text: string, options: SpokenAudioOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "pc2-speech-"));
  try {
    const spoken = join(dir, "spoken.wav");
    const converted = join(dir, `converted.${options.format ?? "wav"}`);
    if (options.fliteVoice) await run("flite", ["-voice", options.fliteVoice, "-t", text, "-o", spoken]);
    else await run("espeak-ng", ["-v", options.voice ?? "en-us+f2", "-s", String(options.wordsPerMinute ?? 150), "-w", spoken, text]);
    // -R: sox dithers when it resamples, with a fresh random seed unless told otherwise; that noise
    // once turned "paris tomorrow" into "the similar all" for pocketsphinx, so every run gets the same audio.
    await run("sox", [
      "-R",
      spoken,
      "-r", String(options.sampleRate ?? 16000),
      "-c", String(options.channels ?? 1),
      "-b", "16",
      "-e", "signed-integer",
      converted,
    ]);
    return await readFile(converted);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
