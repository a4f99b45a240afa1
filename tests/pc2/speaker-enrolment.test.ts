import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WaveFile } from "wavefile";
import type { RunningAgent } from "../../agents-src/kit";
import { enrolmentSentences } from "../../agents-src/core/coordinator/enrolment-sentences";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { speakerModelFolder } from "../../agents-src/kit/speaker-models";
import { startModelServer } from "./support/model-server";
import { speak } from "./support/spoken-audio";

// issue 24's voice, which the en-us model does not hear (docs/hearing.md, the end-to-end test).
const voice = { voice: "en-gb+f3", wordsPerMinute: 145 };
const sentence = "remember that my keys are in the drawer";

const as = (userId: string, body?: unknown): RequestInit => ({
  headers: { "x-voice-user": userId, ...(body === undefined ? {} : { "content-type": "application/json" }) },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

interface EnrolmentState {
  status: string;
  error?: string;
  recogniser: string;
  seconds?: number;
  unaligned?: number;
}

describe("pc2 enrols a user's voice through POST /v1/speaker-enrolment, without a restart", () => {
  let speakers: string;
  let server: RunningAgent<ModelServerConfig>;
  let clips: Array<{ text: string; audio: string }>;
  let spoken: Buffer;
  const enrolment = (userId: string, init: RequestInit = {}) => fetch(`${server.url}/v1/speaker-enrolment`, { ...as(userId), ...init });
  const state = async (userId: string) => (await (await enrolment(userId)).json()) as EnrolmentState;
  const heard = async (userId: string) => {
    const res = await fetch(`${server.url}/v1/transcribe`, { method: "POST", body: spoken, headers: { "content-type": "audio/wav", "x-voice-user": userId } });
    return ((await res.json()) as { text: string }).text;
  };

  beforeAll(async () => {
    speakers = await mkdtemp(join(tmpdir(), "pc2-speakers-"));
    server = await startModelServer({ STT_SPEAKER_MODELS_DIR: speakers });
    clips = await Promise.all(enrolmentSentences.map(async (text) => ({ text, audio: (await speak(text, voice)).toString("base64") })));
    spoken = await speak(sentence, voice);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await rm(speakers, { recursive: true, force: true });
  });

  it.each([
    ["too few clips", () => ({ clips: clips.slice(0, 3) }), /at least 10 clips/],
    ["a blank sentence", () => ({ clips: [{ ...clips[0], text: "  " }, ...clips.slice(1)] }), /must not be blank/],
    ["a word the dictionary lacks", () => ({ clips: [{ ...clips[0], text: "my friend zyxqov" }, ...clips.slice(1)] }), /lacks zyxqov/],
    ["audio that is not base64", () => ({ clips: [{ ...clips[0], audio: "not base64!" }, ...clips.slice(1)] }), /base64/],
    ["audio that is not a WAV file", () => ({ clips: [{ ...clips[0], audio: Buffer.from("hello there").toString("base64") }, ...clips.slice(1)] }), /clip 0: not a readable WAV/],
    ["a field of another user", () => ({ clips, userId: "bob" }), /userId/],
  ])("refuses %s with a 400 and changes nothing", async (_case, body, message) => {
    const res = await enrolment("ann", { method: "POST", ...as("ann", body()) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(message);
    expect(await state("ann")).toEqual({ status: "none", recogniser: "none" });
    expect(await readdir(speakers).catch(() => [])).toEqual([]);
  });

  it("refuses audio recorded below 16 kHz and a clip too short to hold its sentence", async () => {
    const narrowband = (await speak(enrolmentSentences[0], { ...voice, sampleRate: 8000 })).toString("base64");
    const tenthOfASecond = new WaveFile();
    tenthOfASecond.fromScratch(1, 16000, "16", new Int16Array(1600));
    const short = Buffer.from(tenthOfASecond.toBuffer()).toString("base64");
    for (const [audio, message] of [[narrowband, /clip 1: .*8000 Hz; at least 16000/], [short, /clip 1: 0\.10 s is too short/]] as const) {
      const res = await enrolment("ann", { method: "POST", ...as("ann", { clips: [clips[0], { ...clips[1], audio }, ...clips.slice(2)] }) });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(message);
    }
    expect((await state("ann")).status).toBe("none");
  }, 30_000);

  it("adapts in the background, then hears the enrolled user word for word, only them, until they delete it", async () => {
    const before = await heard("ann");
    expect(before).not.toBe(sentence);

    const started = performance.now();
    const accepted = await enrolment("ann", { method: "POST", ...as("ann", { clips }) });
    expect(accepted.status).toBe(202);
    expect(((await accepted.json()) as EnrolmentState).status).toBe("adapting");
    // One at a time per user: a second enrolment while the first adapts is refused.
    expect((await enrolment("ann", { method: "POST", ...as("ann", { clips }) })).status).toBe(409);
    let now = await state("ann");
    while (now.status === "adapting" || now.recogniser !== "ready") {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = await state("ann");
    }
    expect(now).toMatchObject({ status: "ready", recogniser: "ready" });
    console.log(`enrolment through the route: adapted in ${now.seconds} s (${now.unaligned} of 20 clips unaligned), recogniser ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(await readdir(speakers)).toEqual(["ann"]);

    expect(await heard("ann")).toBe(sentence);
    expect(await heard("bob")).toBe(before);
    // Another user sees only their own state and cannot remove ann's model.
    expect(await state("bob")).toEqual({ status: "none", recogniser: "none" });
    expect((await enrolment("bob", { method: "DELETE" })).status).toBe(404);
    expect(await heard("ann")).toBe(sentence);

    expect((await enrolment("ann", { method: "DELETE" })).status).toBe(204);
    expect(await state("ann")).toEqual({ status: "none", recogniser: "none" });
    expect(await readdir(speakers)).toEqual([]);
    expect(await heard("ann")).toBe(before);
    expect((await enrolment("ann", { method: "DELETE" })).status).toBe(404);
  }, 120_000);

  it("refuses a request that names no user", async () => {
    const res = await fetch(`${server.url}/v1/speaker-enrolment`, { method: "POST", body: JSON.stringify({ clips }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("user_scope_required");
  });
});

describe("speakerModelFolder", () => {
  it.each(["ann", "owner", "a.b_c-9"])("puts %s's model in a folder of its own", (userId) => {
    expect(speakerModelFolder("/speakers", userId)).toBe(`/speakers/${userId}`);
  });
  it.each(["..", ".hidden", "../etc", "a/b", "Ann", "", "x".repeat(65)])("refuses %j, which could leave the folder or clash with its own work", (userId) => {
    expect(() => speakerModelFolder("/speakers", userId)).toThrow(/cannot name a speaker model folder/);
  });
});
