import type { AgentDefinition, ReadyCheck } from "../../kit";
import { ChatGenerator } from "./chat-generation";
import { chatCompletionsRoute } from "./chat-completions-route";
import { LlmConfig, llmConfig } from "./config";
import { createGenerationMetrics } from "./generation-metrics";
import { loadLanguageModel, LoadedLanguageModel } from "./llama-runtime";

type ModelState =
  | { kind: "not-configured" }
  | { kind: "loading"; file: string }
  | { kind: "loaded"; loaded: LoadedLanguageModel; generator: ChatGenerator }
  | { kind: "failed"; file: string; reason: string };

const notConfigured = "llm not configured: set LLM_MODEL to a GGUF file in the models volume";

function readiness(state: ModelState): ReadyCheck {
  switch (state.kind) {
    // Not configured is a deliberate state, not a fault: the stack is healthy without an llm.
    case "not-configured":
      return { ok: true, detail: notConfigured };
    case "loading":
      return { ok: false, detail: `loading ${state.file}` };
    case "failed":
      return { ok: false, detail: `${state.file} did not load: ${state.reason}` };
    case "loaded": {
      const { loaded, generator } = state;
      return {
        ok: true,
        detail: { model: loaded.file, name: loaded.name ?? null, device: loaded.device, ...(loaded.deviceReason ? { deviceReason: loaded.deviceReason } : {}), contextSize: loaded.contextSize, loadMs: loaded.loadMs, busySequences: generator.inUse },
      };
    }
  }
}

/**
 * llm: a local language model (llama.cpp through node-llama-cpp) behind OpenAI's chat
 * completions route. Off unless LLM_MODEL names a GGUF in the models volume; the model loads
 * after the server listens, so /health answers at once and /ready says when it is ready.
 */
export const agent: AgentDefinition<LlmConfig> = {
  name: "llm",
  config: llmConfig,
  async setup({ config, app, logger, metrics, onClose }) {
    let state: ModelState = config.LLM_MODEL === undefined ? { kind: "not-configured" } : { kind: "loading", file: config.LLM_MODEL };
    await app.register(
      chatCompletionsRoute({
        generator: () => (state.kind === "loaded" ? state.generator : undefined),
        unavailableReason: () => (state.kind === "not-configured" ? notConfigured : String(readiness(state).detail)),
        modelName: () => (state.kind === "loaded" ? (state.loaded.name ?? state.loaded.file) : "none"),
        maxTokens: config.LLM_MAX_TOKENS,
        metrics: createGenerationMetrics(metrics),
      }),
    );
    onClose(async () => {
      if (state.kind === "loaded") await state.loaded.model.dispose();
    });
    return {
      ready: async () => ({ model: readiness(state) }),
      started: () => {
        const file = config.LLM_MODEL;
        if (file === undefined) {
          logger.info(notConfigured);
          return;
        }
        loadLanguageModel({
          modelsDir: config.MODELS_DIR,
          file,
          device: config.LLM_DEVICE,
          contextSize: config.LLM_CONTEXT_SIZE,
          sequences: config.LLM_PARALLEL,
          threads: config.LLM_THREADS,
          logger,
        }).then(
          (loaded) => {
            state = { kind: "loaded", loaded, generator: new ChatGenerator(loaded, config.LLM_PARALLEL, config.LLM_QUEUE_TIMEOUT_MS) };
            logger.info({ model: file, device: loaded.device, contextSize: loaded.contextSize, loadMs: loaded.loadMs }, "language model loaded");
          },
          (err: Error) => {
            state = { kind: "failed", file, reason: err.message };
            logger.error({ err, model: file }, "language model did not load");
          },
        );
      },
    };
  },
};
