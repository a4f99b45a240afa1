import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { parseBody } from "../../kit";
import type { ModelRunner } from "./model-runner";
import type { EmbeddingEngine } from "./text-embedding";

/** `POST /v1/embed {texts}` -> `{model, dimension, vectors}`: one unit-length vector per text, in order. */
export function registerEmbedRoute(
  app: FastifyInstance,
  runner: ModelRunner<EmbeddingEngine>,
  limits: { maxBatch: number; maxTextChars: number },
): void {
  const request = z.object({
    texts: z
      .array(
        z
          .string()
          .max(limits.maxTextChars, `a text may hold at most ${limits.maxTextChars} characters`)
          .refine((text) => text.trim().length > 0, "a text must not be blank"),
      )
      .min(1, "at least one text is required")
      .max(limits.maxBatch, `at most ${limits.maxBatch} texts per request`),
  });
  app.post("/v1/embed", async (incoming) => {
    const { texts } = parseBody(request, incoming.body);
    return runner.run(async (engine) => ({
      model: engine.info.model,
      dimension: engine.info.dimension,
      vectors: await engine.embed(texts),
    }));
  });
}
