import type { LoadedLanguageModel } from "./llama-runtime";

export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface GenerationOptions {
  maxTokens: number;
  temperature: number;
  topP?: number;
  seed?: number;
  /** Aborting stops generation at the next token; what was generated so far is returned. */
  signal: AbortSignal;
  onText?: (text: string) => void;
}

export type FinishReason = "stop" | "length" | "cancelled";

export interface Generation {
  text: string;
  finishReason: FinishReason;
  /** Tokens llama.cpp evaluated for the prompt (a prefix already in the sequence is not re-evaluated) and generated. */
  promptTokens: number;
  completionTokens: number;
}

export class NoFreeSequence extends Error {}

/**
 * Generates chat replies on the loaded model, one request per context sequence; a request that
 * finds every sequence busy waits its turn, up to `queueTimeoutMs`. The chat template comes from
 * the GGUF (node-llama-cpp resolves its chat wrapper from tokenizer.chat_template).
 */
export class ChatGenerator {
  private readonly waiting: Array<() => void> = [];
  private busy = 0;

  constructor(
    private readonly loaded: LoadedLanguageModel,
    private readonly sequences: number,
    private readonly queueTimeoutMs: number,
  ) {}

  get inUse(): number {
    return this.busy;
  }

  async generate(messages: readonly ChatMessage[], options: GenerationOptions): Promise<Generation> {
    await this.acquire(options.signal);
    try {
      return await this.generateOnFreeSequence(messages, options);
    } finally {
      this.release();
    }
  }

  private async generateOnFreeSequence(messages: readonly ChatMessage[], options: GenerationOptions): Promise<Generation> {
    const { module, context, chatWrapper } = this.loaded;
    const sequence = context.getSequence();
    const chat = new module.LlamaChat({ contextSequence: sequence, chatWrapper, autoDisposeSequence: false });
    const before = sequence.tokenMeter.getState();
    const generation = (text: string, reason: FinishReason): Generation => {
      const used = module.TokenMeter.diff(sequence.tokenMeter, before);
      return { text, finishReason: reason, promptTokens: used.usedInputTokens, completionTokens: used.usedOutputTokens };
    };
    try {
      const response = await chat.generateResponse(toHistory(messages), {
        maxTokens: options.maxTokens,
        temperature: options.temperature,
        ...(options.topP === undefined ? {} : { topP: options.topP }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        signal: options.signal,
        stopOnAbortSignal: true,
        ...(options.onText ? { onTextChunk: options.onText } : {}),
      });
      return generation(response.response, finishReason(response.metadata.stopReason, options.signal));
    } catch (err) {
      // stopOnAbortSignal returns what was generated, but with nothing generated yet (an abort
      // during the prompt's evaluation) node-llama-cpp throws the signal's reason instead
      // (LlamaChat.js, GenerateResponseState.ensureNotAborted and handleAbortTrigger). That is the
      // same barge-in, one token earlier: a cancelled reply, not a failure.
      if (options.signal.aborted) return generation("", "cancelled");
      throw err;
    } finally {
      chat.dispose({ disposeSequence: false });
      sequence.dispose();
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (this.busy < this.sequences) {
      this.busy++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", cancelled);
        this.busy++;
        resolve();
      };
      const leave = (err: Error) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", cancelled);
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(err);
      };
      const cancelled = () => leave(new Error("cancelled while waiting for a free sequence"));
      const timer = setTimeout(() => leave(new NoFreeSequence(`every sequence stayed busy for ${this.queueTimeoutMs} ms`)), this.queueTimeoutMs);
      signal.addEventListener("abort", cancelled, { once: true });
      this.waiting.push(admit);
    });
  }

  private release(): void {
    this.busy--;
    this.waiting.shift()?.();
  }
}

type History = Parameters<import("node-llama-cpp", { with: { "resolution-mode": "import" } }).LlamaChat["generateResponse"]>[0];

/** The OpenAI message list as node-llama-cpp's chat history, ending in the reply to write. */
function toHistory(messages: readonly ChatMessage[]): History {
  const history: History = messages.map((m) =>
    m.role === "system" ? { type: "system", text: m.content } : m.role === "user" ? { type: "user", text: m.content } : { type: "model", response: [m.content] },
  );
  history.push({ type: "model", response: [] });
  return history;
}

function finishReason(stopReason: string, signal: AbortSignal): FinishReason {
  if (stopReason === "abort" || signal.aborted) return "cancelled";
  return stopReason === "maxTokens" ? "length" : "stop";
}
