import { catalog, database } from "../../agents-src/kit/catalog";
import { noDockerSocketMount, runsAsNonRoot } from "../../policy/containerSecurity";
import { pinnedImages } from "../../policy/images";
import { gpuOnlyForGpuFamilies, healthcheckOnLongRunning } from "../../policy/operations";
import { resourceTypes, stackOf } from "../../policy/resource";
import { secretReason } from "../../policy/secrets";

const container = (props: Record<string, unknown>) => ({ type: resourceTypes.container, name: "c", props });

describe("image references", () => {
  it.each<[string, boolean]>([
    ["voice-core:0.1.0", true],
    ["registry.voice-host:5000/voice/voice-core:0.1.0", true],
    [`registry.voice-host:5000/voice/voice-core@sha256:${"b".repeat(64)}`, true],
    [`voice-core:latest@sha256:${"b".repeat(64)}`, true],
    [`sha256:${"a".repeat(64)}`, true],
    ["voice-core:latest", false],
    ["voice-core", false],
    ["voice-core:", false],
    ["registry.voice-host:5000/voice/voice-core", false],
  ])("%s pinned: %s", (reference, pinned) => {
    expect(pinnedImages(container({ image: reference })).length === 0).toBe(pinned);
  });

  it("reports an image that is not set", () => {
    expect(pinnedImages(container({}))).toEqual(['container c: "image" is not set; name a release tag or a digest']);
  });

  it("reads every *IMAGE build argument and no other", () => {
    const image = { type: resourceTypes.image, name: "i", props: { imageName: "voice-core:1", build: { args: { BASE_IMAGE: "node:20", RUNNER_IMAGE: "debian", APP_UID: "10001" } } } };
    expect(pinnedImages(image)).toEqual(['image i: "build.args.RUNNER_IMAGE" is "debian", which has no tag; name a release tag or a digest']);
  });
});

describe("users", () => {
  it.each<[unknown, boolean]>([
    ["10001:10001", true],
    ["postgres", true],
    ["10001:0", true],
    ["root", false],
    ["root:root", false],
    ["0", false],
    ["0:0", false],
    ["", false],
    [undefined, false],
  ])("%p is non-root: %s", (user, nonRoot) => {
    expect(runsAsNonRoot(container({ user })).length === 0).toBe(nonRoot);
  });
});

describe("Docker socket", () => {
  it.each<[string, boolean]>([
    ["/var/run/docker.sock", true],
    ["/run/docker.sock", true],
    ["/run/user/1000/docker.sock", true],
    ["/var/run/", true],
    ["/run", true],
    ["/var", true],
    ["/", true],
    ["/srv/voice-assistant/logs", false],
    ["/srv/docker.sock.d", false],
    ["/run/user/1000", false],
  ])("a bind mount of %s exposes it: %s", (source, exposes) => {
    expect(noDockerSocketMount(container({ mounts: [{ type: "bind", source, target: "/x" }] })).length > 0).toBe(exposes);
  });

  it("leaves named volumes alone, whatever they are called", () => {
    expect(noDockerSocketMount(container({ mounts: [{ type: "volume", source: "docker.sock", target: "/x" }] }))).toEqual([]);
  });
});

describe("secrets", () => {
  const dbUrl = `postgresql://voice_app:pa%2Fss@postgres:${database.port}/voice`;
  it.each<[string, string, string | undefined]>([
    [database.urlEnvName, dbUrl, "holds a URL with a password"],
    [database.urlEnvName, `postgresql://voice_app@postgres:${database.port}/voice`, undefined],
    ["PC2_URL", `http://pc2:${catalog.pc2.ports.http}`, undefined],
    ["POSTGRES_PASSWORD", "at-least-12-chars", "is named like a secret and holds a value"],
    ["POSTGRES_PASSWORD", "", undefined],
    ["POSTGRES_PASSWORD_FILE", "/run/secrets/postgres-password", undefined],
    ["registry.password", "x", "is named like a secret and holds a value"],
    ["GITHUB_TOKEN", "x", "is named like a secret and holds a value"],
    ["AWS_SECRET_ACCESS_KEY", "x", "is named like a secret and holds a value"],
    ["SESSION_TOKEN_BUDGET", "2000", undefined],
    ["MAX_TOKENS", "512", undefined],
    ["TLS_KEY", "-----BEGIN RSA PRIVATE KEY-----\nMIIE...", "holds what looks like a private key"],
    ["AUTH", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl", "holds what looks like a JSON web token"],
    ["KEY_ID", "AKIAIOSFODNN7EXAMPLE", "holds what looks like an AWS access key"],
    ["NOTE", "remember the keys are in the drawer", undefined],
  ])("%s=%j: %s", (name, value, reason) => {
    expect(secretReason(name, value)).toBe(reason);
  });
});

describe("stack and job detection", () => {
  it.each<[{ label: string; value: string }[], { name: string; production: boolean }]>([
    [[{ label: "voice.stack", value: "prod" }], { name: "prod", production: true }],
    [[{ label: "voice.stack", value: "dev" }], { name: "dev", production: false }],
    [[], { name: "(no voice.stack label)", production: true }],
  ])("labels %j belong to %j", (labels, stack) => {
    expect(stackOf({ labels })).toEqual(stack);
  });

  it.each<[Record<string, unknown>, boolean]>([
    [{ attach: true, mustRun: false }, true],
    [{ attach: true, mustRun: true }, false],
    [{ attach: false, mustRun: false }, false],
    [{ restart: "no" }, false],
  ])("a container with %j and no health check is a one-shot job: %s", (props, job) => {
    expect(healthcheckOnLongRunning(container(props)).length === 0).toBe(job);
  });
});

describe("GPU requests", () => {
  const labelled = (family: string, props: Record<string, unknown>) => container({ ...props, labels: [{ label: "voice.family", value: family }] });
  it.each<[string, Record<string, unknown>, string[]]>([
    ["pc2", { deviceRequests: [{ driver: "nvidia", count: 1, capabilities: ["gpu"] }], gpus: "all", runtime: "nvidia" }, []],
    ["memory", { deviceRequests: [{ driver: "cdi", deviceIds: ["nvidia.com/gpu=0"], capabilities: ["gpu"] }] }, ["deviceRequests[0]"]],
    ["audio", { runtime: "nvidia" }, ["runtime"]],
    ["core", { deviceRequests: [], gpus: "" }, []],
  ])("family %s with %j is reported for %j", (family, props, fields) => {
    expect(gpuOnlyForGpuFamilies(labelled(family, props)).map((m) => m.match(/"([^"]+)" asks/)![1])).toEqual(fields);
  });
});
