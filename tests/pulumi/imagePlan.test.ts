import * as fs from "node:fs";
import * as path from "node:path";
import { imageFamilies } from "../../agents-src/kit/catalog";
import { parseStackConfig } from "../../components/config";
import { agentCommand, imageName, planImage, planRegistryAuth, registryCredentialsProblem } from "../../components/images/plan";
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

describe("the Dockerfiles the plan names", () => {
  const variants = imageFamilies.flatMap((family) => (["cpu", "cuda"] as const).map((pc2Variant) => [family, pc2Variant] as const));
  it.each(variants)("%s on a %s stack: the file exists and declares every build argument it is given", (family, pc2Variant) => {
    const plan = planImage(family, { ...local, pc2Variant }, "5.9.3");
    const dockerfile = fs.readFileSync(path.join(__dirname, "..", "..", plan.dockerfile), "utf8");
    const declared = new Set([...dockerfile.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]));
    for (const arg of Object.keys(plan.args)) expect(declared).toContain(arg);
  });

  it("installs onnxruntime's CUDA 12 provider in the cuda variant and checks that it is there", () => {
    const dockerfile = fs.readFileSync(path.join(__dirname, "..", "..", "images/pc2/Dockerfile.cuda"), "utf8");
    expect(dockerfile).toContain("RUN ONNXRUNTIME_NODE_INSTALL_CUDA=v12 node node_modules/onnxruntime-node/script/install.js");
    expect(dockerfile).toContain("test -f node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime_providers_cuda.so");
    expect(dockerfile).toMatch(/^FROM \$\{CUDA_BASE_IMAGE\}$/m);
    // The install script's location and manifest as the locked onnxruntime-node version has them.
    expect(fs.existsSync(path.join(__dirname, "..", "..", "node_modules/onnxruntime-node/script/install.js"))).toBe(true);
    const metadata = require("onnxruntime-node/script/install-metadata.js") as { manifests: Record<string, Record<string, unknown>> };
    expect(Object.keys(metadata.manifests["linux/x64:cuda12"])).toContain("./libonnxruntime_providers_cuda.so");
  });
});

describe("the pc2 variant in the stack config", () => {
  const base = {
    images: { tag: "1.0.0" },
    database: { mode: "container" },
    dbAdminPassword: "admin-password-1",
    dbAppPassword: "app-password-123",
    dbMigrationPassword: "migration-pass-1",
    internalToken: "internal-token-0123456789abcdefghij",
  };
  it("defaults to the cpu image on the CUDA 12 runtime image when asked", () => {
    expect(parseStackConfig(base).images).toMatchObject({ pc2Variant: "cpu", cudaBaseImage: "nvidia/cuda:12.6.3-cudnn-runtime-ubuntu22.04" });
  });

  it.each([
    [{ pc2Variant: "cuda", platform: "linux/arm64" }, "images.pc2Variant: cuda builds for linux/amd64 only, not linux/arm64"],
    [{ pc2Variant: "gpu" }, "images.pc2Variant"],
    [{ cudaBaseImage: "nvidia/cuda" }, "images.cudaBaseImage: must name an explicit tag other than latest, or a sha256 digest"],
  ])("refuses %j", (images, message) => {
    expect(() => parseStackConfig({ ...base, images: { ...base.images, ...images } })).toThrow(message);
  });

  it("accepts cuda for linux/amd64 and for the engine's own platform", () => {
    expect(parseStackConfig({ ...base, images: { ...base.images, pc2Variant: "cuda", platform: "linux/amd64" } }).images.pc2Variant).toBe("cuda");
    expect(parseStackConfig({ ...base, images: { ...base.images, pc2Variant: "cuda" } }).images.pc2Variant).toBe("cuda");
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

describe("planRegistryAuth", () => {
  it("gives the provider the registry the images are pushed to", () => {
    expect(planRegistryAuth(pushed)).toEqual([{ address: "registry.lan:5000", username: "ci" }]);
  });

  it("gives none without a registry", () => {
    expect(planRegistryAuth(local)).toEqual([]);
  });
});

describe("registryCredentialsProblem", () => {
  const fetchError = (cause: string) => `Got error when attempting to fetch image version voice/voice-core:0.3.1 from registry: ${cause}`;

  it.each<[string, string, string | undefined]>([
    ["accepted, tag not pushed yet", fetchError("got bad response from registry: 404 Not Found"), undefined],
    [
      "a wrong password",
      fetchError("bad credentials: 401 Unauthorized"),
      "registry registry.lan:5000 refused user ci: the registryPassword secret is wrong (pulumi config set --secret registryPassword ...); " +
        "the registry said: bad credentials: 401 Unauthorized",
    ],
    [
      "a wrong password, as the bridge hands the data source's error over",
      `invoking docker:index/getRegistryImage:getRegistryImage: 1 error occurred:\n\t* ${fetchError("bad credentials: 401 Unauthorized")}\n\n`,
      "registry registry.lan:5000 refused user ci: the registryPassword secret is wrong (pulumi config set --secret registryPassword ...); " +
        "the registry said: bad credentials: 401 Unauthorized",
    ],
    [
      "an untrusted certificate",
      fetchError('Error during registry request: Head "https://registry.lan:5000/v2/voice/voice-core/manifests/0.3.1": tls: failed to verify certificate: x509: certificate signed by unknown authority'),
      'registry registry.lan:5000 could not be checked with user ci: Error during registry request: Head "https://registry.lan:5000/v2/voice/voice-core/manifests/0.3.1": ' +
        "tls: failed to verify certificate: x509: certificate signed by unknown authority",
    ],
  ])("%s", (_what, message, problem) => {
    expect(registryCredentialsProblem("registry.lan:5000", "ci", message)).toBe(problem);
  });
});
