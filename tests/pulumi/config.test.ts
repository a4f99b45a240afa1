import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { loadStackConfig, parseStackConfig, readProjectConfig, StackConfigError } from "../../components/config";
import { project, repoRoot, resolved, stackConfig, testSecrets, type StackName } from "./mockedProgram";

/** The stack file as the program reads it: keys without the namespace, structured values decoded. */
const rawConfig = (stack: StackName) => readProjectConfig(stackConfig(stack), project);

/** A copy of `raw` with the value at a dotted path replaced, or removed when `value` is undefined. */
function withValue(raw: Record<string, unknown>, dottedPath: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(raw);
  const keys = dottedPath.split(".");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    parseStackConfig(raw);
  } catch (err) {
    if (err instanceof StackConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe("readProjectConfig", () => {
  it("decodes structured values and keeps only this project's keys", () => {
    const raw = readProjectConfig(
      {
        "voice-assistant:logLevel": "debug",
        "voice-assistant:gpu": '{"enabled":true,"count":2}',
        "voice-assistant:dbAppPassword": "{not json but a password",
        "docker:host": "unix:///var/run/docker.sock",
      },
      project,
    );
    expect(raw).toEqual({
      logLevel: "debug",
      gpu: { enabled: true, count: 2 },
      dbAppPassword: "{not json but a password",
    });
  });
});

describe("parseStackConfig", () => {
  it.each<StackName>(["dev", "prod"])("accepts Pulumi.%s.yaml", (stack) => {
    expect(problemsOf(rawConfig(stack))).toEqual([]);
  });

  it("fills defaults for keys a stack leaves out", () => {
    const minimal = {
      images: { tag: "1.2.3" },
      database: { mode: "container" },
      dbAdminPassword: testSecrets.dbAdminPassword,
      dbAppPassword: testSecrets.dbAppPassword,
      dbMigrationPassword: testSecrets.dbMigrationPassword,
      internalToken: testSecrets.internalToken,
    };
    const config = parseStackConfig(minimal);
    expect(config).toMatchObject({
      logLevel: "info",
      dockerHost: "unix:///var/run/docker.sock",
      restart: "unless-stopped",
      images: { tag: "1.2.3", baseImage: "node:20-bookworm-slim" },
      gpu: { enabled: false, driver: "nvidia", capabilities: ["gpu"] },
      networks: {
        internal: "voice_assistant_network",
        edge: "voice_assistant_edge",
        monitoring: { name: "monitoring_network", external: true },
      },
      volumes: { logs: { type: "volume", name: "voice_logs" }, pgdata: "voice_pgdata" },
      database: { mode: "container", name: "voice", hostPort: 5432, hostIp: "127.0.0.1" },
      services: {},
    });
  });

  it.each<[string, StackName, string, unknown, string]>([
    ["a PUB socket", "dev", "services.vad.replicas", 2, "services.vad.replicas: replicas > 1 refused: vad binds ZeroMQ PUB port 6561"],
    ["dreamworld's fixed PUB port", "dev", "services.dreamworld.replicas", 3, "services.dreamworld.replicas: replicas > 1 refused: dreamworld binds ZeroMQ PUB port 5598"],
    ["a job", "dev", "services.db-setup.replicas", 2, "services.db-setup.replicas: replicas > 1 refused: db-setup is a one-shot job"],
    ["a catalog veto", "dev", "services.health-monitor.replicas", 2, "services.health-monitor.replicas: replicas > 1 refused: health-monitor is marked not replicable"],
    ["a published port", "dev", "services.coordinator.replicas", 2, "services.coordinator.replicas: replicas > 1 refused with publish"],
    ["zero replicas", "prod", "services.task-router.replicas", 0, "services.task-router.replicas: Too small"],
    ["an unknown service", "dev", "services.speaker", {}, 'services: Unrecognized key: "speaker"'],
    ["a PUB port the service lacks", "dev", "services.coordinator.publish.zmqPub", true, "services.coordinator.publish.zmqPub: coordinator has no ZeroMQ PUB port to publish"],
    ["a job's HTTP port", "dev", "services.db-setup.publish", { http: true }, "services.db-setup.publish.http: db-setup has no HTTP port to publish"],
    ["a host port taken twice", "dev", "services.task-router.publish.http", 7000, "services.task-router.publish.http: host port 7000 is already published by coordinator"],
    ["0.0.0.0 overlapping 127.0.0.1", "prod", "services.vad.publish", { http: 6550 }, "services.vad.publish.http: host port 6550 is already published by fused-audio-preprocessor"],
    ["a published port that is no port", "dev", "services.pc2.publish.http", "yes", "services.pc2.publish.http: must be true (the catalog's port number) or a host port number 1-65535"],
    ["a catalog variable in env", "dev", "services.vad.env", { HTTP_PORT: "1" }, "services.vad.env.HTTP_PORT: HTTP_PORT is set by the stack"],
    ["a peer URL in env", "prod", "services.coordinator.env", { TASK_ROUTER_URL: "http://localhost:7010" }, "services.coordinator.env.TASK_ROUTER_URL: TASK_ROUTER_URL is set by the stack"],
    ["the database URL in env", "prod", "services.session-memory.env", { DATABASE_URL: "postgres://x" }, "services.session-memory.env.DATABASE_URL: DATABASE_URL is set by the stack"],
    ["a lower-case env name", "dev", "services.vad.env", { debug: "1" }, "services.vad.env.debug: must be an upper-case environment variable name"],
    ["a disabled dependency", "prod", "services.db-setup.enabled", false, "services.db-setup.enabled: memory-orchestrator starts after db-setup"],
    ["a negative memory limit", "prod", "services.pc2.memoryMb", -1, "services.pc2.memoryMb: Too small"],
    ["both count and deviceIds", "prod", "gpu.deviceIds", ["0"], "gpu.deviceIds: set either count or deviceIds, not both"],
    ["a zero GPU count", "prod", "gpu.count", 0, "gpu.count: must be -1 (all GPUs) or a positive count"],
    ["cdi without device ids", "dev", "gpu", { enabled: true, driver: "cdi" }, "gpu.deviceIds: the cdi driver needs deviceIds"],
    ["the latest tag", "prod", "images.tag", "latest", "images.tag: latest is refused"],
    ["an untagged base image", "dev", "images.baseImage", "node", "images.baseImage: must name an explicit tag other than latest"],
    ["a latest base image", "dev", "images.baseImage", "node:latest", "images.baseImage: must name an explicit tag other than latest"],
    ["a latest database image", "dev", "database.image", "pgvector/pgvector:latest", "database.image: must name an explicit tag other than latest"],
    ["a registry without password", "dev", "images.registry", { server: "registry.lan", username: "ci" }, "registryPassword: required because images.registry is set"],
    ["a password without registry", "dev", "registryPassword", "a-registry-password", "registryPassword: set but images.registry is not"],
    ["a missing secret", "prod", "dbAppPassword", undefined, "dbAppPassword: required: set it with `pulumi config set --secret <key> <value>`"],
    ["a short secret", "dev", "dbAdminPassword", "short", "dbAdminPassword: must be at least 12 characters"],
    ["an unknown database mode", "dev", "database.mode", "embedded", "database.mode: Invalid"],
    ["an external database without host", "prod", "database.host", undefined, "database.host: Invalid input"],
    ["a shared role name", "prod", "database.migrationUser", "voice_app", "database.migrationUser: role voice_app is already database.appUser"],
    ["a bad role name", "dev", "database.appUser", "Voice-App", "database.appUser: must be a lower-case SQL identifier"],
    ["the database port taken by a service", "dev", "database.hostPort", 7000, "database.hostPort: host port 7000 is already published by coordinator"],
    ["two networks with one name", "dev", "networks.edge", "voice_assistant_network", "networks.edge: network name voice_assistant_network is already used by networks.internal"],
    ["a relative bind path", "prod", "volumes.logs.hostPath", "logs", "volumes.logs.hostPath: must be an absolute path"],
    ["an unknown volume type", "prod", "volumes.models.type", "nfs", "volumes.models.type: Invalid"],
    ["a misspelt top-level key", "dev", "servics", {}, '(config): Unrecognized key: "servics"'],
    ["an HTTP Docker host", "prod", "dockerHost", "http://voice-host:2375", "dockerHost: must be a unix://, ssh:// or tcp:// Docker host"],
    ["an unknown log level", "dev", "logLevel", "loud", "logLevel: Invalid option"],
    ["a bad restart policy", "prod", "restart", "sometimes", "restart: Invalid option"],
    ["a backup interval of zero", "prod", "backups.intervalMinutes", 0, "backups.intervalMinutes: Too small"],
    ["a backup interval over a week", "dev", "backups.intervalMinutes", 20_000, "backups.intervalMinutes: must be at most 10080 (a week)"],
    ["keeping no backup", "prod", "backups.keep", 0, "backups.keep: must keep at least 1 backup"],
    ["the backup directory in env", "prod", "services.backup.env", { BACKUP_DIR: "/tmp" }, "services.backup.env.BACKUP_DIR: BACKUP_DIR is set by the stack"],
    // The volume is mounted there: a backup told to look elsewhere would hold no speaker models.
    ["the speakers directory in env", "prod", "services.backup.env", { STT_SPEAKER_MODELS_DIR: "/tmp" }, "services.backup.env.STT_SPEAKER_MODELS_DIR: STT_SPEAKER_MODELS_DIR is set by the stack"],
    ["two backup replicas", "prod", "services.backup.replicas", 2, "services.backup.replicas: replicas > 1 refused"],
  ])("refuses %s", (_what, stack, dottedPath, value, expected) => {
    const problems = problemsOf(withValue(rawConfig(stack), dottedPath, value));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it("names every bad key in one error", () => {
    let raw = rawConfig("prod");
    raw = withValue(raw, "services.vad.replicas", 2);
    raw = withValue(raw, "images.tag", "latest");
    raw = withValue(raw, "gpu.count", 0);
    raw = withValue(raw, "dbMigrationPassword", undefined);
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(
      ["dbMigrationPassword", "gpu.count", "images.tag", "services.vad.replicas"].sort(),
    );
    expect(() => parseStackConfig(raw)).toThrow(/invalid stack config:\n  - /);
  });
});

describe("loadStackConfig", () => {
  it("wraps every password as a Pulumi secret and keeps them out of the settings", async () => {
    const { settings, secrets } = loadStackConfig(rawConfig("prod"));
    expect(JSON.stringify(settings)).not.toContain(testSecrets.dbAppPassword);
    for (const secret of [secrets.dbAdminPassword, secrets.dbAppPassword, secrets.dbMigrationPassword, secrets.registryPassword])
      expect(await pulumi.isSecret(secret as pulumi.Output<string>)).toBe(true);
    expect(await resolved(secrets.dbAppPassword)).toBe(testSecrets.dbAppPassword);
  });

  it("keeps the first device token a secret, and takes the Host and Origin allow-lists as settings", async () => {
    const token = "a-first-device-token-of-43-characters-xxxxx";
    const raw = withValue(withValue(rawConfig("prod"), "firstDeviceToken", token), "allowedOrigins", ["https://voice.lan"]);
    const { settings, secrets } = loadStackConfig(raw);
    expect(JSON.stringify(settings)).not.toContain(token);
    expect(await pulumi.isSecret(secrets.firstDeviceToken as pulumi.Output<string>)).toBe(true);
    expect(await resolved(secrets.firstDeviceToken as pulumi.Output<string>)).toBe(token);
    expect(settings).toMatchObject({ allowedHosts: ["localhost", "127.0.0.1"], allowedOrigins: ["https://voice.lan"] });
    expect(problemsOf(withValue(rawConfig("prod"), "firstDeviceToken", "short"))).toEqual(["firstDeviceToken: must be at least 32 characters (openssl rand -base64 32)"]);
    expect(problemsOf(withValue(rawConfig("prod"), "allowedHosts", ["voice.lan:7000"]))).toEqual(["allowedHosts.0: must be a host name or address, without a port"]);
  });

  it("takes a speech vocabulary of words, and refuses one that would break pc2's comma-separated list", () => {
    expect(loadStackConfig(withValue(rawConfig("prod"), "speechVocabulary", ["Aoife", "Baker Street"])).settings.speechVocabulary).toEqual(["Aoife", "Baker Street"]);
    expect(loadStackConfig(rawConfig("prod")).settings.speechVocabulary).toEqual([]);
    expect(problemsOf(withValue(rawConfig("prod"), "speechVocabulary", ["Aoife, Zhytomyr"]))).toEqual([
      "speechVocabulary.0: must be letters, apostrophes, hyphens and spaces, at most 100",
    ]);
  });

  it("resolves the dev source mount against the project directory", () => {
    const { settings } = loadStackConfig(rawConfig("dev"));
    expect(settings.volumes.source).toEqual({ hostPath: path.resolve(repoRoot), reload: true });
  });
});
