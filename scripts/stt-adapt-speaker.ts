/**
 * `npm run stt:adapt-speaker -- ENROLMENT_DIR USER_ID`: adapts pocketsphinx's en-us acoustic model
 * to one speaker (agents-src/pc2/model-server/speaker-adaptation.ts) from an enrolment folder
 * (NAME.wav with NAME.txt, the sentence said, for the ~20 sentences of
 * agents-src/core/coordinator/enrolment-sentences.ts), and writes it where pc2 reads it:
 * STT_SPEAKER_MODELS_DIR/USER_ID (default ./speaker-models/USER_ID, to copy onto pc2's speakers
 * volume). pc2 loads it at its next start; a user of a running stack enrols
 * through the web client instead (pc2's POST /v1/speaker-enrolment), with no restart.
 * The audio goes through the audio preprocessor's pipeline first, as the stack hears it.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { preprocessRecording } from "../agents-src/audio/dsp/preprocessor";
import { adaptSpeakerModel, EnrolmentClip } from "../agents-src/pc2/model-server/speaker-adaptation";
import { speakerModelFolder } from "../agents-src/kit/speaker-models";
import { decodeSpeechAudio } from "../agents-src/pc2/model-server/speech-audio-decoding";
import { speechSampleRate } from "../agents-src/pc2/model-server/speech-to-text";

/** NAME.wav and NAME.txt pairs from `dir`, the audio through the preprocessor's pipeline as the stack hears it. */
export async function enrolmentFromFolder(dir: string): Promise<EnrolmentClip[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".wav")).map((name) => name.slice(0, -4));
  return Promise.all(
    names.map(async (name) => {
      const audio = decodeSpeechAudio(await readFile(join(dir, `${name}.wav`)), "audio/wav", 120);
      const pcm = Int16Array.from(audio, (x) => Math.round(x * 32767));
      const heard = Float32Array.from(preprocessRecording(pcm, speechSampleRate, 1), (x) => x / 32768);
      return { audio: heard, text: await readFile(join(dir, `${name}.txt`), "utf8") };
    }),
  );
}

async function main(): Promise<void> {
  const [enrolmentDir, userId] = process.argv.slice(2);
  if (!enrolmentDir || !userId) throw new Error("usage: npm run stt:adapt-speaker -- ENROLMENT_DIR USER_ID");
  const outDir = speakerModelFolder(process.env.STT_SPEAKER_MODELS_DIR ?? "speaker-models", userId);
  const clips = await enrolmentFromFolder(enrolmentDir);
  const started = performance.now();
  const { unaligned } = await adaptSpeakerModel(process.env.POCKETSPHINX_MODEL_DIR ?? "/usr/share/pocketsphinx/model/en-us", clips, outDir);
  console.log(`${outDir}: adapted on ${clips.length - unaligned} of ${clips.length} clips in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
