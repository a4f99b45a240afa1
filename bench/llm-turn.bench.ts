/**
 * `npm run bench:llm:turn` (the second part of `npm run bench:llm`): what the coordinator adds to
 * an llm reply on a spoken turn, from the words handed to the turn (its transcript: the end of
 * speech once heard) to the reply's first spoken piece (its first phrase, `SpokenSentences`)
 * reaching speech and to that piece's first audio, less the model's own time to write it; and
 * issue 27's figure as worded, the first audio less only the model's first text. Its target:
 * under 100 ms on top of the model's own first-token time.
 *
 * The real coordinator, router, memory services, unified-memory-reasoning and preprocessor (in this
 * process, as tests/core/coordinator-llm.test.ts runs them) and the llm on the generated tiny model
 * (its own process, one thread). Per turn, on this process's clock: the client's `transcript`
 * event, the llm request reaching the proxy below, and the client's first `audio-start`, less the
 * synthesis time it reports (when the first piece reached speech). The model's own time: its
 * first text (the llm's `llm_first_text_seconds`), plus the time from its first text to the text
 * that ends its first piece, taken by a proxy between coordinator and llm that reads the stream
 * with the coordinator's own reader and splitter, so it cuts where the coordinator does. Each such turn is followed by a skill's
 * turn ("where are my keys"): its words -> first audio shows what the context fetched ahead costs
 * the turns that do not use it. BENCH_RUNS rounds (default 15), medians with the lowest and
 * highest.
 */
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { agent as coordinatorAgent } from "../agents-src/core/coordinator/agent";
import { streamChat } from "../agents-src/core/coordinator/language-model/chat-stream";
import { SpokenSentences } from "../agents-src/core/coordinator/language-model/spoken-sentences";
import { startAgent } from "../agents-src/kit/agent";
import type { PeerClient } from "../agents-src/kit/peer-client";
import type { AudioClient, ClientEvent } from "../tests/audio/audio-client";
import { connectSpeaker, utterAsVad } from "../tests/support/coordinator-peers";
import { startLlmStack } from "../tests/support/llm-stack";

const runs = Number(process.env.BENCH_RUNS ?? 15);
// Short replies: each is spoken in real time before the next turn.
const maxTokens = 48;
/** Routed to small talk or out of domain as pocketsphinx hears them. */
const utterances = ["how are you doing today", "tell me a joke", "thank you very much", "what is the weather like today", "who are you"];
const llmIntents = new Set(["small_talk", "out_of_domain"]);
/** After each of those, a skill's turn (a memory search, as pocketsphinx hears it): what the context fetched ahead costs a turn that does not use it. */
const skillUtterance = { text: "where are my keys", intent: "recall" };

interface ModelTimes {
  askedAt: number;
  firstTextAt?: number;
  firstPieceAt?: number;
}

/**
 * Forwards the coordinator's llm calls and notes, per streamed reply, when its first text and the
 * text that completes its first spoken piece passed; both carry the same HTTP costs, so their
 * difference is the model's writing of the rest of the first piece.
 */
async function llmTimingProxy(llmUrl: string): Promise<{ url: string; replies: ModelTimes[]; close(): Promise<void> }> {
  const replies: ModelTimes[] = [];
  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const askedAt = performance.now();
    const cancel = new AbortController();
    // The coordinator leaving (a barge-in, a timeout) stops the llm, as it would without the proxy.
    res.on("close", () => res.writableFinished || cancel.abort());
    try {
      const body: Buffer[] = [];
      for await (const chunk of req) body.push(chunk as Buffer);
      const headers = Object.entries(req.headers).flatMap(([name, value]) => (["host", "connection", "content-length"].includes(name) || value === undefined ? [] : [[name, String(value)] as [string, string]]));
      const upstream = await fetch(`${llmUrl}${req.url}`, { method: req.method, headers, body: body.length > 0 ? Buffer.concat(body) : undefined, signal: cancel.signal });
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      if (!upstream.body) return void res.end();
      const [toCoordinator, toClock] = upstream.body.tee();
      const times: ModelTimes = { askedAt };
      if (upstream.headers.get("content-type")?.startsWith("text/event-stream")) replies.push(times);
      const timed = timeFirstPiece(toClock, times, cancel.signal);
      for await (const chunk of toCoordinator) res.write(chunk);
      res.end();
      await timed;
    } catch {
      res.destroy();
    }
  };
  // The llm (fastify) keeps an idle connection 72 s; node's default of 5 s would close the
  // coordinator's between llm turns (a reply spoken, then a skill's turn) and make every llm turn
  // pay for a new connection that the coordinator does not open when it talks to the llm itself.
  const server = createServer((req, res) => void forward(req, res));
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function timeFirstPiece(stream: ReadableStream<Uint8Array>, times: ModelTimes, signal: AbortSignal): Promise<void> {
  const asRead = { name: "llm", openStream: async () => new Response(stream) } as unknown as PeerClient;
  const sentences = new SpokenSentences();
  try {
    for await (const text of streamChat(asRead, { messages: [], maxTokens, temperature: 0 }, signal)) {
      times.firstTextAt ??= performance.now();
      if (times.firstPieceAt === undefined && sentences.push(text).length > 0) times.firstPieceAt = performance.now();
    }
    // A reply shorter than a first phrase is given to speech whole when it ends.
    times.firstPieceAt ??= performance.now();
  } catch {
    // Cut off: the turn does not count.
  }
}

async function firstTextSeconds(llmUrl: string): Promise<number> {
  const text = await (await fetch(`${llmUrl}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("llm_first_text_seconds_sum"));
  return Number(line?.split(" ").pop() ?? 0);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface TurnFigures {
  toLlm: number;
  toSpeech: number;
  toAudio: number;
  modelFirstText: number;
  modelFirstPiece: number;
  route: number;
}

interface HeardTurn {
  intent: string;
  text: string;
  words: number;
  firstAudio: { at: number; synthesisMs: number };
  route: number;
}

/** Says `text` and waits until its reply has been spoken; the client's clock for the transcript and the first audio. */
async function spokenTurn(say: () => Promise<void>, client: AudioClient): Promise<HeardTurn> {
  const seen = client.events.length;
  const since = (type: string): Array<{ event: ClientEvent; at: number }> =>
    client.events.flatMap((event, i) => (i >= seen && event.type === type ? [{ event, at: client.eventTimes[i] }] : []));
  await say();
  await client.waitFor(() => since("reply").length > 0 || since("error").length > 0, "the reply", 60_000);
  const [reply] = since("reply");
  if (!reply) throw new Error(`the turn failed: ${JSON.stringify(since("error")[0].event)}`);
  const intent = reply.event.intent as string;
  const text = reply.event.text as string;
  const splitter = new SpokenSentences();
  const speakCalls = llmIntents.has(intent) ? [...splitter.push(text), ...splitter.finish()].length : 1;
  await client.waitFor(() => since("audio-stop").length >= speakCalls, "the reply spoken", 60_000);
  const [firstAudio] = since("audio-start");
  return {
    intent,
    text,
    words: since("transcript")[0].at,
    firstAudio: { at: firstAudio.at, synthesisMs: Number(firstAudio.event.synthesisMs) },
    route: Number((reply.event.timings as Record<string, number>).route ?? NaN),
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const stack = await startLlmStack(21, { LLM_CONTEXT_SIZE: "2048" });
  const proxy = await llmTimingProxy(stack.llm.url);
  let client: AudioClient | undefined;
  const figures: TurnFigures[] = [];
  const skillToAudio: number[] = [];
  const skillRoute: number[] = [];
  let leftOut = 0;
  try {
    await stack.agents.started(
      startAgent(coordinatorAgent, { ...stack.coordinatorEnv, LLM_URL: proxy.url, COORDINATOR_LLM_MAX_TOKENS: String(maxTokens), COORDINATOR_LLM_FIRST_SENTENCE_TIMEOUT_MS: "20000" }),
    );
    const speaker = await connectSpeaker(stack.preprocessor.url);
    const audio = speaker.client;
    client = audio;
    const audioSession = speaker.sessionId;
    // The first round loads code and caches, and teaches the coordinator that the llm answers (docs/llm.md): not counted.
    for (let round = 0; round < runs + 1; round++) {
      const repliesBefore = proxy.replies.length;
      const firstTextBefore = await firstTextSeconds(stack.llm.url);
      const chat = await spokenTurn(() => utterAsVad(stack.vad, audioSession, utterances[round % utterances.length]), audio);
      const modelFirstText = ((await firstTextSeconds(stack.llm.url)) - firstTextBefore) * 1000;
      const model = proxy.replies[repliesBefore];
      // A skill's turn after it: the context fetched ahead for it is work that no reply uses.
      const skill = await spokenTurn(() => utterAsVad(stack.vad, audioSession, skillUtterance.text), audio);
      if (round === 0) continue;
      if (skill.intent === skillUtterance.intent) {
        skillToAudio.push(skill.firstAudio.at - skill.words);
        skillRoute.push(skill.route);
      } else leftOut++;
      const answered = llmIntents.has(chat.intent) && chat.text.length > 0 && proxy.replies.length > repliesBefore;
      if (!answered || model?.firstTextAt === undefined || model.firstPieceAt === undefined) {
        leftOut++;
        continue;
      }
      figures.push({
        toLlm: model.askedAt - chat.words,
        toSpeech: chat.firstAudio.at - chat.firstAudio.synthesisMs - chat.words,
        toAudio: chat.firstAudio.at - chat.words,
        modelFirstText,
        modelFirstPiece: modelFirstText + (model.firstPieceAt - model.firstTextAt),
        route: chat.route,
      });
    }
  } finally {
    client?.socket.close();
    await proxy.close();
    await stack.close();
  }
  const row = (name: string, values: number[]) =>
    console.log(`${name.padEnd(72)} ${median(values).toFixed(1).padStart(7)} ms  (${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)})`);
  const of = (pick: (f: TurnFigures) => number) => figures.map(pick);
  console.log(
    `llm turn bench: ${figures.length} spoken turns answered by the generated tiny llama (random weights, up to ${maxTokens} tokens), ` +
      `${skillToAudio.length} "${skillUtterance.text}" turns${leftOut > 0 ? `, ${leftOut} misheard or misrouted left out` : ""}; medians (lowest-highest); load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
  );
  row("model: first text (llm_first_text_seconds)", of((f) => f.modelFirstText));
  row("model: first spoken piece written", of((f) => f.modelFirstPiece));
  row("routing (the turn's route stage)", of((f) => f.route));
  row("words -> the llm is asked (routing, session write, context)", of((f) => f.toLlm));
  row("words -> first piece reaches speech", of((f) => f.toSpeech));
  row("words -> its first audio", of((f) => f.toAudio));
  row("plumbing: words -> first piece reaches speech, less the model's", of((f) => f.toSpeech - f.modelFirstPiece));
  row("plumbing: words -> first audio, less the model's first piece", of((f) => f.toAudio - f.modelFirstPiece));
  row("issue 27 as worded: words -> first audio, less the model's first text", of((f) => f.toAudio - f.modelFirstText));
  row("a skill's turn: routing", skillRoute);
  row("a skill's turn: words -> first audio", skillToAudio);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
