/**
 * `npm run bench:web`: the web client on the running local stack (`npm start`), in Debian's
 * Chromium with the sentences of `npm run bench:e2e` as its microphone.
 *  - End of speech to first reply audio heard, measured inside the page on the audio clock: from
 *    the last sample above -54 dBFS the microphone worklet passed on, to the first sample above
 *    -60 dBFS the playback meter rendered. Against it, in the same run on the same stack and the
 *    same audio, bench:e2e's measure (`npm run talk`'s client: last speech sample sent to first
 *    reply byte received). Target: the page within 50 ms of it.
 *  - Page weight: every file the page loads, gzip as served.
 *  - Time to interactive: navigation start to the page's `voice-client-interactive` mark (its
 *    script has run and its settings are loaded), fresh tabs.
 * COORDINATOR_URL / FUSED_AUDIO_PREPROCESSOR_URL override the catalog's addresses; BENCH_TURNS the
 * number of measured turns of each client (default 10, alternating statement and question).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { floatToInt16 } from "../agents-src/audio/dsp/pcm";
import { writeWav } from "../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../agents-src/kit/client-paths";
import { httpUrl, peerUrlEnvName } from "../agents-src/kit/catalog";
import { localDeviceHeaders } from "../agents-src/launcher/local-credentials";
import { keysConversation } from "../scripts/keys-conversation";
import { SpokenTurnClient } from "../scripts/spoken-turn-client";
import { launchWithMicrophone } from "../tests/support/chromium";
import { corpusSampleRate, speak } from "./speech-corpus";

const webUrl = `${process.env[peerUrlEnvName("coordinator")] ?? httpUrl("coordinator", "127.0.0.1")}/`;
const audioBase = process.env[peerUrlEnvName("fused-audio-preprocessor")] ?? httpUrl("fused-audio-preprocessor", "127.0.0.1");
const turns = Number(process.env.BENCH_TURNS ?? 10);
const targetMs = 50;
/** Between sentences: time for the reply to be spoken in full before the next one starts. */
const pauseSeconds = 7;
const pageLoads = 7;

const sentences = [keysConversation.statement, keysConversation.question].map((s) => ({ text: s.text, voice: s.voice, speed: s.wordsPerMinute }));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface PageFigures {
  latencies: number[];
}
interface PageGlobals {
  voiceClientFigures(): PageFigures;
  performance: { getEntriesByName(name: string): Array<{ startTime: number }> };
}

async function nodeClientLatencies(recordings: Int16Array[]): Promise<number[]> {
  const client = await SpokenTurnClient.connect(`${audioBase.replace(/^http/, "ws")}${clientAudioPath}`);
  const latencies: number[] = [];
  try {
    // As bench:e2e: one unmeasured turn of each sentence first.
    for (const samples of recordings) await client.say({ sampleRate: corpusSampleRate, channels: 1, samples }, { realTime: true, timeoutMs: 30_000 });
    for (let i = 0; i < turns; i++) {
      const turn = await client.say({ sampleRate: corpusSampleRate, channels: 1, samples: recordings[i % recordings.length] }, { realTime: true, timeoutMs: 30_000 });
      latencies.push(turn.at.firstAudio - turn.at.speechEnd);
      process.stderr.write(`talk client turn ${i + 1}/${turns}: ${ms(latencies[i])}\n`);
    }
  } finally {
    client.close();
  }
  return latencies;
}

async function pageLatencies(recordings: Int16Array[], dir: string, token: string): Promise<number[]> {
  // The same unmeasured warm-up turns first, then the measured ones, as one microphone recording.
  const order = [...recordings, ...Array.from({ length: turns }, (_, i) => recordings[i % recordings.length])];
  const pause = new Int16Array(pauseSeconds * corpusSampleRate);
  const parts = [new Int16Array(corpusSampleRate), ...order.flatMap((r) => [r, pause])];
  const all = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (all.set(p, offset), offset + p.length), 0);
  const microphone = join(dir, "microphone.wav");
  writeWav(microphone, { sampleRate: corpusSampleRate, channels: 1, samples: all });

  const browser = await launchWithMicrophone(microphone);
  try {
    const page = await browser.context.newPage();
    await page.goto(webUrl);
    await page.getByLabel("Device token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Start talking" }).click();
    const expected = order.length;
    let seen = 0;
    const deadline = Date.now() + (all.length / corpusSampleRate + 30) * 1000;
    while (seen < expected && Date.now() < deadline) {
      await page.waitForTimeout(500);
      const { latencies } = await page.evaluate(() => (globalThis as unknown as PageGlobals).voiceClientFigures());
      for (; seen < latencies.length; seen++) process.stderr.write(`page turn ${seen + 1}/${expected}${seen < recordings.length ? " (warm-up)" : ""}: ${ms(latencies[seen])}\n`);
    }
    const { latencies } = await page.evaluate(() => (globalThis as unknown as PageGlobals).voiceClientFigures());
    if (latencies.length < expected) throw new Error(`the page heard ${latencies.length} of ${expected} replies`);
    return latencies.slice(recordings.length);
  } finally {
    await browser.close();
  }
}

/** One file as the browser gets it: its body, and how many bytes came over the wire (gzip). */
function fetchGzip(url: URL): Promise<{ body: Buffer; wireBytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode !== 200) return reject(new Error(`${url.pathname}: ${response.statusCode}`));
        const wire = Buffer.concat(chunks);
        resolve({ body: response.headers["content-encoding"] === "gzip" ? gunzipSync(wire) : wire, wireBytes: wire.length });
      });
    }).on("error", reject);
  });
}

async function pageWeight(): Promise<{ files: Array<[string, number]>; scriptGzip: number; totalGzip: number }> {
  // The page, what it links, and what its scripts import or load as worklets.
  const queue = ["/"];
  const files: Array<[string, number]> = [];
  for (const path of queue) {
    const { body, wireBytes } = await fetchGzip(new URL(path, webUrl));
    files.push([path, wireBytes]);
    const text = body.toString();
    const references = path.endsWith(".js")
      ? [...text.matchAll(/(?:from |import\(|addModule\()"([^"]+\.js)"/g)].map((m) => new URL(m[1], new URL(path, webUrl)).pathname)
      : path === "/"
        ? [...text.matchAll(/(?:src|href)="(\/web\/[^"]+)"/g)].map((m) => m[1])
        : [];
    for (const next of references) if (!queue.includes(next)) queue.push(next);
  }
  const scriptGzip = files.filter(([p]) => p.endsWith(".js")).reduce((n, [, size]) => n + size, 0);
  return { files, scriptGzip, totalGzip: files.reduce((n, [, size]) => n + size, 0) };
}

async function timeToInteractive(dir: string): Promise<number[]> {
  const browser = await launchWithMicrophone(join(dir, "microphone.wav"));
  try {
    const times: number[] = [];
    for (let i = 0; i < pageLoads; i++) {
      const page = await browser.context.newPage();
      await page.goto(webUrl);
      await page.locator("body[data-ready=true]").waitFor();
      times.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).performance.getEntriesByName("voice-client-interactive")[0].startTime));
      await page.close();
    }
    return times.slice(1);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const token = localDeviceHeaders().authorization.replace(/^Bearer /, "");
  const recordings = sentences.map((s) => floatToInt16(speak(s)));
  const dir = mkdtempSync(join(tmpdir(), "bench-web-"));
  try {
    console.log(`bench:web against ${webUrl}: ${turns} turns per client, alternating "${sentences[0].text}" / "${sentences[1].text}"`);
    const weight = await pageWeight();
    const node = await nodeClientLatencies(recordings);
    const page = await pageLatencies(recordings, dir, token);
    const interactive = await timeToInteractive(dir);
    const gap = median(page) - median(node);
    console.log(`\nend of speech -> first reply audio, median of ${turns}:`);
    console.log(`  bench:e2e's client (last speech sample sent -> first reply byte)   ${ms(median(node))}  (min ${ms(Math.min(...node))}, max ${ms(Math.max(...node))})`);
    console.log(`  the page (last speech sample captured -> first reply sample heard) ${ms(median(page))}  (min ${ms(Math.min(...page))}, max ${ms(Math.max(...page))})`);
    console.log(`  the page's extra: ${ms(gap)} (target within ${targetMs} ms: ${Math.abs(gap) <= targetMs ? "met" : "missed"})`);
    console.log(`\npage weight, gzip: scripts ${(weight.scriptGzip / 1024).toFixed(1)} KiB, everything ${(weight.totalGzip / 1024).toFixed(1)} KiB (target: scripts < 200 KiB)`);
    for (const [path, size] of weight.files) console.log(`  ${path.padEnd(28)} ${size} B`);
    console.log(`time to interactive, median of ${interactive.length} fresh tabs: ${ms(median(interactive))} (min ${ms(Math.min(...interactive))}, max ${ms(Math.max(...interactive))})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:web failed: ${(err as Error).message}`);
  process.exit(1);
});
