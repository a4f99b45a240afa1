import { spawn } from "node:child_process";
import { once } from "node:events";
import pino from "pino";
import { StreamMessage, subscribe } from "../../agents-src/kit/messaging";
import { getFreePort } from "../../agents-src/kit/ports";
import { until } from "../support/until";

describe("a process stopped by SIGTERM", () => {
  it("exits 0 only after what it published while stopping has gone out", async () => {
    const port = await getFreePort();
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "tests/support/publish-on-shutdown.ts", String(port), "200"], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(child, "exit");
    await once(child.stdout, "data");
    const received: StreamMessage[] = [];
    const subscription = await subscribe(`tcp://127.0.0.1:${port}`, ["probe", "last"], (m) => void received.push(m), pino({ level: "silent" }));
    try {
      await until(() => received.some((m) => m.topic === "probe"), "the first probe", 10_000);
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
      const last = () => received.filter((m) => m.topic === "last");
      await until(() => last().length === 200, "all 200 messages published while stopping", 3000);
      expect(last().map((m) => m.header.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      child.kill("SIGKILL");
      await subscription.close();
    }
  }, 30_000);
});
