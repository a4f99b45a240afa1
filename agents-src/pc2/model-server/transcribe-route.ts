import type { FastifyInstance } from "fastify";
import { unsupportedMediaType } from "../../kit";
import { currentUserId } from "../../kit/request-context";
import type { UserRecognisers } from "./user-recognisers";
import { acceptedAudioTypes, decodeSpeechAudio } from "./speech-audio-decoding";
import { speechSampleRate } from "./speech-to-text";

/**
 * `POST /v1/transcribe`: audio body in, `{text, words?, engine, durationMs}` out (durationMs: the
 * audio's length). A request for a user (`x-voice-user`) is heard with that user's own words.
 */
export async function registerTranscribeRoute(
  app: FastifyInstance,
  recognisers: UserRecognisers,
  options: { maxAudioSeconds: number },
): Promise<void> {
  await app.register(async (scope) => {
    // Every audio/* type reaches the handler, so an unsupported one gets a 415 naming the accepted types.
    scope.addContentTypeParser(/^(audio\/|application\/octet-stream)/i, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.post("/v1/transcribe", async (request) => {
      if (!Buffer.isBuffer(request.body)) {
        throw unsupportedMediaType(`expected one of ${acceptedAudioTypes.join(", ")}; got ${request.headers["content-type"]}`);
      }
      const audio = decodeSpeechAudio(request.body, request.headers["content-type"], options.maxAudioSeconds);
      const { transcript, engine } = await recognisers.runnerFor(currentUserId()).run(async (stt) => ({ transcript: await stt.transcribe(audio), engine: stt.info.engine }));
      return { ...transcript, engine, durationMs: Math.round((audio.length / speechSampleRate) * 1000) };
    });
  });
}
