import { z } from "zod";
import type { ChatMessage } from "./chat-stream";

/** unified-memory-reasoning's /v1/context answer, the parts a prompt uses. */
export const replyContext = z.object({
  summary: z.string().nullable(),
  turns: z.array(z.object({ role: z.string(), content: z.string() })),
  memories: z.array(z.object({ id: z.string(), content: z.string() })),
});
export type ReplyContext = z.infer<typeof replyContext>;

/** A turn's context as the coordinator fetched it; without one, `warnings` says why. */
export interface FetchedContext {
  context?: ReplyContext;
  warnings: string[];
}

const instructions =
  "You are a private voice assistant. Your reply is spoken aloud: answer in one to three short sentences of plain text, " +
  "with no lists, markup or emoji. If you do not know something, say so briefly; you have no internet access.";

/**
 * The chat the llm continues: instructions with what is remembered about the user and the
 * summary of the conversation's older part, then its recent turns, then the user's words. The
 * context is fetched while the coordinator stores this turn's user message, so its last turn may
 * be that message; it is then not repeated.
 */
export function replyMessages(text: string, context: ReplyContext | undefined): ChatMessage[] {
  let system = instructions;
  if (context && context.memories.length > 0) system += `\n\nWhat you remember about the user:\n${context.memories.map((m) => `- ${m.content}`).join("\n")}`;
  if (context?.summary) system += `\n\nEarlier in this conversation: ${context.summary}`;
  const turns = [...(context?.turns ?? [])];
  const last = turns[turns.length - 1];
  if (last && last.role === "user" && last.content.trim() === text.trim()) turns.pop();
  const history: ChatMessage[] = turns.flatMap((t) => (t.role === "user" || t.role === "assistant" ? [{ role: t.role, content: t.content }] : []));
  return [{ role: "system", content: system }, ...history, { role: "user", content: text }];
}
