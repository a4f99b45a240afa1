/** @jest-environment ./tests/support/native-typed-arrays-environment.js */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ComputeDevice } from "../../agents-src/pc2/model-server/model-info";
import { cudaProviderInstalled, gpuVisible, loadOnPreferredDevice } from "../../agents-src/pc2/model-server/model-device";
import { transformers } from "../../agents-src/pc2/model-server/commonjs-builds";
import { loadLocalPipeline } from "../../agents-src/pc2/model-server/local-pipeline";
import { writeTinyEmbeddingModel } from "./support/tiny-embedding-model";

describe("device choice", () => {
  it("sees a GPU only when an nvidia<N> device node exists", async () => {
    const dev = await mkdtemp(join(tmpdir(), "pc2-dev-"));
    try {
      await writeFile(join(dev, "nvidiactl"), "");
      expect(gpuVisible(dev)).toBe(false);
      await writeFile(join(dev, "nvidia0"), "");
      expect(gpuVisible(dev)).toBe(true);
    } finally {
      await rm(dev, { recursive: true, force: true });
    }
    expect(gpuVisible(join(tmpdir(), "no-such-dev-dir"))).toBe(false);
  });

  const attempts: ComputeDevice[] = [];
  const warnings: string[] = [];
  const logger = { warn: (_: object, message: string) => void warnings.push(message) };
  const loader = (cudaWorks: boolean) => async (device: ComputeDevice) => {
    attempts.push(device);
    if (device === "cuda" && !cudaWorks) throw new Error("libcudart.so.12 not found");
    return `model on ${device}`;
  };
  beforeEach(() => {
    attempts.length = 0;
    warnings.length = 0;
  });

  const noProvider = "a GPU is visible but this image has no CUDA execution provider; build pc2 with the stack config images.pc2Variant: cuda";
  it.each([
    ["auto without a GPU", "auto", false, true, true, "cpu", ["cpu"], undefined],
    ["auto with a working GPU", "auto", true, true, true, "cuda", ["cuda"], undefined],
    ["auto with a GPU whose CUDA provider fails", "auto", true, true, false, "cpu", ["cuda", "cpu"], "loading on CUDA failed: libcudart.so.12 not found"],
    ["auto with a GPU and an image without the CUDA provider", "auto", true, false, false, "cpu", ["cpu"], noProvider],
    ["cpu even with a GPU", "cpu", true, true, true, "cpu", ["cpu"], undefined],
  ] as const)("%s", async (_name, preference, gpu, provider, cudaWorks, device, tried, reason) => {
    const result = await loadOnPreferredDevice(preference, loader(cudaWorks), logger, { gpuIsVisible: () => gpu, cudaProviderInstalled: () => provider });
    expect(result).toEqual({ loaded: `model on ${device}`, device, ...(reason === undefined ? {} : { deviceReason: reason }) });
    expect(attempts).toEqual(tried);
    expect(warnings).toHaveLength(device === "cpu" && gpu && preference === "auto" ? 1 : 0);
  });

  it("fails when cuda is demanded and does not work", async () => {
    await expect(loadOnPreferredDevice("cuda", loader(false), logger, { gpuIsVisible: () => true, cudaProviderInstalled: () => true })).rejects.toThrow(/libcudart/);
  });

  it("fails at once when cuda is demanded of an image without the CUDA provider", async () => {
    await expect(loadOnPreferredDevice("cuda", loader(true), logger, { gpuIsVisible: () => true, cudaProviderInstalled: () => false })).rejects.toThrow(
      "MODEL_DEVICE=cuda, but this image has no CUDA execution provider; build pc2 with images.pc2Variant: cuda",
    );
    expect(attempts).toEqual([]);
  });

  describe("with the real onnxruntime-node of this machine (CPU binaries only)", () => {
    let modelsDir: string;
    beforeAll(async () => {
      modelsDir = await mkdtemp(join(tmpdir(), "pc2-device-"));
      await writeTinyEmbeddingModel(join(modelsDir, "tiny"));
    });
    afterAll(() => rm(modelsDir, { recursive: true, force: true }));

    it("finds no CUDA provider in the package as npm installs it", () => {
      expect(cudaProviderInstalled()).toBe(false);
    });

    it("falls back to the CPU with onnxruntime's own reason when a CUDA session cannot start", async () => {
      const dir = join(modelsDir, "tiny");
      const result = await loadOnPreferredDevice(
        "auto",
        (device) => transformers.pipeline("feature-extraction", dir, { device, dtype: "fp32", local_files_only: true }),
        logger,
        // As if the GPU and the provider file were there: the session itself must fail and say why.
        { gpuIsVisible: () => true, cudaProviderInstalled: () => true },
      );
      expect(result.device).toBe("cpu");
      expect(result.deviceReason).toMatch(/^loading on CUDA failed: \S/);
      const output = await result.loaded(["my car"], { pooling: "mean" });
      expect(output.dims).toEqual([1, 12]);
      await result.loaded.dispose();
    });

    it("loads a models-volume pipeline on the CPU where no GPU is visible, with no reason to give", async () => {
      const result = await loadLocalPipeline("feature-extraction", { modelsDir, model: "tiny", device: "auto", dtype: "fp32" }, logger);
      expect(result.device).toBe("cpu");
      expect(result.deviceReason).toBeUndefined();
      await result.loaded.dispose();
    });
  });
});
