/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { getFreePort } from "../../agents-src/kit";
import { DownloadProgress, formatBytes } from "../../agents-src/pc2/models/download-progress";
import { fileSourceUrl, modelManifestSchema, type ModelManifest } from "../../agents-src/pc2/models/manifest";
import { ModelFileError, provisionModels, type ProvisionOptions } from "../../agents-src/pc2/models/provision-models";
import { ModelFileServer, type ServedFile } from "../support/model-file-server";
import { runFromSource } from "../support/source-command";
import { startModelServer } from "./support/model-server";
import { writeTinyEmbeddingModel } from "./support/tiny-embedding-model";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe("the models job", () => {
  let sourceFiles: Map<string, Buffer>;
  let server: ModelFileServer;
  let serverUrl: string;
  let work: string;
  let lines: string[];

  /** A real transformers.js model directory, served as a model repository would serve it. */
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "models-job-"));
    const source = join(work, "source");
    await writeTinyEmbeddingModel(source);
    sourceFiles = new Map();
    for (const path of await filesUnder(source)) sourceFiles.set(path, await readFile(join(source, path)));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  let served: Map<string, ServedFile>;
  beforeEach(async () => {
    served = new Map([...sourceFiles].map(([path, body]) => [`/tiny/${path}`, { body }]));
    server = new ModelFileServer(served);
    serverUrl = await server.start();
    lines = [];
  });
  afterEach(async () => {
    await server.stop();
  });

  const manifest = (files = [...sourceFiles.keys()]): ModelManifest => [
    {
      target: "bag-of-words",
      source: { url: `${serverUrl}/tiny` },
      files: files.map((path) => ({ path, sha256: sha256(sourceFiles.get(path) as Buffer), size: (sourceFiles.get(path) as Buffer).length })),
    },
  ];

  const options = (modelsDir: string, extra: Partial<ProvisionOptions> = {}): ProvisionOptions => ({
    modelsDir,
    attempts: 1,
    retryDelayMs: 10,
    idleTimeoutMs: 5000,
    progressIntervalMs: 0,
    logger: { info: (_o, message) => void lines.push(message), warn: (_o, message) => void lines.push(message) },
    ...extra,
  });

  async function freshModelsDir(): Promise<string> {
    return mkdtemp(join(work, "volume-"));
  }

  it("installs every file with its checksum verified, logs progress, leaves no partial file, and pc2 loads the result", async () => {
    const modelsDir = await freshModelsDir();
    const summary = await provisionModels(manifest(), options(modelsDir));
    expect(summary.downloaded).toHaveLength(sourceFiles.size);
    expect(await filesUnder(join(modelsDir, "bag-of-words"))).toEqual([...sourceFiles.keys()].sort());
    for (const [path, body] of sourceFiles) expect(await readFile(join(modelsDir, "bag-of-words", path))).toEqual(body);

    const modelBytes = (sourceFiles.get("onnx/model.onnx") as Buffer).length;
    expect(lines).toContain(`bag-of-words/onnx/model.onnx: downloading ${serverUrl}/tiny/onnx/model.onnx`);
    const last = lines.filter((l) => l.startsWith("bag-of-words/onnx/model.onnx: 100% "));
    expect(last).toHaveLength(1);
    expect(last[0]).toMatch(new RegExp(`^bag-of-words/onnx/model\\.onnx: 100% ${formatBytes(modelBytes)} of ${formatBytes(modelBytes)} at [0-9.]+ [kMG]?B/s$`));
    expect(lines).toContain("bag-of-words/onnx/model.onnx: installed, sha256 verified");

    const pc2 = await startModelServer({ EMBED_ENGINE: "onnx", MODELS_DIR: modelsDir, EMBED_MODEL: "bag-of-words" });
    try {
      expect(await (await fetch(`${pc2.url}/ready`)).json()).toMatchObject({
        checks: { embeddings: { ok: true, detail: { engine: "onnx", device: "cpu", model: "bag-of-words" } } },
      });
    } finally {
      await pc2.close();
    }
  });

  it("skips files already present with a matching checksum on a second run, without a request", async () => {
    const modelsDir = await freshModelsDir();
    await provisionModels(manifest(), options(modelsDir));
    const requestsAfterFirstRun = server.requests.length;
    lines = [];
    const summary = await provisionModels(manifest(), options(modelsDir));
    expect(server.requests).toHaveLength(requestsAfterFirstRun);
    expect(summary).toEqual({ downloaded: [], present: [...sourceFiles.keys()].map((p) => `bag-of-words/${p}`) });
    expect(lines).toContain("bag-of-words/config.json: already present, sha256 matches");
  });

  it("keeps an interrupted download as NAME.part and resumes it with Range on the next run", async () => {
    const modelsDir = await freshModelsDir();
    const body = sourceFiles.get("onnx/model.onnx") as Buffer;
    const cut = Math.floor(body.length / 2);
    (served.get("/tiny/onnx/model.onnx") as ServedFile).cutAfterBytes = cut;
    const target = join(modelsDir, "bag-of-words", "onnx", "model.onnx");

    const failed = provisionModels(manifest(["onnx/model.onnx"]), options(modelsDir));
    await expect(failed).rejects.toThrow(ModelFileError);
    await expect(failed).rejects.toThrow(
      new RegExp(`^cannot install bag-of-words/onnx/model\\.onnx from ${serverUrl}/tiny/onnx/model\\.onnx: the connection broke after ${cut} bytes: `),
    );
    expect(await exists(target)).toBe(false);
    expect((await stat(`${target}.part`)).size).toBe(cut);

    lines = [];
    await provisionModels(manifest(["onnx/model.onnx"]), options(modelsDir));
    const resumed = server.requests.filter((r) => r.path === "/tiny/onnx/model.onnx").at(-1);
    expect(resumed?.headers.range).toBe(`bytes=${cut}-`);
    expect(lines[0]).toBe(`bag-of-words/onnx/model.onnx: resuming from ${formatBytes(cut)} (${serverUrl}/tiny/onnx/model.onnx)`);
    expect(await readFile(target)).toEqual(body);
    expect(await exists(`${target}.part`)).toBe(false);
  });

  it("resumes within one run when attempts remain", async () => {
    const modelsDir = await freshModelsDir();
    const body = sourceFiles.get("onnx/model.onnx") as Buffer;
    (served.get("/tiny/onnx/model.onnx") as ServedFile).cutAfterBytes = 100;
    await provisionModels(manifest(["onnx/model.onnx"]), options(modelsDir, { attempts: 2 }));
    expect(server.requests.map((r) => r.headers.range)).toEqual([undefined, "bytes=100-"]);
    expect(lines.some((l) => l.startsWith("bag-of-words/onnx/model.onnx: the connection broke after 100 bytes") && l.endsWith("trying again (2 of 2)"))).toBe(true);
    expect(await readFile(join(modelsDir, "bag-of-words", "onnx", "model.onnx"))).toEqual(body);
  });

  it("refuses a corrupted file: not installed, no partial file left to resume", async () => {
    const modelsDir = await freshModelsDir();
    const good = sourceFiles.get("onnx/model.onnx") as Buffer;
    const corrupted = Buffer.from(good);
    corrupted[corrupted.length - 1] ^= 0xff;
    served.set("/tiny/onnx/model.onnx", { body: corrupted });
    const target = join(modelsDir, "bag-of-words", "onnx", "model.onnx");
    await expect(provisionModels(manifest(["onnx/model.onnx"]), options(modelsDir))).rejects.toThrow(
      `cannot install bag-of-words/onnx/model.onnx from ${serverUrl}/tiny/onnx/model.onnx: sha256 is ${sha256(corrupted)}, expected ${sha256(good)}; not installed`,
    );
    expect(await exists(target)).toBe(false);
    expect(await exists(`${target}.part`)).toBe(false);
  });

  it("replaces an installed file whose content no longer matches", async () => {
    const modelsDir = await freshModelsDir();
    await provisionModels(manifest(["config.json"]), options(modelsDir));
    const target = join(modelsDir, "bag-of-words", "config.json");
    await writeFile(target, "{}");
    await provisionModels(manifest(["config.json"]), options(modelsDir));
    expect(await readFile(target)).toEqual(sourceFiles.get("config.json"));
  });

  it("fails with one clear line on an unreachable source", async () => {
    const modelsDir = await freshModelsDir();
    const closedPort = await getFreePort();
    const unreachable: ModelManifest = [{ ...manifest(["config.json"])[0], source: { url: `http://127.0.0.1:${closedPort}/tiny/` } }];
    await expect(provisionModels(unreachable, options(modelsDir))).rejects.toThrow(
      `cannot install bag-of-words/config.json from http://127.0.0.1:${closedPort}/tiny/config.json: connection refused`,
    );
  });

  it("names the file and source when the volume cannot hold it", async () => {
    const notAFolder = join(await freshModelsDir(), "models");
    await writeFile(notAFolder, "a file where the volume should be");
    await expect(provisionModels(manifest(["config.json"]), options(notAFolder))).rejects.toThrow(
      new RegExp(`^cannot install bag-of-words/config\\.json from ${serverUrl}/tiny/config\\.json: ENOTDIR: not a directory`),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("does not retry what another try cannot fix (404)", async () => {
    const modelsDir = await freshModelsDir();
    served.delete("/tiny/config.json");
    await expect(provisionModels(manifest(["config.json"]), options(modelsDir, { attempts: 3 }))).rejects.toThrow(
      `cannot install bag-of-words/config.json from ${serverUrl}/tiny/config.json: HTTP 404 Not Found`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("sends the token to the source but not to a host it redirects to", async () => {
    const cdn = new ModelFileServer(new Map([["/blob/config.json", { body: sourceFiles.get("config.json") as Buffer }]]));
    const cdnUrl = await cdn.start();
    try {
      served.set("/tiny/config.json", { body: Buffer.alloc(0), redirectTo: `${cdnUrl}/blob/config.json` });
      const modelsDir = await freshModelsDir();
      await provisionModels(manifest(["config.json"]), options(modelsDir, { token: "hf_private-repository-token" }));
      expect(server.requests[0].headers.authorization).toBe("Bearer hf_private-repository-token");
      expect(cdn.requests[0].headers.authorization).toBeUndefined();
      expect(await readFile(join(modelsDir, "bag-of-words", "config.json"))).toEqual(sourceFiles.get("config.json"));
    } finally {
      await cdn.stop();
    }
  });

  describe("as the process the image runs", () => {
    const runJob = (env: Record<string, string>) => runFromSource("agents-src/main.ts", ["models"], { LOG_LEVEL: "info", ...env });

    it("exits 0 after installing from MODELS_MANIFEST_FILE, and 1 with one line naming the file and source", async () => {
      const modelsDir = await freshModelsDir();
      const manifestFile = join(work, "models.json");
      await writeFile(manifestFile, JSON.stringify(manifest(["config.json"])));
      const ok = await runJob({ MODELS_DIR: modelsDir, MODELS_MANIFEST_FILE: manifestFile });
      expect(ok.code).toBe(0);
      const configBytes = (sourceFiles.get("config.json") as Buffer).length;
      expect(ok.stdout).toContain(`"msg":"provisioning 1 files (${formatBytes(configBytes)} listed) into ${modelsDir}"`);
      expect(ok.stdout).toContain('"msg":"models ready: 1 downloaded, 0 already present"');
      expect(await readFile(join(modelsDir, "bag-of-words", "config.json"))).toEqual(sourceFiles.get("config.json"));

      served.delete("/tiny/tokenizer.json");
      const failed = await runJob({ MODELS_DIR: modelsDir, MODELS_MANIFEST: JSON.stringify(manifest(["config.json", "tokenizer.json"])) });
      expect(failed.code).toBe(1);
      expect(failed.stderr.trimEnd().split("\n")).toEqual([
        `models: cannot install bag-of-words/tokenizer.json from ${serverUrl}/tiny/tokenizer.json: HTTP 404 Not Found`,
      ]);
      expect(failed.stdout).toContain('"msg":"bag-of-words/config.json: already present, sha256 matches"');
    });

    it("npm run models:manifest measures an entry the job then installs", async () => {
      const script = (args: string[]) => runFromSource("scripts/models-manifest.ts", args);
      const measured = await script(["--target", "bag-of-words", "--url", `${serverUrl}/tiny`, "config.json", "onnx/model.onnx"]);
      expect(measured.code).toBe(0);
      expect(JSON.parse(measured.stdout)).toEqual(manifest(["config.json", "onnx/model.onnx"])[0]);
      const modelsDir = await freshModelsDir();
      await provisionModels([JSON.parse(measured.stdout)], options(modelsDir));
      expect(await readFile(join(modelsDir, "bag-of-words", "onnx", "model.onnx"))).toEqual(sourceFiles.get("onnx/model.onnx"));

      const missing = await script(["--target", "bag-of-words", "--url", `${serverUrl}/tiny`, "nothing.json"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr.trimEnd().split("\n").at(-1)).toBe(`models:manifest: nothing.json from ${serverUrl}/tiny/nothing.json: HTTP 404 Not Found`);
    });

    it("refuses a bad manifest before touching the volume", async () => {
      const modelsDir = await freshModelsDir();
      const bad = manifest(["config.json"]);
      bad[0].files[0].path = "../escape.json";
      const result = await runJob({ MODELS_DIR: modelsDir, MODELS_MANIFEST: JSON.stringify(bad) });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^models: invalid configuration: MODELS_MANIFEST\.0\.files\.0\.path: must be a relative file path/);
      expect(await readdir(modelsDir)).toEqual([]);
      expect(server.requests).toHaveLength(0);
    });
  });
});

describe("model sources", () => {
  it.each([
    [{ huggingFace: { repo: "onnx-community/whisper-base.en", revision: "1c3b2f0" } }, "onnx/encoder_model.onnx", "https://huggingface.co/onnx-community/whisper-base.en/resolve/1c3b2f0/onnx/encoder_model.onnx"],
    [{ url: "https://models.example.lan/whisper" }, "config.json", "https://models.example.lan/whisper/config.json"],
    [{ url: "https://models.example.lan/whisper/" }, "onnx/a b.onnx", "https://models.example.lan/whisper/onnx/a%20b.onnx"],
  ] as const)("%j, %s -> %s", (source, path, url) => {
    expect(fileSourceUrl(source, path)).toBe(url);
  });

  const file = { path: "config.json", sha256: "a".repeat(64) };
  const model = { target: "whisper-base.en", source: { url: "https://models.example.lan/" }, files: [file] };
  it.each([
    ["a parent path", [{ ...model, files: [{ ...file, path: "../etc/passwd" }] }], "0.files.0.path"],
    ["a hidden file", [{ ...model, files: [{ ...file, path: ".git/config" }] }], "0.files.0.path"],
    ["an absolute target", [{ ...model, target: "/etc" }], "0.target"],
    ["a short checksum", [{ ...model, files: [{ ...file, sha256: "abc" }] }], "0.files.0.sha256"],
    ["a file listed twice", [{ ...model, files: [file, file] }], "0.files.1.path"],
    ["two models in one folder", [model, model], "1.target"],
    ["a source that is neither", [{ ...model, source: { git: "x" } }], "0.source"],
    ["a non-http URL", [{ ...model, source: { url: "file:///etc/" } }], "0.source.url"],
  ])("refuses %s", (_what, manifest, path) => {
    const result = modelManifestSchema.safeParse(manifest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("download progress", () => {
  it("logs the first update, then at most one line per interval, then the last; the rate counts this run's bytes only", () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new DownloadProgress("m/model.onnx", 5000, (l) => lines.push(l.message), () => now);
    progress.update(4_000_000, 10_000_000); // resumed from 4 MB
    for (let t = 1000; t <= 6000; t += 1000) {
      now = t;
      progress.update(4_000_000 + t * 1000, 10_000_000);
    }
    progress.finish();
    expect(lines).toEqual([
      "m/model.onnx: 40% 4.0 MB of 10.0 MB at 0 B/s",
      "m/model.onnx: 90% 9.0 MB of 10.0 MB at 1.0 MB/s",
      "m/model.onnx: 100% 10.0 MB of 10.0 MB at 1.0 MB/s",
    ]);
  });
});
