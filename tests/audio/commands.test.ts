import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { floatToInt16 } from "../../agents-src/audio/dsp/pcm";
import { resampleSignal } from "../../agents-src/audio/dsp/speex-resampler";
import { readWav, writeWav } from "../../agents-src/audio/dsp/wav-file";
import { LabelledTrack, makeNoise, mixAtSnr, speechTrack } from "../../bench/speech-corpus";

const run = promisify(execFile);
const command = (name: string, ...args: string[]) =>
  run(process.execPath, ["-r", "ts-node/register/transpile-only", join("agents-src/audio/cli", `${name}.ts`), ...args], { cwd: join(__dirname, "../..") });

describe("denoise and vad commands", () => {
  let dir: string;
  let track: LabelledTrack;
  let input: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "audio-commands-"));
    const clean = speechTrack(
      [
        { text: "Lock the front door and close the garage", voice: "en-gb+m3", speed: 160 },
        { text: "Cancel the alarm for tomorrow", voice: "en-us+f3", speed: 150 },
      ],
      [0.7, 1.0, 0.6],
    );
    track = mixAtSnr(clean, makeNoise("brown", clean), 10);
    input = join(dir, "in.wav");
    writeWav(input, { sampleRate: 22050, channels: 1, samples: floatToInt16(resampleSignal(track.samples, 16000, 22050)) });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("denoise writes 16 kHz mono of the input's duration", async () => {
    const output = join(dir, "out.wav");
    await command("denoise", input, output);
    const out = readWav(output);
    expect(out.sampleRate).toBe(16000);
    expect(out.channels).toBe(1);
    expect(Math.abs(out.samples.length - track.samples.length)).toBeLessThanOrEqual(1);
  });

  it("vad prints the speech segments in seconds", async () => {
    const { stdout } = await command("vad", input);
    const result = JSON.parse(stdout) as { sampleRate: number; segments: { start: number; end: number }[] };
    expect(result.sampleRate).toBe(16000);
    expect(result.segments).toHaveLength(2);
    result.segments.forEach((s, i) => {
      expect(Math.abs(s.start - track.speech[i].start / 16000)).toBeLessThan(0.1);
      expect(Math.abs(s.end - track.speech[i].end / 16000)).toBeLessThan(0.25);
    });
  });

  it("exits with 2 and a usage line when called wrongly", async () => {
    await expect(command("vad")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("usage: vad FILE.wav") });
    await expect(command("denoise", input)).rejects.toMatchObject({ code: 2 });
  });

  it("names a missing or non-WAV input, exits with 1 and writes nothing", async () => {
    const notWav = join(dir, "notes.wav");
    writeFileSync(notWav, "these are not samples");
    const output = join(dir, "never.wav");
    await expect(command("denoise", notWav, output)).rejects.toMatchObject({ code: 1, stderr: `${notWav} is not a WAV file this tool can decode (Not a supported format.)\n` });
    expect(existsSync(output)).toBe(false);
    await expect(command("vad", join(dir, "missing.wav"))).rejects.toMatchObject({ code: 1, stdout: "", stderr: `cannot read ${join(dir, "missing.wav")}: ENOENT: no such file or directory\n` });
  });
});
