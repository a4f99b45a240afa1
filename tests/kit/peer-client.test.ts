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

  it("returns answered 4xx from request() instead of throwing", async () => {
    const url = await start((_req, res) => json(res, 404, { error: { code: "not_found", message: "nope" } }));
    const peer = client("peer", url);
    await expect(peer.request("GET", "/x")).resolves.toEqual({ status: 404, body: { error: { code: "not_found", message: "nope" } } });
  });
});
