import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getFreePort } from "../../agents-src/kit/ports";
import { AgentProcess, spawnAgent, waitUntil } from "./agent-process";
import { internalCredential } from "./access";
import { writeTinyLlamaGguf } from "./tiny-gguf";

export const tinyModelFile = "tiny-random-llama.gguf";

/** A models directory holding the generated tiny llama model. */
export function tinyModelsDir(seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), "voice-llm-models-"));
  writeTinyLlamaGguf(join(dir, tinyModelFile), seed);
  return dir;
}

/**
 * The llm agent as its own process: node-llama-cpp is ESM with top-level await, which jest's
 * module system cannot load, and a real process is how the stack runs it anyway. One thread:
 * on a shared CPU, llama.cpp's threads spin-wait for each other.
 */
export async function spawnLlm(env: Record<string, string>, waitForModel = true): Promise<AgentProcess> {
  const llm = await spawnAgent("llm", await getFreePort(), {
    INTERNAL_TOKEN_FILE: internalCredential().file,
    LLM_THREADS: "1",
    LLM_CONTEXT_SIZE: "1024",
    ...env,
  });
  if (waitForModel && env.LLM_MODEL !== undefined) {
    await waitUntil(async () => (await fetch(`${llm.url}/ready`)).ok, 60_000, 100);
  }
  return llm;
}
