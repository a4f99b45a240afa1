import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileSourceUrl, modelSchema, type Model, type ModelSource } from "./manifest";
import { downloadResumable } from "./resumable-download";

export interface ModelEntryRequest {
  target: string;
  source: ModelSource;
  paths: string[];
  token?: string;
  onFile?(path: string, url: string): void;
}

/**
 * A `models` entry for files as the source serves them today: each is downloaded once to a
 * temporary folder to measure its size and sha256. What this pins is whatever the source served,
 * so compare the sha256 of large files with the one the source publishes (Hugging Face shows it
 * for LFS files).
 */
export async function describeModel(request: ModelEntryRequest): Promise<Model> {
  const scratch = await mkdtemp(join(tmpdir(), "model-entry-"));
  try {
    const files = [];
    for (const [i, path] of request.paths.entries()) {
      const url = fileSourceUrl(request.source, path);
      request.onFile?.(path, url);
      const download = join(scratch, String(i));
      await downloadResumable(url, download, { token: request.token, idleTimeoutMs: 30_000, onProgress: () => undefined }).catch(
        (err: Error) => {
          throw new Error(`${path} from ${url}: ${err.message}`);
        },
      );
      const hash = createHash("sha256");
      for await (const chunk of createReadStream(download)) hash.update(chunk as Buffer);
      files.push({ path, sha256: hash.digest("hex"), size: (await stat(download)).size });
      await rm(download);
    }
    return modelSchema.parse({ target: request.target, source: request.source, files });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
