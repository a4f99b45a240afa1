import { readFileSync, writeFileSync } from "node:fs";
import { WaveFile } from "wavefile";

export interface PcmRecording {
  sampleRate: number;
  channels: number;
  /** Interleaved 16-bit samples. */
  samples: Int16Array;
}

/** Decodes a WAV of any rate, channel count and PCM or float bit depth into 16-bit samples. */
export function decodeWav(bytes: Uint8Array): PcmRecording {
  const wav = new WaveFile(bytes);
  // Read the format first: converting the bit depth rebuilds (and on the way clears) the header.
  const { sampleRate, numChannels } = wav.fmt as { sampleRate: number; numChannels: number };
  if (wav.bitDepth !== "16") wav.toBitDepth("16");
  const samples = wav.getSamples(true, Int16Array) as unknown as Int16Array;
  return { sampleRate, channels: numChannels, samples };
}

export function encodeWav(recording: PcmRecording): Buffer {
  const wav = new WaveFile();
  wav.fromScratch(recording.channels, recording.sampleRate, "16", recording.samples);
  return Buffer.from(wav.toBuffer());
}

/** Reads and decodes `path`; an unreadable or non-WAV file fails with an error naming it. */
export function readWav(path: string): PcmRecording {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    // Node's message repeats the path after a comma ("ENOENT: no such file or directory, open '...'").
    throw new Error(`cannot read ${path}: ${(err as Error).message.split(",")[0]}`);
  }
  try {
    return decodeWav(bytes);
  } catch (err) {
    throw new Error(`${path} is not a WAV file this tool can decode (${(err as Error).message})`);
  }
}
export const writeWav = (path: string, recording: PcmRecording): void => writeFileSync(path, encodeWav(recording));
