import type { AgentDefinition } from "../../kit/agent";
import { createPublisher, StreamMessage, subscribe } from "../../kit/messaging";
import { bytesToInt16 } from "../dsp/pcm";
import { audioCleanHeader, audioStartHeader, audioStopHeader, audioTopicPrefix, audioTopics } from "../protocol/stream-topics";
import { loadDetector } from "../speech/detector-choice";
import { minSpeechMsFor, SegmentationSettings } from "../speech/speech-tracker";
import { WebRtcVadMode } from "../speech/webrtc-vad";
import { VadConfig, vadConfig } from "./config";
import { createVadMetrics } from "./metrics";
import { SpeechStream } from "./speech-stream";

/**
 * vad: subscribes to the preprocessor's clean audio, runs Silero VAD v5 (or the WebRTC fallback)
 * per stream and publishes `speech.start`, `speech.end` and each finished `utterance`.
 */
export const agent: AgentDefinition<VadConfig> = {
  name: "vad",
  config: vadConfig,
  async setup(ctx) {
    const { config, logger } = ctx;
    const metrics = createVadMetrics(ctx.metrics);
    const choice = await loadDetector(
      {
        engine: config.VAD_ENGINE,
        fallback: config.VAD_FALLBACK,
        sileroModelPath: config.SILERO_MODEL_PATH,
        webrtcMode: config.WEBRTC_VAD_MODE as WebRtcVadMode,
      },
      logger,
    );
    const detector = choice.detector;
    ctx.onClose(() => detector.close());
    const segmentation: SegmentationSettings = {
      threshold: config.VAD_THRESHOLD,
      negThreshold: config.VAD_NEG_THRESHOLD,
      minSpeechMs: config.VAD_MIN_SPEECH_MS,
      minSilenceMs: config.VAD_MIN_SILENCE_MS,
      speechPadMs: config.VAD_SPEECH_PAD_MS,
      maxSpeechMs: config.VAD_MAX_UTTERANCE_MS,
      backgroundMargin: config.VAD_BACKGROUND_MARGIN,
      backgroundMs: config.VAD_BACKGROUND_MS,
    };
    logger.info(
      { detector: detector.name, fallbackReason: choice.fallbackReason, minSpeechMs: minSpeechMsFor(segmentation, detector) },
      "voice activity detector loaded",
    );
    const publisher = await createPublisher({ port: config.ZMQ_PUB_PORT, host: config.HTTP_HOST, logger, registry: ctx.metrics });
    ctx.onClose(() => publisher.close());
    const publish = (topic: string, header: object, payload?: Buffer): void => publisher.publish(topic, header, payload);

    /** Insertion order doubles as age: the first entry is the stream that has waited longest for audio. */
    const streams = new Map<string, SpeechStream>();
    const heardAt = new Map<string, number>();
    const keyOf = (h: { sessionId: string; stream: number }): string => `${h.sessionId}/${h.stream}`;
    const open = (key: string, stream: SpeechStream): SpeechStream => {
      if (streams.size >= config.VAD_MAX_STREAMS) {
        const [oldestKey, oldest] = streams.entries().next().value as [string, SpeechStream];
        logger.warn({ stream: oldestKey }, "too many streams; finishing the least recently heard one");
        close(oldestKey, oldest);
      }
      streams.set(key, stream);
      heardAt.set(key, performance.now());
      metrics.streams.set(streams.size);
      return stream;
    };
    const close = (key: string, stream: SpeechStream): void => {
      streams.delete(key);
      heardAt.delete(key);
      metrics.streams.set(streams.size);
      metrics.utterances.inc(stream.finish());
    };

    const onMessage = async (message: StreamMessage): Promise<void> => {
      metrics.messages.inc({ topic: message.topic });
      if (message.topic === audioTopics.start) {
        const header = audioStartHeader.parse(message.header);
        const key = keyOf(header);
        const previous = streams.get(key);
        if (previous) close(key, previous);
        open(key, new SpeechStream({ ...header, origin: 0 }, detector, segmentation, publish));
      } else if (message.topic === audioTopics.clean) {
        const header = audioCleanHeader.parse(message.header);
        if (message.header.voice !== undefined && !header.voice) metrics.voiceRejected.inc();
        const key = keyOf(header);
        let stream = streams.get(key);
        if (stream) streams.delete(key);
        // A stream first heard mid-way (this agent restarted) is joined where it is. `receivedAt` is
        // when the client chunk that completed the message arrived: the stream began about that much
        // audio earlier (the preprocessor's 12-26 ms hold makes it that much later still).
        const heardUpTo = header.startSample + header.samples;
        stream ??= new SpeechStream(
          { sessionId: header.sessionId, stream: header.stream, startedAt: header.receivedAt - (heardUpTo * 1000) / 16000, origin: header.startSample },
          detector,
          segmentation,
          publish,
        );
        open(key, stream);
        const started = performance.now();
        const gapBefore = stream.gapSamples;
        metrics.utterances.inc(await stream.append(header.startSample, bytesToInt16(message.payload), header.voice));
        metrics.gapSeconds.inc((stream.gapSamples - gapBefore) / 16000);
        metrics.processingSeconds.observe((performance.now() - started) / 1000);
      } else if (message.topic === audioTopics.stop) {
        const header = audioStopHeader.parse(message.header);
        const stream = streams.get(keyOf(header));
        if (stream) close(keyOf(header), stream);
      }
    };
    // A producer that vanished mid-utterance (a killed preprocessor) never sends audio.stop: without
    // this its speech.start would go unanswered until VAD_MAX_STREAMS other streams pushed it out.
    const idleSweep = setInterval(() => {
      const now = performance.now();
      for (const [key, stream] of streams) {
        const idleMs = now - (heardAt.get(key) ?? now);
        if (idleMs < config.VAD_STREAM_IDLE_MS) break;
        logger.warn({ stream: key, idleMs }, "no audio for VAD_STREAM_IDLE_MS; finishing the stream");
        close(key, stream);
      }
    }, Math.min(1000, config.VAD_STREAM_IDLE_MS / 4));
    ctx.onClose(() => clearInterval(idleSweep));
    const upstream = config.upstreamPubUrl;
    const subscription = await subscribe(upstream, [audioTopicPrefix], onMessage, logger);
    ctx.onClose(async () => {
      await subscription.close();
      for (const [key, stream] of [...streams]) close(key, stream);
    });
    logger.info({ upstream, endpoint: publisher.endpoint }, "listening for clean audio");

    return {
      ready: async () => ({
        detector: { ok: true, detail: { engine: detector.name, ...(choice.fallbackReason ? { fallbackReason: choice.fallbackReason } : {}) } },
        // Without the preprocessor's stream this agent has nothing to listen to.
        upstream: subscription.connected
          ? { ok: true, detail: { url: upstream, streams: streams.size } }
          : { ok: false, detail: `not connected to ${upstream}` },
        publisher: { ok: true, detail: { endpoint: publisher.endpoint } },
      }),
    };
  },
};
