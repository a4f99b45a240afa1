import { z } from "zod";
import { ggufModelFile } from "../../agents-src/pc2/llm/model-file";

const positiveInt = z.int().positive();

/**
 * The local language model. Absent: no llm container is declared and the coordinator gets no
 * LLM_URL, so small talk and out-of-domain requests keep their fixed replies.
 */
export const llmSchema = z.strictObject({
  /** A GGUF file in the models volume (put there by the models job or by hand). */
  model: ggufModelFile,
  contextSize: positiveInt.default(4096),
  maxTokens: positiveInt.max(8192).default(512),
  /** Replies generated at once; each holds its own share of the context memory. */
  parallel: positiveInt.max(16).default(1),
  /** CPU threads; 0: every core llama.cpp sees. */
  threads: z.int().min(0).default(0),
});

export type LlmSettings = z.output<typeof llmSchema>;
