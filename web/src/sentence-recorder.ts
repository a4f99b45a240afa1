import type { CaptureMessage } from "./audio-worklets.js";

/**
 * The rate pc2 adapts at: the browser resamples the microphone to it, so a clip is a third of its
 * size at 48 kHz and pc2 resamples nothing.
 */
const enrolmentSampleRate = 16000;
/**
 * A chunk louder than this (RMS, -40 dBFS) is speech. Higher than the talk session's -54 dBFS
 * peak floor: here it must also find the pause after a sentence in a room with some noise.
 */
const speechRms = 0.01;
/** The pause that ends a sentence: longer than the gaps between words, shorter than a reader's breath between prompts. */
const sentenceEndSeconds = 0.8;
/** Kept from before the first loud chunk, so a soft first consonant is not cut. */
const preRollSeconds = 0.3;
/** pc2 refuses clips longer than 15 s; a sentence never needed more than this. */
const maxClipSeconds = 14;

/**
 * Records one sentence after another from the microphone as 16 kHz mono 16-bit PCM: a clip starts
 * with the first loud chunk and ends after a pause (or `finish`), and each is handed to `clip`.
 */
export class SentenceRecorder {
  private readonly preRoll: Int16Array[] = [];
  private clipChunks: Int16Array[] = [];
  private quietSeconds = 0;

  private constructor(
    private readonly context: AudioContext,
    private readonly stream: MediaStream,
    private readonly clip: (pcm: Int16Array) => void,
  ) {}

  static async open(clip: (pcm: Int16Array) => void): Promise<SentenceRecorder> {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: false, autoGainControl: false } });
    const context = new AudioContext({ sampleRate: enrolmentSampleRate });
    await context.audioWorklet.addModule("/web/audio-worklets.js");
    await context.resume();
    const recorder = new SentenceRecorder(context, stream, clip);
    const capture = new AudioWorkletNode(context, "mic-capture", { numberOfInputs: 1, numberOfOutputs: 0 });
    capture.port.onmessage = (event: MessageEvent<CaptureMessage>) => recorder.captured(new Int16Array(event.data.pcm));
    context.createMediaStreamSource(stream).connect(capture);
    return recorder;
  }

  /** Ends the sentence being recorded now (the reader pressed Next), if one has started. */
  finish(): void {
    if (this.clipChunks.length === 0) return;
    const chunks = this.clipChunks;
    this.clipChunks = [];
    this.quietSeconds = 0;
    this.clip(concat(chunks));
  }

  close(): void {
    for (const track of this.stream.getTracks()) track.stop();
    void this.context.close();
  }

  private captured(chunk: Int16Array): void {
    const seconds = chunk.length / enrolmentSampleRate;
    const loud = rms(chunk) > speechRms;
    if (this.clipChunks.length === 0) {
      this.preRoll.push(chunk);
      if (this.preRoll.length * seconds > preRollSeconds) this.preRoll.shift();
      if (!loud) return;
      this.clipChunks = this.preRoll.splice(0);
      return;
    }
    this.clipChunks.push(chunk);
    this.quietSeconds = loud ? 0 : this.quietSeconds + seconds;
    if (this.quietSeconds >= sentenceEndSeconds || this.clipChunks.length * seconds >= maxClipSeconds) this.finish();
  }
}

function rms(chunk: Int16Array): number {
  let sum = 0;
  for (const x of chunk) sum += (x / 32768) ** 2;
  return Math.sqrt(sum / chunk.length);
}

function concat(chunks: Int16Array[]): Int16Array {
  const all = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** A WAV file (16 kHz mono 16-bit PCM) as base64, the form the enrolment route takes. */
export function wavBase64(pcm: Int16Array): string {
  const bytes = new Uint8Array(44 + pcm.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + pcm.length * 2, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, enrolmentSampleRate, true);
  view.setUint32(28, enrolmentSampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, pcm.length * 2, true);
  pcm.forEach((x, i) => view.setInt16(44 + i * 2, x, true));
  let binary = "";
  // btoa takes a string of bytes; in slices, as a spread of the whole clip would overflow the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
