import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { HttpError } from "../../agents-src/kit";
import { decodeSpeechAudio } from "../../agents-src/pc2/model-server/speech-audio-decoding";

const run = promisify(execFile);

describe("speech audio decoding", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pc2-audio-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** One second of a 440 Hz tone at half scale, written by sox in the asked encoding. */
  async function tone(name: string, rate: number, channels: number, encoding: string[]): Promise<Buffer> {
    const path = join(dir, name);
    await run("sox", ["-n", "-r", String(rate), "-c", String(channels), ...encoding, path, "synth", "1", "sine", "440", "vol", "0.5"]);
    return readFile(path);
  }

  const peak = (samples: Float32Array) => samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);

  it.each([
    ["16-bit 16 kHz mono", "a.wav", 16000, 1, ["-b", "16", "-e", "signed-integer"]],
    ["8-bit unsigned 8 kHz mono", "b.wav", 8000, 1, ["-b", "8", "-e", "unsigned-integer"]],
    ["24-bit 48 kHz stereo", "c.wav", 48000, 2, ["-b", "24", "-e", "signed-integer"]],
    ["32-bit float 44.1 kHz stereo", "d.wav", 44100, 2, ["-b", "32", "-e", "floating-point"]],
  ])("reads a %s WAV as one second of 16 kHz mono at the original level", async (_name, file, rate, channels, encoding) => {
    const samples = decodeSpeechAudio(await tone(file, rate, channels, encoding), "audio/wav", 60);
    expect(samples.length).toBeGreaterThanOrEqual(15990);
    expect(samples.length).toBeLessThanOrEqual(16010);
    expect(peak(samples)).toBeGreaterThan(0.4);
    expect(peak(samples)).toBeLessThan(0.6);
  });

  it("averages stereo channels into mono", () => {
    const frames = 160;
    const body = Buffer.alloc(frames * 4);
    for (let f = 0; f < frames; f++) {
      body.writeInt16LE(16384, f * 4);
      body.writeInt16LE(0, f * 4 + 2);
    }
    const mono = decodeSpeechAudio(body, "audio/L16;rate=16000;channels=2", 60);
    expect(mono).toHaveLength(frames);
    expect(mono[10]).toBeCloseTo(0.25, 3);
  });

  it.each([
    ["a compressed (mu-law) WAV", "audio/wav", 415],
    ["a missing content-type", undefined, 415],
  ])("refuses %s", async (_name, type, status) => {
    const body = await tone("mulaw.wav", 8000, 1, ["-e", "mu-law"]);
    let error: HttpError | undefined;
    try {
      decodeSpeechAudio(body, type, 60);
    } catch (err) {
      error = err as HttpError;
    }
    expect(error?.statusCode).toBe(status);
  });
});
