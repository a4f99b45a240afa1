import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { conflict, parseBody, requireUserScope } from "../../kit";
import { recogniserWords } from "./recogniser-words";
import type { UserRecognisers } from "./user-recognisers";

const phrase = z
  .string()
  .trim()
  .min(1, "a phrase must not be blank")
  .max(100, "a phrase may hold at most 100 characters")
  .regex(/\p{L}/u, "a phrase must contain a letter");

const vocabularyRequest = z.strictObject({
  /** Names and places: always added. */
  phrases: z.array(phrase).max(2000, "at most 2000 phrases"),
  /** Other words the user uses: added where the recogniser's dictionary lacks them (rare words). */
  words: z.array(phrase).max(5000, "at most 5000 words").default([]),
});

/**
 * `PUT /v1/vocabulary {phrases, words}` -> 202, for the request's user (`x-voice-user`, trusted
 * with the internal credential): their own words replace the previous set, and a recogniser of
 * their own is built with them in the background (UserRecognisers). Of `words`, only the rare ones
 * are kept: those the dictionary lacks, so a user whose words are all common costs no recogniser.
 * `GET /v1/vocabulary` says whether it is built. Memory-orchestrator sends the set when the user's
 * memories change.
 */
export function registerVocabularyRoute(
  app: FastifyInstance,
  recognisers: UserRecognisers,
  options: { enabled: boolean; dictionary: () => Promise<ReadonlySet<string>> },
): void {
  app.put("/v1/vocabulary", async (request, reply) => {
    const userId = requireUserScope(request);
    const { phrases, words } = parseBody(vocabularyRequest, request.body);
    if (!options.enabled) throw conflict("the speech-to-text engine has no domain language model (STT_ENGINE=pocketsphinx with STT_DOMAIN_WEIGHT above 0)");
    const known = await options.dictionary();
    const rareWords = [...new Set(words.flatMap(recogniserWords))].filter((word) => !known.has(word));
    recognisers.update(userId, { phrases, words: rareWords });
    return reply.code(202).send(recognisers.status(userId));
  });
  app.get("/v1/vocabulary", async (request) => recognisers.status(requireUserScope(request)));
}
