import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { badRequest, HttpError, parseBody, serviceUnavailable } from "../../kit/errors";
import type { PeerClient } from "../../kit/peer-client";
import { speakerEnrolmentLimits, speakerEnrolmentRequest } from "../../kit/speaker-enrolment-request";
import { enrolmentSentences } from "./enrolment-sentences";
import { relayPeerAnswer as relay } from "./peer-relay";
import { isUnavailable } from "./peer-unavailable";

/** pc2 decodes and checks every clip before it answers 202: about 0.3 s for 20 clips, far more on a busy CPU. */
const enrolmentUploadTimeoutMs = 15_000;
/**
 * Clips cleaned at once: the preprocessor has up to 4 pipeline threads, which live audio shares,
 * and each clip goes there in slices behind the live streams, so more would only queue.
 */
const cleaningConcurrency = 3;
/** The pipeline took 0.13-0.21 s per second of 48 kHz audio on a busy 2-core machine: a 15 s clip about 3 s. */
const clipCleaningTimeoutMs = 10_000;

type EnrolmentClip = z.infer<typeof speakerEnrolmentRequest>["clips"][number];
const cleanedClip = z.object({ audio: z.string() });
const peerRefusal = z.object({ error: z.object({ message: z.string() }) });

/**
 * Each clip through the preprocessor, as live speech goes before pc2 hears it, so the recogniser
 * adapts to the audio it will decode. A clip that fails refuses the enrolment, naming the clip
 * (the first one, when several fail), and the clips not yet sent are not sent.
 */
async function cleanedClips(preprocessor: PeerClient, clips: EnrolmentClip[]): Promise<EnrolmentClip[]> {
  const cleaned: EnrolmentClip[] = [];
  let next = 0;
  let failed: { index: number; err: unknown } | undefined;
  const cleanOne = async (index: number): Promise<void> => {
    const answer = await preprocessor
      .request("POST", "/v1/preprocess", { audio: clips[index].audio }, { timeoutMs: clipCleaningTimeoutMs, idempotent: true })
      .catch((err: unknown) => {
        if (isUnavailable(err)) throw serviceUnavailable(`clip ${index} could not be cleaned: ${(err as Error).message}; try again shortly`, 1);
        throw err;
      });
    if (answer.status === 200) {
      cleaned[index] = { text: clips[index].text, audio: cleanedClip.parse(answer.body).audio };
      return;
    }
    const why = peerRefusal.safeParse(answer.body);
    const message = `clip ${index}: ${why.success ? why.data.error.message : `the preprocessor answered ${answer.status}`}`;
    // Only a 400 is the client's audio at fault; any other refusal means the stack is misconfigured.
    throw answer.status === 400 ? badRequest(message) : new HttpError(502, "preprocessor_refused", message);
  };
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < clips.length) {
      const index = next++;
      await cleanOne(index).catch((err: unknown) => {
        if (failed === undefined || index < failed.index) failed = { index, err };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(cleaningConcurrency, clips.length) }, worker));
  if (failed !== undefined) throw failed.err;
  return cleaned;
}

/**
 * "Teach it my voice" for the web client (and any device), with a device token and as its user
 * only: the sentences to read, then the recordings of them, cleaned by the fused-audio-preprocessor
 * and forwarded to pc2, which adapts the recogniser to that user's voice in the background
 * (docs/hearing.md, speaker enrolment); the state of it; and removing it. The user comes from the
 * token, so no request names one.
 */
export function registerSpeakerEnrolmentApi(app: FastifyInstance, peers: { pc2: PeerClient; preprocessor: PeerClient }): void {
  const { pc2, preprocessor } = peers;
  const edge = { config: { access: "edge" as const } };
  // pc2's 4xx (a clip it cannot decode, a word it lacks, no model to delete) reaches the client as it is.

  app.get("/v1/speaker-enrolment/sentences", edge, async () => ({ sentences: enrolmentSentences }));
  app.get("/v1/speaker-enrolment", edge, async (_request, reply) => relay(reply, pc2.request("GET", "/v1/speaker-enrolment")));
  app.post("/v1/speaker-enrolment", { ...edge, bodyLimit: speakerEnrolmentLimits.bodyBytes }, async (request, reply) => {
    const { clips } = parseBody(speakerEnrolmentRequest, request.body);
    const enrolment = { clips: await cleanedClips(preprocessor, clips) };
    return relay(reply, pc2.request("POST", "/v1/speaker-enrolment", enrolment, { timeoutMs: enrolmentUploadTimeoutMs }));
  });
  app.delete("/v1/speaker-enrolment", edge, async (_request, reply) => relay(reply, pc2.request("DELETE", "/v1/speaker-enrolment")));
}
