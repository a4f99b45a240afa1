import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningAgent } from "../../agents-src/kit";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { enrolmentSentences } from "../../agents-src/core/coordinator/enrolment-sentences";
import { adaptSpeakerModel } from "../../agents-src/pc2/model-server/speaker-adaptation";
import { enrolmentFromFolder } from "../../scripts/stt-adapt-speaker";
import { startModelServer } from "./support/model-server";
import { speak } from "./support/spoken-audio";

const heard = async (url: string, audio: Buffer, userId: string) => {
  const res = await fetch(`${url}/v1/transcribe`, { method: "POST", body: audio, headers: { "content-type": "audio/wav", "x-voice-user": userId } });
  return ((await res.json()) as { text: string }).text;
};

const recogniserOf = async (url: string, userId: string) =>
  ((await (await fetch(`${url}/v1/vocabulary`, { headers: { "x-voice-user": userId } })).json()) as { status: string }).status;

// issue 24's voice, which the en-us model does not hear (docs/hearing.md, the end-to-end test).
const voice = { voice: "en-gb+f3", wordsPerMinute: 145 };

describe("pc2 hears an enrolled user with an acoustic model adapted to their voice", () => {
  let speakers: string;
  let server: RunningAgent<ModelServerConfig>;
  beforeAll(async () => {
    const enrolment = await mkdtemp(join(tmpdir(), "pc2-enrolment-"));
    speakers = await mkdtemp(join(tmpdir(), "pc2-speakers-"));
    await Promise.all(
      enrolmentSentences.map(async (text, i) => {
        await writeFile(join(enrolment, `${i}.wav`), await speak(text, voice));
        await writeFile(join(enrolment, `${i}.txt`), text);
      }),
    );
    await adaptSpeakerModel("/usr/share/pocketsphinx/model/en-us", await enrolmentFromFolder(enrolment), join(speakers, "ann"));
    await rm(enrolment, { recursive: true, force: true });
    server = await startModelServer({ STT_SPEAKER_MODELS_DIR: speakers });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await rm(speakers, { recursive: true, force: true });
  });

  it("loads the enrolled user's model when they are first heard, and only for them", async () => {
    const sentence = await speak("remember that my keys are in the drawer", voice);
    const before = await heard(server.url, sentence, "ann");
    while ((await recogniserOf(server.url, "ann")) !== "ready") await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await heard(server.url, sentence, "ann")).toBe("remember that my keys are in the drawer");
    // Before the build, and for a user who did not enrol, the stack's recogniser mishears it.
    expect(before).not.toBe("remember that my keys are in the drawer");
    expect(await heard(server.url, sentence, "bob")).toBe(before);
  }, 120_000);
});
