import { randomUUID } from "node:crypto";
import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { DeviceTokenVerifier } from "../../kit/device-auth";
import { RateLimiter } from "../../kit/rate-limit";
import type { AgentDefinition } from "../../kit/agent";
import { createPublisher } from "../../kit/messaging";
import { Gauge } from "../../kit/metrics";
import { PreprocessorOptions } from "../dsp/preprocessor";
import { clientAudioPath, wsCloseCodes } from "../protocol/client-protocol";
import { checkSpeechSynthesis, EspeakSettings, EspeakSynthesizer } from "../speech-synthesis/espeak-ng";
import { ClientSession } from "./client-session";
import { Admission, admitConnection } from "./device-admission";
import { PreprocessorConfig, preprocessorConfig } from "./config";
import { LoadGuard, loadWindowMs } from "./load-guard";
import { createPreprocessorMetrics } from "./metrics";
import { PipelineThread, PipelineThreads, ThreadSeat } from "./pipeline-threads";
import { registerRecordingRoute } from "./recording-route";
import { registerReplyRoutes } from "./reply-routes";
import { isClientSocketFault } from "./socket-faults";

/** How long clients get to answer the close handshake at shutdown. */
const closeHandshakeMs = 1000;
/** How long the pipeline threads get to finish the streams still open at shutdown. */
const finishStreamsMs = 2000;

export { clientAudioPath };

/**
 * fused-audio-preprocessor: clients stream audio over a WebSocket; each stream is cleaned (DC,
 * resampling, RNNoise, gain) on one of PIPELINE_THREADS worker threads and published as 16 kHz
 * `audio.*` messages on the PUB port; the coordinator's replies come back over HTTP (events,
 * audio, or text to speak with espeak-ng) and go out on the client's socket. Whole recordings
 * (speaker enrolment's) are cleaned on the same threads through `POST /v1/preprocess`.
 */
export const agent: AgentDefinition<PreprocessorConfig> = {
  name: "fused-audio-preprocessor",
  config: preprocessorConfig,
  async setup(ctx) {
    const { config, logger } = ctx;
    const metrics = createPreprocessorMetrics(ctx.metrics);
    const publisher = await createPublisher({ port: config.ZMQ_PUB_PORT, host: config.HTTP_HOST, logger, registry: ctx.metrics });
    ctx.onClose(() => publisher.close());
    logger.info({ endpoint: publisher.endpoint }, "publishing clean audio");

    const pipeline: PreprocessorOptions = {
      denoise: config.NOISE_SUPPRESSION,
      gain: config.AGC ? { targetDbfs: config.AGC_TARGET_DBFS, maxGainDb: config.AGC_MAX_GAIN_DB } : false,
    };
    const voice: EspeakSettings = { voice: config.TTS_VOICE, wordsPerMinute: config.TTS_WORDS_PER_MINUTE };
    const synthesis = await checkSpeechSynthesis(voice);
    if (!synthesis.ok) logger.error({ reason: synthesis.detail }, "speech synthesis does not work: replies cannot be spoken");
    const synthesizer = new EspeakSynthesizer(voice);
    if (synthesis.ok) synthesizer.prepare();
    ctx.onClose(() => synthesizer.close());

    const threads = await PipelineThreads.start(config.PIPELINE_THREADS, {
      options: pipeline,
      maxUtilization: config.MAX_LOOP_UTILIZATION,
      logger,
      onStop: () => metrics.pipelineThreadStops.inc(),
    });
    // Closed before the publisher (closers run in reverse), so the streams' last audio still goes out.
    ctx.onClose(() => threads.close(finishStreamsMs));
    logger.info({ threads: config.PIPELINE_THREADS }, "pipeline threads ready");

    const sessions = new Map<string, ClientSession>();
    const guard = new LoadGuard(config.MAX_LOOP_UTILIZATION);
    ctx.onClose(() => guard.stop());
    new Gauge({
      name: "audio_event_loop_utilization_ratio",
      help: `Share of the last ${loadWindowMs / 1000} s each thread's event loop was busy (main: sockets and publishing; pipeline-N: the audio); new clients are refused above MAX_LOOP_UTILIZATION`,
      labelNames: ["thread"],
      registers: [ctx.metrics],
      collect() {
        this.set({ thread: "main" }, guard.utilization());
        for (const reading of threads.readings()) this.set({ thread: `pipeline-${reading.thread}` }, reading.utilization);
      },
    });
    const admission = (): { thread: PipelineThread } | { code: string; message: string } => {
      if (sessions.size >= config.MAX_SESSIONS) return { code: "too_many_sessions", message: `the server is full (MAX_SESSIONS=${config.MAX_SESSIONS})` };
      const { refusal: busy } = guard.check();
      const assigned = busy === undefined ? threads.assign() : { refusal: busy };
      return "thread" in assigned ? assigned : { code: "server_busy", message: `the server is busy (${assigned.refusal})` };
    };
    const devices = new DeviceTokenVerifier(ctx.peer("memory-orchestrator"), config.DEVICE_TOKEN_CACHE_MS);
    const limiter = new RateLimiter(config.EDGE_RATE_PER_SECOND, config.EDGE_RATE_BURST);
    const perDevice = new Map<string, number>();
    const deps = {
      publisher,
      logger,
      metrics,
      maxFrameBytes: config.MAX_FRAME_BYTES,
      sendBufferBytes: config.CLIENT_SEND_BUFFER_BYTES,
      playbackLeadMs: config.TTS_PLAYBACK_LEAD_MS,
    };

    await ctx.app.register(websocket, {
      // Frames a little over the limit still get an error event from us. ws cuts far larger ones itself
      // (1009, no event), reading only their header. It also leaves text frames' UTF-8 to us, so that a
      // client with bad text is told why.
      options: { maxPayload: config.MAX_FRAME_BYTES * 4, skipUTF8Validation: true },
      // The plugin's default logs every socket error with its stack and terminates the socket, which
      // cut ws's 1009 for an oversized frame into a 1006. Client faults are logged by the session
      // (below) and closed by ws with their code; only the server's own socket errors end it here.
      errorHandler(error, socket) {
        if (!isClientSocketFault(error)) socket.terminate();
      },
      preClose(this: FastifyInstance, done) {
        for (const session of sessions.values()) session.close(wsCloseCodes.goingAway, "server shutting down");
        const server = this.websocketServer;
        // A client that never answers the close handshake would hold the shutdown for ws's 30 s,
        // past the grace period, and the publisher would never get to send its last messages.
        const cutOff = setTimeout(() => {
          for (const client of server.clients) client.terminate();
        }, closeHandshakeMs);
        server.close(() => clearTimeout(cutOff));
        done();
      },
    });
    ctx.app.register(async (scope) => {
      // An edge route: the device token is checked by admitConnection, not the internal credential.
      scope.get(clientAudioPath, { websocket: true, config: { access: "edge" } }, (socket, request) => {
        void admitConnection(socket, request.headers.authorization, devices, limiter).then(
          (device) => connect(socket, device),
          (err: unknown) => {
            logger.error({ err }, "client admission failed");
            socket.close(1011, "internal_error");
          },
        );
      });
    });
    const connect = (socket: WebSocket, device: Admission): void => {
      if (socket.readyState !== socket.OPEN) return;
      if (!device.admitted) {
        metrics.sessionsRefused.inc({ reason: device.code });
        socket.send(JSON.stringify({ type: "error", code: device.code, message: device.message }));
        socket.close(device.closeCode, device.code);
        return;
      }
      const { tokenId } = device.owner;
      if ((perDevice.get(tokenId) ?? 0) >= config.MAX_SESSIONS_PER_DEVICE) {
        metrics.sessionsRefused.inc({ reason: "too_many_sessions_for_device" });
        const message = `this device already has ${config.MAX_SESSIONS_PER_DEVICE} sessions open (MAX_SESSIONS_PER_DEVICE)`;
        socket.send(JSON.stringify({ type: "error", code: "too_many_sessions_for_device", message }));
        socket.close(wsCloseCodes.tryAgainLater, "too_many_sessions_for_device");
        return;
      }
      {
        const admitted = admission();
        if (!("thread" in admitted)) {
          metrics.sessionsRefused.inc({ reason: admitted.code });
          socket.send(JSON.stringify({ type: "error", ...admitted }));
          socket.close(wsCloseCodes.tryAgainLater, admitted.code);
          return;
        }
        const seat = new ThreadSeat(threads, admitted.thread);
        const session = new ClientSession(randomUUID(), socket, seat, deps, device.owner);
        sessions.set(session.id, session);
        perDevice.set(tokenId, (perDevice.get(tokenId) ?? 0) + 1);
        metrics.sessions.inc();
        socket.on("message", (data, isBinary) => {
          try {
            session.onMessage(data, isBinary);
          } catch (err) {
            logger.error({ err, sessionId: session.id }, "client session failed");
            socket.close(1011, "internal_error");
          }
        });
        socket.on("close", () => {
          // A session that failed inside may fail again finishing its stream; it must still go.
          try {
            session.onClose();
          } catch (err) {
            logger.error({ err, sessionId: session.id }, "client session failed to finish its stream");
          } finally {
            sessions.delete(session.id);
            const left = (perDevice.get(tokenId) ?? 1) - 1;
            if (left > 0) perDevice.set(tokenId, left);
            else perDevice.delete(tokenId);
            seat.release();
            metrics.sessions.dec();
          }
        });
        socket.on("error", (err: NodeJS.ErrnoException) => {
          if (isClientSocketFault(err)) logger.info({ sessionId: session.id, code: err.code, reason: err.message }, "client WebSocket fault");
          else logger.warn({ err, sessionId: session.id }, "client socket error");
        });
        session.greet();
        for (const [data, isBinary] of device.early) socket.emit("message", data, isBinary);
      }
    };
    registerReplyRoutes(ctx.app, sessions, {
      sendBufferBytes: config.CLIENT_SEND_BUFFER_BYTES,
      synthesize: (text, signal) => synthesizer.synthesize(text, signal),
      maxSpeechChars: config.TTS_MAX_TEXT_CHARS,
      metrics,
    });
    registerRecordingRoute(ctx.app, threads, metrics);

    return {
      ready: async () => {
        const { refusal: busy, utilization } = guard.check();
        const pipelineThreads = threads.readings();
        return {
          publisher: { ok: true, detail: { endpoint: publisher.endpoint } },
          // At either limit a new client is turned away (1013), so the agent is not ready for one.
          sessions: { ok: sessions.size < config.MAX_SESSIONS, detail: { active: sessions.size, max: config.MAX_SESSIONS } },
          load: {
            ok: busy === undefined && pipelineThreads.some((reading) => reading.ok),
            detail: { eventLoopUtilization: utilization, pipelineThreads, max: config.MAX_LOOP_UTILIZATION },
          },
          speechSynthesis: synthesis,
        };
      },
    };
  },
};
