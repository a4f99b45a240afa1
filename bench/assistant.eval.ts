/**
 * `npm run eval:assistant`: the labelled set of bench/assistant-eval-set.ts run on a whole local
 * stack (the launcher, as `npm start` runs it, on free ports and a fresh database), as text through
 * `/v1/ask`, or with `--spoken` said aloud over the audio WebSocket: each turn spoken by one of
 * `npm run eval:stt`'s voices (espeak-ng and flite; the tuned part's dialogues by its tuning
 * voices, the held-out and fresh parts' by its held-out voices), streamed as a microphone would,
 * and heard by the stack's own preprocessor, VAD and recogniser. Reports intent accuracy and task
 * success per category, each part (tuned, held-out, fresh, fresh-2, fresh-3) apart (spoken: per voice too), and
 * every out-of-domain request that was answered by another skill. Each dialogue is one session of
 * its own user, with a device token of its own, so timers and memories never meet.
 * `--part tuned|held-out|fresh|fresh-2|fresh-3` runs one part; `--dialogues-only` only the multi-turn dialogues (a
 * spoken turn takes seconds, the whole set spoken an hour on a busy machine); `--show-failures`
 * lists every failed turn.
 */
import { once } from "node:events";
import { Pool } from "pg";
import { decodeWav } from "../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../agents-src/audio/protocol/client-protocol";
import { addUser, issueDeviceToken } from "../agents-src/memory/identity/device-tokens";
import { SpokenTurnClient } from "../scripts/spoken-turn-client";
import { createTestDatabase, releaseTestServer } from "../tests/support/database";
import { launchStack, serviceUrls, waitForOutput } from "../tests/support/launched-stack";
import { Category, EvalDialogue, EvalPart, evalParts } from "./assistant-eval-kit";
import { evalSet } from "./assistant-eval-set";
import { cleanSpeech, EvalVoice, voices } from "./stt-speech-set";

interface TurnOutcome {
  dialogue: EvalDialogue;
  say: string;
  expectedIntent: string;
  intent: string;
  reply: string;
  /** Spoken: the voice that said it and what the recogniser heard. */
  voice?: string;
  heard?: string;
  intentOk: boolean;
  success: boolean;
}

const args = process.argv.slice(2);
const onlyPart = args.includes("--part") ? (args[args.indexOf("--part") + 1] as EvalPart) : undefined;
if (onlyPart !== undefined && !evalParts.includes(onlyPart)) throw new Error(`--part must be one of ${evalParts.join(", ")}`);
const showFailures = args.includes("--show-failures");
const spoken = args.includes("--spoken");
const dialoguesOnly = args.includes("--dialogues-only");

interface Answer {
  intent: string;
  reply: string;
  sessionId?: string;
  heard?: string;
}

/** Asks one turn; a session carries the conversation's earlier turns. */
type Asker = (text: string) => Promise<Answer>;

async function ask(url: string, token: string, text: string, sessionId: string | undefined): Promise<Answer> {
  const response = await fetch(`${url}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
  });
  const body = (await response.json()) as { intent?: string; reply?: string; sessionId?: string; error?: { message: string } };
  if (!response.ok) return { intent: `http ${response.status}`, reply: body.error?.message ?? "" };
  return { intent: body.intent ?? "", reply: body.reply ?? "", sessionId: body.sessionId ?? undefined };
}

function textAsker(coordinatorUrl: string, token: string): Asker {
  let sessionId: string | undefined;
  return async (text) => {
    const answer = await ask(coordinatorUrl, token, text, sessionId);
    sessionId = answer.sessionId ?? sessionId;
    return answer;
  };
}

/** A turn said aloud at 145 words a minute; the audio session keeps the conversation. */
function spokenAsker(client: SpokenTurnClient, voice: EvalVoice): Asker {
  return async (text) => {
    const recording = decodeWav(await cleanSpeech(voice, text, "normal"));
    try {
      const turn = await client.say(recording, { realTime: false, timeoutMs: 30_000 });
      return { intent: turn.reply.intent, reply: turn.reply.text, heard: turn.transcript };
    } catch (err) {
      return { intent: "no reply", reply: (err as Error).message };
    }
  };
}

async function runDialogue(dialogue: EvalDialogue, asker: Asker, voice?: EvalVoice): Promise<TurnOutcome[]> {
  const outcomes: TurnOutcome[] = [];
  for (const [say, expectedIntent, replyPattern] of dialogue.turns) {
    const answer = await asker(say);
    const intentOk = answer.intent === expectedIntent;
    outcomes.push({
      dialogue,
      say,
      expectedIntent,
      intent: answer.intent,
      reply: answer.reply,
      ...(voice ? { voice: voice.name, heard: answer.heard } : {}),
      intentOk,
      success: intentOk && new RegExp(replyPattern, "i").test(answer.reply),
    });
  }
  return outcomes;
}

const ratio = (part: number, whole: number): string => (whole === 0 ? "-" : (part / whole).toFixed(3));

function report(part: EvalPart, outcomes: TurnOutcome[]): void {
  const mine = outcomes.filter((o) => o.dialogue.part === part);
  const categories = [...new Set(mine.map((o) => o.dialogue.category))].sort() as Category[];
  console.log(`\n${part} part: ${mine.length} turns in ${new Set(mine.map((o) => o.dialogue.id)).size} conversations`);
  console.log(`${"category".padEnd(15)}${"turns".padStart(6)}${"intent acc".padStart(12)}${"task success".padStart(14)}${"dialogues ok".padStart(15)}`);
  for (const category of [...categories, "all" as const]) {
    const rows = category === "all" ? mine : mine.filter((o) => o.dialogue.category === category);
    const dialogues = [...new Set(rows.filter((o) => o.dialogue.turns.length > 1).map((o) => o.dialogue))];
    const dialoguesOk = dialogues.filter((d) => rows.filter((o) => o.dialogue === d).every((o) => o.success)).length;
    console.log(
      `${category.padEnd(15)}${String(rows.length).padStart(6)}${ratio(rows.filter((o) => o.intentOk).length, rows.length).padStart(12)}` +
        `${ratio(rows.filter((o) => o.success).length, rows.length).padStart(14)}${`${dialoguesOk}/${dialogues.length}`.padStart(15)}`,
    );
  }
  // The one outcome the issue rules out entirely: a request outside the skills answered by a skill.
  if (spoken) {
    console.log(`${"voice".padEnd(22)}${"turns".padStart(6)}${"intent acc".padStart(12)}${"task success".padStart(14)}`);
    for (const voice of [...new Set(mine.map((o) => o.voice as string))]) {
      const rows = mine.filter((o) => o.voice === voice);
      console.log(`${voice.padEnd(22)}${String(rows.length).padStart(6)}${ratio(rows.filter((o) => o.intentOk).length, rows.length).padStart(12)}${ratio(rows.filter((o) => o.success).length, rows.length).padStart(14)}`);
    }
  }
  const misanswered = mine.filter((o) => o.expectedIntent === "out_of_domain" && !["out_of_domain", "unknown"].includes(o.intent));
  console.log(`out-of-domain requests answered with another skill: ${misanswered.length}${misanswered.map((o) => `\n  ${JSON.stringify(o.say)} -> ${o.intent}`).join("")}`);
  if (showFailures) {
    for (const o of mine.filter((x) => !x.success)) {
      const heard = o.voice ? ` (${o.voice} heard ${JSON.stringify(o.heard ?? "")})` : "";
      console.log(`  FAIL [${o.dialogue.id}] ${JSON.stringify(o.say)}${heard}: expected ${o.expectedIntent}, got ${o.intent}: ${JSON.stringify(o.reply)}`);
    }
  }
}

/** A user of its own and a device token for each dialogue, as `npm run users -- token` gives them. */
async function dialogueTokens(databaseUrl: string, dialogues: readonly EvalDialogue[]): Promise<Map<EvalDialogue, string>> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const tokens = new Map<EvalDialogue, string>();
    for (const dialogue of dialogues) {
      const user = `eval-${dialogue.id}`.toLowerCase().slice(0, 64);
      await addUser(pool, user);
      tokens.set(dialogue, (await issueDeviceToken(pool, user, "eval")).token);
    }
    return tokens;
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  const db = await createTestDatabase("assistant_eval", { withVector: true });
  const stack = launchStack({ DATABASE_URL: db.url, TIME_ZONE: "UTC" });
  try {
    await waitForOutput(stack, /launcher: (every built service is ready|not ready: .*)/, 240_000);
    const urls = serviceUrls(stack.output());
    const coordinatorUrl = urls.get("coordinator");
    const preprocessorUrl = urls.get("fused-audio-preprocessor");
    if (!coordinatorUrl || !preprocessorUrl) throw new Error(`the stack did not start:\n${stack.output().slice(-3000)}`);
    const dialogues = evalSet.filter((d) => (onlyPart === undefined || d.part === onlyPart) && (!dialoguesOnly || d.turns.length > 1));
    const tokens = await dialogueTokens(db.url, dialogues);
    const started = performance.now();
    const outcomes: TurnOutcome[] = [];
    const voiceTurn = Object.fromEntries(evalParts.map((part) => [part, 0])) as Record<EvalPart, number>;
    // One dialogue at a time: a turn's reply depends on the turns before it.
    for (const dialogue of dialogues) {
      const token = tokens.get(dialogue) as string;
      if (!spoken) {
        outcomes.push(...(await runDialogue(dialogue, textAsker(coordinatorUrl, token))));
        continue;
      }
      const partVoices = voices[dialogue.part === "tuned" ? "tuning" : "held-out"];
      const voice = partVoices[voiceTurn[dialogue.part]++ % partVoices.length];
      const client = await SpokenTurnClient.connect(`${preprocessorUrl.replace(/^http/, "ws")}${clientAudioPath}`, { authorization: `Bearer ${token}` });
      try {
        outcomes.push(...(await runDialogue(dialogue, spokenAsker(client, voice), voice)));
      } finally {
        client.close();
      }
      process.stderr.write(`\r${outcomes.length} turns spoken`);
    }
    const mode = spoken ? "spoken over the audio WebSocket" : "text through /v1/ask";
    console.log(`eval:assistant (${mode}): ${outcomes.length} turns, ${dialogues.filter((d) => d.turns.length > 1).length} multi-turn dialogues, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const part of evalParts) if (onlyPart === undefined || onlyPart === part) report(part, outcomes);
  } finally {
    if (stack.child.exitCode === null) {
      stack.child.kill("SIGINT");
      await once(stack.child, "exit");
    }
    await db.drop();
    await releaseTestServer();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
