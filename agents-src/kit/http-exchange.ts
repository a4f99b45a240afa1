import { Agent as HttpAgent, IncomingMessage, request as httpRequest, RequestOptions } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export interface ExchangeInit {
  method: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  /** Aborting it ends the exchange wherever it is, the answer's body included. */
  signal: AbortSignal;
}

/** A peer's answer, read whole. */
export interface Exchanged {
  status: number;
  text: string;
}

// Idle connections are closed after 4 s, as Node's fetch (undici) did, or 1 s before a shorter
// keep-alive the peer announces (Node's agent reads the hint only when given a timeout): well
// inside the agents' own (fastify's 72 s), so a write never races the peer closing the connection.
const idleConnectionMs = 4000;
const transports = {
  "http:": { request: httpRequest, agent: new HttpAgent({ keepAlive: true, timeout: idleConnectionMs }) },
  "https:": { request: httpsRequest, agent: new HttpsAgent({ keepAlive: true, timeout: idleConnectionMs }) },
};

/**
 * One request to a peer and its whole answer, over node:http with kept-alive connections. Not
 * fetch: Node 20's fetch took about 1.3 ms of CPU per call on the 2-core machine against 0.5 ms
 * here, and a text turn makes six peer calls or more (docs/measurements.md, "bench:ask's memory
 * stage"). Rejects with the socket's error, or the signal's reason once it is aborted.
 */
export function exchange(url: URL, init: ExchangeInit): Promise<Exchanged> {
  const transport = transports[url.protocol as keyof typeof transports];
  if (!transport) return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  const body = init.body === undefined ? undefined : Buffer.from(init.body);
  const headers = body === undefined ? init.headers : { ...init.headers, "content-length": String(body.length) };
  const options: RequestOptions = { method: init.method, headers, agent: transport.agent, signal: init.signal };
  return new Promise((resolve, reject) => {
    const req = transport.request(url, options, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      // Also a connection cut mid-answer (ECONNRESET "aborted").
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
