import { Counter, Histogram, Registry } from "../../kit";
import type { Generation } from "./chat-generation";

export interface GenerationMetrics {
  record(generation: Generation, seconds: number, firstTextSeconds: number | undefined): void;
}

/** Replies by how they ended (a barge-in shows as "cancelled"), tokens generated, and time to the first text. */
export function createGenerationMetrics(registry: Registry): GenerationMetrics {
  const replies = new Counter({ name: "llm_replies_total", help: "Chat replies by how they ended", labelNames: ["finish"], registers: [registry] });
  const tokens = new Counter({ name: "llm_generated_tokens_total", help: "Tokens generated", registers: [registry] });
  const buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
  const duration = new Histogram({ name: "llm_generation_seconds", help: "Whole reply generation time", buckets, registers: [registry] });
  const firstText = new Histogram({ name: "llm_first_text_seconds", help: "From the request to the first generated text", buckets, registers: [registry] });
  return {
    record(generation, seconds, firstTextSeconds) {
      replies.inc({ finish: generation.finishReason });
      tokens.inc(generation.completionTokens);
      duration.observe(seconds);
      if (firstTextSeconds !== undefined) firstText.observe(firstTextSeconds);
    },
  };
}
