import { createServer, Server } from "node:net";

/** Asks the kernel for a free loopback port (for tests and tools that must not use the catalog's ports). */
export async function getFreePort(): Promise<number> {
  return (await getFreePorts(1))[0];
}

/** `count` distinct free loopback ports: each stays bound until all are chosen, so none is handed out twice. */
export async function getFreePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", resolve);
      });
    }
    return servers.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}
