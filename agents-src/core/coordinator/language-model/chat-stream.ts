import { z } from "zod";
import type { PeerClient } from "../../../kit/peer-client";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatStreamRequest {
  messages: ChatMessage[];
  maxTokens: number;
  temperature: number;
}

const chunk = z.object({ choices: z.array(z.object({ delta: z.object({ content: z.string().optional() }) })) });
const streamError = z.object({ error: z.object({ message: z.string() }) });

/**
 * The llm's reply as it is generated: each text delta of its OpenAI-style server-sent events, in
 * order, until `data: [DONE]`. Aborting `signal` closes the connection, which stops generation
 * on the llm (it watches its response socket).
 */
export async function* streamChat(llm: PeerClient, request: ChatStreamRequest, signal: AbortSignal): AsyncGenerator<string> {
  const response = await llm.openStream("/v1/chat/completions", { messages: request.messages, stream: true, max_tokens: request.maxTokens, temperature: request.temperature }, signal);
  if (!response.body) throw new Error(`${llm.name} answered without a body`);
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const bytes of response.body) {
    buffered += decoder.decode(bytes as Uint8Array, { stream: true });
    let end = buffered.indexOf("\n\n");
    while (end >= 0) {
      const event = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      end = buffered.indexOf("\n\n");
      const data = event
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      if (data === "") continue;
      if (data === "[DONE]") return;
      const parsed: unknown = JSON.parse(data);
      const failed = streamError.safeParse(parsed);
      if (failed.success) throw new Error(`${llm.name} failed while generating: ${failed.data.error.message}`);
      const content = chunk.parse(parsed).choices[0]?.delta.content;
      if (content) yield content;
    }
  }
  throw new Error(`${llm.name} closed the stream before [DONE]`);
}
