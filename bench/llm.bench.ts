/**
 * llm figures on the generated tiny llama model (random weights): what the plumbing costs, not
 * what a real model would. Per streamed reply, as the coordinator consumes it (HTTP + SSE +
 * its splitter): time to the first token and to the first spoken piece (the reply's first
 * phrase, `SpokenSentences`), generation speed, the HTTP/SSE overhead (first token seen by the
 * client minus first text inside the llm, from its llm_first_text_seconds histogram), and
 * espeak-ng's time to that piece's first audio (its process started ahead, as the preprocessor runs it). Medians over the runs; one llama.cpp thread, as on a shared CPU.
 */
import { readFileSync, rmSync } from "node:fs";
import { streamChat } from "../agents-src/core/coordinator/language-model/chat-stream";
import { SpokenSentences } from "../agents-src/core/coordinator/language-model/spoken-sentences";
import { PeerClient } from "../agents-src/kit/peer-client";
import { EspeakSynthesizer } from "../agents-src/audio/speech-synthesis/espeak-ng";
import { internalCredential } from "../tests/support/access";
import { spawnLlm, tinyModelFile, tinyModelsDir } from "../tests/support/llm-service";

const runs = Number(process.env.BENCH_RUNS ?? 15);
const maxTokens = 64;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function firstTextSum(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("llm_first_text_seconds_sum"));
  return Number(line?.split(" ").pop() ?? 0);
}

async function main(): Promise<void> {
  const modelsDir = tinyModelsDir(21);
  const llm = await spawnLlm({ MODELS_DIR: modelsDir, LLM_MODEL: tinyModelFile, LLM_DEVICE: "cpu" });
  const client = new PeerClient("llm", llm.url, { credential: readFileSync(internalCredential().file, "utf8").trim() });
  const figures = { firstToken: [] as number[], firstSentence: [] as number[], tokensPerSecond: [] as number[], sseOverhead: [] as number[], firstAudio: [] as number[] };
  // As the preprocessor speaks: each reply's espeak-ng is started before its text is known.
  const synthesizer = new EspeakSynthesizer({ voice: "en-us", wordsPerMinute: 170 });
  synthesizer.prepare();
  try {
    for (let run = 0; run < runs + 1; run++) {
      const before = await firstTextSum(llm.url);
      const started = performance.now();
      let firstToken: number | undefined;
      let firstSentence: string | undefined;
      let firstSentenceMs: number | undefined;
      let pieces = 0;
      const sentences = new SpokenSentences();
      const messages = [{ role: "user" as const, content: `tell me something nice, number ${run}` }];
      for await (const text of streamChat(client, { messages, maxTokens, temperature: 0.8 }, new AbortController().signal)) {
        firstToken ??= performance.now() - started;
        pieces++;
        const done = sentences.push(text);
        if (firstSentence === undefined && done.length > 0) {
          firstSentence = done[0];
          firstSentenceMs = performance.now() - started;
        }
      }
      const total = performance.now() - started;
      if (firstSentence === undefined) {
        firstSentence = sentences.finish()[0] ?? "nothing";
        firstSentenceMs = total;
      }
      const serverFirstText = ((await firstTextSum(llm.url)) - before) * 1000;
      const speechStarted = performance.now();
      const speech = await synthesizer.synthesize(firstSentence, new AbortController().signal);
      for await (const _chunk of speech.pcm) break;
      const firstAudio = performance.now() - speechStarted;
      // The first run loads code paths and caches; it is not counted.
      if (run === 0) continue;
      figures.firstToken.push(firstToken ?? total);
      figures.firstSentence.push(firstSentenceMs as number);
      figures.tokensPerSecond.push(pieces / ((total - (firstToken ?? 0)) / 1000));
      figures.sseOverhead.push((firstToken ?? total) - serverFirstText);
      figures.firstAudio.push(firstAudio);
    }
  } finally {
    synthesizer.close();
    client.close();
    await llm.kill("SIGTERM");
    rmSync(modelsDir, { recursive: true, force: true });
  }
  const row = (name: string, values: number[], unit: string) => console.log(`${name.padEnd(52)} ${median(values).toFixed(1).padStart(8)} ${unit}`);
  console.log(`llm bench: generated tiny llama (random weights), ${runs} streamed replies of up to ${maxTokens} tokens, medians`);
  row("first token (client, HTTP + SSE)", figures.firstToken, "ms");
  row("first spoken piece (client)", figures.firstSentence, "ms");
  row("generation speed (text chunks after the first)", figures.tokensPerSecond, "chunks/s");
  row("HTTP + SSE overhead on the first token", figures.sseOverhead, "ms");
  row("espeak-ng: first piece to first audio", figures.firstAudio, "ms");
  row("first piece + its first audio (no STT/routing)", figures.firstSentence.map((v, i) => v + figures.firstAudio[i]), "ms");
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
