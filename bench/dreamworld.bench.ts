/**
 * `npm run bench:dreamworld [-- --memories N]`: dream cycle duration on N memories written while pc2
 * was down (every one needs an embedding; one in ten has a paraphrased copy to merge, one in ten a
 * contradicting newer statement), then a second cycle with nothing new, then how long a user turn
 * takes to stop a cycle. Real services on a private PostgreSQL with pgvector and pc2's default model.
 */
import { parseArgs } from "node:util";
import { createLogger, StreamMessage, subscribe } from "../agents-src/kit";
import { createTestDatabase, releaseTestServer } from "../tests/support/database";
import { migrate } from "../tests/support/db-setup-process";
import { api, eventually, startDreamworld, startMemoryOrchestrator, startPc2, startSessionMemory, unreachableUrl } from "../tests/support/memory-services";

const { values } = parseArgs({ options: { memories: { type: "string", default: "2000" } } });
const total = Number(values.memories);
const places = ["the garage", "the attic", "the office", "the station", "the garden shed", "the basement"];

function memoryTexts(count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; texts.length < count; i++) {
    texts.push(`Invoice ${i} from the supplier number ${i * 13} was filed under project ${i % 97}`);
    if (i % 10 === 0) texts.push(`The invoice ${i} from supplier number ${i * 13} is filed under project ${i % 97}`);
    if (i % 10 === 5) texts.push(`remember that my box ${i} is in ${places[i % places.length]}`, `my box ${i} is now in ${places[(i + 1) % places.length]}`);
  }
  return texts.slice(0, count);
}

async function main(): Promise<void> {
  const db = await createTestDatabase("dream_bench");
  await migrate(db.url);
  const pc2 = await startPc2();
  const orchestrator = await startMemoryOrchestrator(db.url, await unreachableUrl(), { MEMORY_MAX_BATCH: "1000" });
  const sessions = await startSessionMemory(db.url, orchestrator.url);
  const keepAwake = (await api(sessions.url, "POST", "/v1/sessions", {})).body.id as string;
  await api(sessions.url, "POST", `/v1/sessions/${keepAwake}/turns`, { role: "user", content: "hello" });
  const { agent, pubUrl } = await startDreamworld(db.url, pc2.url, orchestrator.url, { DREAM_IDLE_SECONDS: "3600" });
  const events: StreamMessage[] = [];
  const subscription = await subscribe(pubUrl, ["dream."], (m) => void events.push(m), createLogger({ service: "bench", level: "silent" }));
  await new Promise((r) => setTimeout(r, 300));

  const texts = memoryTexts(total);
  for (let start = 0; start < texts.length; start += 1000) {
    const memories = texts.slice(start, start + 1000).map((content) => ({ content, type: "fact", userId: "bench" }));
    const stored = await api(orchestrator.url, "POST", "/v1/memories/batch", { memories });
    if (stored.status !== 201) throw new Error(`batch insert failed: ${stored.status}`);
  }

  const cycle = async (): Promise<StreamMessage> => {
    const started = await api(agent.url, "POST", "/v1/dream");
    const id = started.body.id as string;
    await eventually(async () => events.some((e) => e.header.cycleId === id && e.topic === "dream.finished"), 600_000, 20);
    return events.find((e) => e.header.cycleId === id && e.topic === "dream.finished")!;
  };
  const first = await cycle();
  console.log(`memories: ${total}`);
  console.log(`first cycle: ${first.header.durationMs} ms, ${JSON.stringify(first.header.counts)}`);
  const second = await cycle();
  console.log(`second cycle (nothing new): ${second.header.durationMs} ms, ${JSON.stringify(second.header.counts)}`);

  // Interruption latency: a user turn while a cycle embeds fresh memories.
  await api(orchestrator.url, "POST", "/v1/memories/batch", {
    memories: texts.slice(0, 1000).map((content) => ({ content: `${content} (copy)`, type: "fact", userId: "bench-2" })),
  });
  const started = await api(agent.url, "POST", "/v1/dream");
  const id = started.body.id as string;
  await eventually(async () => events.some((e) => e.header.cycleId === id && e.topic === "dream.embedded"), 60_000, 5);
  const turnAt = performance.now();
  await api(sessions.url, "POST", `/v1/sessions/${keepAwake}/turns`, { role: "user", content: "are you there?" });
  await eventually(async () => events.some((e) => e.header.cycleId === id && e.topic === "dream.finished"), 60_000, 2);
  const stoppedAfter = performance.now() - turnAt;
  const interrupted = events.find((e) => e.header.cycleId === id && e.topic === "dream.finished")!;
  console.log(`interruption: status ${interrupted.header.status} at step ${interrupted.header.stoppedAtStep}, ${Math.round(stoppedAfter)} ms after the turn`);

  await subscription.close();
  for (const running of [agent, sessions, orchestrator, pc2]) await running.close();
  await db.drop();
  await releaseTestServer();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
