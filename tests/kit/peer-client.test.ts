import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { PeerClient, PeerError } from "../../agents-src/kit/peer-client";
import { runWithRequestId } from "../../agents-src/kit/request-context";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("PeerClient", () => {
  const servers: Server[] = [];
  const clients: PeerClient[] = [];
  afterAll(() => {
    servers.forEach((s) => {
      s.closeAllConnections();
      s.close();
    });
    clients.forEach((c) => c.close());
  });
  const client = (...args: ConstructorParameters<typeof PeerClient>) => {
    const c = new PeerClient(...args);
    clients.push(c);
    return c;
  };
  const start = async (handler: Handler) => {
    const s = await serve(handler);
    servers.push(s.server);
    return s.url;
  };

  it("retries idempotent calls on transient failures, forwarding the request id", async () => {
    let calls = 0;
    const seenIds: unknown[] = [];
    const url = await start((req, res) => {
      calls++;
      seenIds.push(req.headers["x-request-id"]);
      if (calls < 3) return json(res, 503, { error: { code: "unavailable", message: "warming up" } });
      json(res, 200, { ok: true });
    });
    const peer = client("peer", url, { retryDelayMs: 1 });
    await expect(runWithRequestId("turn-7", () => peer.get("/x"))).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
    expect(seenIds).toEqual(["turn-7", "turn-7", "turn-7"]);
  });

  it("never retries a non-idempotent call", async () => {
    let calls = 0;
    const url = await start((_req, res) => {
      calls++;
      json(res, 503, { error: { code: "unavailable", message: "busy" } });
    });
    const peer = client("peer", url, { retryDelayMs: 1 });
    await expect(peer.post("/x", { a: 1 })).rejects.toMatchObject({ status: 503, code: "http_error" });
    expect(calls).toBe(1);
  });

  it("times out slow peers", async () => {
    const url = await start((_req, res) => setTimeout(() => json(res, 200, {}), 500));
    const peer = client("slow", url, { timeoutMs: 50, retries: 0 });
    await expect(peer.get("/x")).rejects.toMatchObject({ code: "timeout", peer: "slow" });
  });

  it("opens its breaker after repeated failures and rejects without calling, but not for 4xx", async () => {
    let calls = 0;
    let mode: "bad-request" | "down" = "bad-request";
    const url = await start((_req, res) => {
      calls++;
      if (mode === "bad-request") return json(res, 400, { error: { code: "bad_request", message: "no" } });
      json(res, 500, { error: { code: "internal", message: "broken" } });
    });
    const peer = client("flaky", url, { retries: 0, volumeThreshold: 3, resetTimeoutMs: 60_000 });
    for (let i = 0; i < 5; i++) await expect(peer.post("/x", {})).rejects.toBeInstanceOf(PeerError);
    expect(peer.state).toBe("closed");
    mode = "down";
    for (let i = 0; i < 10; i++) await peer.post("/x", {}).catch(() => undefined);
    expect(peer.state).toBe("open");
    const before = calls;
    await expect(peer.post("/x", {})).rejects.toMatchObject({ code: "circuit_open" });
    expect(calls).toBe(before);
  });

  it("reports a call its caller aborted as aborted, without counting it against the peer", async () => {
    const url = await start((_req, res) => setTimeout(() => json(res, 200, {}), 300));
    const peer = client("slow", url, { retries: 0, volumeThreshold: 1, resetTimeoutMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      const controller = new AbortController();
      const call = peer.get("/x", { signal: controller.signal });
      setTimeout(() => controller.abort(), 10);
      await expect(call).rejects.toMatchObject({ code: "aborted", peer: "slow" });
    }
    expect(peer.state).toBe("closed");
    expect(peer.stats.failures).toBe(0);
  });

  it("reports unreachable peers", async () => {
    const peer = client("gone", "http://127.0.0.1:1", { retries: 0 });
    await expect(peer.get("/x")).rejects.toMatchObject({ code: "unreachable" });
  });

  it("sends a body in UTF-8 with its length and reads the answer whole, over one kept-alive connection", async () => {
    const ports = new Set<number>();
    const url = await start((req, res) => {
      ports.add(req.socket.remotePort as number);
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => json(res, 201, { length: req.headers["content-length"], echo: JSON.parse(body), pad: "x".repeat(200_000) }));
    });
    const peer = client("peer", url);
    for (let i = 0; i < 5; i++) {
      const answer = await peer.post<{ length: string; echo: unknown; pad: string }>("/x", { text: "½ 日本 👍", i });
      expect(answer).toMatchObject({ length: String(Buffer.byteLength(JSON.stringify({ text: "½ 日本 👍", i }))), echo: { text: "½ 日本 👍", i } });
      expect(answer.pad).toHaveLength(200_000);
    }
    expect(ports.size).toBe(1);
  });

  it("closes an idle connection before the peer's announced keep-alive ends, so no write races the peer's close", async () => {
    const ports: number[] = [];
    const url = await start((req, res) => {
      ports.push(req.socket.remotePort as number);
      json(res, 200, { calls: ports.length });
    });
    // The server announces `Keep-Alive: timeout=2` and closes idle connections after 2 s; the client
    // lets a connection idle for at most 1 s of that.
    servers[servers.length - 1].keepAliveTimeout = 2000;
    const peer = client("peer", url, { retries: 0 });
    await peer.post("/x", {});
    await peer.post("/x", {});
    await new Promise((r) => setTimeout(r, 1500));
    await expect(peer.post("/x", {})).resolves.toEqual({ calls: 3 });
    expect(ports[1]).toBe(ports[0]);
    expect(ports[2]).not.toBe(ports[0]);
  });

  it("times out a peer that stops in the middle of its answer", async () => {
    const url = await start((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const peer = client("stalled", url, { timeoutMs: 100, retries: 0 });
    await expect(peer.get("/x")).rejects.toMatchObject({ code: "timeout", peer: "stalled" });
  });

  it("returns answered 4xx from request() instead of throwing", async () => {
    const url = await start((_req, res) => json(res, 404, { error: { code: "not_found", message: "nope" } }));
    const peer = client("peer", url);
    await expect(peer.request("GET", "/x")).resolves.toEqual({ status: 404, body: { error: { code: "not_found", message: "nope" } } });
  });
});
