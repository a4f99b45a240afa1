import { open, stat, truncate } from "node:fs/promises";

export interface DownloadOptions {
  /** Sent as `Authorization: Bearer` to the source's own origin only, never after a redirect elsewhere. */
  token?: string;
  /** A connection that delivers nothing for this long is given up (and resumed by the next attempt). */
  idleTimeoutMs: number;
  /** Called after every chunk with the bytes in the part file and the full size when the server said it. */
  onProgress(bytes: number, total: number | undefined): void;
}

/** Why a download stopped; `retryable` says whether another attempt could get further. */
export class DownloadError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = "DownloadError";
  }
}

const maxRedirects = 5;

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  }
}

/** What undici puts in `cause` names the network fault better than its "fetch failed". */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code !== undefined) return `${cause?.message ?? code} (${code})`;
  return cause?.message ?? (err as Error).message;
}

/**
 * GET with `Range` from `offset`, following redirects by hand: the fetch standard would carry the
 * token to whatever host a redirect names (Hugging Face redirects to a CDN with a signed URL).
 */
async function requestFrom(url: string, offset: number, options: DownloadOptions, signal: AbortSignal): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const headers: Record<string, string> = { "accept-encoding": "identity" };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    if (options.token !== undefined && new URL(current).origin === origin) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    try {
      response = await fetch(current, { headers, redirect: "manual", signal });
    } catch (err) {
      throw new DownloadError(signal.aborted ? "no data within the idle timeout" : networkReason(err), true);
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      current = new URL(location, current).toString();
      continue;
    }
    return response;
  }
  throw new DownloadError(`more than ${maxRedirects} redirects`, false);
}

// Content-Range: "bytes START-END/TOTAL", or "bytes */TOTAL" on a 416.
function parseContentRange(header: string | null): { start?: number; total?: number } {
  const match = /^bytes (?:(\d+)-\d+|\*)\/(\d+|\*)$/.exec(header ?? "");
  if (match === null) return {};
  return {
    start: match[1] === undefined ? undefined : Number(match[1]),
    total: match[2] === "*" ? undefined : Number(match[2]),
  };
}

/**
 * Downloads `url` into `partPath`, continuing after the bytes a previous, interrupted attempt left
 * there when the server honours `Range` (206), and starting over when it sends the whole file (200).
 * Resolves once the server has sent the last byte; the caller verifies the content.
 */
export async function downloadResumable(url: string, partPath: string, options: DownloadOptions): Promise<void> {
  let offset = await fileSize(partPath);
  const controller = new AbortController();
  let idle: NodeJS.Timeout | undefined;
  const armIdleTimer = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(), options.idleTimeoutMs);
  };
  armIdleTimer();
  try {
    let response = await requestFrom(url, offset, options, controller.signal);
    let total: number | undefined;
    if (response.status === 416 && offset > 0) {
      // The part already holds every byte (an attempt that died between the last byte and the
      // rename), or more than the file has: then it is not this file, and it starts over.
      const { total: size } = parseContentRange(response.headers.get("content-range"));
      await response.body?.cancel();
      if (size === offset) {
        options.onProgress(offset, size);
        return;
      }
      offset = 0;
      response = await requestFrom(url, 0, options, controller.signal);
    }
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get("content-range"));
      if (range.start !== offset) {
        await response.body?.cancel();
        throw new DownloadError(`the server answered a request from byte ${offset} with ${response.headers.get("content-range")}`, true);
      }
      total = range.total;
    } else if (response.status === 200) {
      offset = 0;
      const length = response.headers.get("content-length");
      total = length === null ? undefined : Number(length);
    } else {
      await response.body?.cancel();
      // 5xx and 429 may pass; 401/403/404 will not without a change to the config.
      throw new DownloadError(`HTTP ${response.status} ${response.statusText}`.trim(), response.status >= 500 || response.status === 429);
    }
    if (response.body === null) throw new DownloadError("the response has no body", true);

    if (offset === 0) await truncate(partPath, 0).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== "ENOENT") throw err;
    });
    const part = await open(partPath, "a");
    let written = offset;
    try {
      options.onProgress(written, total);
      const reader = response.body.getReader();
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (err) {
          throw new DownloadError(
            `the connection broke after ${written} bytes: ${controller.signal.aborted ? "no data within the idle timeout" : networkReason(err)}`,
            true,
          );
        }
        if (chunk.done) break;
        armIdleTimer();
        await part.write(chunk.value);
        written += chunk.value.byteLength;
        options.onProgress(written, total);
      }
      await part.sync();
    } finally {
      await part.close();
    }
    if (total !== undefined && written !== total)
      throw new DownloadError(`the connection closed after ${written} of ${total} bytes`, true);
  } finally {
    clearTimeout(idle);
  }
}
