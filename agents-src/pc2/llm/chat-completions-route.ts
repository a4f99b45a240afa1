import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError, parseBody } from "../../kit";
import { ChatGenerator, Generation, NoFreeSequence } from "./chat-generation";
import type { GenerationMetrics } from "./generation-metrics";

/** PostgreSQL-free, but a lone surrogate or NUL still cannot be tokenised as text. */
const content = z.string().max(32_000).refine((s) => !/\u0000|\p{Cs}/u.test(s), "must be well-formed text without NUL characters");

export function chatRequestSchema(maxTokens: number) {
  return z.strictObject({
    /** Accepted for OpenAI clients; the service has one model and says which in the reply. */
    model: z.string().max(200).optional(),
    messages: z
      .array(z.strictObject({ role: z.enum(["system", "user", "assistant"]), content }))
      .min(1)
      .max(200)
      .refine((m) => m[m.length - 1]?.role === "user", "the last message must be the user's"),
    stream: z.boolean().default(false),
    max_tokens: z.int().min(1).max(maxTokens).default(maxTokens),
    temperature: z.number().min(0).max(2).default(0.7),
    top_p: z.number().gt(0).max(1).optional(),
    seed: z.int().min(0).max(2 ** 31 - 1).optional(),
  });
}

export type ChatRequest = z.infer<ReturnType<typeof chatRequestSchema>>;

export interface ChatRouteOptions {
  /** Undefined while no model is configured or loaded: every request is answered 503 with why. */
  generator: () => ChatGenerator | undefined;
  unavailableReason: () => string;
  modelName: () => string;
  maxTokens: number;
  metrics: GenerationMetrics;
}

const openAiFinish = (generation: Generation): "stop" | "length" => (generation.finishReason === "length" ? "length" : "stop");

/**
 * OpenAI's chat completions route (POST /v1/chat/completions): a JSON reply, or with
 * `stream: true` server-sent events, one `chat.completion.chunk` per piece of text as llama.cpp
 * produces it and `data: [DONE]` at the end. A caller that goes away (a barge-in aborts the
 * coordinator's request) stops generation at the next token.
 */
export function chatCompletionsRoute(options: ChatRouteOptions) {
  const schema = chatRequestSchema(options.maxTokens);
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.post("/v1/chat/completions", async (request, reply) => {
      const body = parseBody(schema, request.body);
      const generator = options.generator();
      if (!generator) throw new HttpError(503, "llm_not_configured", options.unavailableReason());
      const cancel = new AbortController();
      // The response's socket closing before the reply is complete means the caller gave up.
      reply.raw.on("close", () => {
        if (!reply.raw.writableFinished) cancel.abort();
      });
      // Gone before this handler ran: "close" has been emitted already.
      if (request.raw.socket.destroyed) cancel.abort();
      const id = `chatcmpl-${randomUUID()}`;
      const created = Math.floor(Date.now() / 1000);
      const model = options.modelName();
      const generate = async (onText?: (text: string) => void): Promise<Generation> => {
        const started = performance.now();
        let firstText: number | undefined;
        try {
          const generation = await generator.generate(body.messages, {
            maxTokens: body.max_tokens,
            temperature: body.temperature,
            ...(body.top_p === undefined ? {} : { topP: body.top_p }),
            ...(body.seed === undefined ? {} : { seed: body.seed }),
            signal: cancel.signal,
            onText: (text) => {
              firstText ??= (performance.now() - started) / 1000;
              onText?.(text);
            },
          });
          options.metrics.record(generation, (performance.now() - started) / 1000, firstText);
          return generation;
        } catch (err) {
          if (err instanceof NoFreeSequence) throw new HttpError(503, "llm_busy", err.message, undefined, 1);
          // Gone while waiting for a sequence (a barge-in): nginx's 499, a client fault, not a failure here.
          if (cancel.signal.aborted) throw new HttpError(499, "client_closed", "the caller closed the request before its reply");
          throw err;
        }
      };
      if (body.stream) return streamReply(request, reply, { id, created, model }, generate);
      const generation = await generate();
      return {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: generation.text }, finish_reason: openAiFinish(generation) }],
        usage: usage(generation),
      };
    });
  };
}

const usage = (g: Generation) => ({ prompt_tokens: g.promptTokens, completion_tokens: g.completionTokens, total_tokens: g.promptTokens + g.completionTokens });

interface ChunkIdentity {
  id: string;
  created: number;
  model: string;
}

async function streamReply(
  request: FastifyRequest,
  reply: FastifyReply,
  identity: ChunkIdentity,
  generate: (onText: (text: string) => void) => Promise<Generation>,
): Promise<FastifyReply> {
  const chunk = (delta: Record<string, string>, finish: "stop" | "length" | null, extra: object = {}) =>
    `data: ${JSON.stringify({ ...identity, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  let headersSent = false;
  const open = () => {
    if (headersSent) return;
    headersSent = true;
    // The kit's hooks set headers on the fastify reply; a hijacked reply writes them itself.
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    reply.raw.write(chunk({ role: "assistant" }, null));
  };
  try {
    const generation = await generate((text) => {
      open();
      reply.raw.write(chunk({ content: text }, null));
    });
    // A caller that went away has nobody to finish the stream for.
    if (generation.finishReason === "cancelled") {
      reply.hijack();
      reply.raw.destroy();
      return reply;
    }
    open();
    reply.raw.end(`${chunk({}, openAiFinish(generation), { usage: usage(generation) })}data: [DONE]\n\n`);
  } catch (err) {
    // Before the first byte the error handler answers with the usual envelope and status.
    if (!headersSent) throw err;
    request.log.error({ err }, "generation failed mid-stream");
    reply.raw.end(`data: ${JSON.stringify({ error: { code: "generation_failed", message: (err as Error).message } })}\n\n`);
  }
  return reply;
}
