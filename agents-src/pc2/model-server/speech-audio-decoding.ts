import { MIMEType } from "node:util";
import { resample } from "wave-resampler";
import { WaveFile } from "wavefile";
import { HttpError, unsupportedMediaType } from "../../kit";
import { speechSampleRate } from "./speech-to-text";

const wavTypes = new Set(["audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"]);
export const acceptedAudioTypes = ["audio/wav", "audio/L16", "application/octet-stream"] as const;

const malformed = (message: string) => new HttpError(400, "malformed_audio", message);
const tooLong = (seconds: number, max: number) =>
  new HttpError(413, "payload_too_large", `audio lasts ${seconds.toFixed(1)} s; the limit is ${max} s`);

/**
 * Turns a request body into 16 kHz mono samples in [-1, 1]: a WAV file (PCM or float, any rate
 * and channel count), `audio/L16` (16-bit little-endian PCM, the stack's wire format; `rate` and
 * `channels` parameters honoured, 16000 and 1 by default) or `application/octet-stream` (16 kHz
 * mono 16-bit little-endian PCM). Audio recorded below `minSampleRate` is refused (400).
 */
export function decodeSpeechAudio(body: Buffer, contentType: string | undefined, maxSeconds: number, minSampleRate = 1): Float32Array {
  const type = parseMediaType(contentType);
  let audio: { channels: Float32Array[]; sampleRate: number };
  if (wavTypes.has(type.essence)) audio = decodeWav(body);
  else if (type.essence === "audio/l16") audio = decodePcm16(body, positiveParam(type, "rate", 16000), channelsParam(type));
  else if (type.essence === "application/octet-stream") audio = decodePcm16(body, speechSampleRate, 1);
  else throw unsupportedMediaType(`expected one of ${acceptedAudioTypes.join(", ")}; got ${type.essence}`);

  if (audio.sampleRate < minSampleRate) throw malformed(`the audio is sampled at ${audio.sampleRate} Hz; at least ${minSampleRate} Hz is needed`);
  const frames = audio.channels[0]?.length ?? 0;
  if (frames === 0) throw malformed("the audio has no samples");
  const seconds = frames / audio.sampleRate;
  if (seconds > maxSeconds) throw tooLong(seconds, maxSeconds);
  const mono = downmix(audio.channels);
  if (audio.sampleRate === speechSampleRate) return mono;
  return Float32Array.from(resample(mono, audio.sampleRate, speechSampleRate, { method: "cubic", LPF: true }));
}

function parseMediaType(contentType: string | undefined): MIMEType {
  if (!contentType) throw unsupportedMediaType(`a content-type is required: one of ${acceptedAudioTypes.join(", ")}`);
  try {
    return new MIMEType(contentType);
  } catch {
    throw unsupportedMediaType(`unparseable content-type: ${contentType}`);
  }
}

function positiveParam(type: MIMEType, name: string, fallback: number): number {
  const raw = type.params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw malformed(`content-type parameter ${name}=${raw} is not a positive integer`);
  return value;
}

/**
 * Decoding allocates one buffer per channel before it looks at the body, so the count is bounded
 * first: 1e6 channels cost 0.5 s and 190 MB even with an empty body, and 1e10 could not be allocated.
 */
const maxPcmChannels = 8;

function channelsParam(type: MIMEType): number {
  const raw = type.params.get("channels");
  if (raw === null) return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > maxPcmChannels) {
    throw malformed(`content-type parameter channels=${raw} is not an integer from 1 to ${maxPcmChannels}`);
  }
  return value;
}

function decodePcm16(body: Buffer, sampleRate: number, channelCount: number): { channels: Float32Array[]; sampleRate: number } {
  const frameBytes = 2 * channelCount;
  if (body.length % frameBytes !== 0) {
    throw malformed(`raw PCM length ${body.length} is not a whole number of ${channelCount}-channel 16-bit frames`);
  }
  const frames = body.length / frameBytes;
  const channels = Array.from({ length: channelCount }, () => new Float32Array(frames));
  for (let f = 0; f < frames; f++) {
    for (let c = 0; c < channelCount; c++) channels[c][f] = body.readInt16LE((f * channelCount + c) * 2) / 32768;
  }
  return { channels, sampleRate };
}

function decodeWav(body: Buffer): { channels: Float32Array[]; sampleRate: number } {
  let wav: WaveFile;
  try {
    wav = new WaveFile(body);
  } catch (err) {
    throw malformed(`not a readable WAV file: ${(err as Error).message}`);
  }
  const fmt = wav.fmt as { audioFormat: number; numChannels: number; sampleRate: number };
  if (fmt.numChannels < 1 || fmt.sampleRate < 1) throw malformed("the WAV header declares no channels or no sample rate");
  const toUnit = unitScale(wav.bitDepth);
  if (!toUnit) throw unsupportedMediaType(`WAV encoding ${wav.bitDepth} (format ${fmt.audioFormat}) is not supported; send PCM or float`);
  const samples = wav.getSamples(false, Float32Array) as unknown as Float32Array | Float32Array[];
  const channels = fmt.numChannels === 1 ? [samples as Float32Array] : (samples as Float32Array[]);
  for (const channel of channels) for (let i = 0; i < channel.length; i++) channel[i] = toUnit(channel[i]);
  return { channels, sampleRate: fmt.sampleRate };
}

/** wavefile yields samples on their stored scale; 8-bit WAV is unsigned, wider PCM is signed. */
function unitScale(bitDepth: string): ((x: number) => number) | undefined {
  if (bitDepth === "32f" || bitDepth === "64") return (x) => x;
  if (bitDepth === "8") return (x) => (x - 128) / 128;
  if (bitDepth === "16" || bitDepth === "24" || bitDepth === "32") {
    const full = 2 ** (Number(bitDepth) - 1);
    return (x) => x / full;
  }
  return undefined;
}

function downmix(channels: Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0];
  const mono = new Float32Array(channels[0].length);
  for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i] += channel[i] / channels.length;
  return mono;
}
