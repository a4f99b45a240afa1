import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { clientAudioPath } from "../../kit/client-paths";
import { notFound } from "../../kit/errors";

export interface WebClientSettings {
  /** The compiled web client (`npm run build:web`); relative to the working directory. */
  dir: string;
  /** The audio WebSocket the page opens, when it is not the page's host at the preprocessor's port (a TLS proxy). */
  audioUrl?: string;
  /** The preprocessor's port as the browser reaches it. */
  audioPort?: number;
}

const contentTypes: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};
/** Flat names only: nothing outside the folder can be named. */
const fileName = /^[a-z0-9-]+\.(html|js|css|svg)$/;

/**
 * The page may talk to this origin and open WebSockets (the preprocessor is another port, or a
 * proxied path); it runs only its own scripts, and no other site may frame it.
 */
const securityHeaders = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; media-src 'self' blob:; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

interface CachedFile {
  mtimeMs: number;
  raw: Buffer;
  gzip: Buffer;
}

/**
 * Serves the web client: `/` is its page, `/web/<file>` its scripts and styles (gzip when the
 * browser takes it), `/web/config.json` where its audio WebSocket is. These are public routes:
 * they hold nothing of any user's; everything the page then asks for wants the device token.
 */
export function registerWebClientFiles(app: FastifyInstance, settings: WebClientSettings): void {
  const root = resolve(settings.dir);
  const cache = new Map<string, CachedFile>();
  const load = async (name: string): Promise<CachedFile> => {
    const path = join(root, name);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch {
      throw notFound(name === "index.html" ? `the web client is not built in ${root}: run npm run build:web` : `no file ${name}`);
    }
    const cached = cache.get(name);
    if (cached?.mtimeMs === mtimeMs) return cached;
    const raw = await readFile(path);
    const file = { mtimeMs, raw, gzip: gzipSync(raw, { level: 9 }) };
    cache.set(name, file);
    return file;
  };
  const send = async (request: FastifyRequest, reply: FastifyReply, name: string) => {
    const file = await load(name);
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    reply.headers({ ...securityHeaders, "content-type": contentTypes[name.split(".").pop() as string], "cache-control": "no-cache", vary: "Accept-Encoding" });
    if (gzip) reply.header("content-encoding", "gzip");
    return reply.send(gzip ? file.gzip : file.raw);
  };
  const open = { config: { access: "public" as const } };

  app.get("/", open, (request, reply) => send(request, reply, "index.html"));
  app.get("/web/config.json", open, async () => ({
    audioPath: clientAudioPath,
    ...(settings.audioUrl !== undefined ? { audioUrl: settings.audioUrl } : {}),
    ...(settings.audioPort !== undefined ? { audioPort: settings.audioPort } : {}),
  }));
  app.get("/web/:file", open, async (request, reply) => {
    const { file } = request.params as { file: string };
    if (!fileName.test(file)) throw notFound(`no file ${file}`);
    return send(request, reply, file);
  });
}
