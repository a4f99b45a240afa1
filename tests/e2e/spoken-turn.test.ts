/**
 * The whole local stack as `npm start` runs it (its own PostgreSQL, every agent a process), asked
 * aloud: a WAV telling it where the keys are, then one asking where they are, both spoken by
 * espeak-ng and sent through the preprocessor's WebSocket by `npm run talk`'s client.
 *
 * The voice is issue 24's: espeak-ng's en-gb+f3 at 145 words a minute, the one a new user tried,
 * not one picked because the recogniser hears it. Replies are checked word for word: "drawer"
 * somewhere in a reply once passed on "You are the keys are in the drawer."
 */
import { execFile } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodeWav, readWav } from "../../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../../agents-src/audio/protocol/client-protocol";
import { SpokenTurnClient } from "../../scripts/spoken-turn-client";
import { speak } from "../pc2/support/spoken-audio";
import { LaunchedStack, launchStack, serviceUrls, waitForOutput } from "../support/launched-stack";
import { unreachableUrl } from "../support/memory-services";

const repoRoot = join(__dirname, "../..");
const newUsersVoice = { voice: "en-gb+f3", wordsPerMinute: 145 };
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

  const tell = async (name: string) => {
    const statement = join(dataDir, `${name}.wav`);
    const replyFile = join(dataDir, `${name}-reply.wav`);
    writeFileSync(statement, await speak("remember that my keys are in the drawer", newUsersVoice));
    const told = await talk([statement, "--out", replyFile, "--fast"], preprocessorUrl);
    return { ...told, replyFile, heard: /^you said: (.*)$/m.exec(told.stdout)?.[1], reply: /^reply: +(.*)$/m.exec(told.stdout)?.[1] };
  };

  it("never confirms a fact other than the one said, and speaks every reply", async () => {
    const told = await tell("statement");
    // What pocketsphinx makes of this voice decides which; a garbled fact is never confirmed as stored.
    expect([
      "Okay, I'll remember that your keys are in the drawer.",
      "Sorry, I didn't catch that. Could you say it again?",
      `I heard "${told.heard}" - should I remember that?`,
    ]).toContain(told.reply);
    const spokenReply = readWav(told.replyFile);
    expect(spokenReply).toMatchObject({ sampleRate: 22050, channels: 1 });
    expect(spokenReply.samples.length / 22050).toBeGreaterThan(1);

    // The question goes at the pace of speech, as from a microphone, and its events are checked one by one.
    const question = decodeWav(await speak("where are my keys", newUsersVoice));
    const client = await SpokenTurnClient.connect(`${preprocessorUrl.replace("http", "ws")}${clientAudioPath}`);
    try {
      const turn = await client.say(question, { realTime: true, timeoutMs: 30_000 });
      expect(turn.transcript).toEqual(expect.any(String));
      expect(turn.reply.timings).toEqual(expect.objectContaining({ stt: expect.any(Number), total: expect.any(Number) }));
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

  // Issue 24's goal, not met yet: pocketsphinx hears this voice's statement as "these are all"
  // (docs/hearing.md). `failing` passes while it fails; when the stack gets it right, this test
  // fails and should become a plain `it`.
  it.failing("remembers where the keys are when told aloud, and says where they are when asked aloud, word for word", async () => {
    const told = await tell("exact-statement");
    expect(told.heard).toBe("remember that my keys are in the drawer");
    expect(told.reply).toBe("Okay, I'll remember that your keys are in the drawer.");
    expect(told.stderr).toMatch(/intent: remember/);
    const client = await SpokenTurnClient.connect(`${preprocessorUrl.replace("http", "ws")}${clientAudioPath}`);
    try {
      const turn = await client.say(decodeWav(await speak("where are my keys", newUsersVoice)), { realTime: true, timeoutMs: 30_000 });
      expect(turn.transcript).toBe("where are my keys");
      expect(turn.reply).toMatchObject({ intent: "recall", text: "Your keys are in the drawer." });
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
