import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { Publisher } from "zeromq";
import pino from "pino";
import { createPublisher, decodeMessage, StreamMessage, subscribe, Subscription, TopicPublisher } from "../../agents-src/kit/messaging";
import { Registry } from "../../agents-src/kit/metrics";
import { until } from "../support/until";

const logger = pino({ level: "silent" });

describe("ZeroMQ messaging", () => {
  let publisher: TopicPublisher;
  afterEach(() => publisher?.close());

  /** A publisher and a live subscription to `speech.`: PUB/SUB joins are asynchronous, so it publishes until one arrives. */
  async function joined(): Promise<{ sub: Subscription; received: StreamMessage[] }> {
    publisher = await createPublisher({ port: 0, logger });
    const received: StreamMessage[] = [];
    const sub = await subscribe(`tcp://127.0.0.1:${publisher.port}`, ["speech."], (m) => void received.push(m), logger);
    await until(() => {
      publisher.publish("speech.probe", {});
      return received.length > 0;
    }, "the subscription to join");
    received.length = 0;
    return { sub, received };
  }

  it("delivers typed multipart messages to subscribed topics only", async () => {
    const { sub, received } = await joined();
    publisher.publish("audio.clean", { sessionId: "s1" }, Buffer.from([1, 2]));
    publisher.publish("speech.end", { sessionId: "s1", seq: 1 }, Buffer.from([3, 4]));
    await until(() => received.some((m) => m.topic === "speech.end"), "speech.end");
    expect(received.find((m) => m.topic === "speech.end")).toEqual({
      topic: "speech.end",
      header: { sessionId: "s1", seq: 1 },
      payload: Buffer.from([3, 4]),
    });
    expect(received.map((m) => m.topic)).not.toContain("audio.clean");
    await sub.close();
  });

  it("drops the oldest droppable messages when the queue overflows, never control messages", async () => {
    const registry = new Registry();
    publisher = await createPublisher({ port: 0, logger, registry, maxQueue: 4 });
    for (let i = 0; i < 50; i++) publisher.publish("audio.clean", { seq: i }, Buffer.alloc(640), { droppable: true });
    publisher.publish("audio.stop", { seq: 50 });
    const metrics = await registry.getSingleMetricAsString("zmq_dropped_messages_total");
    const dropped = Number(/zmq_dropped_messages_total\{topic="audio.clean"\} (\d+)/.exec(metrics)?.[1] ?? 0);
    expect(dropped).toBeGreaterThan(0);
    expect(metrics).not.toContain('topic="audio.stop"');
  });

  it("sends what was published before close() and nothing after it", async () => {
    const { sub, received } = await joined();
    for (let i = 0; i < 200; i++) publisher.publish("speech.end", { seq: i }, Buffer.alloc(32000));
    await publisher.close();
    publisher.publish("speech.end", { seq: 200 });
    await until(() => received.filter((m) => m.topic === "speech.end").length >= 200, "200 messages");
    await new Promise((r) => setTimeout(r, 100));
    expect(received.filter((m) => m.topic === "speech.end").map((m) => m.header.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await sub.close();
  });

  it("skips malformed messages without ending the stream", async () => {
    const raw = new Publisher();
    await raw.bind("tcp://127.0.0.1:0");
    const received: StreamMessage[] = [];
    const sub = await subscribe(raw.lastEndpoint as string, ["t"], (m) => {
      received.push(m);
    }, logger);
    await until(() => {
      void raw.send(["t", "not json", Buffer.alloc(0)]).then(() => raw.send(["t", "{\"ok\":1}", Buffer.alloc(0)]));
      return received.length > 0;
    }, "a well-formed message");
    expect(received.every((m) => m.header.ok === 1)).toBe(true);
    await sub.close();
    raw.close();
  });

  it("says whether the subscription is connected: not before the publisher binds, nor to a port that is not ZeroMQ, nor after it goes", async () => {
    const notZeroMq = createServer((socket) => socket.on("error", () => undefined));
    await new Promise<void>((resolve) => notZeroMq.listen(0, "127.0.0.1", resolve));
    const silent = await subscribe(`tcp://127.0.0.1:${(notZeroMq.address() as AddressInfo).port}`, ["t"], () => undefined, logger);
    const probe = await createPublisher({ port: 0, logger });
    const port = probe.port;
    await probe.close();
    const sub = await subscribe(`tcp://127.0.0.1:${port}`, ["t"], () => undefined, logger);
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(silent.connected).toBe(false);
      expect(sub.connected).toBe(false);
      publisher = await createPublisher({ port, logger });
      await until(() => sub.connected, "the connection");
      await publisher.close();
      await until(() => !sub.connected, "the disconnection");
    } finally {
      await sub.close();
      await silent.close();
      notZeroMq.close();
    }
  });

  it("rejects frames that are not [topic, header, payload]", () => {
    expect(() => decodeMessage([Buffer.from("t")])).toThrow(/3 frames/);
    expect(() => decodeMessage([Buffer.from("t"), Buffer.from("[1]"), Buffer.alloc(0)])).toThrow(/JSON object/);
  });
});
