import type { CaptureMessage } from "./audio-worklets.js";
import { ReplyPlayer } from "./reply-player.js";

export type ServerEvent =
  | { type: "session"; sessionId: string }
  | { type: "speech-started" }
  | { type: "speech-ended" }
  | { type: "transcript"; text: string; confidence?: number }
  | { type: "reply"; text: string; intent: string; sessionId: string | null }
  | { type: "reply-cancelled"; reason: string }
  | { type: "audio-start"; rate: number; channels: number }
  | { type: "audio-stop" }
  | { type: "timer-fired"; text: string }
  | { type: "error"; code: string; text?: string; message?: string };

export type TalkMode = "hands-free" | "push-to-talk";

/**
 * One reply heard, in ms on the audio clock: from the end of the microphone chunk that held the
 * last speech sample to the first audible reply sample rendered, and the page's own share of it:
 * that chunk waiting to be sent, and the first reply chunk waiting from its arrival to being heard.
 */
export interface HeardReply {
  latencyMs: number;
  sendDelayMs: number;
  playDelayMs: number;
}

export interface VoiceSessionEvents {
  event(event: ServerEvent): void;
  /** The socket closed: a refused token (4401), the server going away, or the network. */
  closed(code: number, reason: string): void;
  heard(reply: HeardReply): void;
}

/** How much silence push-to-talk sends after the key is let go, so the VAD closes the utterance (its minimum silence is 300 ms). */
const pushToTalkTailSeconds = 0.5;
/** Close code of a refused device token (agents-src/audio/fused-audio-preprocessor/device-admission.ts). */
export const unauthorizedCloseCode = 4401;

/**
 * One conversation over the audio WebSocket: the device token as the first event (a browser cannot
 * set headers on a WebSocket, and a token in the URL would end up in logs), the microphone as 16-bit
 * PCM at the device's rate, and the server's events and spoken replies back. Hands-free streams
 * all the time and the server's VAD decides turns; push-to-talk streams only while talking.
 */
export class VoiceSession {
  private socket: WebSocket | undefined;
  private stream: MediaStream | undefined;
  private capture: AudioWorkletNode | undefined;
  private streaming = false;
  private talking = false;
  private replyAudio = false;
  /** End of the last chunk with speech in it, and how long it waited to be sent (audio clock, s). */
  private lastSpeech: { endAt: number; sendDelay: number } | null = null;
  private speechEnd: { endAt: number; sendDelay: number } | null = null;
  private firstReplyChunkAt: number | null = null;
  mode: TalkMode = "hands-free";

  private constructor(
    readonly context: AudioContext,
    readonly player: ReplyPlayer,
    private readonly events: VoiceSessionEvents,
  ) {
    player.onHeard = (at) => {
      const end = this.speechEnd;
      if (end !== null && this.firstReplyChunkAt !== null) {
        this.events.heard({ latencyMs: (at - end.endAt) * 1000, sendDelayMs: end.sendDelay * 1000, playDelayMs: (at - this.firstReplyChunkAt) * 1000 });
      }
      this.speechEnd = null;
    };
  }

  /** Needs a user gesture first (the browser's autoplay rule), which the Start button is. */
  static async open(events: VoiceSessionEvents): Promise<VoiceSession> {
    const context = new AudioContext();
    await context.audioWorklet.addModule("/web/audio-worklets.js");
    await context.resume();
    const meter = new AudioWorkletNode(context, "playback-meter", { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
    return new VoiceSession(context, new ReplyPlayer(context, meter), events);
  }

  /** The microphone's own latency as the browser reports it (s); 0 when it does not say. */
  get inputLatency(): number {
    const settings = this.stream?.getAudioTracks()[0]?.getSettings() as (MediaTrackSettings & { latency?: number }) | undefined;
    return settings?.latency ?? 0;
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  async start(url: string, token: string, mode: TalkMode): Promise<void> {
    this.mode = mode;
    this.stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: false, autoGainControl: false } });
    const source = this.context.createMediaStreamSource(this.stream);
    this.capture = new AudioWorkletNode(this.context, "mic-capture", { numberOfInputs: 1, numberOfOutputs: 0 });
    this.capture.port.onmessage = (event: MessageEvent<CaptureMessage>) => this.captured(event.data);
    source.connect(this.capture);

    const socket = new WebSocket(url);
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: "auth", token }));
    socket.onmessage = (message) => this.received(message.data as ArrayBuffer | string);
    socket.onclose = (closed) => {
      this.release();
      this.events.closed(closed.code, closed.reason);
    };
  }

  /** Push-to-talk: the button or key went down. */
  press(): void {
    if (this.mode !== "push-to-talk" || this.talking || !this.connected) return;
    this.talking = true;
    this.player.stop();
    this.beginStream();
  }

  /** Push-to-talk: let go; a little silence closes the utterance, then the stream ends. */
  release(): void {
    if (!this.talking) return;
    this.talking = false;
    if (this.connected && this.streaming) {
      this.sendPcm(new Int16Array(Math.round(this.context.sampleRate * pushToTalkTailSeconds)).buffer);
      this.endStream();
    }
  }

  stop(): void {
    this.player.stop();
    this.release();
    this.socket?.close(1000, "client stopped");
    this.stream?.getTracks().forEach((track) => track.stop());
    this.capture?.disconnect();
    this.stream = undefined;
    this.capture = undefined;
    this.socket = undefined;
  }

  private received(data: ArrayBuffer | string): void {
    if (typeof data !== "string") {
      if (!this.replyAudio) return;
      this.firstReplyChunkAt ??= this.context.currentTime;
      this.player.enqueue(data);
      return;
    }
    const event = JSON.parse(data) as ServerEvent;
    switch (event.type) {
      case "session":
        if (this.mode === "hands-free") this.beginStream();
        break;
      case "speech-started":
      case "reply-cancelled":
        // Barge-in: whatever the user says over a reply stops it here at once, before the server's word.
        this.player.stop();
        this.replyAudio = false;
        break;
      case "speech-ended":
        this.speechEnd = this.lastSpeech;
        break;
      case "audio-start":
        this.replyAudio = true;
        this.firstReplyChunkAt = null;
        this.player.begin(event.rate);
        break;
      case "audio-stop":
        this.replyAudio = false;
        break;
    }
    this.events.event(event);
  }

  private captured({ pcm, lastLoudAt, endAt }: CaptureMessage): void {
    if (!this.streaming || (this.mode === "push-to-talk" && !this.talking)) return;
    this.sendPcm(pcm);
    if (lastLoudAt !== null) this.lastSpeech = { endAt, sendDelay: this.context.currentTime - endAt };
  }

  private beginStream(): void {
    this.socket?.send(JSON.stringify({ type: "audio-start", rate: this.context.sampleRate, width: 2, channels: 1 }));
    this.streaming = true;
  }

  private endStream(): void {
    this.socket?.send(JSON.stringify({ type: "audio-stop" }));
    this.streaming = false;
  }

  private sendPcm(pcm: ArrayBuffer): void {
    if (this.connected) this.socket?.send(pcm);
  }
}
