/**
 * The coordinator's speaker enrolment routes: a device token, and the token's user only. pc2 runs
 * for real with the internal credential, with two users already enrolled (model folders seeded),
 * so what one user's request does to the other's model is seen on disk.
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

const agents = startedAgents();
let db: TestDatabase;
let speakers: string;
let pc2: RunningAgent<unknown>;
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
  ({ coordinator } = await startEdgeCoordinator(agents, db.url, { pc2: pc2.url }));
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

  it("refuses a malformed enrolment at the edge, and pc2's refusal of an unreadable clip reaches the client; nothing changes", async () => {
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
});
