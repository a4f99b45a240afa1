import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { conflict, parseBody } from "../../kit";
import type { Logger } from "../../kit/logging";
import type { ModelRunner } from "./model-runner";
import type { SpeechToTextEngine } from "./speech-to-text";

const vocabularyRequest = z.strictObject({
  phrases: z
    .array(
      z
        .string()
        .trim()
        .min(1, "a phrase must not be blank")
        .max(100, "a phrase may hold at most 100 characters")
        .regex(/\p{L}/u, "a phrase must contain a letter"),
    )
    .max(2000, "at most 2000 phrases"),
});

/**
 * `PUT /v1/vocabulary {phrases}` -> 202: the user's own words (names, places from their memories)
 * replace the previous set. The recogniser is rebuilt with them in the background and swapped in
 * between requests (ModelRunner.replace); until then the current one keeps serving. Rebuilds run
 * one after another, so the last set sent is the one that stays.
 */
export function registerVocabularyRoute(
  app: FastifyInstance,
  runner: ModelRunner<SpeechToTextEngine>,
  options: { enabled: boolean; rebuild: (phrases: string[]) => Promise<SpeechToTextEngine>; logger: Logger },
): void {
  let rebuilding: Promise<void> = Promise.resolve();
  app.put("/v1/vocabulary", async (request, reply) => {
    const { phrases } = parseBody(vocabularyRequest, request.body);
    if (!options.enabled) throw conflict("the speech-to-text engine has no domain language model (STT_ENGINE=pocketsphinx with STT_DOMAIN_WEIGHT above 0)");
    const started = performance.now();
    rebuilding = rebuilding.then(() =>
      options.rebuild(phrases).then(
        (engine) => {
          runner.replace(engine);
          options.logger.info({ phrases: phrases.length, seconds: (performance.now() - started) / 1000 }, "recogniser rebuilt with the user's words");
        },
        (err: unknown) => options.logger.error({ err }, "recogniser rebuild failed; the previous one keeps serving"),
      ),
    );
    return reply.code(202).send({ status: "rebuilding", phrases: phrases.length });
  });
}
