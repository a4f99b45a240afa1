import { randomUUID } from "node:crypto";
import { getFreePort, RunningAgent } from "../../agents-src/kit";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { actingAs } from "../support/access";
import { api, eventually, startMemoryOrchestrator, startPc2 } from "../support/memory-services";

/** Behaviour that needs real embeddings: pc2's default model (Universal Sentence Encoder lite, 512 dimensions). */
let db: TestDatabase;
let pc2: RunningAgent<unknown> | undefined;
let orchestrator: RunningAgent<unknown>;
let pc2Port: number;

beforeAll(async () => {
  db = await createTestDatabase("embeddings");
  await migrate(db.url);
  pc2Port = await getFreePort();
  // pc2 starts later, in the first test: memories written before it is up must be embedded afterwards.
  orchestrator = await startMemoryOrchestrator(db.url, `http://127.0.0.1:${pc2Port}`, { EMBED_BACKFILL_INTERVAL_MS: "200" });
}, 60_000);

afterAll(async () => {
  await orchestrator?.close();
  await pc2?.close();
  await db?.drop();
  await releaseTestServer();
});

const user = () => `user-${randomUUID()}`;
const post = (body: unknown) => api(orchestrator.url, "POST", "/v1/memories", body);
const search = (body: unknown) => api(orchestrator.url, "POST", "/v1/memories/search", body);

it("stores memories at once while pc2 is down and embeds them in the background once it is up", async () => {
  const userId = user();
  const written = await api(orchestrator.url, "POST", "/v1/memories/batch", {
    memories: [
      { content: "I'm allergic to peanuts.", type: "fact", userId },
      { content: "The train to Porto leaves at nine", type: "event", userId },
    ],
  }, actingAs(userId));
  expect(written.status).toBe(201);
  const ids: string[] = written.body.results.map((r: { id: string }) => r.id);
  expect((await api(orchestrator.url, "GET", `/v1/memories/${ids[0]}`, undefined, actingAs(userId))).body.embedding).toBeNull();
  expect((await search({ query: "peanuts", userId })).body.degraded).toBe(true);

  pc2 = await startPc2(pc2Port);
  await eventually(async () => {
    const memories = await Promise.all(ids.map((id) => api(orchestrator.url, "GET", `/v1/memories/${id}`, undefined, actingAs(userId))));
    return memories.every((m) => m.body.embedding?.dimension === 512);
  }, 30_000, 250);
  expect((await api(orchestrator.url, "GET", `/v1/memories/${ids[0]}`, undefined, actingAs(userId))).body.embedding).toEqual({ model: "universal-sentence-encoder-lite", dimension: 512 });
}, 90_000);

it("finds a memory by meaning when no word of the query matches it", async () => {
  const userId = user();
  const allergy = await post({ content: "I'm allergic to peanuts.", type: "fact", userId });
  expect(allergy.body.embedding).toMatchObject({ dimension: 512 });
  await post({ content: "The train to Porto leaves at nine", type: "event", userId });
  const { body } = await search({ query: "which nuts make me sick", userId });
  expect(body.degraded).toBeUndefined();
  expect(body.results[0]).toMatchObject({ id: allergy.body.id, matchedBy: ["vector"] });
});

it("recognises a paraphrase as the same memory and a contradiction as a newer fact", async () => {
  const userId = user();
  const first = await post({ content: "I'm allergic to peanuts.", type: "fact", userId });
  const paraphrase = await post({ content: "I am allergic to peanuts", type: "fact", userId });
  expect(paraphrase.body).toMatchObject({ id: first.body.id, outcome: "reinforced" });

  const berlin = await post({ content: "My sister Anna lives in Berlin", type: "fact", userId });
  const paris = await post({ content: "My sister Anna lives in Paris", type: "fact", userId });
  expect(paris.body).toMatchObject({ outcome: "created", superseded: [berlin.body.id] });
  const { body } = await search({ query: "where does my sister live", userId });
  expect(body.results.map((r: { id: string }) => r.id)).toEqual([paris.body.id]);
});
