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

export const readWav = (path: string): PcmRecording => decodeWav(readFileSync(path));
export const writeWav = (path: string, recording: PcmRecording): void => writeFileSync(path, encodeWav(recording));
