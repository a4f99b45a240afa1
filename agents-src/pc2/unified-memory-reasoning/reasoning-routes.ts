import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseBody, PeerClient, requireUserScope } from "../../kit";
import { AnswerPolicy, answerQuestion } from "./answer-question";
import { assembleContext, ContextPolicy } from "./context-assembly";
import { requireSession } from "./session-lookup";

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
      const answered = answerQuestion(options.orchestrator, { question: body.question, userId, ...(body.types === undefined ? {} : { types: body.types }) }, options.answer);
      if (body.sessionId !== undefined) {
        // The session is checked beside the search rather than before it (one round trip less on
        // every recall); its 404 still wins over the search's own failure, and that failure is
        // then nobody's to report.
        answered.catch(() => undefined);
        // Another user's session is answered as session-memory answers it for this user: not found.
        await requireSession(options.sessions, body.sessionId);
      }
      return answered;
    });

    app.post("/v1/context", async (request) => {
      const body = parseBody(contextRequest, request.body);
      const userId = requireUserScope(request);
      return assembleContext({ orchestrator: options.orchestrator, sessions: options.sessions }, { ...body, userId }, options.context);
    });
  };
}
