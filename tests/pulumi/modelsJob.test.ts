import { createHash } from "node:crypto";
import {
  containerNamed,
  byType,
  isSecretValue,
  project,
  runProgram,
  stackConfig,
  withBuiltSource,
  type CapturedResource,
  type ProgramRun,
} from "./mockedProgram";
import { whisperModel as whisper } from "./configuredModel";
const modelsToken = "hf_test-private-model-token-0123456789";

const withModels = (models: unknown[], extra: Record<string, string> = {}) => ({
  ...withBuiltSource(stackConfig("dev")),
  [`${project}:models`]: JSON.stringify(models),
  ...extra,
});

const envOf = (container: CapturedResource) => container.inputs.envs as string[];
const labelOf = (container: CapturedResource, label: string) =>
  (container.inputs.labels as { label: string; value: string }[]).find((l) => l.label === label)?.value;

let run: ProgramRun;
beforeAll(async () => {
  run = await runProgram("dev", withModels([whisper], { [`${project}:modelsToken`]: modelsToken }));
});

describe("the models job in the mocked program", () => {
  it("is not declared when no models are configured", async () => {
    const plain = await runProgram("dev", withBuiltSource(stackConfig("dev")));
    expect(() => containerNamed(plain, "models")).toThrow("no container named models");
  });

  it("runs once, as the non-root user, attached for its exit code, with the models volume read-write", () => {
    const job = containerNamed(run, "models");
    expect(job.inputs).toMatchObject({ user: "10001:10001", attach: true, mustRun: false, logs: true, restart: "no", command: ["node", "dist/agents-src/main.js", "models"] });
    expect(job.inputs.healthcheck).toBeUndefined();
    expect(job.inputs.mounts).toContainEqual(expect.objectContaining({ target: "/models", readOnly: false, source: "voice_dev_models", type: "volume" }));
    // A job runs from its image: the dev build mount would lack nothing, but jobs never take it.
    expect((job.inputs.mounts as { target: string }[]).map((m) => m.target)).not.toContain("/app/dist");
    expect(job.inputs.networksAdvanced).toEqual([{ name: "voice_assistant_edge", aliases: [] }]);
    expect(job.inputs.deviceRequests ?? []).toEqual([]);
  });

  it("gives the job two hours to run by default (the provider's create timeout is 20 minutes), and pc2 nothing special", async () => {
    expect(containerNamed(run, "models").options.createTimeout).toBe("120m");
    expect(containerNamed(run, "pc2").options.createTimeout).toBe("");
    const patient = await runProgram("dev", withModels([whisper], { [`${project}:modelsTimeoutMinutes`]: "600" }));
    expect(containerNamed(patient, "models").options.createTimeout).toBe("600m");
  });

  it("keeps pc2 read-only on the models volume and starts it after the job", () => {
    const pc2 = containerNamed(run, "pc2");
    expect(pc2.inputs.mounts).toContainEqual(expect.objectContaining({ target: "/models", readOnly: true }));
    expect(pc2.dependencies).toContainEqual(expect.stringMatching(/docker:index\/container:Container::models$/));
  });

  it("hands over the list in the environment, its digest in the label, the token only as a secret file", () => {
    const job = containerNamed(run, "models");
    const manifest = envOf(job).find((e) => e.startsWith("MODELS_MANIFEST="));
    expect(JSON.parse((manifest as string).slice("MODELS_MANIFEST=".length))).toEqual([whisper]);
    expect(labelOf(job, "voice.job.inputs")).toBe(createHash("sha256").update(JSON.stringify([whisper])).digest("hex"));
    expect(envOf(job)).toContain("MODELS_TOKEN_FILE=/run/voice-secrets/models-token");
    expect(isSecretValue(job.inputs.uploads)).toBe(true);
    const upload = (job.inputs.uploads.value as { file: string; content: unknown }[]).find((u) => u.file === "/run/voice-secrets/models-token");
    expect(upload?.content).toBe(modelsToken);
    for (const container of byType(run, "docker:index/container:Container"))
      expect(JSON.stringify({ ...container.inputs, uploads: undefined })).not.toContain(modelsToken);
    expect(envOf(containerNamed(run, "pc2")).some((e) => e.startsWith("MODELS_TOKEN_FILE="))).toBe(false);
  });

  it("changes the job's label when the list changes, and only the job's", async () => {
    const changed = await runProgram("dev", withModels([{ ...whisper, files: [whisper.files[0]] }], { [`${project}:modelsToken`]: modelsToken }));
    expect(labelOf(containerNamed(changed, "models"), "voice.job.inputs")).not.toBe(labelOf(containerNamed(run, "models"), "voice.job.inputs"));
    expect(containerNamed(changed, "pc2").inputs.labels).toEqual(containerNamed(run, "pc2").inputs.labels);
  });

  it("refuses a token with nothing to send it to", async () => {
    await expect(runProgram("dev", withModels([], { [`${project}:modelsToken`]: modelsToken }))).rejects.toThrow(
      "modelsToken: set but models lists nothing: no job would send it",
    );
  });

  it("fails the preview with the key's path on a bad list", async () => {
    const bad = [{ ...whisper, files: [{ path: "../x", sha256: "1".repeat(64) }] }];
    await expect(runProgram("dev", withModels(bad))).rejects.toThrow(/models\.0\.files\.0\.path: must be a relative file path/);
  });
});

describe("the pc2 image variant in the mocked program", () => {
  const imageNamed = (r: ProgramRun, name: string) => byType(r, "docker:index/image:Image").find((i) => i.name === name) as CapturedResource;

  it("builds pc2 from Dockerfile.cuda on the CUDA runtime image in prod, and every other family as before", async () => {
    const prod = await runProgram("prod", stackConfig("prod"));
    expect(imageNamed(prod, "images-pc2").inputs.build).toMatchObject({
      dockerfile: "images/pc2/Dockerfile.cuda",
      args: { CUDA_BASE_IMAGE: "nvidia/cuda:12.6.3-cudnn-runtime-ubuntu22.04", BASE_IMAGE: "node:20-bookworm-slim" },
    });
    expect(imageNamed(prod, "images-core").inputs.build.dockerfile).toBe("images/core/Dockerfile");
    expect(imageNamed(run, "images-pc2").inputs.build.dockerfile).toBe("images/pc2/Dockerfile");
    expect(imageNamed(run, "images-pc2").inputs.build.args.CUDA_BASE_IMAGE).toBeUndefined();
  });

  it.each([
    [{ pc2Variant: "rocm" }, /images\.pc2Variant/],
    [{ pc2Variant: "cuda", cudaBaseImage: "nvidia/cuda:latest" }, /images\.cudaBaseImage: must name an explicit tag other than latest/],
  ])("refuses %j", async (images, message) => {
    const config = withBuiltSource(stackConfig("dev"));
    const key = `${project}:images`;
    await expect(runProgram("dev", { ...config, [key]: JSON.stringify({ ...JSON.parse(config[key]), ...images }) })).rejects.toThrow(message);
  });
});
