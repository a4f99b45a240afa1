/**
 * `npm run eval:assistant`: the labelled set of bench/assistant-eval-set.ts run as text through
 * `/v1/ask` on a whole local stack (the launcher, as `npm start` runs it, on free ports and a
 * fresh database). Reports intent accuracy and task success per category, the tuned and the
 * held-out part apart, and every out-of-domain request that was answered by another skill.
 * Each dialogue is one session of its own user (`x-voice-user`), so timers never meet.
 * `--part tuned|held-out` runs one part; `--show-failures` lists every failed turn.
 */
import { once } from "node:events";
import { createTestDatabase, releaseTestServer } from "../tests/support/database";
import { launchStack, serviceUrls, waitForOutput } from "../tests/support/launched-stack";
import { Category, EvalDialogue, EvalPart, evalSet } from "./assistant-eval-set";

interface TurnOutcome {
  dialogue: EvalDialogue;
  say: string;
  expectedIntent: string;
  intent: string;
  reply: string;
  intentOk: boolean;
  success: boolean;
}

const args = process.argv.slice(2);
const onlyPart = args.includes("--part") ? (args[args.indexOf("--part") + 1] as EvalPart) : undefined;
const showFailures = args.includes("--show-failures");

async function ask(url: string, user: string, text: string, sessionId: string | undefined): Promise<{ intent: string; reply: string; sessionId?: string }> {
  const response = await fetch(`${url}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-voice-user": user },
    body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
  });
  const body = (await response.json()) as { intent?: string; reply?: string; sessionId?: string; error?: { message: string } };
  if (!response.ok) return { intent: `http ${response.status}`, reply: body.error?.message ?? "" };
  return { intent: body.intent ?? "", reply: body.reply ?? "", sessionId: body.sessionId ?? undefined };
}

async function runDialogue(url: string, dialogue: EvalDialogue): Promise<TurnOutcome[]> {
  const outcomes: TurnOutcome[] = [];
  let sessionId: string | undefined;
  for (const [say, expectedIntent, replyPattern] of dialogue.turns) {
    const answer = await ask(url, `eval-${dialogue.id}`, say, sessionId);
    sessionId = answer.sessionId ?? sessionId;
    const intentOk = answer.intent === expectedIntent;
    outcomes.push({ dialogue, say, expectedIntent, intent: answer.intent, reply: answer.reply, intentOk, success: intentOk && new RegExp(replyPattern, "i").test(answer.reply) });
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
  const misanswered = mine.filter((o) => o.expectedIntent === "out_of_domain" && !["out_of_domain", "unknown"].includes(o.intent));
  console.log(`out-of-domain requests answered with another skill: ${misanswered.length}${misanswered.map((o) => `\n  ${JSON.stringify(o.say)} -> ${o.intent}`).join("")}`);
  if (showFailures) {
    for (const o of mine.filter((x) => !x.success)) {
      console.log(`  FAIL [${o.dialogue.id}] ${JSON.stringify(o.say)}: expected ${o.expectedIntent}, got ${o.intent}: ${JSON.stringify(o.reply)}`);
    }
  }
}

async function main(): Promise<void> {
  const db = await createTestDatabase("assistant_eval", { withVector: true });
  const stack = launchStack({ DATABASE_URL: db.url, TIME_ZONE: "UTC" });
  try {
    await waitForOutput(stack, /launcher: (every built service is ready|not ready: .*)/, 240_000);
    const url = serviceUrls(stack.output()).get("coordinator");
    if (!url) throw new Error(`the coordinator did not start:\n${stack.output().slice(-3000)}`);
    const dialogues = evalSet.filter((d) => onlyPart === undefined || d.part === onlyPart);
    const started = performance.now();
    const outcomes: TurnOutcome[] = [];
    // One dialogue at a time: a turn's reply depends on the turns before it.
    for (const dialogue of dialogues) outcomes.push(...(await runDialogue(url, dialogue)));
    console.log(`eval:assistant: ${outcomes.length} turns, ${dialogues.filter((d) => d.turns.length > 1).length} multi-turn dialogues, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const part of ["tuned", "held-out"] as const) if (onlyPart === undefined || onlyPart === part) report(part, outcomes);
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
