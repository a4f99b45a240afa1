/**
 * `npm run eval:assistant`: the labelled set of bench/assistant-eval-set.ts run on a whole local
 * stack (the launcher, as `npm start` runs it, on free ports and a fresh database), as text through
 * `/v1/ask`, or with `--spoken` said aloud over the audio WebSocket: each turn spoken by one of
 * `npm run eval:stt`'s voices (espeak-ng and flite; the tuned part's dialogues by its tuning
 * voices, the held-out and fresh parts' by its held-out voices), streamed as a microphone would,
 * and heard by the stack's own preprocessor, VAD and recogniser. Reports intent accuracy and task
 * success per category, each part of the kit's `evalParts` (tuned, held-out, fresh, fresh-2, ...) apart (spoken: per voice too), and
 * every out-of-domain request that was answered by another skill. Each dialogue is one session of
 * its own user, with a device token of its own, so timers and memories never meet.
 * `--part NAME` runs one of those parts; `--dialogues-only` only the multi-turn dialogues (a
 * spoken turn takes seconds, the whole set spoken an hour on a busy machine); `--show-failures`
 * lists every failed turn. `--spoken --enrol`: before its dialogue, each dialogue's user enrols
 * the dialogue's voice through the coordinator's POST /v1/speaker-enrolment with their device
 * token, as the web client's "Teach it my voice" does (the 20 enrolment sentences said by that
 * voice as `eval:stt --adapt` enrols it), and the dialogue starts once pc2 has adapted the model
 * and built the user's recogniser; every run gets a data folder of its own, so a voice enrolled
 * in one run is never heard in the next. The stack runs in a zone where the run starts at about
 * midday on UTC's date (bench/eval-time-zone.ts), so a reminder "at 4 pm" means today at any hour
 * of the run; `--time-zone ZONE` runs it in another.
 */
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Pool } from "pg";
import { decodeWav, encodeWav } from "../agents-src/audio/dsp/wav-file";
import { clientAudioPath } from "../agents-src/audio/protocol/client-protocol";
import { addUser, issueDeviceToken } from "../agents-src/memory/identity/device-tokens";
import { speechSampleRate } from "../agents-src/pc2/model-server/speech-to-text";
import { SpeakerEnrolmentClient } from "../scripts/speaker-enrolment-client";
import { SpokenTurnClient } from "../scripts/spoken-turn-client";
import { createTestDatabase, releaseTestServer } from "../tests/support/database";
import { launchStack, serviceUrls, waitForOutput } from "../tests/support/launched-stack";
import { Category, EvalDialogue, EvalPart, evalParts } from "./assistant-eval-kit";
import { evalSet } from "./assistant-eval-set";
import { evalTimeZone } from "./eval-time-zone";
import { cleanSpeech, enrolmentRecordings, EvalVoice, Split, voices } from "./stt-speech-set";

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
const enrol = args.includes("--enrol");
const timeZone = evalTimeZone(args, new Date());
if (enrol && !spoken) throw new Error("--enrol teaches the stack each dialogue's voice: it needs --spoken");

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

/**
 * The token's user enrols `voice` as a user of the web client does: the enrolment sentences said
 * by the voice, posted as 16 kHz mono WAV to the edge route, then followed until pc2's adaptation
 * is over and the user's own recogniser is built (before that the stack's recogniser hears them).
 * Resolves to why the enrolment failed (none once the user is heard by their own model), and how
 * often the upload was refused for now (503) and sent again.
 */
async function enrolVoice(coordinatorUrl: string, token: string, split: Split, voice: EvalVoice): Promise<{ failure?: string; retries: number }> {
  const clips = (await enrolmentRecordings(split, voice)).map(({ text, audio }) => ({
    text,
    audio: encodeWav({ sampleRate: speechSampleRate, channels: 1, samples: Int16Array.from(audio, (x) => Math.round(x * 32767)) }).toString("base64"),
  }));
  try {
    const { failure, retries } = await new SpeakerEnrolmentClient(coordinatorUrl, token).enrol(clips);
    return { failure, retries };
  } catch (err) {
    // Any refusal but a 503 is this eval's fault (the one enrolment of a user, sent one after another), not a voice's outcome.
    throw new Error(`${voice.name}: ${(err as Error).message}`);
  }
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
  // pc2 keeps enrolled voices in the data folder (speakers/<user>) and reads them at start: the
  // eval's users, the same in every run, must not find a voice enrolled by an earlier run.
  const dataDir = await mkdtemp(join(tmpdir(), "assistant-eval-"));
  const stack = launchStack({ DATABASE_URL: db.url, TIME_ZONE: timeZone, LAUNCHER_DATA_DIR: dataDir });
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
    const enrolments = { done: 0, seconds: 0, retries: 0, failed: [] as string[] };
    // One dialogue at a time: a turn's reply depends on the turns before it.
    for (const dialogue of dialogues) {
      const token = tokens.get(dialogue) as string;
      if (!spoken) {
        outcomes.push(...(await runDialogue(dialogue, textAsker(coordinatorUrl, token))));
        continue;
      }
      const split: Split = dialogue.part === "tuned" ? "tuning" : "held-out";
      const partVoices = voices[split];
      const voice = partVoices[voiceTurn[dialogue.part]++ % partVoices.length];
      if (enrol) {
        const enrolling = performance.now();
        const { failure, retries } = await enrolVoice(coordinatorUrl, token, split, voice);
        enrolments.seconds += (performance.now() - enrolling) / 1000;
        enrolments.done += 1;
        enrolments.retries += retries;
        if (failure) enrolments.failed.push(`${dialogue.id} (${voice.name}): ${failure}`);
      }
      const client = await SpokenTurnClient.connect(`${preprocessorUrl.replace(/^http/, "ws")}${clientAudioPath}`, { authorization: `Bearer ${token}` });
      try {
        outcomes.push(...(await runDialogue(dialogue, spokenAsker(client, voice), voice)));
      } finally {
        client.close();
      }
      process.stderr.write(`\r${enrol ? `${enrolments.done}/${dialogues.length} users enrolled, ` : ""}${outcomes.length} turns spoken`);
    }
    // The progress line ends without one, and the summary goes to stdout.
    if (spoken) process.stderr.write("\n");
    const mode = spoken ? `spoken over the audio WebSocket${enrol ? ", each user's voice enrolled first" : ""}` : "text through /v1/ask";
    console.log(`eval:assistant (${mode}): ${outcomes.length} turns, ${dialogues.filter((d) => d.turns.length > 1).length} multi-turn dialogues, ${((performance.now() - started) / 1000).toFixed(1)} s; the stack's time zone ${timeZone}, its clock at the start ${new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(Date.now() - (performance.now() - started)))}`);
    if (enrol) {
      console.log(`enrolments: ${enrolments.done - enrolments.failed.length} of ${enrolments.done} ready, ${enrolments.seconds.toFixed(1)} s in all, ${enrolments.retries} uploads refused for now (503) and sent again${enrolments.failed.map((f) => `\n  failed: ${f}`).join("")}`);
    }
    for (const part of evalParts) if (onlyPart === undefined || onlyPart === part) report(part, outcomes);
  } finally {
    if (stack.child.exitCode === null) {
      stack.child.kill("SIGINT");
      await once(stack.child, "exit");
    }
    await db.drop();
    await releaseTestServer();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
