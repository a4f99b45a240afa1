import { createServer } from "node:net";
import type { PlannedService } from "./service-plan";

/** True when nothing listens on the loopback port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) => (err.code === "EADDRINUSE" ? resolve(false) : reject(err)));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * The planned ports something else already holds, as "7010 (task-router)". Checked before
 * starting, because a readiness probe would otherwise be answered by the other listener and the
 * stack would look ready while its own service had failed to bind.
 */
export async function portsInUse(plan: readonly PlannedService[]): Promise<string[]> {
  const wanted = plan
    .filter((s) => s.built)
    .flatMap((s) => [s.ports.http, s.ports.zmqPub].filter((p): p is number => p !== undefined).map((port) => ({ port, name: s.name })));
  const free = await Promise.all(wanted.map((w) => isPortFree(w.port)));
  return wanted.filter((_, i) => !free[i]).map((w) => `${w.port} (${w.name})`);
}
