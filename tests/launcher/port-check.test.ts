import { createServer, Server } from "node:net";
import type { AddressInfo } from "node:net";
import { getFreePort } from "../../agents-src/kit/ports";
import { isPortFree, portsInUse } from "../../agents-src/launcher/port-check";
import type { PlannedService } from "../../agents-src/launcher/service-plan";

describe("port check before launch", () => {
  let taken: Server;
  let takenPort: number;

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    takenPort = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  const service = (name: PlannedService["name"], built: boolean, http: number, zmqPub?: number): PlannedService => ({
    name,
    built,
    job: false,
    ports: { http, ...(zmqPub ? { zmqPub } : {}) },
    env: {},
  });

  it("tells a taken port from a free one", async () => {
    expect(await isPortFree(takenPort)).toBe(false);
    expect(await isPortFree(await getFreePort())).toBe(true);
  });

  it("names every taken port of a built service, and ignores services that will not run", async () => {
    const free = await getFreePort();
    const plan = [service("task-router", true, free), service("vad", true, await getFreePort(), takenPort), service("pc2", false, takenPort)];
    expect(await portsInUse(plan)).toEqual([`${takenPort} (vad)`]);
    expect(await portsInUse([service("task-router", true, free)])).toEqual([]);
  });
});
