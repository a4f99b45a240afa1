/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningAgent } from "../../agents-src/kit";
import type { ModelServerConfig } from "../../agents-src/pc2/model-server/config";
import { cosine, postJson, startModelServer } from "./support/model-server";
import { tinyEmbeddingDimension, writeTinyEmbeddingModel } from "./support/tiny-embedding-model";

describe("user embedding model from the models volume", () => {
  let modelsDir: string;
  let server: RunningAgent<ModelServerConfig>;
  beforeAll(async () => {
    modelsDir = await mkdtemp(join(tmpdir(), "pc2-models-"));
    await writeTinyEmbeddingModel(join(modelsDir, "bag-of-words"));
    server = await startModelServer({ EMBED_ENGINE: "onnx", MODELS_DIR: modelsDir, EMBED_MODEL: "bag-of-words" });
  });
  afterAll(async () => {
    await server.close();
    await rm(modelsDir, { recursive: true, force: true });
  });

  it("serves /v1/embed through transformers.js with the model's tokenizer and mean pooling", async () => {
    const texts = ["My car is parked on level three", "the car is on level five", "the weather is sunny today", "zzz qqq"];
    const res = await postJson(server.url, "/v1/embed", { texts });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { model: string; dimension: number; vectors: number[][] };
    expect(body).toMatchObject({ model: "bag-of-words", dimension: tinyEmbeddingDimension });
    const [parked, level, weather, unknown] = body.vectors;
    expect(cosine(parked, level)).toBeGreaterThan(cosine(parked, weather));
    expect(Math.hypot(...parked)).toBeCloseTo(1, 5);
    // Words outside the vocabulary give a zero vector, never NaN.
    expect(unknown).toEqual(new Array(tinyEmbeddingDimension).fill(0));
  });

  it("reports the user model in /ready", async () => {
    expect(await (await fetch(`${server.url}/ready`)).json()).toMatchObject({
      checks: { embeddings: { ok: true, detail: { engine: "onnx", device: "cpu", model: "bag-of-words", dimension: tinyEmbeddingDimension } } },
    });
  });
});
