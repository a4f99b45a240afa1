import { Publisher, Subscriber } from "zeromq";
import type { Logger } from "pino";
import { Counter, Registry } from "prom-client";

/** A stream message: `[topic, header JSON, payload bytes]` on the wire. */
export interface StreamMessage<H = Record<string, unknown>> {
  topic: string;
  header: H;
  payload: Buffer;
}

export interface PublishOptions {
  /** Droppable messages (audio frames) give way, oldest first, when subscribers fall behind. */
  droppable?: boolean;
}

export interface TopicPublisher {
  readonly endpoint: string;
  readonly port: number;
  publish(topic: string, header: object, payload?: Buffer, options?: PublishOptions): void;
  close(): Promise<void>;
}

export interface PublisherOptions {
  port: number;
  host?: string;
  logger: Logger;
  registry?: Registry;
  /** Messages waiting for the socket before the oldest droppable one is discarded. */
  maxQueue?: number;
  sendHighWaterMark?: number;
}

/**
 * How long a closed PUB socket keeps sending what it still holds. A process that then ends on its
 * own (not with process.exit) waits for it.
 */
const closeLingerMs = 1000;

interface Queued {
  parts: [string, string, Buffer];
  droppable: boolean;
}

export function encodeMessage(topic: string, header: object, payload: Buffer = Buffer.alloc(0)): [string, string, Buffer] {
  return [topic, JSON.stringify(header), payload];
}

export function decodeMessage(frames: Buffer[]): StreamMessage {
  if (frames.length !== 3) throw new Error(`expected 3 frames [topic, header, payload], got ${frames.length}`);
  const header: unknown = JSON.parse(frames[1].toString("utf8"));
  if (typeof header !== "object" || header === null || Array.isArray(header)) throw new Error("header is not a JSON object");
  return { topic: frames[0].toString("utf8"), header: header as Record<string, unknown>, payload: frames[2] };
}

/**
 * Binds a PUB socket and sends through an in-process queue: zeromq allows one pending send per
 * socket, and publishing must never block a real-time producer. When the queue is full the oldest
 * droppable message is discarded (stale audio is worthless; control events are never dropped).
 */
export async function createPublisher(options: PublisherOptions): Promise<TopicPublisher> {
  const socket = new Publisher({ sendHighWaterMark: options.sendHighWaterMark ?? 1000, linger: 0 });
  await socket.bind(`tcp://${options.host ?? "127.0.0.1"}:${options.port}`);
  const endpoint = socket.lastEndpoint ?? "";
  const port = Number(endpoint.slice(endpoint.lastIndexOf(":") + 1));
  const maxQueue = options.maxQueue ?? 256;
  const dropped = options.registry
    ? new Counter({
        name: "zmq_dropped_messages_total",
        help: "Droppable messages discarded because the publish queue was full",
        labelNames: ["topic"],
        registers: [options.registry],
      })
    : undefined;
  const queue: Queued[] = [];
  let pumping: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  let closed = false;

  const pump = async (): Promise<void> => {
    try {
      while (queue.length > 0 && !closed) {
        const next = queue.shift() as Queued;
        await socket.send(next.parts);
      }
    } catch (err) {
      if (!closed) options.logger.error({ err }, "publish failed");
    } finally {
      pumping = undefined;
    }
  };

  return {
    endpoint,
    port,
    publish(topic, header, payload, publishOptions = {}) {
      if (closing) return;
      queue.push({ parts: encodeMessage(topic, header, payload), droppable: publishOptions.droppable ?? false });
      if (queue.length > maxQueue) {
        const victim = queue.findIndex((q) => q.droppable);
        if (victim >= 0) {
          dropped?.inc({ topic: queue[victim].parts[0] });
          queue.splice(victim, 1);
        }
      }
      pumping ??= pump();
    },
    /**
     * Stops taking messages, hands those already published to the socket, and closes it with a
     * linger, so the last `speech.end` or `utterance` of a stream finished at shutdown still goes
     * out. A PUB socket never waits for a subscriber: one at its high-water mark loses them.
     */
    close() {
      closing ??= (async () => {
        // zeromq's send waits while the socket will not take a message; a close that waited on it
        // once held a test's teardown past 60 s. The linger bounds that wait as it bounds the rest.
        let bounded: NodeJS.Timeout | undefined;
        await Promise.race([pumping, new Promise<void>((resolve) => (bounded = setTimeout(resolve, closeLingerMs)))]);
        clearTimeout(bounded);
        closed = true;
        socket.linger = closeLingerMs;
        socket.close();
      })();
      return closing;
    },
  };
}

export interface Subscription {
  /** Whether the socket holds a connection to the publisher now (ZeroMQ reconnects on its own). */
  readonly connected: boolean;
  close(): Promise<void>;
}

/**
 * Connects a SUB socket and hands each decoded message to `handler`, one at a time in arrival
 * order. A malformed message is logged and skipped; it never stops the stream.
 */
export async function subscribe(
  url: string,
  topics: readonly string[],
  handler: (message: StreamMessage) => void | Promise<void>,
  logger: Logger,
): Promise<Subscription> {
  const socket = new Subscriber({ linger: 0 });
  // A TCP connect is not yet a publisher: anything listening on the port accepts one. The ZMTP
  // handshake is. A SUB socket holds one connection to its one endpoint.
  let connected = false;
  socket.events.on("handshake", () => (connected = true));
  socket.events.on("disconnect", () => (connected = false));
  socket.connect(url);
  for (const topic of topics) socket.subscribe(topic);
  let closed = false;
  const loop = (async () => {
    try {
      for await (const frames of socket) {
        let message: StreamMessage;
        try {
          message = decodeMessage(frames);
        } catch (err) {
          logger.warn({ err, url }, "skipping malformed stream message");
          continue;
        }
        try {
          await handler(message);
        } catch (err) {
          logger.error({ err, topic: message.topic }, "stream handler failed");
        }
      }
    } catch (err) {
      if (!closed) logger.error({ err, url }, "subscription ended");
    }
  })();
  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      socket.close();
      await loop;
    },
  };
}
