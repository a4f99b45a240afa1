import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ServedFile {
  body: Buffer;
  /** Close the connection after sending this many bytes of the body (counted from the request's start), once. */
  cutAfterBytes?: number;
  /** Answer every request with this status and no file. */
  status?: number;
  /** Answer with a redirect to this URL instead. */
  redirectTo?: string;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * A file server on 127.0.0.1 that honours `Range: bytes=N-` like Hugging Face's and a CDN's do,
 * and can break a connection midway, to test resumption for real over a socket.
 */
export class ModelFileServer {
  readonly requests: SeenRequest[] = [];
  private readonly server: Server;

  constructor(readonly files: Map<string, ServedFile>) {
    this.server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      this.requests.push({ path, headers: req.headers });
      const file = this.files.get(path);
      if (file === undefined) {
        res.writeHead(404).end("not found");
        return;
      }
      if (file.redirectTo !== undefined) {
        res.writeHead(302, { location: file.redirectTo }).end();
        return;
      }
      if (file.status !== undefined) {
        res.writeHead(file.status).end();
        return;
      }
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
      const start = range === null ? 0 : Number(range[1]);
      if (start >= file.body.length && range !== null) {
        res.writeHead(416, { "content-range": `bytes */${file.body.length}` }).end();
        return;
      }
      const slice = file.body.subarray(start);
      const headers = { "content-length": String(slice.length), "accept-ranges": "bytes" };
      if (range === null) res.writeHead(200, headers);
      else res.writeHead(206, { ...headers, "content-range": `bytes ${start}-${file.body.length - 1}/${file.body.length}` });
      const cut = file.cutAfterBytes;
      if (cut === undefined) {
        res.end(slice);
        return;
      }
      file.cutAfterBytes = undefined;
      // Sent, then the socket is destroyed with the rest of the promised bytes missing. The pause
      // lets the client read what was sent first: a fetch body stream that errors drops the
      // chunks it had queued but not yet handed out (the WHATWG streams rule for controller.error).
      res.write(slice.subarray(0, cut), () => setTimeout(() => res.socket?.destroy(), 500));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
