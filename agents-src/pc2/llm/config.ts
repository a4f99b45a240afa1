import { z } from "zod";
import { baseAgentConfig } from "../../kit";
import { ggufModelFile } from "./model-file";

const positiveInt = z.coerce.number().int().positive();

export const llmConfig = baseAgentConfig.extend({
  MODELS_DIR: z.string().min(1).default("/models"),
  /** Unset: the service runs, answers 503 llm_not_configured, and /ready says so. */
  LLM_MODEL: z.preprocess((v) => (v === "" ? undefined : v), ggufModelFile.optional()),
  /** "auto": CUDA when a GPU is visible and the CUDA build loads, else the CPU. */
  LLM_DEVICE: z.enum(["auto", "cpu", "cuda"]).default("auto"),
  /** Tokens of prompt and reply together; the model's own training length caps it. */
  LLM_CONTEXT_SIZE: positiveInt.default(4096),
  /** Requests generated at once (one context sequence each); more wait for a free one. */
  LLM_PARALLEL: positiveInt.max(16).default(1),
  /** CPU threads for generation; 0 lets llama.cpp use every core. On a shared host fewer is faster (spin-waiting). */
  LLM_THREADS: z.coerce.number().int().min(0).default(0),
  /** The most tokens a reply may have; a request's max_tokens may only ask for fewer. */
  LLM_MAX_TOKENS: positiveInt.max(8192).default(512),
  /** A request waiting longer than this for a free sequence is refused with 503. */
  LLM_QUEUE_TIMEOUT_MS: positiveInt.default(10_000),
});
export type LlmConfig = z.infer<typeof llmConfig>;
