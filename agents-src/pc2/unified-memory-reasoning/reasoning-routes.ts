import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseBody, PeerClient, requireUserScope } from "../../kit";
import { AnswerPolicy, answerQuestion } from "./answer-question";
import { assembleContext, ContextPolicy } from "./context-assembly";
import { sessionUserId } from "./session-lookup";

export interface ReasoningRoutesOptions {
  orchestrator: PeerClient;
  sessions: PeerClient;
  answer: AnswerPolicy;
  context: ContextPolicy;
  maxContextTokens: number;
}

/** PostgreSQL behind the memory services refuses NUL, and a lone surrogate cannot be sent as UTF-8. */
const text = (maxChars: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxChars)
    .refine((s) => !/\u0000|\p{Cs}/u.test(s), "must be well-formed text without NUL characters");

export function reasoningRoutes(options: ReasoningRoutesOptions) {
  const answerRequest = z.strictObject({
    question: text(2000),
    sessionId: z.uuid().optional(),
    userId: text(200).optional(),
    /** Only memories of these types answer: facts, not session summaries that quote a question back. */
    types: z.array(text(100)).min(1).max(20).optional(),
  });
  const contextRequest = z.strictObject({
    sessionId: z.uuid(),
    query: text(2000),
    maxTokens: z.number().int().min(1).max(options.maxContextTokens),
  });

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.post("/v1/answer", async (request) => {
      const body = parseBody(answerRequest, request.body);
      const userId = requireUserScope(request, body.userId);
      // Another user's session is answered as session-memory answers it for this user: not found.
      if (body.sessionId !== undefined) await sessionUserId(options.sessions, body.sessionId);
      return answerQuestion(options.orchestrator, { question: body.question, userId, ...(body.types === undefined ? {} : { types: body.types }) }, options.answer);
    });

    app.post("/v1/context", async (request) => {
      const body = parseBody(contextRequest, request.body);
      const userId = requireUserScope(request);
      return assembleContext({ orchestrator: options.orchestrator, sessions: options.sessions }, { ...body, userId }, options.context);
    });
  };
}
