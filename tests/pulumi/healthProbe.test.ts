import { execFile } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { httpProbe } from "../../components/services/healthcheck";

const run = promisify(execFile);

/** Runs the container's probe here with bash, as Docker would run it inside the container. */
async function probe(port: number, path: string): Promise<number> {
  try {
    await run("bash", ["-c", httpProbe(port, path)], { timeout: 5000 });
    return 0;
  } catch (err) {
    return (err as { code?: number }).code ?? -1;
  }
}

describe("httpProbe, run by bash against a real server on 127.0.0.1", () => {
  let server: http.Server;
  let port: number;
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.host}`);
      res.statusCode = req.url === "/health" ? 200 : 503;
      res.end(req.url === "/health" ? "ok" : "not ready");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes on 200 and sends one GET of the path", async () => {
    expect(await probe(port, "/health")).toBe(0);
    expect(requests.at(-1)).toBe(`GET /health 127.0.0.1`);
  });

  it("fails on any other status", async () => {
    expect(await probe(port, "/ready")).not.toBe(0);
  });

  it("fails when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const freed = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await probe(freed, "/health")).not.toBe(0);
  });
});
