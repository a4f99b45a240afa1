/**
 * `npm run bench:models [-- --mb 100] [--runs 5]`: the models job's own cost on one generated file
 * served from 127.0.0.1, so the network is out of the figure: a fresh install (download, sha256,
 * rename), the check a second `up` makes (hashing what is there), and the second half of a
 * download cut in the middle. Prints medians; on a real source the download is bounded by the link.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ModelManifest } from "../agents-src/pc2/models/manifest";
import { ModelFileError, provisionModels, type ProvisionOptions } from "../agents-src/pc2/models/provision-models";
import { ModelFileServer } from "../tests/support/model-file-server";

const { values } = parseArgs({ options: { mb: { type: "string", default: "100" }, runs: { type: "string", default: "5" } } });
const bytes = Number(values.mb) * 1_000_000;
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quiet = { info: () => undefined, warn: () => undefined };

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const body = randomBytes(bytes);
  const sha256 = createHash("sha256").update(body).digest("hex");
  const served = { body, cutAfterBytes: undefined as number | undefined };
  const server = new ModelFileServer(new Map([["/bench/weights.onnx", served]]));
  const url = await server.start();
  const manifest: ModelManifest = [{ target: "bench", source: { url: `${url}/bench` }, files: [{ path: "weights.onnx", sha256, size: bytes }] }];
  const work = await mkdtemp(join(tmpdir(), "models-bench-"));
  const options = (modelsDir: string): ProvisionOptions => ({
    modelsDir,
    attempts: 1,
    retryDelayMs: 0,
    idleTimeoutMs: 30_000,
    progressIntervalMs: 5000,
    logger: quiet,
  });
  const fresh: number[] = [];
  const check: number[] = [];
  const resumed: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const dir = await mkdtemp(join(work, "volume-"));
      fresh.push(await timed(() => provisionModels(manifest, options(dir))));
      check.push(await timed(() => provisionModels(manifest, options(dir))));
      const cutDir = await mkdtemp(join(work, "cut-"));
      served.cutAfterBytes = Math.floor(bytes / 2);
      await provisionModels(manifest, options(cutDir)).then(
        () => {
          throw new Error("the cut download completed");
        },
        (err: unknown) => {
          if (!(err instanceof ModelFileError)) throw err;
        },
      );
      resumed.push(await timed(() => provisionModels(manifest, options(cutDir))));
      await rm(dir, { recursive: true });
      await rm(cutDir, { recursive: true });
    }
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
  const mb = bytes / 1_000_000;
  const row = (what: string, seconds: number[], megabytes: number) =>
    console.log(`${what.padEnd(50)} median ${median(seconds).toFixed(3)} s  (${(megabytes / median(seconds)).toFixed(0)} MB/s)`);
  console.log(`one ${mb} MB file over 127.0.0.1, ${runs} runs`);
  row("fresh install: download, sha256, rename", fresh, mb);
  row("second run: sha256 of what is there, no request", check, mb);
  row("resume after a cut at half: rest + sha256", resumed, mb / 2);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
