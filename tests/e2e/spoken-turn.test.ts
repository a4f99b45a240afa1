/**
 * The whole local stack as `npm start` runs it (its own PostgreSQL, every agent a process), asked
 * aloud: a WAV telling it where the keys are, then one asking where they are, both spoken by
 * espeak-ng and sent through the preprocessor's WebSocket by `npm run talk`'s client.
 */
import { execFile } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodeWav, readWav } from "../../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../../agents-src/audio/protocol/client-protocol";
import { keysConversation } from "../../scripts/keys-conversation";
import { SpokenTurnClient } from "../../scripts/spoken-turn-client";
import { speak } from "../pc2/support/spoken-audio";
import { LaunchedStack, launchStack, serviceUrls, waitForOutput } from "../support/launched-stack";
import { unreachableUrl } from "../support/memory-services";

const repoRoot = join(__dirname, "../..");
const run = promisify(execFile);

function talk(args: string[], preprocessorUrl: string) {
  return run(process.execPath, ["-r", "ts-node/register/transpile-only", "scripts/talk.ts", ...args], {
    cwd: repoRoot,
    env: { ...process.env, FUSED_AUDIO_PREPROCESSOR_URL: preprocessorUrl },
  });
}

describe("a spoken turn on the local stack", () => {
  let dataDir: string;
  let stack: LaunchedStack;
  let preprocessorUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "e2e-stack-"));
    // As root the server runs as the postgres user, who must be able to reach the data directory.
    chmodSync(dataDir, 0o755);
    stack = launchStack({ DATABASE_URL: undefined, LAUNCHER_DATA_DIR: dataDir });
    await waitForOutput(stack, /launcher: (every built service is ready|not ready: .*)/, 180_000);
    expect(stack.output()).toMatch(/launcher: every built service is ready/);
    preprocessorUrl = serviceUrls(stack.output()).get("fused-audio-preprocessor") as string;
    // talk, and its client here, find the stack's device token where the launcher wrote it.
    process.env.LAUNCHER_DATA_DIR = dataDir;
    expect(preprocessorUrl).toBeDefined();
  }, 200_000);

  afterAll(async () => {
    if (stack?.child.exitCode === null) {
      stack.child.kill("SIGINT");
      await once(stack.child, "exit");
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("remembers where the keys are when told aloud, and says where they are when asked aloud", async () => {
    const statement = join(dataDir, "statement.wav");
    const replyFile = join(dataDir, "reply.wav");
    writeFileSync(statement, await speak(keysConversation.statement.text, keysConversation.statement));

    const told = await talk([statement, "--out", replyFile, "--fast"], preprocessorUrl);
    expect(told.stdout).toMatch(/^you said: .*\bdrawer\b/m);
    expect(told.stdout).toMatch(/^reply: +Okay, I'll remember that .*\bdrawer\b/m);
    expect(told.stderr).toMatch(/intent: remember/);
    const spokenConfirmation = readWav(replyFile);
    expect(spokenConfirmation).toMatchObject({ sampleRate: 22050, channels: 1 });
    expect(spokenConfirmation.samples.length / 22050).toBeGreaterThan(1);

    // The question goes at the pace of speech, as from a microphone, and its events are checked one by one.
    const question = decodeWav(await speak(keysConversation.question.text, keysConversation.question));
    const client = await SpokenTurnClient.connect(`${preprocessorUrl.replace("http", "ws")}${clientAudioPath}`);
    try {
      const turn = await client.say(question, { realTime: true, timeoutMs: 30_000 });
      expect(turn.transcript).toMatch(/\bkeys\b/);
      expect(turn.reply).toMatchObject({ intent: "recall", text: expect.stringMatching(/\bdrawer\b/) });
      expect(turn.reply.timings).toEqual(expect.objectContaining({ stt: expect.any(Number), route: expect.any(Number), total: expect.any(Number) }));
      expect(turn.heard?.end).toBeGreaterThan(turn.heard?.start as number);
      expect(turn.at.transcript).toBeLessThanOrEqual(turn.at.reply);
      expect(turn.at.reply).toBeLessThanOrEqual(turn.at.firstAudio);
      // The answer is a sentence, spoken: over a second of 22.05 kHz speech, not a blip or silence.
      expect(turn.replyAudio).toMatchObject({ rate: 22050, channels: 1 });
      expect(turn.replyAudio.pcm.length / 2 / 22050).toBeGreaterThan(1);
      expect(rms(turn.replyAudio.pcm)).toBeGreaterThan(500);
    } finally {
      client.close();
    }
  }, 90_000);
});

describe("npm run talk without a stack", () => {
  it("says the stack is not running, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "talk-"));
    try {
      const file = join(dir, "hello.wav");
      writeFileSync(file, await speak("hello"));
      const failed = talk([file], await unreachableUrl()).then(
        () => ({ code: 0, stderr: "" }),
        (err: { code: number; stderr: string }) => err,
      );
      const { code, stderr } = await failed;
      expect(code).toBe(1);
      expect(stderr).toMatch(/cannot reach the fused-audio-preprocessor at ws:\/\/127\.0\.0\.1:\d+\/v1\/audio \(is `npm start` running\?\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("explains its usage when given no file", async () => {
    const failed = await talk([], await unreachableUrl()).catch((err: { code: number; stderr: string }) => err);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: npm run talk -- FILE\.wav/) });
  });
});

function rms(pcm: Buffer): number {
  let sum = 0;
  for (let i = 0; i < pcm.length; i += 2) sum += pcm.readInt16LE(i) ** 2;
  return Math.sqrt(sum / (pcm.length / 2));
}
