/**
 * "Teach it my voice" in Chromium: the microphone is a WAV of the 20 enrolment sentences read by
 * espeak-ng (en-gb+f3, the voice the shared recogniser mishears), each followed by a pause. The page
 * records each sentence as it is read (the pause moves it on), makes 16 kHz WAV clips, uploads them
 * through the coordinator (which has a real fused-audio-preprocessor clean them) to a real pc2, and
 * follows the adaptation to "knows your voice"; pc2 then hears that user word for word, in audio
 * cleaned as the stack cleans live speech. Forget my voice takes it away. Screenshots go to test-artifacts/web/.
 */
import { mkdirSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { agent as healthMonitor } from "../../agents-src/core/health-monitor/agent";
import { enrolmentSentences } from "../../agents-src/core/coordinator/enrolment-sentences";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { getFreePort } from "../../agents-src/kit/ports";
import { actingAs, deviceTokenFor, internalCredential } from "../support/access";
import { FakeMicrophoneBrowser, launchWithMicrophone } from "../support/chromium";
import { writeConversationWav } from "../support/conversation-wav";
import { createTestDatabase, releaseTestServer, TestDatabase } from "../support/database";
import { migrate } from "../support/db-setup-process";
import { startEdgeCoordinator } from "../support/edge-coordinator";
import { startPreprocessor } from "../support/coordinator-peers";
import { unreachableUrl } from "../support/memory-services";
import { startedAgents } from "../support/started-agents";
import { buildWebClient } from "../support/web-client-build";
import { startModelServer } from "../pc2/support/model-server";
import { speak } from "../pc2/support/spoken-audio";

const artefacts = join(__dirname, "../../test-artifacts/web");
const voice = { voice: "en-gb+f3", wordsPerMinute: 145 };
const sentence = "remember that my keys are in the drawer";

const agents = startedAgents();
let db: TestDatabase;
let dir: string;
let pc2: RunningAgent<unknown>;
let preprocessor: RunningAgent<unknown>;
let webUrl: string;
let token: string;
let browser: FakeMicrophoneBrowser;
let page: Page;

/** What pc2 makes of `audio` for ann, cleaned first as live speech is. */
const heardByPc2 = async (audio: Buffer) => {
  const cleaning = await fetch(`${preprocessor.url}/v1/preprocess`, {
    method: "POST",
    body: JSON.stringify({ audio: audio.toString("base64") }),
    headers: { ...internalCredential().headers, "content-type": "application/json" },
  });
  const clean = Buffer.from(((await cleaning.json()) as { audio: string }).audio, "base64");
  const res = await fetch(`${pc2.url}/v1/transcribe`, { method: "POST", body: clean, headers: { ...actingAs("ann"), "content-type": "audio/wav" } });
  return ((await res.json()) as { text: string }).text;
};

beforeAll(async () => {
  mkdirSync(artefacts, { recursive: true });
  dir = await mkdtemp(join(tmpdir(), "web-enrolment-"));
  await buildWebClient();
  db = await createTestDatabase("web_voice_enrolment");
  await migrate(db.url);
  const secured = { INTERNAL_TOKEN_FILE: internalCredential().file };
  pc2 = await agents.started(startModelServer({ ...secured, STT_SPEAKER_MODELS_DIR: join(dir, "speakers") }));
  // No client streams to it here, so it needs no one to check device tokens.
  preprocessor = await agents.started(startPreprocessor(await unreachableUrl(), { ...secured, PIPELINE_THREADS: "1" }));
  // Signing in asks the health monitor.
  const health = await agents.started(
    startAgent(healthMonitor, { ...secured, LOG_LEVEL: "silent", HTTP_PORT: "0", SERVICE_NAME: "health-monitor", HEALTH_SERVICES: "pc2", PC2_URL: pc2.url }),
  );
  // The page's origin must be allowed, so the port is chosen before the coordinator starts.
  const port = await getFreePort();
  webUrl = `http://127.0.0.1:${port}/`;
  await startEdgeCoordinator(agents, db.url, { pc2: pc2.url, preprocessor: preprocessor.url, health: health.url }, { HTTP_PORT: String(port), ALLOWED_HOSTS: "127.0.0.1", ALLOWED_ORIGINS: `http://127.0.0.1:${port}` });
  token = (await deviceTokenFor(db.url, "ann", "ann's browser")).token;
  const microphone = join(dir, "microphone.wav");
  await writeConversationWav(microphone, [{ pauseSeconds: 1 }, ...enrolmentSentences.flatMap((text) => [{ say: text, ...voice }, { pauseSeconds: 1.5 }])]);
  browser = await launchWithMicrophone(microphone);
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await agents.closeAll();
  await db?.drop();
  await releaseTestServer();
  await rm(dir, { recursive: true, force: true });
});

describe("Teach it my voice, in Chromium", () => {
  it("records the sentences as they are read, uploads them, and the user is then heard word for word until they forget it", async () => {
    const spoken = await speak(sentence, voice);
    const before = await heardByPc2(spoken);
    expect(before).not.toBe(sentence);

    await page.goto(webUrl);
    await page.fill("#token", token);
    await page.click("#sign-in-form button[type=submit]");
    await page.locator("#enrol-status[data-status=none]").waitFor();
    await page.click("#enrol-start");
    await page.locator("#enrol-sentence", { hasText: enrolmentSentences[1] }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(artefacts, "enrolment-reading.png"), fullPage: true });
    const started = performance.now();
    // The microphone file reads all 20 sentences (about 90 s); the page moves on at each pause.
    await page.locator("#enrol-status[data-status=ready]", { hasText: "knows your voice" }).waitFor({ timeout: 180_000 });
    const status = await page.locator("#enrol-status").textContent();
    console.log(`after the last sentences were read: "${status}" (${((performance.now() - started) / 1000).toFixed(1)} s after sentence 2 showed)`);
    await page.screenshot({ path: join(artefacts, "enrolment-ready.png"), fullPage: true });
    expect(await page.locator("#enrol-error").textContent()).toBe("");
    expect(status).toMatch(/from \d+ of 20 recordings/);
    expect(await readdir(join(dir, "speakers"))).toEqual(["ann"]);
    expect(await heardByPc2(spoken)).toBe(sentence);

    await page.click("#enrol-forget");
    await page.locator("#enrol-status[data-status=none]").waitFor();
    expect(await readdir(join(dir, "speakers"))).toEqual([]);
    expect(await heardByPc2(spoken)).toBe(before);
  }, 240_000);
});
