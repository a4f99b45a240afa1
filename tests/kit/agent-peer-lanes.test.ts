import { once } from "node:events";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { z } from "zod";
import { RunningAgent, startAgent } from "../../agents-src/kit/agent";
import { baseAgentConfig } from "../../agents-src/kit/config";
import type { PeerClient } from "../../agents-src/kit/peer-client";

/**
 * A peer that refuses bulk work with 503 (as the preprocessor does when its pipeline threads are
 * busy) and answers everything else: the bulk lane's refusals must not open the breaker the other
 * calls to it go through.
 */
describe("peer lanes", () => {
  let peer: Server;
  let agent: RunningAgent<z.infer<typeof baseAgentConfig>>;
  const clients: { shared?: PeerClient; sharedAgain?: PeerClient; bulk?: PeerClient } = {};

  beforeAll(async () => {
    peer = createServer((req, res) => {
      res.writeHead(req.url === "/bulk" ? 503 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: req.url !== "/bulk" }));
    });
    peer.listen(0, "127.0.0.1");
    await once(peer, "listening");
    const peerUrl = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`;
    agent = await startAgent(
      {
        name: "coordinator",
        config: baseAgentConfig,
        async setup(ctx) {
          clients.shared = ctx.peer("fused-audio-preprocessor");
          clients.sharedAgain = ctx.peer("fused-audio-preprocessor");
          clients.bulk = ctx.peer("fused-audio-preprocessor", { lane: "bulk", retries: 0, volumeThreshold: 2 });
        },
      },
      { SERVICE_NAME: "coordinator", HTTP_PORT: "0", LOG_LEVEL: "silent", FUSED_AUDIO_PREPROCESSOR_URL: peerUrl },
    );
  });
  afterAll(async () => {
    await agent.close();
    peer.close();
  });

  it("shares one client per peer, and gives a lane its own", () => {
    expect(clients.sharedAgain).toBe(clients.shared);
    expect(clients.bulk).not.toBe(clients.shared);
  });

  it("keeps a lane's failures out of the other calls' breaker", async () => {
    for (let i = 0; i < 2; i++) await expect(clients.bulk!.get("/bulk")).rejects.toMatchObject({ status: 503 });
    expect(clients.bulk!.state).toBe("open");
    await expect(clients.bulk!.get("/speak")).rejects.toMatchObject({ code: "circuit_open" });
    expect(clients.shared!.state).toBe("closed");
    await expect(clients.shared!.get("/speak")).resolves.toEqual({ ok: true });
  });
});
