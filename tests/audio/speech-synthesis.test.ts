import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EspeakSettings, EspeakSynthesizer, synthesizeSpeech, SynthesisFailed } from "../../agents-src/audio/speech-synthesis/espeak-ng";
import { InvalidWavStream, StreamingWavReader } from "../../agents-src/audio/speech-synthesis/streaming-wav-reader";
import { decodeWav } from "../../agents-src/audio/dsp/wav-file";

const voice: EspeakSettings = { voice: "en-us", wordsPerMinute: 175 };
const sentence = "Okay, I'll remember that your keys are in the drawer.";

/** espeak-ng writing a file, which it can seek back in to fill in the sizes: the reference. */
function referencePcm(text: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "espeak-reference-"));
  try {
    const file = join(dir, "speech.wav");
    execFileSync("espeak-ng", ["-v", voice.voice, "-s", String(voice.wordsPerMinute), "-w", file, text]);
    return Buffer.from(decodeWav(readFileSync(file)).samples.buffer);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function collect(pcm: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of pcm) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("StreamingWavReader", () => {
  const streamed = execFileSync("espeak-ng", ["-v", voice.voice, "-s", String(voice.wordsPerMinute), "--stdout", sentence]);
  const expected = referencePcm(sentence);

  it("reads espeak-ng's streamed WAV (sizes unknown) into the same PCM as its file output, however it is split", () => {
    for (const split of [3, 7, 44, 45, 4096]) {
      const reader = new StreamingWavReader();
      const parts: Buffer[] = [];
      for (let offset = 0; offset < streamed.length; offset += split) parts.push(reader.push(streamed.subarray(offset, offset + split)));
      expect(parts.every((pcm) => pcm.length % 2 === 0)).toBe(true);
      expect(reader.format).toEqual({ rate: 22050, width: 2, channels: 1 });
      expect(Buffer.concat(parts).equals(expected)).toBe(true);
    }
  });

  it("has no format until the data chunk begins", () => {
    const reader = new StreamingWavReader();
    expect(reader.push(streamed.subarray(0, 40))).toHaveLength(0);
    expect(reader.format).toBeUndefined();
  });

  it.each([
    ["not a WAV", Buffer.from("ID3\u0003 this is an mp3 or something else entirely")],
    ["8-bit samples", (() => {
      const header = Buffer.from(streamed.subarray(0, 44));
      header.writeUInt16LE(8, 34);
      return header;
    })()],
  ])("rejects %s", (_what, bytes) => {
    expect(() => new StreamingWavReader().push(bytes)).toThrow(InvalidWavStream);
  });
});

describe("synthesizeSpeech (espeak-ng)", () => {
  it("streams the same audio espeak-ng writes to a file, starting before it is all made", async () => {
    const speech = await synthesizeSpeech(sentence, voice, new AbortController().signal);
    expect(speech.format).toEqual({ rate: 22050, width: 2, channels: 1 });
    const chunks: Buffer[] = [];
    for await (const chunk of speech.pcm) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(referencePcm(sentence))).toBe(true);
  });

  it("speaks text that looks like an option instead of obeying it", async () => {
    const pcm = await collect((await synthesizeSpeech("--version", voice, new AbortController().signal)).pcm);
    // A quarter of a second of audio or more: the words were spoken, not a version string printed.
    expect(pcm.length).toBeGreaterThan(22050 / 2);
  });

  it("stops synthesizing when aborted", async () => {
    const stop = new AbortController();
    const speech = await synthesizeSpeech(sentence.repeat(20), voice, stop.signal);
    let bytes = 0;
    for await (const chunk of speech.pcm) {
      bytes += chunk.length;
      stop.abort();
    }
    const whole = (await collect((await synthesizeSpeech(sentence.repeat(20), voice, new AbortController().signal)).pcm)).length;
    expect(bytes).toBeLessThan(whole / 2);
  });

  it("fails with espeak-ng's own complaint for an unknown voice", async () => {
    const failure = synthesizeSpeech("hello", { ...voice, voice: "xx-nosuchvoice" }, new AbortController().signal);
    await expect(failure).rejects.toThrow(SynthesisFailed);
    await expect(failure).rejects.toThrow(/voice does not exist/);
  });
});

describe("EspeakSynthesizer (a spare espeak-ng started ahead)", () => {
  const running = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const exited = async (pid: number): Promise<void> => {
    for (let waited = 0; running(pid) && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const spareOf = async (synthesizer: EspeakSynthesizer, not?: number): Promise<number> => {
    for (let waited = 0; waited < 5000; waited += 20) {
      const pid = synthesizer.spareProcessId;
      if (pid !== undefined && pid !== not) return pid;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("no spare espeak-ng was started");
  };
  let synthesizer: EspeakSynthesizer;
  beforeEach(() => (synthesizer = new EspeakSynthesizer(voice)));
  afterEach(() => synthesizer.close());

  it("speaks with the spare the same audio as a process started for it, and starts the next spare once it has spoken", async () => {
    synthesizer.prepare();
    const first = await spareOf(synthesizer);
    const pcm = await collect((await synthesizer.synthesize(sentence, new AbortController().signal)).pcm);
    expect(pcm.equals(referencePcm(sentence))).toBe(true);
    const next = await spareOf(synthesizer, first);
    expect(running(next)).toBe(true);
    expect(await collect((await synthesizer.synthesize("--version", new AbortController().signal)).pcm)).not.toHaveLength(0);
  });

  it("speaks when its spare was killed while waiting, and starts spares again", async () => {
    synthesizer.prepare();
    const killed = await spareOf(synthesizer);
    process.kill(killed, "SIGKILL");
    await exited(killed);
    const pcm = await collect((await synthesizer.synthesize(sentence, new AbortController().signal)).pcm);
    expect(pcm.equals(referencePcm(sentence))).toBe(true);
    expect(await spareOf(synthesizer, killed)).not.toBe(killed);
  });

  it("speaks when the spare dies just as it is given the text (the kill not yet noticed)", async () => {
    synthesizer.prepare();
    const killed = await spareOf(synthesizer);
    process.kill(killed, "SIGKILL");
    const pcm = await collect((await synthesizer.synthesize(sentence, new AbortController().signal)).pcm);
    expect(pcm.equals(referencePcm(sentence))).toBe(true);
  });

  it("stops the spare's synthesis when aborted (a barge-in), and has a spare for the next reply", async () => {
    synthesizer.prepare();
    const used = await spareOf(synthesizer);
    const stop = new AbortController();
    const speech = await synthesizer.synthesize(sentence.repeat(20), stop.signal);
    let bytes = 0;
    for await (const chunk of speech.pcm) {
      bytes += chunk.length;
      stop.abort();
    }
    expect(bytes).toBeLessThan(referencePcm(sentence).length * 10);
    await exited(used);
    expect(running(used)).toBe(false);
    await spareOf(synthesizer, used);
  });

  it("refuses an aborted request without using the spare", async () => {
    synthesizer.prepare();
    const spare = await spareOf(synthesizer);
    const stop = new AbortController();
    stop.abort();
    await expect(synthesizer.synthesize(sentence, stop.signal)).rejects.toThrow();
    expect(synthesizer.spareProcessId).toBe(spare);
  });

  it("fails with espeak-ng's own complaint for an unknown voice, and keeps no spare of it", async () => {
    const broken = new EspeakSynthesizer({ ...voice, voice: "xx-nosuchvoice" });
    try {
      broken.prepare();
      await expect(broken.synthesize("hello", new AbortController().signal)).rejects.toThrow(/voice does not exist/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(broken.spareProcessId).toBeUndefined();
    } finally {
      broken.close();
    }
  });

  it("stops its spare when closed", async () => {
    synthesizer.prepare();
    const spare = await spareOf(synthesizer);
    synthesizer.close();
    await exited(spare);
    expect(running(spare)).toBe(false);
    synthesizer.prepare();
    expect(synthesizer.spareProcessId).toBeUndefined();
  });
});
