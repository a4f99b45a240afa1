import { catalog, peerUrlEnvName } from "../../agents-src/kit/catalog";
import { loadStackConfig, parseStackConfig, readProjectConfig, StackConfigError, type StackSettings } from "../../components/config";
import { isDeclared } from "../../components/services/declared";
import { planService, planServices } from "../../components/services/plan";
import { appUser } from "../../components/images/plan";
import { mountTargets } from "../../components/volumes/mounts";
import { containerNamed, containers, project, runProgram, stackConfig, type StackName } from "./mockedProgram";

const settingsOf = (stack: StackName): StackSettings => loadStackConfig(readProjectConfig(stackConfig(stack), project)).settings;
const model = { model: "qwen2.5-1.5b-instruct-q4_k_m.gguf", contextSize: 4096, maxTokens: 512, parallel: 1, threads: 0 };
const withLlm = (settings: StackSettings, llm: Partial<typeof model> = {}): StackSettings => ({ ...settings, llm: { ...model, ...llm } });

describe("the llm in the stack plan", () => {
  const dev = settingsOf("dev");
  const prod = settingsOf("prod");

  it.each([
    ["dev without a model", dev, false],
    ["prod without a model", prod, false],
    ["dev with a model", withLlm(dev), true],
    ["prod with a model", withLlm(prod), true],
    ["prod with a model but the service disabled", { ...withLlm(prod), services: { ...prod.services, llm: { enabled: false, replicas: 1, env: {} } } }, false],
  ])("%s: declared %s, and the coordinator and health monitor told so", (_what, settings, declared) => {
    expect(isDeclared("llm", settings)).toBe(declared);
    expect(planServices(settings, "test").some((p) => p.name === "llm")).toBe(declared);
    const coordinator = planService("coordinator", settings, "test").env;
    expect(coordinator[peerUrlEnvName("llm")]).toBe(declared ? "http://llm:5610" : undefined);
    const watched = planService("health-monitor", settings, "test").env.HEALTH_SERVICES;
    if (declared) expect(watched?.split(",") ?? catalog["health-monitor"].peers).toContain("llm");
    else expect(watched?.split(",")).not.toContain("llm");
  });

  it.each([
    ["dev", dev],
    ["prod", prod],
  ])("other services do not depend on the llm being configured (%s)", (_stack, settings) => {
    const without = planServices(settings, "test").map((p) => p.name);
    const with_ = planServices(withLlm(settings), "test").map((p) => p.name);
    expect(with_.filter((n) => n !== "llm")).toEqual(without);
  });

  it.each([
    ["prod, GPU granted", withLlm(prod), [{ driver: "nvidia", count: 1, capabilities: ["gpu"] }], "0"],
    ["dev, no GPU", withLlm(dev), [], undefined],
  ])("runs the model as %s: non-root, models read-only, health-checked", (_what, settings, deviceRequests, visible) => {
    const plan = planService("llm", settings, "test");
    expect(plan.family).toBe("pc2");
    expect(plan.user).toBe(appUser);
    expect(plan.user).not.toMatch(/^(root|0)(:|$)/);
    expect(plan.mounts).toContainEqual({ key: "models", target: mountTargets.models, readOnly: true });
    expect(plan.healthcheck).toBeDefined();
    expect(plan.deviceRequests).toEqual(deviceRequests);
    expect(plan.env.NVIDIA_VISIBLE_DEVICES).toBe(visible);
    expect(plan.env).toMatchObject({
      MODELS_DIR: mountTargets.models,
      LLM_MODEL: "qwen2.5-1.5b-instruct-q4_k_m.gguf",
      LLM_CONTEXT_SIZE: "4096",
      LLM_MAX_TOKENS: "512",
      LLM_PARALLEL: "1",
      LLM_THREADS: "0",
    });
  });
});

describe("llm stack config", () => {
  const base = readProjectConfig(stackConfig("prod"), project);
  const parse = (llm: unknown) => parseStackConfig({ ...base, llm });

  it("fills the defaults around a model file", () => {
    expect(parse({ model: "models/tiny.gguf" }).llm).toEqual({ model: "models/tiny.gguf", contextSize: 4096, maxTokens: 512, parallel: 1, threads: 0 });
  });

  it.each([
    [{ model: "../etc/passwd.gguf" }, "llm.model"],
    [{ model: "/abs/model.gguf" }, "llm.model"],
    [{ model: "model.bin" }, "llm.model"],
    [{ model: "m.gguf", parallel: 0 }, "llm.parallel"],
    [{ model: "m.gguf", gpuLayers: 3 }, "llm"],
  ])("refuses %j at %s", (llm, path) => {
    let error: unknown;
    try {
      parse(llm);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StackConfigError);
    expect((error as Error).message).toContain(path);
  });
});

describe("the program with an llm configured (Pulumi mocks)", () => {
  it("declares the llm container on the prod GPU with the models volume read-only, and tells the coordinator", async () => {
    const run = await runProgram("prod", { ...stackConfig("prod"), [`${project}:llm`]: JSON.stringify({ model: "qwen2.5-1.5b-instruct-q4_k_m.gguf" }) });
    const llm = containerNamed(run, "llm");
    expect(llm.inputs.user).toBe(appUser);
    expect(llm.inputs.deviceRequests).toEqual([{ driver: "nvidia", count: 1, capabilities: ["gpu"] }]);
    expect(llm.inputs.envs).toEqual(expect.arrayContaining(["LLM_MODEL=qwen2.5-1.5b-instruct-q4_k_m.gguf", "MODELS_DIR=/models", "NVIDIA_VISIBLE_DEVICES=0"]));
    expect(llm.inputs.mounts).toContainEqual(expect.objectContaining({ target: "/models", readOnly: true }));
    expect(llm.inputs.healthcheck.tests[3]).toContain("/dev/tcp/127.0.0.1/5610 ");
    expect(containerNamed(run, "coordinator").inputs.envs).toContain("LLM_URL=http://llm:5610");
    expect(containers(run).filter((c) => (c.inputs.deviceRequests ?? []).length > 0).map((c) => c.inputs.name).sort()).toEqual(["llm", "pc2"]);
  });
});
