import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { Counter, parseBody, Registry } from "../../kit";
import type { ModelRunner } from "./model-runner";
import { RecentEmbeddings } from "./recent-embeddings";
import type { EmbeddingEngine } from "./text-embedding";

/**
 * `POST /v1/embed {texts}` -> `{model, dimension, vectors}`: one unit-length vector per text, in
 * order. Texts embedded lately (`recentTexts` of them) are answered from `RecentEmbeddings`,
 * without waiting for the model when all of a request's are.
 */
export function registerEmbedRoute(
  app: FastifyInstance,
  runner: ModelRunner<EmbeddingEngine>,
  limits: { maxBatch: number; maxTextChars: number; recentTexts: number },
  registry: Registry,
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
  const recent = new RecentEmbeddings(limits.recentTexts);
  const looked = new Counter({
    name: "pc2_embed_recent_texts_total",
    help: "Texts asked of /v1/embed: found among those embedded lately (hit) or embedded by the model (miss)",
    labelNames: ["outcome"],
    registers: [registry],
  });
  app.post("/v1/embed", async (incoming) => {
    const { texts } = parseBody(request, incoming.body);
    const state = runner.status;
    const known = state.status === "ready" ? recent.known(state.info.model, texts) : undefined;
    if (state.status === "ready" && known) {
      looked.inc({ outcome: "hit" }, texts.length);
      return { model: state.info.model, dimension: known[0].length, vectors: known };
    }
    return runner.run(async (engine) => {
      const { vectors, hits, misses } = await recent.embed(engine.info.model, texts, (missing) => engine.embed(missing));
      if (hits > 0) looked.inc({ outcome: "hit" }, hits);
      looked.inc({ outcome: "miss" }, misses);
      return { model: engine.info.model, dimension: engine.info.dimension, vectors };
    });
  });
}
