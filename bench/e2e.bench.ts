/**
 * `npm run bench:e2e`: spoken turns on the running local stack (`npm start`), streamed at the pace
 * of speech like a microphone: latency from the end of speech (the last speech sample sent) to the
 * first byte of the spoken reply, p50/p95, split by stage from what the agents report: the VAD's
 * end-of-speech decision (its `decidedAt` against where the speech really ended), the
 * coordinator's queue, speech-to-text, routing, the intent's handler (memory calls for remember and
 * recall), session writes, and the preprocessor's synthesis to the first audio; "hops" is the rest
 * (ZeroMQ and HTTP between agents, event delivery). Target with the offline engines: p50 < 800 ms.
 * FUSED_AUDIO_PREPROCESSOR_URL overrides the catalog's address; BENCH_TURNS the number of turns.
 */
import { floatToInt16 } from "../agents-src/audio/dsp/pcm";
import { clientAudioPath } from "../agents-src/audio/protocol/client-protocol";
import { httpUrl, peerUrlEnvName } from "../agents-src/kit/catalog";
import { SpokenTurn, SpokenTurnClient } from "../scripts/spoken-turn-client";
import { keysConversation } from "../scripts/keys-conversation";
import { corpusSampleRate, speak } from "./speech-corpus";

const base = process.env[peerUrlEnvName("fused-audio-preprocessor")] ?? httpUrl("fused-audio-preprocessor", "127.0.0.1");
const url = `${base.replace(/^http/, "ws")}${clientAudioPath}`;
const turns = Number(process.env.BENCH_TURNS ?? 20);
const targetP50Ms = 800;

/** Voices pocketsphinx hears these sentences correctly in (see scripts/keys-conversation.ts). */
const utterances = [
  { ...keysConversation.statement, speed: keysConversation.statement.wordsPerMinute, intent: "remember" },
  { ...keysConversation.question, speed: keysConversation.question.wordsPerMinute, intent: "recall" },
];

const stages = ["vad", "queue", "stt", "route", "handler", "memory", "tts", "hops"] as const;
type Stage = (typeof stages)[number];
const stageNames: Record<Stage, string> = {
  vad: "VAD end-of-speech decision",
  queue: "coordinator queue",
  stt: "speech-to-text (pc2)",
  route: "route (task-router)",
  handler: "handler (memory calls)",
  memory: "session writes",
  tts: "TTS to first audio",
  hops: "hops between agents",
};

interface Sample {
  totalMs: number;
  stages: Record<Stage, number>;
  intent: string;
}

/** The turn's latency split by stage; route and the first session write run side by side, so the slower one counts. */
function measure(turn: SpokenTurn): Sample {
  const timings = turn.reply.timings;
  const totalMs = turn.at.firstAudio - turn.at.speechEnd;
  const vad = turn.heard ? (turn.heard.decidedAt - turn.speechEndInStream) * 1000 : NaN;
  const tts = turn.replyAudio.synthesisMs;
  const split = {
    vad,
    queue: timings.queue ?? 0,
    stt: timings.stt ?? 0,
    route: timings.route ?? 0,
    handler: timings.handler ?? 0,
    memory: timings.memory ?? 0,
    tts,
    hops: totalMs - vad - (timings.total ?? 0) - tts,
  };
  return { totalMs, stages: split, intent: turn.reply.intent };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number): string => `${value.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  const recordings = utterances.map((u) => ({ sampleRate: corpusSampleRate, channels: 1, samples: floatToInt16(speak(u)) }));
  console.log(`bench:e2e against ${url}: ${turns} spoken turns at the pace of speech; target p50 < ${targetP50Ms} ms (end of speech -> first reply audio)`);
  const client = await SpokenTurnClient.connect(url);
  const samples: Sample[] = [];
  try {
    // One unmeasured turn of each kind: the first of anything (a cold decoder, empty caches) is not what a user waits for twice.
    for (const recording of recordings) await client.say(recording, { realTime: true, timeoutMs: 30_000 });
    for (let i = 0; i < turns; i++) {
      const sample = measure(await client.say(recordings[i % recordings.length], { realTime: true, timeoutMs: 30_000 }));
      samples.push(sample);
      process.stderr.write(`turn ${i + 1}/${turns}: ${sample.intent}, ${sample.totalMs.toFixed(0)} ms\n`);
    }
  } finally {
    client.close();
  }

  report("all turns", samples);
  utterances.forEach((u, i) => report(`"${u.text}"`, samples.filter((_, n) => n % utterances.length === i)));
  const misheard = samples.filter((s, i) => s.intent !== utterances[i % utterances.length].intent).length;
  if (misheard > 0) console.log(`warning: ${misheard} turns were answered with another intent than the sentence asks for (speech-to-text errors)`);
}

function report(name: string, samples: Sample[]): void {
  const totals = samples.map((s) => s.totalMs);
  const p50 = percentile(totals, 50);
  console.log(`\n${name}: end of speech -> first reply audio p50 ${ms(p50)} (${(p50 / targetP50Ms).toFixed(2)}x target)  p95 ${ms(percentile(totals, 95))}  n=${samples.length}`);
  console.log(`  ${"stage".padEnd(28)}      p50        p95   share of p50`);
  for (const stage of stages) {
    const values = samples.map((s) => s.stages[stage]);
    const stageP50 = percentile(values, 50);
    console.log(`  ${stageNames[stage].padEnd(28)} ${ms(stageP50)}   ${ms(percentile(values, 95))}   ${((stageP50 / p50) * 100).toFixed(0).padStart(3)}%`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench:e2e failed: ${(err as Error).message}`);
  process.exit(1);
});
