import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ComputeDevice } from "../../agents-src/pc2/model-server/model-info";
import { gpuVisible, loadOnPreferredDevice } from "../../agents-src/pc2/model-server/model-device";

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

  it.each([
    ["auto without a GPU", "auto", false, true, "cpu", ["cpu"]],
    ["auto with a working GPU", "auto", true, true, "cuda", ["cuda"]],
    ["auto with a GPU whose CUDA provider fails", "auto", true, false, "cpu", ["cuda", "cpu"]],
    ["cpu even with a GPU", "cpu", true, true, "cpu", ["cpu"]],
  ] as const)("%s", async (_name, preference, gpu, cudaWorks, device, tried) => {
    const result = await loadOnPreferredDevice(preference, loader(cudaWorks), logger, () => gpu);
    expect(result).toEqual({ loaded: `model on ${device}`, device });
    expect(attempts).toEqual(tried);
    expect(warnings).toHaveLength(tried.length - 1);
  });

  it("fails when cuda is demanded and does not work", async () => {
    await expect(loadOnPreferredDevice("cuda", loader(false), logger, () => true)).rejects.toThrow(/libcudart/);
  });
});
