/**
 * The web client in a real browser (Debian's Chromium through playwright-core) against the whole
 * local stack as `npm start` runs it. The microphone is a WAV made with espeak-ng: the keys
 * conversation, then a question with a long spoken answer and a second question spoken over that
 * answer (barge-in). The page hears it through its AudioWorklet and the audio WebSocket, shows what
 * was heard and answered, plays the replies through Web Audio (its playback meter says what it
 * rendered), and cuts the reply it is talked over. Screenshots of each state go to
 * test-artifacts/web/.
 */
import { once } from "node:events";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { deviceTokenPath } from "../../agents-src/launcher/local-credentials";
import { keysConversation } from "../../scripts/keys-conversation";
import { FakeMicrophoneBrowser, launchWithMicrophone } from "../support/chromium";
import { writeConversationWav } from "../support/conversation-wav";
import { LaunchedStack, launchStack, serviceUrls, waitForOutput } from "../support/launched-stack";
import { buildWebClient } from "../support/web-client-build";

const repoRoot = join(__dirname, "../..");
const artefacts = join(repoRoot, "test-artifacts/web");
const voice = { voice: keysConversation.statement.voice, wordsPerMinute: keysConversation.statement.wordsPerMinute };

interface PageFigures {
  latencies: number[];
  events: Array<{ type: string; at: number | null }>;
  audioTime: number | null;
  playback: { audibleSamples: number; peak: number; firstHeardAt: number | null; lastHeardAt: number | null; cutAt: number[]; playing: boolean } | null;
}

/** What the page's functions see (the root tsconfig has no DOM library; these run in the browser). */
interface PageGlobals {
  voiceClientFigures(): PageFigures;
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
    cookie: string;
  };
  sessionStorage: { getItem(key: string): string | null };
  localStorage: { length: number };
}

const figures = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).voiceClientFigures());
const conversation = (page: Page) => page.locator("#conversation li").evaluateAll((items) => items.map((li) => li.textContent ?? ""));
const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });

/** Waits until the conversation shows every one of `turns`; failing, it says what the page showed. */
async function waitForTurns(page: Page, turns: string[], timeoutMs: number): Promise<void> {
  await page
    .waitForFunction(
      (expected) => {
        const seen = [...(globalThis as unknown as PageGlobals).document.querySelectorAll("#conversation li")].map((li) => li.textContent ?? "");
        return expected.every((text) => seen.includes(text));
      },
      turns,
      { timeout: timeoutMs, polling: 50 },
    )
    .catch(async (err: Error) => {
      await shot(page, "failed-turns");
      const state = await page.locator("#state").textContent();
      const error = await page.locator("#voice-error").textContent();
      throw new Error(`${err.message}\nexpected ${JSON.stringify(turns)}\nthe page shows ${JSON.stringify(await conversation(page))}, state ${JSON.stringify(state)}, error ${JSON.stringify(error)}`);
    });
}

describe("the web client in Chromium, on the local stack", () => {
  let dataDir: string;
  let stack: LaunchedStack;
  let browser: FakeMicrophoneBrowser;
  let page: Page;
  let webUrl: string;
  let token: string;

  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "web-stack-"));
    // As root the server runs as the postgres user, who must be able to reach the data directory.
    chmodSync(dataDir, 0o755);
    await buildWebClient();
    const microphone = join(dataDir, "microphone.wav");
    await writeConversationWav(microphone, [
      { pauseSeconds: 1 },
      { say: keysConversation.statement.text, ...voice },
      { pauseSeconds: 7 },
      { say: keysConversation.question.text, ...voice },
      { pauseSeconds: 6 },
      // A question whose answer lasts 3 s or more however it is heard (the skills, about 12 s, when
      // heard or not understood; "Sorry, I didn't catch that. Could you say it again?" when unsure),
      // and another question 3 s after it, while that answer is being spoken.
      { say: "what can you do", ...voice },
      { pauseSeconds: 3 },
      { say: "what time is it", ...voice },
      { pauseSeconds: 8 },
    ]);
    // On a busy machine pc2 loads its models slowly; the launcher waits longer than its default 60 s.
    stack = launchStack({ DATABASE_URL: undefined, LAUNCHER_DATA_DIR: dataDir, LAUNCHER_READY_TIMEOUT_MS: "150000" });
    const [, announced] = await waitForOutput(stack, /launcher: web client at (http:\/\/127\.0\.0\.1:\d+\/)/, 180_000);
    await waitForOutput(stack, /launcher: (every built service is ready|not ready: .*)/, 30_000);
    expect(stack.output()).toMatch(/launcher: every built service is ready/);
    webUrl = announced;
    expect(`${serviceUrls(stack.output()).get("coordinator")}/`).toBe(webUrl);
    token = readFileSync(deviceTokenPath(dataDir), "utf8").trim();
    browser = await launchWithMicrophone(microphone);
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (stack?.child.exitCode === null) {
      stack.child.kill("SIGINT");
      await once(stack.child, "exit");
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("refuses a wrong device token with a clear message, and keeps it out of the URL", async () => {
    await page.goto(webUrl);
    await page.locator("body[data-ready=true]").waitFor();
    await page.getByLabel("Device token").fill("not-a-device-token-of-this-stack");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectText(page, "#sign-in-error",
      "Sign-in failed. The device token was not accepted: device token not recognised or revoked. Check the token, or make a new one with npm run users -- token NAME.");
    expect(page.url()).toBe(webUrl);
    expect(await page.locator("#signed-in").isHidden()).toBe(true);
    await shot(page, "1-wrong-token");
  });

  it("signs in with the device token and shows the stack's health, one line per service", async () => {
    await page.getByLabel("Device token").fill(token);
    await page.getByLabel("Device token").press("Enter");
    await page.locator("#signed-in").waitFor();
    expect(page.url()).toBe(webUrl);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem("voice-device-token"))).toBe(token);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.length + (globalThis as unknown as PageGlobals).document.cookie.length)).toBe(0);
    // The monitor may have polled the coordinator before it was up; its next round says so.
    const coordinatorUp = /^coordinator: up \(\d+ ms\)$/;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await page.waitForTimeout(500)) {
      if ((await page.locator("#health li").allTextContents()).some((line) => coordinatorUp.test(line))) break;
      await page.getByRole("button", { name: "Refresh" }).last().click();
    }
    const health = await page.locator("#health li").allTextContents();
    const watched = [...serviceUrls(stack.output()).keys()].filter((name) => name !== "health-monitor");
    expect(health.map((line) => line.split(":")[0]).sort()).toEqual(watched.sort());
    expect(health.find((line) => line.startsWith("coordinator: "))).toMatch(/^coordinator: up \(\d+ ms\)$/);
    expect(health.find((line) => line.startsWith("fused-audio-preprocessor: "))).toMatch(/^fused-audio-preprocessor: up/);
    expect(await page.locator("#insecure").isHidden()).toBe(true);
    await shot(page, "2-signed-in");
  });

  it("hears the keys conversation hands-free, shows both turns word for word and plays both replies", async () => {
    await page.getByRole("button", { name: "Start talking" }).click();
    await expectText(page, "#state", /^(Connecting|Listening|Speech started)$/);
    await waitForTurns(page, ["You said" + keysConversation.statement.text, "AssistantOkay, I'll remember that your keys are in the drawer."], 30_000);
    await shot(page, "3-statement-heard");
    const afterStatement = await figures(page);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).voiceClientFigures().latencies.length >= 1, undefined, { timeout: 15_000 });
    await waitForTurns(page, ["You said" + keysConversation.question.text, "Assistant" + keysConversation.expectedReply], 30_000);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).voiceClientFigures().latencies.length >= 2, undefined, { timeout: 15_000 });
    await shot(page, "4-question-answered");
    const played = await figures(page);
    expect(afterStatement.events.map((e) => e.type)).toEqual(expect.arrayContaining(["session", "speech-started", "speech-ended", "transcript", "reply"]));
    // Over a second of audible 22.05 kHz speech rendered through the page's meter, not silence or a click.
    expect(played.playback?.audibleSamples).toBeGreaterThan(22050);
    expect(played.playback?.peak).toBeGreaterThan(0.05);
    for (const ms of played.latencies) expect(ms).toBeGreaterThan(0);
    expect((await conversation(page)).slice(0, 4)).toEqual([
      "You said" + keysConversation.statement.text,
      "AssistantOkay, I'll remember that your keys are in the drawer.",
      "You said" + keysConversation.question.text,
      "Assistant" + keysConversation.expectedReply,
    ]);
  }, 90_000);

  it("stops a reply at once when the user speaks over it", async () => {
    // The long answer starts playing...
    await page.waitForFunction(
      () => {
        const f = (globalThis as unknown as PageGlobals).voiceClientFigures();
        return f.latencies.length >= 3 && f.playback?.playing === true;
      },
      undefined,
      { timeout: 30_000, polling: 20 },
    );
    await shot(page, "5-long-reply-playing");
    // ...and is cut when the next question starts: the page stops it on the VAD's speech-started, and the server cancels it.
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).voiceClientFigures().playback?.cutAt.length ?? 0) >= 1,
      undefined,
      { timeout: 15_000, polling: 20 },
    );
    const cut = await figures(page);
    await page.waitForTimeout(300);
    const later = await figures(page);
    await shot(page, "6-barge-in");
    const cutAt = cut.playback?.cutAt[0] as number;
    writeFileSync(join(artefacts, "6-barge-in.json"), JSON.stringify({ cut, later }, null, 2));
    expect(later.playback?.playing).toBe(false);
    // Nothing audible was rendered past the cut but the audio thread's last report (20 ms).
    expect(later.playback?.lastHeardAt as number).toBeLessThan(cutAt + 0.03);
    expect(later.events.map((e) => e.type)).toContain("reply-cancelled");
    // The question said over the reply is heard and answered in its turn.
    await page.waitForFunction(
      () => [...(globalThis as unknown as PageGlobals).document.querySelectorAll("#conversation li")].filter((li) => li.textContent?.startsWith("You said")).length >= 4,
      undefined,
      { timeout: 20_000 },
    );
  }, 60_000);

  it("answers a typed question", async () => {
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByLabel("Type a question").fill("where are my keys");
    await page.getByLabel("Type a question").press("Enter");
    await waitForTurns(page, ["You typedwhere are my keys"], 5_000);
    await page.waitForFunction(
      (reply) => [...(globalThis as unknown as PageGlobals).document.querySelectorAll("#conversation li")].slice(-1)[0]?.textContent === reply,
      "Assistant" + keysConversation.expectedReply,
      { timeout: 10_000 },
    );
    await shot(page, "7-typed-question");
  }, 30_000);

  it("lists, searches and deletes a memory; the API no longer has it", async () => {
    const memories = async () =>
      ((await (await fetch(new URL("/v1/memories", webUrl), { headers: { authorization: `Bearer ${token}` } })).json()) as { memories: Array<{ id: string; content: string }> }).memories;
    // A memory of its own, told by typing, so that what the spoken turns stored does not matter here.
    await page.getByLabel("Type a question").fill("remember that my umbrella is in the car");
    await page.getByLabel("Type a question").press("Enter");
    await waitForTurns(page, ["AssistantOkay, I'll remember that your umbrella is in the car."], 10_000);
    const before = await memories();
    const umbrella = before.find((m) => m.content === "my umbrella is in the car");
    expect(umbrella).toBeDefined();
    await page.getByRole("button", { name: "All", exact: true }).click();
    await page.getByRole("button", { name: "Delete memory: my umbrella is in the car" }).waitFor();
    await page.getByLabel("Search memories").fill("umbrella");
    await page.getByLabel("Search memories").press("Enter");
    await page.waitForFunction(() => {
      const shown = [...(globalThis as unknown as PageGlobals).document.querySelectorAll("#memories li span")].map((s) => s.textContent);
      return shown.length === 1 && shown[0] === "my umbrella is in the car";
    });
    await shot(page, "8-memory-search");
    // From the keyboard, as a user without a mouse would. (A mouse click right after the full-page
    // screenshot above reached no element in 4 of 4 runs here: headless Chromium 156's viewport
    // after the screenshot; the same click without the conversation before it worked.)
    const [deleted] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "DELETE"),
      page.getByRole("button", { name: "Delete memory: my umbrella is in the car" }).press("Enter"),
    ]);
    expect(deleted.status()).toBe(204);
    expect(deleted.url()).toBe(new URL(`/v1/memories/${umbrella?.id}`, webUrl).href);
    const after = await memories();
    expect(after.map((m) => m.id)).not.toContain(umbrella?.id);
    expect(after.map((m) => m.id).sort()).toEqual(before.filter((m) => m.id !== umbrella?.id).map((m) => m.id).sort());
    // The page searches again and shows what the API has left (background work such as dreamworld's may add memories meanwhile).
    const left = after.filter((m) => m.content.includes("umbrella")).map((m) => m.content);
    await expectText(page, "#memories", left.length === 0 ? `No memory matches "umbrella".` : left.map((c) => `${c}Delete`).join(""));
    await shot(page, "9-memory-deleted");
  }, 30_000);
});

async function expectText(page: Page, selector: string, expected: string | RegExp): Promise<void> {
  const locator = page.locator(selector);
  await page.waitForFunction(
    ([sel, source, isRegExp]) => {
      const text = (globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent ?? "";
      return isRegExp ? new RegExp(source).test(text) : text === source;
    },
    [selector, typeof expected === "string" ? expected : expected.source, typeof expected !== "string"] as const,
    { timeout: 10_000 },
  ).catch(async () => {
    throw new Error(`${selector} shows ${JSON.stringify(await locator.textContent())}, expected ${String(expected)}`);
  });
}
