import { ChatGenerator } from "../../agents-src/pc2/llm/chat-generation";
import type { LoadedLanguageModel } from "../../agents-src/pc2/llm/llama-runtime";

/**
 * node-llama-cpp cannot be loaded under jest (ESM with top-level await), so these drive
 * ChatGenerator with a stand-in for its LlamaChat that behaves as node-llama-cpp 3's does with
 * `stopOnAbortSignal` (dist/evaluator/LlamaChat/LlamaChat.js, GenerateResponseState): an abort
 * after some text returns that text with stopReason "abort"; an abort before any text throws the
 * signal's reason. The real model's cancellation is tested in llm-service.test.ts.
 */
function modelThatWritesAfter(tokensBeforeAbortCheck: number): LoadedLanguageModel {
  let generated = 0;
  class LlamaChat {
    async generateResponse(_history: unknown, options: { signal: AbortSignal; onTextChunk?: (text: string) => void }) {
      if (!options.signal.aborted) await new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve(), { once: true }));
      for (let i = 0; i < tokensBeforeAbortCheck; i++) {
        generated++;
        options.onTextChunk?.(" word");
      }
      if (generated === 0) throw options.signal.reason;
      return { response: " word".repeat(generated), metadata: { stopReason: "abort" } };
    }
    dispose() {}
  }
  const tokenMeter = { getState: () => ({ usedInputTokens: 0, usedOutputTokens: 0 }) };
  return {
    module: { LlamaChat, TokenMeter: { diff: () => ({ usedInputTokens: 12, usedOutputTokens: generated }) } },
    context: { getSequence: () => ({ tokenMeter, dispose() {} }) },
    chatWrapper: {},
  } as unknown as LoadedLanguageModel;
}

const messages = [{ role: "user" as const, content: "tell me a story" }];

describe("ChatGenerator cancellation", () => {
  it("returns the text so far as a cancelled generation when the caller leaves mid-reply", async () => {
    const generator = new ChatGenerator(modelThatWritesAfter(3), 1, 1000);
    const caller = new AbortController();
    const pending = generator.generate(messages, { maxTokens: 100, temperature: 0.7, signal: caller.signal });
    caller.abort(new Error("barge-in"));
    await expect(pending).resolves.toEqual({ text: " word word word", finishReason: "cancelled", promptTokens: 12, completionTokens: 3 });
  });

  it("counts a caller who leaves before the first token as a cancelled generation, not a failure", async () => {
    const generator = new ChatGenerator(modelThatWritesAfter(0), 1, 1000);
    const caller = new AbortController();
    const pending = generator.generate(messages, { maxTokens: 100, temperature: 0.7, signal: caller.signal });
    caller.abort(new Error("barge-in"));
    await expect(pending).resolves.toEqual({ text: "", finishReason: "cancelled", promptTokens: 12, completionTokens: 0 });
    // The sequence was given back: the next request is admitted at once.
    expect(generator.inUse).toBe(0);
  });

  it("still fails a generation that breaks while nobody cancelled it", async () => {
    const broken = modelThatWritesAfter(0);
    (broken.module as unknown as { LlamaChat: unknown }).LlamaChat = class {
      async generateResponse() {
        throw new Error("llama_decode failed");
      }
      dispose() {}
    };
    const generator = new ChatGenerator(broken, 1, 1000);
    await expect(generator.generate(messages, { maxTokens: 100, temperature: 0.7, signal: new AbortController().signal })).rejects.toThrow("llama_decode failed");
  });
});
