/**
 * `npm run bench:ask`: latency of text turns on the running local stack (`npm start`), at
 * concurrency 1 and 8. Each simulated user keeps one session, so every turn includes routing and
 * two session writes (one more for the user's first turn). Targets for a text turn: p50 < 25 ms,
 * p95 < 75 ms. COORDINATOR_URL overrides the catalog's address; BENCH_TURNS the turns per run.
 */
import { httpUrl } from "../agents-src/kit/catalog";
import { localDeviceHeaders } from "../agents-src/launcher/local-credentials";

const url = process.env.COORDINATOR_URL ?? httpUrl("coordinator", "127.0.0.1");
const turnsPerRun = Number(process.env.BENCH_TURNS ?? 400);
const targets = { p50: 25, p95: 75 };
// The device token `npm start` wrote (or VOICE_DEVICE_TOKEN): every turn pays for its check, as a real client's would.
const deviceHeaders = localDeviceHeaders();

interface Sample {
  ms: number;
  stages: Record<string, number>;
}

const scenarios: Record<string, string[]> = {
  "time (routing + session writes)": ["what time is it"],
  "mixed (remember, recall, small talk, time)": [
    "remember that my bike is locked at the station",
    "where is my bike",
    "hello there",
    "what time is it",
  ],
};

async function ask(text: string, sessionId: string | undefined): Promise<{ sample: Sample; sessionId: string }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", ...deviceHeaders },
    body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
  });
  const body = (await response.json()) as { sessionId: string; timings: Record<string, number>; error?: { message: string } };
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`coordinator answered ${response.status}: ${body.error?.message}`);
  return { sample: { ms, stages: body.timings }, sessionId: body.sessionId };
}

async function run(texts: string[], concurrency: number, turns: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  const user = async (): Promise<void> => {
    let sessionId: string | undefined;
    for (let i = next++; i < turns; i = next++) {
      const result = await ask(texts[i % texts.length], sessionId);
      sessionId = result.sessionId;
      samples.push(result.sample);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, user));
  return samples;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

function report(name: string, concurrency: number, samples: Sample[], seconds: number): void {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const stageMedians = ["route", "handler", "memory"]
    .map((stage) => {
      const values = samples.map((s) => s.stages[stage] ?? 0).sort((a, b) => a - b);
      return `${stage} ${fmt(percentile(values, 50))}`;
    })
    .join(", ");
  console.log(
    `${name.padEnd(44)} c=${concurrency}  n=${samples.length}  p50 ${fmt(p50)} (${(p50 / targets.p50).toFixed(2)}x target)  ` +
      `p95 ${fmt(p95)} (${(p95 / targets.p95).toFixed(2)}x target)  ${(samples.length / seconds).toFixed(0)} turns/s  [server medians: ${stageMedians}]`,
  );
}

async function main(): Promise<void> {
  console.log(`bench:ask against ${url}: ${turnsPerRun} turns per run; targets p50 < ${targets.p50} ms, p95 < ${targets.p95} ms (ratio < 1 meets them)`);
  await run(["what time is it"], 4, 40);
  for (const [name, texts] of Object.entries(scenarios)) {
    for (const concurrency of [1, 8]) {
      const started = performance.now();
      const samples = await run(texts, concurrency, turnsPerRun);
      report(name, concurrency, samples, (performance.now() - started) / 1000);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`bench:ask failed: ${(err as Error).message} (is \`npm start\` running?)`);
  process.exit(1);
});
