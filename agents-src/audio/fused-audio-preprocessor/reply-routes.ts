import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { refineJsonShape } from "../../kit/json-shape";
import { HttpError, notFound, parseBody, payloadTooLarge, serviceUnavailable, unsupportedMediaType } from "../../kit/errors";
import { eventType, maxClientRate, minClientRate } from "../protocol/client-protocol";
import { SpeechAudio, SynthesisFailed } from "../speech-synthesis/espeak-ng";
import { ClientBackpressure, ClientSession } from "./client-session";
import type { PreprocessorMetrics } from "./metrics";

// Events go to the client through JSON.stringify, which a deeply nested one would overflow.
const replyEvent = z.looseObject({ type: eventType }).superRefine(refineJsonShape({ forJsonb: false }));
const sessionParams = z.object({ id: z.string().min(1) });
const audioQuery = z.object({
  rate: z.coerce.number().int().min(minClientRate).max(maxClientRate),
  channels: z.union([z.literal("1"), z.literal("2")]).default("1").transform(Number),
});
const rawAudioTypes = ["application/octet-stream", "audio/l16"];

/** Seconds the coordinator should wait before retrying a reply a slow client could not take. */
const backpressureRetrySeconds = 1;

export interface ReplyRouteOptions {
  /** CLIENT_SEND_BUFFER_BYTES: reply audio larger than a client may have waiting could never be delivered. */
  sendBufferBytes: number;
  synthesize(text: string, signal: AbortSignal): Promise<SpeechAudio>;
  maxSpeechChars: number;
  metrics: PreprocessorMetrics;
}

/**
 * How the coordinator talks back to a client: `GET /v1/sessions[/:id]` to see who is connected,
 * `POST /v1/sessions/:id/events` (a JSON event with a `type`), `POST /v1/sessions/:id/audio`
 * (raw 16-bit PCM; `?rate=&channels=`) which reaches the client framed by audio-start/audio-stop,
 * and `POST /v1/sessions/:id/speak {text}`, which synthesizes the text and streams it the same way.
 */
export function registerReplyRoutes(app: FastifyInstance, sessions: ReadonlyMap<string, ClientSession>, options: ReplyRouteOptions): void {
  const { sendBufferBytes, metrics } = options;
  const speakRequest = z.strictObject({ text: z.string().trim().min(1).max(options.maxSpeechChars) });
  const find = (params: unknown): ClientSession => {
    const { id } = parseBody(sessionParams, params, "path");
    const session = sessions.get(id);
    if (!session) throw notFound(`no client session ${id}`);
    return session;
  };
  const describe = (s: ClientSession) => ({
    id: s.id,
    userId: s.device?.userId ?? null,
    connectedAt: s.connectedAt.toISOString(),
    streaming: s.streaming ?? null,
    bufferedBytes: s.bufferedBytes,
  });
  const deliver = async <T>(action: () => T | Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (err) {
      if (err instanceof ClientBackpressure) throw serviceUnavailable(err.message, backpressureRetrySeconds);
      throw err;
    }
  };

  app.get("/v1/sessions", async () => ({ sessions: [...sessions.values()].map(describe) }));
  app.get("/v1/sessions/:id", async (request) => describe(find(request.params)));

  app.post("/v1/sessions/:id/events", async (request, reply) => {
    const session = find(request.params);
    const event = parseBody(replyEvent, request.body);
    await deliver(() => session.deliverEvent(event));
    return reply.status(202).send({ sessionId: session.id, type: event.type });
  });

  /** Answers when the reply has been spoken or cut short, so the caller's turn lasts as long as its voice. */
  app.post("/v1/sessions/:id/speak", async (request, reply) => {
    const session = find(request.params);
    const { text } = parseBody(speakRequest, request.body);
    const callerGone = new AbortController();
    reply.raw.once("close", () => callerGone.abort());
    // A caller that aborted right after sending (a barge-in) may be gone before this handler runs,
    // and then "close" has already been emitted: the reply would be spoken in full to nobody.
    if (request.raw.socket.destroyed) callerGone.abort();
    try {
      const spoken = await deliver(() => session.speak((signal) => options.synthesize(text, signal), callerGone.signal));
      metrics.spokenReplies.inc({ outcome: spoken.outcome });
      if (spoken.firstAudioMs !== null) metrics.speechFirstAudioSeconds.observe(spoken.firstAudioMs / 1000);
      return { sessionId: session.id, ...spoken };
    } catch (err) {
      metrics.spokenReplies.inc({ outcome: "failed" });
      if (err instanceof SynthesisFailed) throw new HttpError(500, "synthesis_failed", err.message);
      throw err;
    }
  });

  app.register(async (raw) => {
    raw.addContentTypeParser(rawAudioTypes, { parseAs: "buffer", bodyLimit: sendBufferBytes }, (_request, body, done) => done(null, body));
    // A declared length over the limit is refused before the body is read, with a message saying
    // which limit; a chunked body over it still meets the body limit (a 413 in fastify's words).
    const refuseDeclaredOversize = async (request: FastifyRequest) => {
      const declared = Number(request.headers["content-length"] ?? 0);
      if (declared > sendBufferBytes) {
        throw payloadTooLarge(`reply audio of ${declared} bytes exceeds the ${sendBufferBytes} bytes a client may have waiting (CLIENT_SEND_BUFFER_BYTES); send it in parts`);
      }
    };
    raw.post("/v1/sessions/:id/audio", { bodyLimit: sendBufferBytes, onRequest: refuseDeclaredOversize }, async (request, reply) => {
      const mediaType = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (!rawAudioTypes.includes(mediaType)) throw unsupportedMediaType(`send raw PCM as ${rawAudioTypes.join(" or ")}`);
      const session = find(request.params);
      const { rate, channels } = parseBody(audioQuery, request.query, "query");
      const pcm = request.body as Buffer;
      if (pcm.byteLength === 0 || pcm.byteLength % (2 * channels) !== 0) {
        throw new HttpError(400, "misaligned_audio", `body must be a non-empty whole number of ${2 * channels}-byte sample frames`);
      }
      await deliver(() => session.deliverAudio(pcm, { rate, width: 2, channels: channels as 1 | 2 }));
      return reply.status(202).send({ sessionId: session.id, bytes: pcm.byteLength, seconds: pcm.byteLength / (2 * channels * rate) });
    });
  });
}
