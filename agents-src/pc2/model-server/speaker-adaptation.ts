/**
 * MAP adaptation of pocketsphinx's en-us acoustic model to one speaker, CMU's documented recipe
 * (sphinx_fe, bw, map_adapt from sphinxtrain): used by pc2's enrolment route and by
 * `npm run stt:adapt-speaker`, so both write the same model.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { dictionaryWords } from "./domain-language-model";
import { pocketsphinxDictionary } from "./pocketsphinx-engine";
import { recogniserWords } from "./recogniser-words";
import { speechSampleRate } from "./speech-to-text";

const run = promisify(execFile);
const sphinxtrain = "/usr/lib/sphinxtrain";

export interface EnrolmentClip {
  /** 16 kHz mono samples in [-1, 1], as pc2 receives them (after the preprocessor). */
  audio: Float32Array;
  text: string;
}

function wav16(audio: Float32Array): Buffer {
  const pcm = Buffer.alloc(audio.length * 2);
  audio.forEach((x, i) => pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, x)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(speechSampleRate, 24);
  header.writeUInt32LE(speechSampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/**
 * The en-us model ships its mixture weights only as pocketsphinx's quantised `sendump`, which bw
 * and map_adapt cannot read; this is sphinxtrain's sendump.py (Python 2 only in Debian): each
 * byte b stands for the weight 1.0001^-(b << mixw_shift), written as a SphinxTrain float file.
 */
export function mixtureWeightsFromSendump(sendump: Buffer): Buffer {
  let at = 4 + sendump.readInt32LE(0); // past the title
  const int32 = () => {
    const value = sendump.readInt32LE(at);
    at += 4;
    return value;
  };
  const header = new Map<string, number>();
  for (let length = int32(); length > 0; length = int32()) {
    const [key, value] = sendump.toString("latin1", at, at + length - 1).split(" ");
    header.set(key, Number(value));
    at += length;
  }
  if (header.get("cluster_count")) throw new Error("clustered sendump files are not supported");
  const features = header.get("feature_count") ?? 1;
  const shift = header.get("mixw_shift") ?? 10;
  const codewords = int32();
  const senones = int32();
  const weights = new Float32Array(senones * features * codewords);
  for (let f = 0; f < features; f++) {
    for (let c = 0; c < codewords; c++, at += senones) {
      for (let s = 0; s < senones; s++) weights[(s * features + f) * codewords + c] = 1.0001 ** -(sendump[at + s] << shift);
    }
  }
  // The binary data starts on a 4-byte boundary: "s3\nversion 1.0\n" + 2 spaces + "endhdr\n" is 24 bytes.
  const head = Buffer.from("s3\nversion 1.0\n  endhdr\n", "latin1");
  const dims = Buffer.alloc(20);
  [0x11223344, senones, features, codewords, weights.length].forEach((n, i) => dims.writeUInt32LE(n, i * 4));
  return Buffer.concat([head, dims, Buffer.from(weights.buffer)]);
}

/** The words of `texts` that the recogniser's dictionary lacks: bw cannot align a sentence with one. */
export function wordsMissingFromDictionary(texts: readonly string[], known: ReadonlySet<string>): string[] {
  return [...new Set(texts.flatMap(recogniserWords))].filter((word) => !known.has(word));
}

/**
 * Writes to `outDir` the en-us model of `baseModelDir` (POCKETSPHINX_MODEL_DIR) adapted to the
 * speaker of `clips`. Returns how many clips bw could not align to their text (they are skipped).
 */
export async function adaptSpeakerModel(baseModelDir: string, clips: readonly EnrolmentClip[], outDir: string): Promise<{ unaligned: number }> {
  const base = join(baseModelDir, "en-us");
  const dict = join(baseModelDir, pocketsphinxDictionary);
  const unknown = wordsMissingFromDictionary(clips.map((clip) => clip.text), await dictionaryWords(dict));
  if (unknown.length > 0) throw new Error(`the dictionary lacks ${unknown.join(", ")}: choose enrolment sentences without them`);
  const sentences = clips.map((clip) => recogniserWords(clip.text));
  const work = await mkdtemp(join(tmpdir(), "pc2-speaker-"));
  try {
    const ids = clips.map((_, i) => `clip${i}`);
    await Promise.all(clips.map((clip, i) => writeFile(join(work, `${ids[i]}.wav`), wav16(clip.audio))));
    await writeFile(join(work, "clips.fileids"), ids.join("\n") + "\n");
    await writeFile(join(work, "clips.transcription"), sentences.map((words, i) => `<s> ${words.join(" ")} </s> (${ids[i]})\n`).join(""));
    await writeFile(join(work, "mixture_weights"), mixtureWeightsFromSendump(await readFile(join(base, "sendump"))));
    await run("pocketsphinx_mdef_convert", ["-text", join(base, "mdef"), join(work, "mdef.txt")]);
    // The model's own feat.params: the same front end as the decoder's.
    const dirs = ["-c", join(work, "clips.fileids"), "-di", work, "-do", work];
    await run("sphinx_fe", ["-argfile", join(base, "feat.params"), "-samprate", String(speechSampleRate), ...dirs, "-ei", "wav", "-eo", "mfc", "-mswav", "yes"]);
    const model = ["-moddeffn", join(work, "mdef.txt"), "-ts2cbfn", ".ptm.", "-meanfn", join(base, "means"), "-varfn", join(base, "variances")];
    const weights = ["-mixwfn", join(work, "mixture_weights"), "-tmatfn", join(base, "transition_matrices")];
    const { stderr } = await run(
      join(sphinxtrain, "bw"),
      [...model, ...weights, "-feat", "1s_c_d_dd", "-svspec", "0-12/13-25/26-38", "-cmn", "batch", "-agc", "none", "-dictfn", dict, "-fdictfn", join(base, "noisedict")]
        .concat(["-ctlfn", join(work, "clips.fileids"), "-lsnfn", join(work, "clips.transcription"), "-cepdir", work, "-accumdir", work]),
      { maxBuffer: 64 * 1024 * 1024 },
    );
    await mkdir(outDir, { recursive: true });
    const adapted = ["-mapmeanfn", "means", "-mapvarfn", "variances", "-mapmixwfn", "mixture_weights", "-maptmatfn", "transition_matrices"].map((arg) =>
      arg.startsWith("-") ? arg : join(outDir, arg),
    );
    await run(join(sphinxtrain, "map_adapt"), [...model, ...weights, "-accumdir", work, ...adapted]);
    // pocketsphinx prefers a sendump to mixture_weights, so the base model's is not copied.
    for (const file of ["mdef", "feat.params", "noisedict"]) await copyFile(join(base, file), join(outDir, file));
    return { unaligned: stderr.match(/ ignored/g)?.length ?? 0 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
