import { catalog, peerUrlEnvName, serviceEnvironment, serviceNames, startOrder } from "../../agents-src/kit/catalog";

describe("service catalog", () => {
  it("fixes the ports other stacks depend on", () => {
    expect(catalog["unified-memory-reasoning"].ports.http).toBe(5596);
    expect(catalog.dreamworld.ports.zmqPub).toBe(5598);
  });

  it("uses each port once", () => {
    const ports = serviceNames.flatMap((n) => [catalog[n].ports.http, catalog[n].ports.zmqPub]).filter((p) => p !== undefined);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it("never lets a PUB socket owner or a job be replicated", () => {
    for (const name of serviceNames) {
      const def = catalog[name];
      if (def.ports.zmqPub !== undefined || def.job) expect(def.replicable).toBe(false);
    }
  });

  it("derives peer URLs from the catalog", () => {
    const env = serviceEnvironment("coordinator", (peer) => peer, "0.0.0.0");
    expect(env.TASK_ROUTER_URL).toBe("http://task-router:7010");
    expect(env.VAD_PUB_URL).toBe("tcp://vad:6561");
    expect(env.HTTP_PORT).toBe("7000");
    expect(peerUrlEnvName("unified-memory-reasoning")).toBe("UNIFIED_MEMORY_REASONING_URL");
  });

  it("moves every port, its own and its peers', when given other ports", () => {
    const moved = (service: (typeof serviceNames)[number]) => ({
      http: catalog[service].ports.http && catalog[service].ports.http + 10000,
      zmqPub: catalog[service].ports.zmqPub && catalog[service].ports.zmqPub + 10000,
    });
    const env = serviceEnvironment("coordinator", () => "127.0.0.1", "127.0.0.1", moved);
    expect(env.HTTP_PORT).toBe("17000");
    expect(env.TASK_ROUTER_URL).toBe("http://127.0.0.1:17010");
    expect(env.VAD_PUB_URL).toBe("tcp://127.0.0.1:16561");
  });

  it("orders services after what they start after", () => {
    const order = startOrder();
    for (const name of serviceNames) {
      for (const dep of catalog[name].startsAfter) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(name));
    }
  });
});
