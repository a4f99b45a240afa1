/** A test client for the preprocessor's WebSocket: records every event, binary frame and the close. */
import WebSocket from "ws";
import { localDeviceHeaders } from "../../agents-src/launcher/local-credentials";

export interface ClientEvent {
  type: string;
  [key: string]: unknown;
}

export class AudioClient {
  readonly events: ClientEvent[] = [];
  /** When each of `events` arrived (performance.now()). */
  readonly eventTimes: number[] = [];
  readonly binary: Buffer[] = [];
  /** What arrived, in order: each event's type, and "pcm" for each binary frame. */
  readonly arrivals: string[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly sessionId: Promise<string>;

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    this.sessionId = new Promise((resolve) => {
      socket.on("message", (data, isBinary) => {
        const bytes = data as Buffer;
        if (isBinary) {
          this.arrivals.push("pcm");
          return void this.binary.push(bytes);
        }
        const event = JSON.parse(bytes.toString()) as ClientEvent;
        this.arrivals.push(event.type);
        this.events.push(event);
        this.eventTimes.push(performance.now());
        if (event.type === "session") resolve(event.sessionId as string);
      });
    });
  }

  /** Listens from the start: the server greets in the same packet as the upgrade, before an awaited "open" resumes. */
  static async connect(url: string, headers: Record<string, string> = localDeviceHeaders()): Promise<AudioClient> {
    const client = new AudioClient(new WebSocket(url, { headers }));
    await new Promise((resolve, reject) => {
      client.socket.once("open", resolve);
      client.socket.once("error", reject);
    });
    return client;
  }

  send(data: string | Buffer | object): void {
    this.socket.send(typeof data === "object" && !Buffer.isBuffer(data) ? JSON.stringify(data) : data);
  }

  /** Streams interleaved PCM as `audio-start`, chunks of `chunkMs`, `audio-stop`, yielding to the event loop between chunks. */
  async stream(pcm: Int16Array, rate: number, channels: number, chunkMs = 20): Promise<void> {
    this.send({ type: "audio-start", rate, width: 2, channels });
    const chunk = Math.round((rate * chunkMs) / 1000) * channels;
    for (let offset = 0; offset < pcm.length; offset += chunk) {
      const part = pcm.subarray(offset, Math.min(offset + chunk, pcm.length));
      this.send(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.send({ type: "audio-stop" });
  }

  /** Sends a whole stream at once, in frames of at most `frameBytes`: as fast as the socket takes it, not at the pace of speech. */
  sendAtOnce(pcm: Int16Array, rate: number, channels: number, frameBytes: number): void {
    this.send({ type: "audio-start", rate, width: 2, channels });
    for (let at = 0; at < pcm.length; at += frameBytes / 2) {
      const part = pcm.subarray(at, at + frameBytes / 2);
      this.send(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    }
    this.send({ type: "audio-stop" });
  }

  async waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
