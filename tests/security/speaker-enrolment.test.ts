/**
 * The coordinator's speaker enrolment routes: a device token, and the token's user only. pc2 and
 * the fused-audio-preprocessor (which cleans every clip first) run for real with the internal
 * credential, with two users already enrolled in pc2 (model folders seeded), so what one user's
 * request does to the other's model is seen on disk.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { enrolmentSentences } from "../../agents-src/core/coordinator/enrolment-sentences";
import type { RunningAgent } from "../../agents-src/kit/agent";
import { deviceTokenFor, internalCredential } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { callEdge, startEdgeCoordinator } from "../support/edge-coordinator";
import { startedAgents } from "../support/started-agents";
import { startModelServer } from "../pc2/support/model-server";
import { speak } from "../pc2/support/spoken-audio";
import { startPreprocessor } from "../support/coordinator-peers";
import { unreachableUrl } from "../support/memory-services";

const agents = startedAgents();
let db: TestDatabase;
let speakers: string;
let pc2: RunningAgent<unknown>;
let preprocessor: RunningAgent<unknown>;
let coordinator: RunningAgent<unknown>;
let alice: string;
let bob: string;

beforeAll(async () => {
  db = await createTestDatabase("speaker_enrolment_api");
  await migrate(db.url);
  speakers = await mkdtemp(join(tmpdir(), "edge-speakers-"));
  // pc2 counts a folder with means as a user's model; nothing here decodes with them.
  for (const user of ["alice", "bob"]) {
    await mkdir(join(speakers, user));
    await writeFile(join(speakers, user, "means"), "");
  }
  pc2 = await agents.started(startModelServer({ INTERNAL_TOKEN_FILE: internalCredential().file, STT_SPEAKER_MODELS_DIR: speakers }));
  // No client connects to it here, so it needs no one to check device tokens.
  preprocessor = await agents.started(startPreprocessor(await unreachableUrl(), { INTERNAL_TOKEN_FILE: internalCredential().file, PIPELINE_THREADS: "1" }));
  ({ coordinator } = await startEdgeCoordinator(agents, db.url, { pc2: pc2.url, preprocessor: preprocessor.url }));
  alice = (await deviceTokenFor(db.url, "alice", "alice's browser")).token;
  bob = (await deviceTokenFor(db.url, "bob", "bob's browser")).token;
}, 90_000);

afterAll(async () => {
  await agents.closeAll();
  await db?.drop();
  await releaseTestServer();
  await rm(speakers, { recursive: true, force: true });
});

const call = (method: string, path: string, token: string | undefined, body?: unknown, headers?: Record<string, string>) =>
  callEdge(coordinator.url, method, path, token, body, headers);

const clipsOf = (audio: string) => ({ clips: enrolmentSentences.map((text) => ({ text, audio })) });

describe("speaker enrolment at the edge", () => {
  it("wants a device token, and pc2 wants the internal credential", async () => {
    for (const [method, path] of [["GET", "/v1/speaker-enrolment/sentences"], ["GET", "/v1/speaker-enrolment"], ["POST", "/v1/speaker-enrolment"], ["DELETE", "/v1/speaker-enrolment"]]) {
      const body = method === "POST" ? clipsOf("UklGRg==") : undefined;
      expect(await call(method, path, undefined, body)).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
      expect((await call(method, path, "not-a-token", body)).status).toBe(401);
    }
    const direct = await fetch(`${pc2.url}/v1/speaker-enrolment`, { method: "DELETE", headers: { "x-voice-user": "alice" } });
    expect(direct.status).toBe(401);
    expect((await readdir(speakers)).sort()).toEqual(["alice", "bob"]);
  });

  it("gives the sentences to read", async () => {
    const { status, body } = await call("GET", "/v1/speaker-enrolment/sentences", alice);
    expect(status).toBe(200);
    expect(body.sentences).toEqual(enrolmentSentences);
  });

  it("refuses a malformed enrolment at the edge, and the preprocessor's refusal of an unreadable clip reaches the client; nothing changes", async () => {
    const tooFew = await call("POST", "/v1/speaker-enrolment", alice, { clips: clipsOf("UklGRg==").clips.slice(0, 2) });
    expect(tooFew).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
    expect(JSON.stringify(tooFew.body)).toMatch(/at least 10 clips/);
    expect(await call("POST", "/v1/speaker-enrolment", alice, { ...clipsOf("UklGRg=="), userId: "bob" })).toMatchObject({ status: 400 });
    const unreadable = await call("POST", "/v1/speaker-enrolment", alice, clipsOf(Buffer.from("not a wav file").toString("base64")));
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.message).toMatch(/clip 0: not a readable WAV/);
    expect(await call("GET", "/v1/speaker-enrolment", alice)).toMatchObject({ status: 200, body: { status: "ready" } });
    expect((await readdir(speakers)).sort()).toEqual(["alice", "bob"]);
  });

  it("acts for the token's user only, whatever user header the device sends", async () => {
    const asAlice = { "x-voice-user": "alice" };
    expect(await call("DELETE", "/v1/speaker-enrolment", bob, undefined, asAlice)).toMatchObject({ status: 204 });
    expect(await readdir(speakers)).toEqual(["alice"]);
    expect(await call("GET", "/v1/speaker-enrolment", bob, undefined, asAlice)).toMatchObject({ status: 200, body: { status: "none" } });
    expect(await call("GET", "/v1/speaker-enrolment", alice)).toMatchObject({ status: 200, body: { status: "ready" } });
    // bob has nothing left to delete, and still cannot reach alice's.
    expect(await call("DELETE", "/v1/speaker-enrolment", bob, undefined, asAlice)).toMatchObject({ status: 404 });
    expect(await readdir(speakers)).toEqual(["alice"]);
  });

  describe("every clip is cleaned by the preprocessor before pc2 hears it", () => {
    let carol: string;
    let clips: Array<{ text: string; audio: string }>;
    const cleanedCount = async () => {
      const metrics = await (await fetch(`${preprocessor.url}/metrics`)).text();
      return Number(/audio_recordings_cleaned_total\{outcome="cleaned",[^}]*\} (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    beforeAll(async () => {
      carol = (await deviceTokenFor(db.url, "carol", "carol's phone")).token;
      // A phone's recording: 48 kHz stereo, which the preprocessor turns into what the live pipeline gives pc2.
      const voice = { voice: "en-gb+f3", wordsPerMinute: 145, sampleRate: 48000, channels: 2 };
      clips = await Promise.all(enrolmentSentences.map(async (text) => ({ text, audio: (await speak(text, voice)).toString("base64") })));
    }, 60_000);

    it("one clip the preprocessor cannot use refuses the whole enrolment, naming it; pc2 is not asked", async () => {
      const narrowband = (await speak(enrolmentSentences[7], { sampleRate: 8000 })).toString("base64");
      const res = await call("POST", "/v1/speaker-enrolment", carol, { clips: clips.map((clip, i) => (i === 7 ? { ...clip, audio: narrowband } : clip)) });
      expect(res.status).toBe(400);
      // The preprocessor's words: pc2 would have said "at least 16000 Hz".
      expect(res.body.error.message).toMatch(/^clip 7: the audio is sampled at 8000 Hz; 16000 to 48000 Hz is needed/);
      expect(await call("GET", "/v1/speaker-enrolment", carol)).toMatchObject({ status: 200, body: { status: "none" } });
      expect(await readdir(speakers)).toEqual(["alice"]);
    }, 30_000);

    it("cleans all 20 clips, then pc2 adapts to carol's voice", async () => {
      const before = await cleanedCount();
      const accepted = await call("POST", "/v1/speaker-enrolment", carol, { clips });
      expect(accepted).toMatchObject({ status: 202, body: { status: "adapting" } });
      expect(await cleanedCount()).toBe(before + clips.length);
      let state = (await call("GET", "/v1/speaker-enrolment", carol)).body;
      while (state.status === "adapting") {
        await new Promise((resolve) => setTimeout(resolve, 200));
        state = (await call("GET", "/v1/speaker-enrolment", carol)).body;
      }
      expect(state).toMatchObject({ status: "ready" });
      expect((await readdir(speakers)).sort()).toEqual(["alice", "carol"]);
    }, 120_000);
  });
});
