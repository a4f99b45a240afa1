import { createServer } from "node:net";
import { getFreePorts } from "../../agents-src/kit/ports";

const bindable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

describe("getFreePorts", () => {
  it("hands out distinct ports, every one free again once chosen", async () => {
    const ports = await getFreePorts(40);
    expect(new Set(ports).size).toBe(40);
    for (const port of ports) expect(await bindable(port)).toBe(true);
  });
});
