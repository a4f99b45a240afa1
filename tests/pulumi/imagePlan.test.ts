import { imageFamilies } from "../../agents-src/kit/catalog";
import { agentCommand, imageName, planImage } from "../../components/images/plan";
import rootPackage from "../../package.json";

const cudaBaseImage = "nvidia/cuda:12.6.3-cudnn-runtime-ubuntu22.04";
const local = { tag: "0.3.1", baseImage: "node:20-bookworm-slim", pc2Variant: "cpu" as const, cudaBaseImage };
const pushed = { ...local, platform: "linux/arm64", registry: { server: "registry.lan:5000", namespace: "voice", username: "ci" } };

describe("imageName", () => {
  it.each<[string, object, string]>([
    ["local", local, "voice-core:0.3.1"],
    ["pushed with a namespace", pushed, "registry.lan:5000/voice/voice-core:0.3.1"],
    ["pushed without a namespace", { ...local, registry: { server: "ghcr.io", username: "ci" } }, "ghcr.io/voice-core:0.3.1"],
  ])("names a %s image", (_what, images, name) => {
    expect(imageName("core", images as typeof local)).toBe(name);
  });
});

describe("planImage", () => {
  it.each(imageFamilies)("builds %s from its own Dockerfile in the repository context", (family) => {
    const plan = planImage(family, pushed, rootPackage.devDependencies.typescript);
    expect(plan).toEqual({
      family,
      imageName: `registry.lan:5000/voice/voice-${family}:0.3.1`,
      context: ".",
      dockerfile: `images/${family}/Dockerfile`,
      args: { BASE_IMAGE: "node:20-bookworm-slim", APP_UID: "10001", TYPESCRIPT_VERSION: rootPackage.devDependencies.typescript },
      platform: "linux/arm64",
      registry: { server: "registry.lan:5000", username: "ci" },
    });
  });

  it.each(["audio", "core", "memory"] as const)("builds %s from its one Dockerfile on a cuda stack too", (family) => {
    const cpu = planImage(family, local, "5.9.3");
    expect(planImage(family, { ...local, pc2Variant: "cuda" }, "5.9.3")).toEqual(cpu);
  });

  it("builds pc2's cuda variant from Dockerfile.cuda on the configured CUDA runtime image", () => {
    const plan = planImage("pc2", { ...local, pc2Variant: "cuda" }, "5.9.3");
    expect(plan.dockerfile).toBe("images/pc2/Dockerfile.cuda");
    expect(plan.args).toEqual({ BASE_IMAGE: "node:20-bookworm-slim", APP_UID: "10001", TYPESCRIPT_VERSION: "5.9.3", CUDA_BASE_IMAGE: cudaBaseImage });
    expect(plan.imageName).toBe("voice-pc2:0.3.1");
  });

  it("pushes nowhere without a registry", () => {
    expect(planImage("pc2", local, "5.9.3").registry).toBeUndefined();
  });
});

describe("agentCommand", () => {
  it.each<[boolean, string[]]>([
    [false, ["node", "dist/agents-src/main.js", "vad"]],
    [true, ["node", "--watch", "dist/agents-src/main.js", "vad"]],
  ])("with watch=%s runs the compiled entry with the service name", (watch, command) => {
    expect(agentCommand("vad", watch)).toEqual(command);
  });
});
