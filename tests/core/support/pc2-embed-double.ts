import { createServer, Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * TEST DOUBLE for pc2's `POST /v1/embed`, used only where the real pc2 agent is not available:
 * a real HTTP server whose "model" hashes character trigrams into a unit vector, so similar
 * spellings get similar vectors, deterministically. It counts the texts it embeds so tests can
 * see what the router caches.
 */
export interface EmbedDouble {
  url: string;
  model: string;
  requests: string[][];
  close(): Promise<void>;
}

const dimension = 256;

export function hashedTrigramVector(text: string): number[] {
  const vector = new Array<number>(dimension).fill(0);
  const padded = ` ${text.toLowerCase().replace(/[^a-z0-9 ]/g, "")} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let hash = 2166136261;
    for (const ch of padded.slice(i, i + 3)) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
    vector[hash % dimension] += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}

export async function startEmbedDouble(options: { model?: string; port?: number } = {}): Promise<EmbedDouble> {
  const state = { model: options.model ?? "hashed-trigrams-test-double", requests: [] as string[][] };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/embed") {
        res.writeHead(404).end();
        return;
      }
      const { texts } = JSON.parse(body) as { texts: string[] };
      state.requests.push(texts);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ model: state.model, dimension, vectors: texts.map(hashedTrigramVector) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get model() {
      return state.model;
    },
    set model(value: string) {
      state.model = value;
    },
    requests: state.requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
