import type { FastifyInstance } from "fastify";
import { parseBody } from "../../kit/errors";
import type { PeerClient } from "../../kit/peer-client";
import { speakerEnrolmentLimits, speakerEnrolmentRequest } from "../../kit/speaker-enrolment-request";
import { enrolmentSentences } from "./enrolment-sentences";
import { relayPeerAnswer as relay } from "./peer-relay";

/** pc2 decodes and checks every clip before it answers 202: about 0.3 s for 20 clips, far more on a busy CPU. */
const enrolmentUploadTimeoutMs = 15_000;

/**
 * "Teach it my voice" for the web client (and any device), with a device token and as its user
 * only: the sentences to read, then the recordings of them, forwarded to pc2, which adapts the
 * recogniser to that user's voice in the background (docs/hearing.md, speaker enrolment); the
 * state of it; and removing it. The user comes from the token, so no request names one.
 */
export function registerSpeakerEnrolmentApi(app: FastifyInstance, pc2: PeerClient): void {
  const edge = { config: { access: "edge" as const } };
  // pc2's 4xx (a clip it cannot decode, a word it lacks, no model to delete) reaches the client as it is.

  app.get("/v1/speaker-enrolment/sentences", edge, async () => ({ sentences: enrolmentSentences }));
  app.get("/v1/speaker-enrolment", edge, async (_request, reply) => relay(reply, pc2.request("GET", "/v1/speaker-enrolment")));
  app.post("/v1/speaker-enrolment", { ...edge, bodyLimit: speakerEnrolmentLimits.bodyBytes }, async (request, reply) => {
    const enrolment = parseBody(speakerEnrolmentRequest, request.body);
    return relay(reply, pc2.request("POST", "/v1/speaker-enrolment", enrolment, { timeoutMs: enrolmentUploadTimeoutMs }));
  });
  app.delete("/v1/speaker-enrolment", edge, async (_request, reply) => relay(reply, pc2.request("DELETE", "/v1/speaker-enrolment")));
}
