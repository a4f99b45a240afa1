import { z } from "zod";
import type { Logger } from "../../kit/logging";
import type { StreamMessage } from "../../kit/messaging";
import type { PeerClient } from "../../kit/peer-client";
import { runAsUser } from "../../kit/request-context";
import type { ClientChannel, HeardSpeech } from "./client-channel";
import { SentenceSpeaker } from "./sentence-speaker";
import { TurnClock } from "./stage-timings";
import type { TurnRunner } from "./turn";
import type { TurnMetrics } from "./turn-metrics";
import { QueueFullError, TurnQueue } from "./turn-queue";
import type { HeardText, UncertainHearing } from "./uncertain-hearing";
import { speechTopics } from "../../kit/stream-topics";

const speechHeader = z.object({ sessionId: z.string().min(1).max(200) });
const streamSeconds = z.number().nonnegative();
const utteranceHeader = speechHeader.extend({
  rate: z.number().int().min(8000).max(48000),
  start: streamSeconds.optional(),
  end: streamSeconds.optional(),
  decidedAt: streamSeconds.optional(),
});
type Utterance = z.infer<typeof utteranceHeader>;
const transcription = z.object({ text: z.string(), confidence: z.number().min(0).max(1).optional() });

class BargeIn extends Error {
  constructor() {
    super("the user started speaking again");
    this.name = "BargeIn";
  }
}

interface AudioSession {
  /** The user the client's device token names, asked of the preprocessor once per client. */
  userId?: string;
  /** The session-memory conversation this client's turns are stored in. */
  conversationId?: string;
  turn?: AbortController;
}

export interface SpokenTurnsOptions {
  queue: TurnQueue;
  turns: TurnRunner;
  pc2: PeerClient;
  hearing: UncertainHearing;
  client: ClientChannel;
  metrics: TurnMetrics;
  logger: Logger;
  sttTimeoutMs: number;
  maxSessions: number;
}

/**
 * The audio path: an utterance from the VAD is transcribed by pc2 and answered like a typed turn,
 * with the transcript and the reply sent back to the speaker's client, and then the reply spoken
 * to it. When the same speaker starts talking again while a reply is being produced or spoken,
 * that reply is abandoned (barge-in).
 */
export class SpokenTurns {
  private readonly sessions = new Map<string, AudioSession>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shuttingDown = new AbortController();

  constructor(private readonly options: SpokenTurnsOptions) {}

  /** Handles one stream message; returns at once so a barge-in is never stuck behind a turn. */
  handle(message: StreamMessage): void {
    const { logger } = this.options;
    const parsed = (message.topic === speechTopics.utterance ? utteranceHeader : speechHeader).safeParse(message.header);
    if (!parsed.success) {
      logger.warn({ topic: message.topic, issues: parsed.error.issues }, "ignoring speech event with an invalid header");
      return;
    }
    const { sessionId } = parsed.data;
    switch (message.topic) {
      case speechTopics.start:
        this.bargeIn(sessionId);
        // A client shows what the VAD heard (the web client's "speech started"); nothing waits on it.
        void this.options.client.send(sessionId, { type: "speech-started" });
        break;
      case speechTopics.end:
        logger.debug({ sessionId }, "speech ended");
        void this.options.client.send(sessionId, { type: "speech-ended" });
        break;
      case speechTopics.utterance: {
        const turn = this.answer(utteranceHeader.parse(message.header), message.payload).finally(() => this.inFlight.delete(turn));
        this.inFlight.add(turn);
        break;
      }
    }
  }

  /** Lets turns already under way finish (shutdown); their replies are sent as text but no longer spoken. */
  async drain(): Promise<void> {
    this.shuttingDown.abort();
    await Promise.all([...this.inFlight]);
  }

  private bargeIn(sessionId: string): void {
    const turn = this.sessions.get(sessionId)?.turn;
    if (!turn || turn.signal.aborted) return;
    turn.abort(new BargeIn());
    this.options.logger.info({ sessionId }, "barge-in: reply cancelled");
    void this.options.client.send(sessionId, { type: "reply-cancelled", reason: "barge-in" });
  }

  private async answer(utterance: Utterance, pcm: Buffer): Promise<void> {
    const { queue, turns, client, metrics, logger } = this.options;
    const audioSessionId = utterance.sessionId;
    const session = this.session(audioSessionId);
    session.turn?.abort(new BargeIn());
    const controller = new AbortController();
    session.turn = controller;
    const { signal } = controller;
    const clock = new TurnClock();
    const speech = new SentenceSpeaker((text, speaking) => client.speak(audioSessionId, text, AbortSignal.any([speaking, this.shuttingDown.signal])), signal);
    const queuedAt = performance.now();
    try {
      const result = await queue.run(
        "audio",
        async () => {
          clock.add("queue", performance.now() - queuedAt);
          session.userId ??= await client.userOf(audioSessionId, signal);
          // A client that left before its user was known has nobody to answer.
          if (session.userId === undefined) return undefined;
          // pc2 hears each user with the names and words of their own memories.
          const userId = session.userId;
          const heard = await clock.time("stt", () => runAsUser(userId, () => this.transcribe(pcm, utterance.rate, signal)));
          if (heard.text.trim() === "") return undefined;
          await client.send(audioSessionId, { type: "transcript", ...heard, ...heardSpeech(utterance) });
          const verdict = await this.options.hearing.review(audioSessionId, heard, signal);
          if (verdict.kind === "turn") return turns.run({ text: verdict.text, userId: session.userId, sessionId: session.conversationId, source: "audio", signal, clock, speech });
          const { reply, intent } = verdict;
          return { sessionId: session.conversationId ?? null, reply, intent, target: "coordinator", confidence: heard.confidence ?? 0, slots: {}, timings: clock.finish() };
        },
        signal,
      );
      if (!result) {
        metrics.ended("audio", "empty");
        return;
      }
      if (result.sessionId) session.conversationId = result.sessionId;
      signal.throwIfAborted();
      await client.send(audioSessionId, { type: "reply", text: result.reply, intent: result.intent, sessionId: result.sessionId, timings: result.timings });
      metrics.answered("audio", result);
      // A reply streamed from the language model is already being spoken, sentence by sentence.
      if (speech.used) {
        await speech.finished();
        if (speech.firstAudioMs !== null) metrics.spoke(speech.firstAudioMs);
        return;
      }
      const spoken = await client.speak(audioSessionId, result.reply, AbortSignal.any([signal, this.shuttingDown.signal]));
      if (spoken?.firstAudioMs != null) metrics.spoke(spoken.firstAudioMs);
    } catch (err) {
      if (signal.aborted) {
        metrics.ended("audio", "cancelled");
        return;
      }
      const busy = err instanceof QueueFullError;
      metrics.ended("audio", busy ? "rejected" : "failed");
      if (!busy) logger.error({ err, audioSessionId }, "spoken turn failed");
      await client.send(audioSessionId, {
        type: "error",
        code: busy ? "busy" : "turn_failed",
        text: busy ? "Sorry, I'm busy right now. Please try again in a moment." : `Sorry, something went wrong: ${(err as Error).message}`,
      });
    } finally {
      if (session.turn === controller) session.turn = undefined;
    }
  }

  private async transcribe(pcm: Buffer, rate: number, signal: AbortSignal): Promise<HeardText> {
    const body = await this.options.pc2.postRaw("/v1/transcribe", pcm, `audio/L16;rate=${rate};channels=1`, {
      signal,
      timeoutMs: this.options.sttTimeoutMs,
      idempotent: true,
    });
    return transcription.parse(body);
  }

  /** The speaker's session, moved to the back of the eviction order. */
  private session(id: string): AudioSession {
    const session = this.sessions.get(id) ?? {};
    this.sessions.delete(id);
    this.sessions.set(id, session);
    if (this.sessions.size > this.options.maxSessions) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    return session;
  }
}

function heardSpeech({ start, end, decidedAt }: Utterance): { speech?: HeardSpeech } {
  return start !== undefined && end !== undefined && decidedAt !== undefined ? { speech: { start, end, decidedAt } } : {};
}
