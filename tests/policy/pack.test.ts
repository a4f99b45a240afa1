import * as pulumi from "@pulumi/pulumi";
import { catalog, database } from "../../agents-src/kit/catalog";
import { voicePolicies } from "../../policy/policies";
import { containerNamed, runProgram, stackConfig, withBuiltSource, type CapturedResource, type ProgramRun, type StackName } from "../pulumi/mockedProgram";
import { PolicyPackProcess, type ResourceToAnalyze } from "./analyzer";

let pack: PolicyPackProcess;
const runs: Partial<Record<StackName, ProgramRun>> = {};

beforeAll(async () => {
  pack = await PolicyPackProcess.start();
  runs.dev = await runProgram("dev", withBuiltSource(stackConfig("dev")));
  runs.prod = await runProgram("prod", stackConfig("prod"));
}, 60_000);

afterAll(() => pack?.stop());

const descriptionOf = (policy: string) => voicePolicies.find((p) => p.name === policy)!.description;

/** A violation as the CLI prints it: the policy's description, then the resource's own line. */
const violation = (policy: string, message: string) => ({
  policy,
  message: `${descriptionOf(policy)}\n${message}`,
  enforcementLevel: "mandatory",
});

async function violationsIn(resources: ResourceToAnalyze[]) {
  const diagnostics = await Promise.all(resources.map((r) => pack.analyze(r)));
  return diagnostics.flat();
}

it("serves every policy of the pack, each mandatory", async () => {
  expect(await pack.info()).toEqual({
    pack: "voice-assistant",
    policies: voicePolicies.map((p) => ({ name: p.name, enforcementLevel: "mandatory" })),
  });
});

it.each<StackName>(["dev", "prod"])("finds nothing in the %s stack: every secret reaches its container as a file", async (stack) => {
  expect(await violationsIn(runs[stack]!.resources)).toEqual([]);
});

it("finds nothing in the prod stack with models to provision and a token for them", async () => {
  const models = [{ target: "whisper-base.en", source: { huggingFace: { repo: "onnx-community/whisper-base.en", revision: "0123abc" } }, files: [{ path: "config.json", sha256: "1".repeat(64) }] }];
  const run = await runProgram("prod", { ...stackConfig("prod"), "voice-assistant:models": JSON.stringify(models), "voice-assistant:modelsToken": "hf_test-private-model-token-0123456789" });
  expect(containerNamed(run, "models").inputs.user).toBe("10001:10001");
  expect(await violationsIn(run.resources)).toEqual([]);
});

/** A clean resource of the stack with some inputs replaced. */
function broken(resource: CapturedResource, inputs: Record<string, unknown>): ResourceToAnalyze {
  return { type: resource.type, name: resource.name, inputs: { ...resource.inputs, ...inputs } };
}
const container = (stack: StackName, name: string, inputs: Record<string, unknown>) => broken(containerNamed(runs[stack]!, name), inputs);
const resourceNamed = (stack: StackName, name: string, inputs: Record<string, unknown>) =>
  broken(runs[stack]!.resources.find((r) => r.name === name)!, inputs);
const coordinator = (inputs: Record<string, unknown>) => container("prod", "coordinator", inputs);
const coordinatorPorts = () => containerNamed(runs.prod!, "coordinator").inputs.ports as unknown[];
const coordinatorLabels = () => containerNamed(runs.prod!, "coordinator").inputs.labels as { label: string; value: string }[];
const coordinatorPort = catalog.coordinator.ports.http;
function coreImageWithBuildArgs(args: Record<string, string>): ResourceToAnalyze {
  const image = runs.prod!.resources.find((r) => r.name === "images-core")!;
  return broken(image, { build: { ...image.inputs.build, args: { ...image.inputs.build.args, ...args } } });
}

it.each<[string, () => ResourceToAnalyze, string]>([
  ["non-root-user", () => coordinator({ user: "root" }), 'container coordinator: "user" is "root", which is root; run it as a non-root uid:gid'],
  ["non-root-user", () => coordinator({ user: "0:0" }), 'container coordinator: "user" is "0:0", which is root; run it as a non-root uid:gid'],
  [
    "non-root-user",
    () => coordinator({ user: undefined }),
    `container coordinator: "user" is not set, so the image's default user (root unless the image says otherwise) applies; run it as a non-root uid:gid`,
  ],
  ["pinned-images", () => coordinator({ image: "voice-core:latest" }), 'container coordinator: "image" is "voice-core:latest", tagged latest; name a release tag or a digest'],
  [
    "pinned-images",
    () => resourceNamed("prod", "images-core", { imageName: "registry.voice-host:5000/voice/voice-core" }),
    'image images-core: "imageName" is "registry.voice-host:5000/voice/voice-core", which has no tag; name a release tag or a digest',
  ],
  [
    "pinned-images",
    () => coreImageWithBuildArgs({ BASE_IMAGE: "node" }),
    'image images-core: "build.args.BASE_IMAGE" is "node", which has no tag; name a release tag or a digest',
  ],
  [
    "pinned-images",
    () => resourceNamed("dev", "database-server-image", { name: "pgvector/pgvector:latest" }),
    'remote image database-server-image: "name" is "pgvector/pgvector:latest", tagged latest; name a release tag or a digest',
  ],
  ["no-privileged-containers", () => coordinator({ privileged: true }), 'container coordinator: "privileged" is true'],
  [
    "no-privileged-containers",
    () => coordinator({ capabilities: { adds: ["SYS_ADMIN", "NET_ADMIN"], drops: ["ALL"] } }),
    'container coordinator: "capabilities.adds" grants SYS_ADMIN, NET_ADMIN',
  ],
  ["no-host-network", () => coordinator({ networkMode: "host" }), 'container coordinator: "networkMode" is "host"'],
  ["no-host-network", () => coordinator({ networksAdvanced: [{ name: "host" }] }), 'container coordinator: "networksAdvanced[0].name" is "host"'],
  [
    "no-docker-socket-mount",
    () => coordinator({ mounts: [{ type: "bind", source: "/var/run/docker.sock", target: "/var/run/docker.sock", readOnly: true }] }),
    'container coordinator: "mounts[0].source" is "/var/run/docker.sock", which exposes the Docker socket (root on the host)',
  ],
  [
    "no-docker-socket-mount",
    () => coordinator({ volumes: [{ hostPath: "/run/", containerPath: "/host-run" }] }),
    'container coordinator: "volumes[0].hostPath" is "/run/", which exposes the Docker socket (root on the host)',
  ],
  [
    "health-check-on-long-running-containers",
    () => coordinator({ healthcheck: undefined }),
    'container coordinator: no "healthcheck"; a long-running container needs one (only a one-shot job, attach with mustRun false, may go without)',
  ],
  [
    "health-check-on-long-running-containers",
    () => coordinator({ healthcheck: { tests: ["NONE"] } }),
    'container coordinator: no "healthcheck"; a long-running container needs one (only a one-shot job, attach with mustRun false, may go without)',
  ],
  [
    "health-check-on-long-running-containers",
    // Its migration URL, a finding of its own, is left out.
    () => container("prod", "db-setup", { mustRun: true, envs: ["SERVICE_NAME=db-setup"] }),
    'container db-setup: no "healthcheck"; a long-running container needs one (only a one-shot job, attach with mustRun false, may go without)',
  ],
  ["memory-limit-in-production", () => coordinator({ memory: undefined }), 'container coordinator: no "memory" limit in stack prod; every production container needs one (MB)'],
  [
    "memory-limit-in-production",
    () => container("dev", "coordinator", { labels: [] }),
    'container coordinator: no "memory" limit in stack (no voice.stack label); every production container needs one (MB)',
  ],
  [
    "gpu-only-for-gpu-families",
    () => coordinator({ deviceRequests: [{ driver: "nvidia", count: 1, capabilities: ["gpu"] }] }),
    'container coordinator: "deviceRequests[0]" asks for a GPU, but its voice.family label is "core"; only the pc2 family may use one',
  ],
  [
    "gpu-only-for-gpu-families",
    () => coordinator({ gpus: "all", labels: coordinatorLabels().filter((l) => l.label !== "voice.family") }),
    'container coordinator: "gpus" asks for a GPU, but it has no voice.family label; only the pc2 family may use one',
  ],
  [
    "no-database-port-in-production",
    () => coordinator({ ports: [...coordinatorPorts(), { internal: database.port, external: database.port, ip: "127.0.0.1" }] }),
    `container coordinator: "ports[1]" publishes the database port ${database.port} on the host in stack prod`,
  ],
  [
    "loopback-ports-outside-production",
    () => container("dev", "coordinator", { ports: [{ internal: coordinatorPort, external: coordinatorPort, ip: "0.0.0.0" }] }),
    `container coordinator: "ports[0]" binds 0.0.0.0:${coordinatorPort} in stack dev; outside production bind 127.0.0.1`,
  ],
  [
    "no-plain-secrets",
    () => coordinator({ envs: ["LOG_LEVEL=info", "API_TOKEN=8c1f0e5d2b"] }),
    'container coordinator: "envs" entry API_TOKEN is named like a secret and holds a value; hand it over as a file (API_TOKEN_FILE) instead',
  ],
  [
    "no-plain-secrets",
    () => coordinator({ labels: [...coordinatorLabels(), { label: "backup.target", value: "s3://backup:hunter2-hunter2@backups.lan/voice" }] }),
    'container coordinator: "labels" entry backup.target holds a URL with a password; keep it out of labels',
  ],
  [
    "no-plain-secrets",
    () => coreImageWithBuildArgs({ NPM_TOKEN: "npm_0123456789abcdef" }),
    'image images-core: "build.args" entry NPM_TOKEN is named like a secret and holds a value; pass it as a build secret (RUN --mount=type=secret) instead',
  ],
])("%s stops a broken resource (case %#)", async (policy, resource, message) => {
  expect(await pack.analyze(resource())).toEqual([violation(policy, message)]);
});

it("skips a rule with an advisory note when a preview cannot know the input yet, and keeps the others", async () => {
  // A first preview sends the containers' image IDs as unknowns: the images are not built yet.
  const diagnostics = await pack.analyze(coordinator({ image: pulumi.runtime.unknownValue }));
  expect(diagnostics).toEqual([
    {
      policy: "pinned-images",
      message: "can't run policy 'pinned-images' from policy pack 'voice-assistant@v0.1.0' during preview: string value at .image can't be known during preview",
      enforcementLevel: "advisory",
    },
  ]);
  expect(await pack.analyze(coordinator({ image: pulumi.runtime.unknownValue, user: "root" }))).toContainEqual(
    violation("non-root-user", 'container coordinator: "user" is "root", which is root; run it as a non-root uid:gid'),
  );
});
