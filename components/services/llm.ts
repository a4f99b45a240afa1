import type { LlmSettings } from "../config/llm";

/** The llm agent's variables (agents-src/pc2/llm/config.ts) from the stack's `llm` settings. */
export function llmEnvironment(llm: LlmSettings): Record<string, string> {
  return {
    LLM_MODEL: llm.model,
    LLM_CONTEXT_SIZE: String(llm.contextSize),
    LLM_MAX_TOKENS: String(llm.maxTokens),
    LLM_PARALLEL: String(llm.parallel),
    LLM_THREADS: String(llm.threads),
  };
}

export const llmEnvNames = ["LLM_MODEL", "LLM_CONTEXT_SIZE", "LLM_MAX_TOKENS", "LLM_PARALLEL", "LLM_THREADS"] as const;
