import type Dockerode from "dockerode";
import { planStep } from "../../scripts/docker-e2e/provider-rules";
import { declaredContainer, goDuration, readContainer, stateDifferences } from "../../scripts/docker-e2e/provider-read";
import { formatPlan } from "../../scripts/docker-e2e/deployment-state";

const containerType = "docker:index/container:Container";
const base = { name: "coordinator", image: "sha256:aa", restart: "on-failure", memory: 512, memorySwap: 512, cpus: "1.0", wait: true };

describe("planStep: the provider's replace / update / state-only rules", () => {
  it.each<[string, Record<string, unknown>, string, string[]]>([
    ["nothing changed", {}, "same", []],
    ["a new image", { image: "sha256:bb" }, "replace", ["image"]],
    ["cpus", { cpus: "2.0" }, "replace", ["cpus"]],
    ["the restart policy", { restart: "always" }, "update", ["restart"]],
    ["the memory limit", { memory: 1024, memorySwap: 1024 }, "update", ["memory", "memorySwap"]],
    ["wait, which only the state holds", { wait: false }, "update", ["wait"]],
    ["an input the rules do not know", { shmSize: 64 }, "replace", ["shmSize"]],
  ])("%s -> %s", (_what, change, operation, fields) => {
    const step = planStep(containerType, base, { ...base, ...change });
    expect(step.operation).toBe(operation);
    expect(step.changes.map((c) => c.field)).toEqual(fields);
  });

  it("creates what the checkpoint does not hold", () => {
    expect(planStep(containerType, undefined, base).operation).toBe("create");
  });

  it("updates the docker provider, replacing nothing, when the registry password changes", () => {
    const auth = (password: string) => JSON.stringify([{ address: "registry.lan:5000", username: "ci", password }]);
    const step = planStep("pulumi:providers:docker", { host: "ssh://deploy@voice-host", registryAuth: auth("old-password") }, { host: "ssh://deploy@voice-host", registryAuth: auth("new-password") });
    expect(step).toEqual({ operation: "update", changes: [{ field: "registryAuth", effect: "update" }] });
  });

  it("replaces a network whose internal flag changed, and a grant's role, but updates a grant's privileges", () => {
    expect(planStep("docker:index/network:Network", { name: "n", internal: true }, { name: "n", internal: false }).operation).toBe("replace");
    expect(planStep("postgresql:index/grant:Grant", { role: "a", privileges: [] }, { role: "b", privileges: [] }).operation).toBe("replace");
    expect(planStep("postgresql:index/grant:Grant", { role: "a", privileges: [] }, { role: "a", privileges: ["CONNECT"] }).operation).toBe("update");
  });
});

describe("goDuration: Go's Duration.String, as the provider reads healthcheck durations back", () => {
  it.each<[number, string]>([
    [0, "0s"],
    [2e9, "2s"],
    [60e9, "1m0s"],
    [90e9, "1m30s"],
    [1.5e9, "1.5s"],
    [5e8, "500ms"],
    [3.6e12, "1h0m0s"],
  ])("%d ns -> %s", (ns, text) => {
    expect(goDuration(ns)).toBe(text);
  });
});

/** A container as the engine reports it after creating `declared`, with Docker's own additions. */
function inspected(overrides: { HostConfig?: object; State?: object; Healthcheck?: object } = {}): Dockerode.ContainerInspectInfo {
  return {
    Name: "/coordinator",
    Image: "sha256:aa",
    Config: {
      Image: "sha256:aa",
      Cmd: ["node", "dist/agents-src/main.js", "coordinator"],
      User: "10001:10001",
      Healthcheck: { Test: ["CMD", "true"], Interval: 2e9, Timeout: 2e9, StartPeriod: 50e9, Retries: 3, ...overrides.Healthcheck },
    },
    State: { Running: true, ...overrides.State },
    HostConfig: {
      RestartPolicy: { Name: "on-failure", MaximumRetryCount: 0 },
      Init: true,
      Privileged: false,
      SecurityOpt: ["no-new-privileges:true"],
      Mounts: [],
      Memory: 512 * 1024 * 1024,
      MemorySwap: 1024 * 1024 * 1024,
      NanoCpus: 1e9,
      LogConfig: { Type: "json-file", Config: { "max-size": "10m" } },
      CapDrop: ["ALL"],
      ...overrides.HostConfig,
    },
    NetworkSettings: { Ports: { "7000/tcp": [{ HostIp: "127.0.0.1", HostPort: "7000" }] } },
  } as unknown as Dockerode.ContainerInspectInfo;
}

const declared = {
  name: "coordinator",
  image: "sha256:aa",
  command: ["node", "dist/agents-src/main.js", "coordinator"],
  user: "10001:10001",
  restart: "on-failure",
  init: true,
  privileged: false,
  securityOpts: ["no-new-privileges:true"],
  mounts: [],
  memory: 512,
  cpus: "1.0",
  logDriver: "json-file",
  logOpts: { "max-size": "10m" },
  capabilities: { drops: ["ALL"] },
  ports: [{ internal: 7000, external: 7000, ip: "127.0.0.1" }],
  healthcheck: { tests: ["CMD", "true"], interval: "2s", timeout: "2s", startPeriod: "50s", retries: 3 },
};

const differences = (inputs: Record<string, unknown>, info = inspected()) =>
  stateDifferences("Container coordinator", containerType, declaredContainer(inputs), readContainer(info, inputs)).map((d) => [d.field, d.declared, d.read, d.effect]);

describe("the read-back diff catches what a refresh would", () => {
  it("finds the swap Docker doubled when only the memory was declared", () => {
    expect(differences(declared)).toEqual([["memorySwap", 0, 1024, "update"]]);
  });

  it("finds nothing once the swap is pinned to the memory", () => {
    expect(differences({ ...declared, memorySwap: 512 }, inspected({ HostConfig: { MemorySwap: 512 * 1024 * 1024 } }))).toEqual([]);
  });

  it("finds cpus declared as \"1\", which the provider reads back as \"1.0\" and replaces for", () => {
    const info = inspected({ HostConfig: { MemorySwap: 512 * 1024 * 1024 } });
    expect(differences({ ...declared, memorySwap: 512, cpus: "1" }, info)).toEqual([["cpus", "1", "1.0", "replace"]]);
  });

  it("finds a healthcheck interval written another way than Go prints it", () => {
    const info = inspected({ HostConfig: { MemorySwap: 512 * 1024 * 1024 }, Healthcheck: { Interval: 60e9 } });
    const healthcheck = { ...declared.healthcheck, interval: "60s" };
    expect(differences({ ...declared, memorySwap: 512, healthcheck }, info)).toEqual([
      ["healthcheck", healthcheck, { ...healthcheck, interval: "1m0s" }, "state"],
    ]);
  });

  it("finds a container that stopped while must_run holds", () => {
    const info = inspected({ HostConfig: { MemorySwap: 512 * 1024 * 1024 }, State: { Running: false } });
    expect(differences({ ...declared, memorySwap: 512 }, info)).toEqual([["mustRun", true, false, "state"]]);
  });
});

describe("formatPlan", () => {
  it("lists what changes and counts every operation, as a preview's summary does", () => {
    const lines = formatPlan([
      { type: containerType, name: "coordinator", operation: "replace", changes: [{ field: "image", effect: "replace" }] },
      { type: containerType, name: "vad", operation: "same", changes: [] },
      { type: "docker:index/volume:Volume", name: "volumes-pgdata", operation: "delete (retained)", changes: [] },
    ]);
    expect(lines).toEqual([
      "    replace            Container    coordinator                    image (forces replacement)",
      "    delete (retained)  Volume       volumes-pgdata                 ",
      "    resources: 1 to replace, 1 to delete (retained), 1 to same",
    ]);
  });
});
