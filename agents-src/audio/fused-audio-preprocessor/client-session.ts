import type { Logger } from "pino";
import type { DeviceOwner } from "../../kit/device-auth";
import type { RawData, WebSocket } from "ws";
import type { TopicPublisher } from "../../kit/messaging";
import { cleanSampleRate, VoiceProbabilities } from "../dsp/preprocessor";
import { bytesToInt16, int16ToBytes } from "../dsp/pcm";
import { AudioFormat, checkChunk, ClientEvent, parseClientEvent, ProtocolViolation, supportedFormat, wsCloseCodes } from "../protocol/client-protocol";
import { AudioCleanHeader, AudioStartHeader, AudioStopHeader, audioTopics } from "../protocol/stream-topics";
import type { SpeechAudio } from "../speech-synthesis/espeak-ng";
import type { PreprocessorMetrics } from "./metrics";
import type { CleanOutput } from "./pipeline-messages";
import type { RemoteStream, ThreadSeat } from "./pipeline-threads";
import { PlaybackOutput, PlaybackResult, SpeechPlayback } from "./speech-playback";

export interface SessionDependencies {
  publisher: TopicPublisher;
  logger: Logger;
  metrics: PreprocessorMetrics;
  maxFrameBytes: number;
  sendBufferBytes: number;
  /** How far spoken replies may run ahead of real time. */
  playbackLeadMs: number;
}

interface ActiveStream {
  index: number;
  format: AudioFormat;
  pipeline: RemoteStream;
  seq: number;
  /** Whether its audio.start has gone out, and the stream position its published audio reached. */
  announced: boolean;
  position: number;
  /** Arrival time (ms) of each chunk the pipeline thread has not answered yet. */
  arrivals: number[];
  stopReason?: AudioStopHeader["reason"];
}

/**
 * A client's socket is not read while its pipeline thread is this far behind it, so that a
 * client sending faster than its thread can clean cannot grow memory; TCP then slows the client.
 */
const maxBacklogSeconds = 0.5;

/** Raised when a reply cannot be queued because the client is not reading fast enough. */
export class ClientBackpressure extends Error {}

/** Reply audio goes out in frames of at most this many bytes, so a client can start playing early. */
const replyFrameBytes = 16 * 1024;

/** Three decimals are all a detector's threshold needs, and keep the header a few bytes per 10 ms. */
function roundedVoice(voice: VoiceProbabilities | undefined): VoiceProbabilities | undefined {
  return voice && { firstFrame: voice.firstFrame, probabilities: voice.probabilities.map((p) => Math.round(p * 1000) / 1000) };
}

/**
 * One client connection: its audio streams (each `audio-start` ... `audio-stop`) run through their
 * own pipeline and are published as `audio.*`; replies from the coordinator go back on its socket.
 */
export class ClientSession {
  readonly connectedAt = new Date();
  private active: ActiveStream | undefined;
  private streams = 0;
  private closed = false;
  private playback: SpeechPlayback | undefined;
  private readonly playbackOutput: PlaybackOutput = {
    event: (event) => this.send(event),
    audio: (pcm) => {
      this.ensureRoom(pcm.byteLength);
      this.socket.send(pcm, { binary: true });
    },
  };

  private paused = false;

  constructor(
    readonly id: string,
    private readonly socket: WebSocket,
    private readonly seat: Pick<ThreadSeat, "open">,
    private readonly deps: SessionDependencies,
    /** The device the client was admitted as; the coordinator answers its turns as that user. */
    readonly device?: DeviceOwner,
  ) {}

  get streaming(): AudioFormat | undefined {
    return this.active?.format;
  }

  get bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  greet(): void {
    this.send({ type: "session", sessionId: this.id });
  }

  onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    try {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      if (isBinary) this.onAudio(bytes);
      else this.onEvent(parseClientEvent(bytes));
    } catch (err) {
      if (!(err instanceof ProtocolViolation)) throw err;
      this.reject(err);
    }
  }

  /** The socket is gone (client left, or we closed it). */
  onClose(): void {
    this.playback?.stop();
    this.endStream("disconnect");
    this.closed = true;
  }

  /** Ends the session from the server side (shutdown): the stream is finished, the client told why. */
  close(code: number, reason: string): void {
    this.playback?.stop();
    this.endStream("shutdown");
    this.closed = true;
    this.closeSocket(code, reason);
  }

  /** Queues a JSON event for the client (a reply from the coordinator); `reply-cancelled` also cuts the reply being spoken. */
  deliverEvent(event: Record<string, unknown>): void {
    this.ensureRoom(Buffer.byteLength(JSON.stringify(event)));
    if (event.type === "reply-cancelled") this.playback?.stop();
    this.send(event);
  }

  /** Queues reply audio for the client, framed by `audio-start` / `audio-stop` as clients send theirs. */
  deliverAudio(pcm: Buffer, format: AudioFormat): void {
    this.ensureRoom(pcm.byteLength);
    this.playback?.stop();
    this.send({ type: "audio-start", rate: format.rate, width: format.width, channels: format.channels });
    for (let offset = 0; offset < pcm.byteLength; offset += replyFrameBytes) {
      this.socket.send(pcm.subarray(offset, Math.min(offset + replyFrameBytes, pcm.byteLength)), { binary: true });
    }
    this.send({ type: "audio-stop" });
  }

  /**
   * Speaks a reply to the client as it is synthesized, cutting short any reply still playing.
   * Resolves when the reply has been sent or was cut (`reply-cancelled`, a newer reply, `cancel`,
   * the client leaving).
   */
  async speak(synthesize: (signal: AbortSignal) => Promise<SpeechAudio>, cancel: AbortSignal): Promise<PlaybackResult> {
    this.ensureRoom(0);
    this.playback?.stop();
    const playback = new SpeechPlayback(this.playbackOutput, this.deps.playbackLeadMs);
    this.playback = playback;
    const stop = (): void => playback.stop();
    cancel.addEventListener("abort", stop, { once: true });
    if (cancel.aborted) stop();
    try {
      return await playback.play(synthesize);
    } finally {
      cancel.removeEventListener("abort", stop);
      if (this.playback === playback) this.playback = undefined;
    }
  }

  private ensureRoom(bytes: number): void {
    if (this.closed) throw new ClientBackpressure("client disconnected");
    if (this.socket.bufferedAmount + bytes > this.deps.sendBufferBytes) {
      this.deps.metrics.repliesRefused.inc();
      throw new ClientBackpressure(`client has ${this.socket.bufferedAmount} bytes unread; limit ${this.deps.sendBufferBytes}`);
    }
  }

  private onEvent(event: ClientEvent): void {
    if (event.type === "audio-start") {
      if (this.active) throw new ProtocolViolation("stream_already_open", "audio-start while a stream is open", wsCloseCodes.protocolError);
      this.startStream(supportedFormat(event));
    } else {
      if (!this.active) throw new ProtocolViolation("no_open_stream", "audio-stop without audio-start", wsCloseCodes.protocolError);
      this.endStream("client");
    }
  }

  private startStream(format: AudioFormat): void {
    try {
      this.active = this.openStream(format);
    } catch (err) {
      this.deps.logger.error({ err, sessionId: this.id }, "audio stream could not start");
      this.endSession();
    }
  }

  private openStream(format: AudioFormat): ActiveStream {
    const index = this.streams++;
    const startedAt = Date.now();
    // Every header goes out when the pipeline thread answers, so that a stream's start never
    // overtakes the previous stream's end, which the thread is still finishing.
    const stream: ActiveStream = {
      index,
      format,
      seq: 0,
      announced: false,
      position: 0,
      arrivals: [],
      pipeline: this.seat.open(format.rate, format.channels, {
        started: () => {
          stream.announced = true;
          this.publishStart(stream, startedAt);
        },
        processed: (output, processingMs) => {
          this.deps.metrics.processingSeconds.observe(processingMs / 1000);
          stream.position = output.outputPosition;
          this.publishClean(stream, output, stream.arrivals.shift() ?? Date.now());
          this.resumeIfCaughtUp(stream);
        },
        finished: (output) => {
          this.publishClean(stream, output, Date.now());
          this.publishStop(stream, output.outputPosition);
        },
        failed: (message) => this.onPipelineFailure(stream, message),
      }),
    };
    return stream;
  }

  private onAudio(bytes: Buffer): void {
    const stream = this.active;
    const format = checkChunk(bytes.byteLength, stream?.format, this.deps.maxFrameBytes);
    const active = stream as ActiveStream;
    active.arrivals.push(Date.now());
    active.pipeline.process(bytesToInt16(bytes));
    this.deps.metrics.inputSeconds.inc(bytes.byteLength / (2 * format.channels * format.rate));
    if (!this.paused && active.pipeline.backlogSamples > maxBacklogSeconds * format.rate * format.channels) {
      this.paused = true;
      this.deps.metrics.readsPaused.inc();
      this.socket.pause();
    }
  }

  private resumeIfCaughtUp(stream: ActiveStream): void {
    if (!this.paused || stream.pipeline.backlogSamples > (maxBacklogSeconds / 2) * stream.format.rate * stream.format.channels) return;
    this.paused = false;
    this.socket.resume();
  }

  private publishStart(stream: ActiveStream, startedAt: number): void {
    const header: AudioStartHeader = {
      sessionId: this.id,
      stream: stream.index,
      rate: cleanSampleRate,
      width: 2,
      channels: 1,
      sourceRate: stream.format.rate,
      sourceChannels: stream.format.channels,
      startedAt,
    };
    this.deps.publisher.publish(audioTopics.start, header);
  }

  private publishClean(stream: ActiveStream, output: CleanOutput, receivedAt: number): void {
    const { pcm, outputPosition, voice } = output;
    if (pcm.length === 0) return;
    const header: AudioCleanHeader = {
      sessionId: this.id,
      stream: stream.index,
      seq: stream.seq++,
      rate: cleanSampleRate,
      startSample: outputPosition - pcm.length,
      samples: pcm.length,
      receivedAt,
      voice: roundedVoice(voice),
    };
    this.deps.publisher.publish(audioTopics.clean, header, int16ToBytes(pcm), { droppable: true });
  }

  private publishStop(stream: ActiveStream, samples: number, reason = stream.stopReason ?? "error"): void {
    const header: AudioStopHeader = { sessionId: this.id, stream: stream.index, samples, reason };
    this.deps.publisher.publish(audioTopics.stop, header);
  }

  /** Asks the pipeline thread for the stream's tail; its end goes out when the thread has it. */
  private endStream(reason: AudioStopHeader["reason"]): void {
    const stream = this.active;
    if (!stream) return;
    this.active = undefined;
    stream.stopReason = reason;
    stream.pipeline.finish();
  }

  /**
   * The stream's pipeline failed, or was cut short by the shutdown: consumers hear that it ended,
   * and the client why its session did.
   */
  private onPipelineFailure(stream: ActiveStream, message: string): void {
    const cutByShutdown = stream.stopReason === "shutdown";
    if (!cutByShutdown) this.deps.logger.error({ sessionId: this.id, stream: stream.index, reason: message }, "audio pipeline failed");
    if (stream.announced) this.publishStop(stream, stream.position, cutByShutdown ? "shutdown" : "error");
    if (this.active === stream) this.active = undefined;
    this.endSession();
  }

  /** Closes the session for a failure of ours: the client gets an error event, then 1011. */
  private endSession(): void {
    if (this.closed) return;
    this.send({ type: "error", code: "internal_error", message: "the audio pipeline failed; start a new session" });
    this.closed = true;
    this.closeSocket(1011, "internal_error");
  }

  /** A paused socket would never read the client's answer to the close, and hold its slot for ws's 30 s. */
  private closeSocket(code: number, reason: string): void {
    if (this.paused) {
      this.paused = false;
      this.socket.resume();
    }
    this.socket.close(code, reason);
  }

  private reject(violation: ProtocolViolation): void {
    this.deps.metrics.protocolErrors.inc({ code: violation.code });
    this.deps.logger.info({ sessionId: this.id, code: violation.code, reason: violation.message }, "closing client after protocol violation");
    this.endStream("error");
    this.send({ type: "error", code: violation.code, message: violation.message });
    this.closed = true;
    this.closeSocket(violation.closeCode, violation.code);
  }

  private send(event: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(event));
  }
}
