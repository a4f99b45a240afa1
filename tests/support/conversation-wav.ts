/** A microphone recording for a whole conversation: espeak-ng sentences with pauses, as one WAV. */
import { decodeWav, writeWav } from "../../agents-src/audio/dsp/wav-file";
import { speak } from "../pc2/support/spoken-audio";

export type ConversationPart = { say: string; voice: string; wordsPerMinute: number } | { pauseSeconds: number };

const rate = 16000;

/** Writes the conversation to `path`; returns where each sentence ends, in seconds from the start. */
export async function writeConversationWav(path: string, parts: readonly ConversationPart[]): Promise<number[]> {
  const pieces: Int16Array[] = [];
  const speechEnds: number[] = [];
  let samples = 0;
  for (const part of parts) {
    const piece =
      "say" in part
        ? decodeWav(await speak(part.say, { voice: part.voice, wordsPerMinute: part.wordsPerMinute, sampleRate: rate })).samples
        : new Int16Array(Math.round(part.pauseSeconds * rate));
    pieces.push(piece);
    samples += piece.length;
    if ("say" in part) speechEnds.push(samples / rate);
  }
  const all = new Int16Array(samples);
  let offset = 0;
  for (const piece of pieces) {
    all.set(piece, offset);
    offset += piece.length;
  }
  writeWav(path, { sampleRate: rate, channels: 1, samples: all });
  return speechEnds;
}
