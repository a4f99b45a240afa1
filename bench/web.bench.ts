/**
 * `npm run bench:web`: the web client on the running local stack (`npm start`), in Debian's
 * Chromium with the sentences of `npm run bench:e2e` as its microphone.
 *  - End of speech to first reply audio heard, measured inside the page on the audio clock: from
 *    the end of the 20 ms microphone chunk holding the last sample above -54 dBFS, to the first
 *    sample above -60 dBFS the playback meter rendered. Against it, in the same run on the same
 *    stack and the same audio, bench:e2e's measure (`npm run talk`'s client: the chunk with the
 *    last speech sample sent, to the first reply byte received). Target: the page within 50 ms of
 *    it. On a busy machine the stack's own latency varies by seconds between turns, so the page's
 *    own share is also measured turn by turn: its last speech chunk waiting to be sent, and the
 *    first reply chunk from its arrival to being heard.
 *  - Page weight: every file the page loads, gzip as served.
 *  - Time to interactive: navigation start to the page's `voice-client-interactive` mark (its
 *    script has run and its settings are loaded), fresh tabs.
 * COORDINATOR_URL / FUSED_AUDIO_PREPROCESSOR_URL override the catalog's addresses; BENCH_ROUNDS
 * (2) rounds of BENCH_TURNS (6) measured turns per client, alternating statement and question.
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
const turns = Number(process.env.BENCH_TURNS ?? 6);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const targetMs = 50;
/** Between sentences: time for the reply to be spoken in full before the next one starts. */
const pauseSeconds = 8;
const pageLoads = 7;

const sentences = [keysConversation.statement, keysConversation.question].map((s) => ({ text: s.text, voice: s.voice, speed: s.wordsPerMinute }));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface HeardReply {
  latencyMs: number;
  sendDelayMs: number;
  playDelayMs: number;
}
interface PageFigures {
  latencies: number[];
  heard: HeardReply[];
  deviceLatencyMs: { input: number; output: number } | null;
}
interface PageRound {
  heard: HeardReply[];
  deviceLatencyMs: { input: number; output: number } | null;
}
interface PageGlobals {
  voiceClientFigures(): PageFigures;
  performance: { getEntriesByName(name: string): Array<{ startTime: number }> };
}

/** Above -60 dBFS, the page's playback meter's floor. */
const audibleFloor = 33;

interface ClientLatency {
  /** bench:e2e's figure: last speech sample sent to first reply byte received. */
  firstByte: number;
  /** Plus the reply's own leading silence: when its first audible sample would play, were it played on arrival. */
  firstAudible: number;
}

async function nodeClientLatencies(recordings: Int16Array[]): Promise<ClientLatency[]> {
  const client = await SpokenTurnClient.connect(`${audioBase.replace(/^http/, "ws")}${clientAudioPath}`);
  const latencies: ClientLatency[] = [];
  try {
    // As bench:e2e: one unmeasured turn of each sentence first.
    for (const samples of recordings) await client.say({ sampleRate: corpusSampleRate, channels: 1, samples }, { realTime: true, timeoutMs: 30_000 });
    for (let i = 0; i < turns; i++) {
      const turn = await client.say({ sampleRate: corpusSampleRate, channels: 1, samples: recordings[i % recordings.length] }, { realTime: true, timeoutMs: 30_000 });
      const pcm = turn.replyAudio.pcm;
      let first = 0;
      while (first * 2 < pcm.length && Math.abs(pcm.readInt16LE(first * 2)) <= audibleFloor) first++;
      const firstByte = turn.at.firstAudio - turn.at.speechEnd;
      latencies.push({ firstByte, firstAudible: firstByte + (first / turn.replyAudio.rate) * 1000 });
      process.stderr.write(`talk client turn ${i + 1}/${turns}: first byte ${ms(firstByte)}, first audible ${ms(latencies[i].firstAudible)}\n`);
    }
  } finally {
    client.close();
  }
  return latencies;
}

async function pageLatencies(recordings: Int16Array[], dir: string, token: string): Promise<PageRound> {
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
    const { latencies, heard, deviceLatencyMs } = await page.evaluate(() => (globalThis as unknown as PageGlobals).voiceClientFigures());
    // A reply that came later than the pause is cut by the next sentence (barge-in) and never heard.
    if (latencies.length < expected) console.log(`warning: the page heard ${latencies.length} of ${expected} replies (a busy machine answered after the next sentence began)`);
    return { heard: heard.slice(recordings.length), deviceLatencyMs };
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
    console.log(`bench:web against ${webUrl}: ${rounds} rounds of ${turns} turns per client, alternating "${sentences[0].text}" / "${sentences[1].text}"`);
    const weight = await pageWeight();
    const node: ClientLatency[] = [];
    const page: HeardReply[] = [];
    let device: PageRound["deviceLatencyMs"] = null;
    // Rounds alternate the clients, so that a load change on the machine falls on both.
    for (let round = 1; round <= rounds; round++) {
      const nodeRound = await nodeClientLatencies(recordings);
      const pageRound = await pageLatencies(recordings, dir, token);
      console.log(
        `round ${round}: talk client first byte ${ms(median(nodeRound.map((l) => l.firstByte)))}; page heard ${ms(median(pageRound.heard.map((h) => h.latencyMs)))}`,
      );
      node.push(...nodeRound);
      page.push(...pageRound.heard);
      device = pageRound.deviceLatencyMs;
    }
    const interactive = await timeToInteractive(dir);
    const range = (values: number[]) => `${ms(median(values))}  (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;
    const byte = node.map((l) => l.firstByte);
    const heard = page.map((h) => h.latencyMs);
    const extra = page.map((h) => h.sendDelayMs + h.playDelayMs);
    console.log(`\nend of speech -> first reply audio, medians (${node.length} turns of the talk client, ${page.length} of the page):`);
    console.log(`  bench:e2e's client: last speech chunk sent -> first reply byte             ${range(byte)}`);
    console.log(`  the same, to its first audible sample (the reply's leading silence added)  ${range(node.map((l) => l.firstAudible))}`);
    console.log(`  the page: end of the last speech chunk -> first reply sample rendered      ${range(heard)}`);
    console.log(`    difference of the medians: ${median(heard) - median(byte) >= 0 ? "+" : ""}${ms(median(heard) - median(byte))} (the stack's own latency moves both by seconds on a busy machine)`);
    console.log(`  the page's own share, turn by turn: chunk waiting to be sent ${ms(median(page.map((h) => h.sendDelayMs)))}, first reply chunk from arrival to heard ${ms(median(page.map((h) => h.playDelayMs)))}`);
    console.log(`    together ${range(extra)}: target within ${targetMs} ms ${median(extra) <= targetMs ? "met" : "missed"}`);
    if (device) console.log(`  not included: the browser's own microphone latency ${ms(device.input)} and output latency ${ms(device.output)}, as it reports them (fake devices here)`);
    console.log(`\npage weight, gzip: scripts ${(weight.scriptGzip / 1024).toFixed(1)} KiB, everything ${(weight.totalGzip / 1024).toFixed(1)} KiB (target: scripts < 200 KiB)`);
    for (const [path, size] of weight.files) console.log(`  ${path.padEnd(28)} ${size} B`);
    console.log(`time to interactive, median of ${interactive.length} fresh tabs: ${range(interactive)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:web failed: ${(err as Error).message}`);
  process.exit(1);
});
