import { randomUUID } from "node:crypto";
import type { RunningAgent } from "../../agents-src/kit";
import { spokenVocabulary } from "../../agents-src/memory/memory-orchestrator/spoken-vocabulary";
import { speak } from "../pc2/support/spoken-audio";
import { actingAs } from "../support/access";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { api, eventually, startMemoryOrchestrator, startPc2 } from "../support/memory-services";

describe("the words of a user's memories", () => {
  it.each([
    ["Siobhan works at Tesco in Zhytomyr", { phrases: ["Siobhan", "Zhytomyr", "Tesco"], words: ["works", "at", "in"] }],
    ["My niece is called Aoife.", { phrases: ["Aoife"], words: ["my", "niece", "is", "called"] }],
    ["Dr. Okonkwo's office is on Baker Street", { phrases: ["Baker Street", "Dr Okonkwo office"], words: ["is", "on"] }],
    // From speech everything is lower case: a place compromise knows is still a name, the rest are words.
    ["my sister imogen lives in rotterdam", { phrases: ["rotterdam"], words: ["my", "sister", "imogen", "lives", "in"] }],
  ])("%s", (text, expected) => {
    expect(spokenVocabulary([text])).toEqual(expected);
  });

  it("lists each name and word once, across memories and cases", () => {
    expect(spokenVocabulary(["My niece Aoife likes kombucha", "aoife's kombucha is in the fridge"])).toEqual({
      phrases: ["Aoife"],
      words: ["my", "niece", "likes", "kombucha", "is", "in", "the", "fridge"],
    });
  });
});

/** The orchestrator tells pc2 a user's words when their memories change; pc2 hears them for that user only. */
describe("a user's names reach the recogniser", () => {
  let db: TestDatabase;
  let pc2: RunningAgent<unknown>;
  let orchestrator: RunningAgent<unknown>;
  let sentence: Buffer;

  beforeAll(async () => {
    db = await createTestDatabase("vocabulary");
    await migrate(db.url);
    pc2 = await startPc2();
    orchestrator = await startMemoryOrchestrator(db.url, pc2.url, { VOCABULARY_SYNC_DELAY_MS: "50" });
    sentence = await speak("where does aoife live", { format: "raw", voice: "en-us+f2", wordsPerMinute: 130 });
  }, 90_000);

  afterAll(async () => {
    await orchestrator?.close();
    await pc2?.close();
    await db?.drop();
    await releaseTestServer();
  });

  const heardFor = async (userId: string) => {
    const res = await fetch(`${pc2.url}/v1/transcribe`, { method: "POST", body: sentence, headers: { "content-type": "application/octet-stream", ...actingAs(userId) } });
    return ((await res.json()) as { text: string }).text;
  };
  const recogniserOf = async (userId: string) => (await api(pc2.url, "GET", "/v1/vocabulary", undefined, actingAs(userId))).body as { status: string; phrases: number };

  it("hears a name stored in one user's memory for that user, not for another, and forgets it with the memory", async () => {
    const ann = `ann-${randomUUID()}`;
    const bob = `bob-${randomUUID()}`;
    expect(await heardFor(ann)).not.toMatch(/\baoife\b/);

    const stored = await api(orchestrator.url, "POST", "/v1/memories", { content: "My niece is called Aoife.", type: "fact", userId: ann }, actingAs(ann));
    expect(stored.status).toBe(201);
    // Bob's memories are all common words: nothing to add, so no recogniser of his own.
    await api(orchestrator.url, "POST", "/v1/memories", { content: "My keys are in the drawer.", type: "fact", userId: bob }, actingAs(bob));
    await eventually(async () => (await recogniserOf(ann)).status === "ready", 30_000, 100);
    expect(await recogniserOf(ann)).toMatchObject({ status: "ready", phrases: 1 });
    expect(await heardFor(ann)).toBe("where does aoife live");
    expect(await recogniserOf(bob)).toEqual({ status: "none", phrases: 0, words: 0 });
    expect(await heardFor(bob)).not.toMatch(/\baoife\b/);

    const deleted = await api(orchestrator.url, "DELETE", `/v1/memories/${stored.body.id}`, undefined, actingAs(ann));
    expect(deleted.status).toBe(204);
    await eventually(async () => (await recogniserOf(ann)).status === "none", 30_000, 100);
    expect(await heardFor(ann)).not.toMatch(/\baoife\b/);
  }, 90_000);
});
