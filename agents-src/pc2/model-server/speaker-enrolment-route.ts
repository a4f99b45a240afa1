import type { FastifyInstance } from "fastify";
import { badRequest, conflict, HttpError, notFound, parseBody, requireUserScope, serviceUnavailable, speakerEnrolmentLimits, speakerEnrolmentRequest } from "../../kit";
import { wordsMissingFromDictionary } from "./speaker-adaptation";
import type { SpeakerEnrolments } from "./speaker-enrolment";
import { decodeSpeechAudio } from "./speech-audio-decoding";
import { speechSampleRate } from "./speech-to-text";
import type { UserRecognisers } from "./user-recognisers";

/**
 * `POST /v1/speaker-enrolment {clips: [{text, audio}]}` -> 202: adapts the speech-to-text
 * engine's acoustic model to the request's user's (`x-voice-user`) voice in the background
 * (SpeakerEnrolments); every clip is checked first, and one bad clip refuses the whole enrolment
 * (400 naming it) with nothing changed. `GET` says none / adapting / ready / failed (with why) and
 * how far their recogniser is; `DELETE` removes their model (204), and the recogniser they had
 * before enrolling hears them again.
 */
export function registerSpeakerEnrolmentRoute(
  app: FastifyInstance,
  enrolments: SpeakerEnrolments,
  recognisers: UserRecognisers,
  options: { enabled: boolean; dictionary: () => Promise<ReadonlySet<string>> },
): void {
  const describe = (userId: string) => ({ ...enrolments.status(userId), recogniser: recognisers.status(userId).status });
  const requireEngine = () => {
    if (!options.enabled) throw conflict("speaker enrolment adapts pocketsphinx's acoustic model: it needs STT_ENGINE=pocketsphinx");
  };

  app.post("/v1/speaker-enrolment", { bodyLimit: speakerEnrolmentLimits.bodyBytes }, async (request, reply) => {
    const userId = requireUserScope(request);
    const { clips } = parseBody(speakerEnrolmentRequest, request.body);
    requireEngine();
    const missing = wordsMissingFromDictionary(
      clips.map((clip) => clip.text),
      await options.dictionary(),
    );
    if (missing.length > 0) throw badRequest(`the recogniser's dictionary lacks ${missing.join(", ")}: read the enrolment sentences as written`, { words: missing });
    const audio = clips.map((clip, i) => decodeClip(Buffer.from(clip.audio, "base64"), i));
    if (enrolments.status(userId).status === "adapting") throw conflict("this user's voice is being adapted already; wait for it to finish");
    if (enrolments.busy) throw serviceUnavailable("other enrolments are being adapted; try again in a minute", 60);
    enrolments.start(
      userId,
      clips.map((clip, i) => ({ text: clip.text, audio: audio[i] })),
    );
    return reply.code(202).send(describe(userId));
  });
  app.get("/v1/speaker-enrolment", async (request) => describe(requireUserScope(request)));
  app.delete("/v1/speaker-enrolment", async (request, reply) => {
    const userId = requireUserScope(request);
    if (enrolments.status(userId).status === "adapting") throw conflict("this user's voice is being adapted; wait for it to finish, then delete");
    if (!(await enrolments.remove(userId))) throw notFound("this user has no speaker model");
    return reply.code(204).send();
  });
}

/** One clip's samples at 16 kHz; a fault names the clip, and every fault is a 400 (the whole body was within its limit). */
function decodeClip(wav: Buffer, index: number): Float32Array {
  let audio: Float32Array;
  try {
    audio = decodeSpeechAudio(wav, "audio/wav", speakerEnrolmentLimits.maxClipSeconds, speechSampleRate);
  } catch (err) {
    if (err instanceof HttpError) throw badRequest(`clip ${index}: ${err.message}`);
    throw err;
  }
  const seconds = audio.length / speechSampleRate;
  if (seconds < speakerEnrolmentLimits.minClipSeconds) throw badRequest(`clip ${index}: ${seconds.toFixed(2)} s is too short to hold its sentence`);
  return audio;
}
