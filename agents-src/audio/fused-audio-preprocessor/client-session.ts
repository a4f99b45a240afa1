import type { Logger } from "pino";
import type { RawData, WebSocket } from "ws";
import type { TopicPublisher } from "../../kit/messaging";
import { cleanSampleRate, PreprocessorOptions, StreamPreprocessor, VoiceProbabilities } from "../dsp/preprocessor";
import { bytesToInt16, int16ToBytes } from "../dsp/pcm";
import { AudioFormat, checkChunk, ClientEvent, parseClientEvent, ProtocolViolation, supportedFormat, wsCloseCodes } from "../protocol/client-protocol";
import { AudioCleanHeader, AudioStartHeader, AudioStopHeader, audioTopics } from "../protocol/stream-topics";
import type { SpeechAudio } from "../speech-synthesis/espeak-ng";
import type { PreprocessorMetrics } from "./metrics";
import { PlaybackOutput, PlaybackResult, SpeechPlayback } from "./speech-playback";

export interface SessionDependencies {
  publisher: TopicPublisher;
  logger: Logger;
  metrics: PreprocessorMetrics;
  pipeline: PreprocessorOptions;
  maxFrameBytes: number;
  sendBufferBytes: number;
  /** How far spoken replies may run ahead of real time. */
  playbackLeadMs: number;
}

interface ActiveStream {
  index: number;
  format: AudioFormat;
  pipeline: StreamPreprocessor;
  seq: number;
}

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

  constructor(
    readonly id: string,
    private readonly socket: WebSocket,
    private readonly deps: SessionDependencies,
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
    this.socket.close(code, reason);
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
    const index = this.streams++;
    this.active = { index, format, pipeline: new StreamPreprocessor(format.rate, format.channels, this.deps.pipeline), seq: 0 };
    const header: AudioStartHeader = {
      sessionId: this.id,
      stream: index,
      rate: cleanSampleRate,
      width: 2,
      channels: 1,
      sourceRate: format.rate,
      sourceChannels: format.channels,
      startedAt: Date.now(),
    };
    this.deps.publisher.publish(audioTopics.start, header);
  }

  private onAudio(bytes: Buffer): void {
    const stream = this.active;
    const format = checkChunk(bytes.byteLength, stream?.format, this.deps.maxFrameBytes);
    const active = stream as ActiveStream;
    const started = performance.now();
    const clean = active.pipeline.process(bytesToInt16(bytes));
    this.deps.metrics.processingSeconds.observe((performance.now() - started) / 1000);
    this.deps.metrics.inputSeconds.inc(bytes.byteLength / (2 * format.channels * format.rate));
    this.publishClean(active, clean);
  }

  private publishClean(stream: ActiveStream, clean: Int16Array): void {
    if (clean.length === 0) return;
    const header: AudioCleanHeader = {
      sessionId: this.id,
      stream: stream.index,
      seq: stream.seq++,
      rate: cleanSampleRate,
      startSample: stream.pipeline.outputPosition - clean.length,
      samples: clean.length,
      receivedAt: Date.now(),
      voice: roundedVoice(stream.pipeline.takeVoiceProbabilities()),
    };
    this.deps.publisher.publish(audioTopics.clean, header, int16ToBytes(clean), { droppable: true });
  }

  private endStream(reason: AudioStopHeader["reason"]): void {
    const stream = this.active;
    if (!stream) return;
    this.active = undefined;
    try {
      this.publishClean(stream, stream.pipeline.finish());
    } finally {
      stream.pipeline.destroy();
    }
    const header: AudioStopHeader = { sessionId: this.id, stream: stream.index, samples: stream.pipeline.outputPosition, reason };
    this.deps.publisher.publish(audioTopics.stop, header);
  }

  private reject(violation: ProtocolViolation): void {
    this.deps.metrics.protocolErrors.inc({ code: violation.code });
    this.deps.logger.info({ sessionId: this.id, code: violation.code, reason: violation.message }, "closing client after protocol violation");
    this.endStream("error");
    this.send({ type: "error", code: violation.code, message: violation.message });
    this.closed = true;
    this.socket.close(violation.closeCode, violation.code);
  }

  private send(event: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(event));
  }
}
