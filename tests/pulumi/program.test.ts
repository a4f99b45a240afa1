import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { catalog, database as catalogDatabase, imageFamilies, services, type ServiceName } from "../../agents-src/kit/catalog";
import { jobFailure, jobSucceeded } from "../../components/services/jobResult";
import {
  byType,
  containerNamed,
  containers,
  isSecretValue,
  project,
  readStackFile,
  ResourceCapture,
  runProgram,
  stackConfig,
  testSecrets,
  type CapturedResource,
  type ProgramRun,
  type StackName,
  withBuiltSource,
} from "./mockedProgram";

interface StackFileServices {
  [name: string]: { replicas?: number; publish?: { hostIp?: string; http?: true | number; zmqPub?: true | number } };
}

/** What the stack file asks for, read straight from the YAML rather than through the program. */
function stackFile(stack: StackName) {
  const file = readStackFile(stack);
  return {
    services: (file[`${project}:services`] ?? {}) as StackFileServices,
    networks: file[`${project}:networks`] as { internal: string; edge: string; monitoring: { name: string; external: boolean } },
    database: file[`${project}:database`] as { mode: string; hostPort?: number; hostIp?: string },
    gpu: file[`${project}:gpu`] as { enabled: boolean },
    llm: file[`${project}:llm`] as { model: string } | undefined,
  };
}

/** Catalog services the stack file declares: neither stack file lists models, so no models job; the llm only with a model configured. */
const declaredServices = (stack: StackName) =>
  services.filter((s) => s.provisionsModels !== true && (s.name !== "llm" || stackFile(stack).llm !== undefined));

function expectedContainerNames(stack: StackName): string[] {
  const file = stackFile(stack);
  const names = declaredServices(stack).flatMap((s) => {
    const replicas = file.services[s.name]?.replicas ?? 1;
    return Array.from({ length: replicas }, (_, i) => (i === 0 ? s.name : `${s.name}-${i + 1}`));
  });
  return file.database.mode === "container" ? [...names, catalogDatabase.name] : names;
}

function expectedPublications(stack: StackName): string[] {
  const file = stackFile(stack);
  const published: string[] = [];
  for (const [name, override] of Object.entries(file.services)) {
    const publish = override.publish;
    if (publish === undefined || (name === "llm" && file.llm === undefined)) continue;
    for (const kind of ["http", "zmqPub"] as const) {
      const requested = publish[kind];
      const port = catalog[name as ServiceName].ports[kind]!;
      if (requested !== undefined)
        published.push(`${name} ${publish.hostIp ?? "127.0.0.1"}:${requested === true ? port : requested}->${port}`);
    }
  }
  if (file.database.mode === "container")
    published.push(`${catalogDatabase.name} ${file.database.hostIp}:${file.database.hostPort}->${catalogDatabase.port}`);
  return published.sort();
}

const publications = (run: ProgramRun) =>
  containers(run)
    .flatMap((c) => (c.inputs.ports ?? []).map((p: any) => `${c.inputs.name} ${p.ip}:${p.external}->${p.internal}`))
    .sort();

/** Inputs with every secret removed, as they would print in a log or a plain-text state file. */
function withoutSecrets(value: unknown): unknown {
  if (isSecretValue(value)) return "[secret]";
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutSecrets(v)]));
  return value;
}

const dependsOnContainer = (resource: CapturedResource, name: string) =>
  resource.dependencies.some((urn) => urn.endsWith(`docker:index/container:Container::${name}`));

const runs: Partial<Record<StackName, ProgramRun>> = {};
const runOf = (stack: StackName) => runs[stack]!;

beforeAll(async () => {
  runs.dev = await runProgram("dev", withBuiltSource(stackConfig("dev")));
  runs.prod = await runProgram("prod", stackConfig("prod"));
});

describe.each<StackName>(["dev", "prod"])("the %s stack", (stack) => {
  it("declares a container for every catalog service and replica", () => {
    expect(containers(runOf(stack)).map((c) => c.inputs.name).sort()).toEqual(expectedContainerNames(stack).sort());
  });

  it("probes every long-running agent with node on /health, waits for it, and names it on the internal network", () => {
    const internal = stackFile(stack).networks.internal;
    for (const container of containers(runOf(stack))) {
      const name = container.inputs.name as string;
      const service = container.inputs.labels.find((l: any) => l.label === "voice.service").value as string;
      if (service === catalogDatabase.name || catalog[service as ServiceName].job) continue;
      expect(container.inputs.healthcheck.tests.slice(0, 3)).toEqual(["CMD", "bash", "-c"]);
      expect(container.inputs.healthcheck.tests[3]).toContain(`/dev/tcp/127.0.0.1/${catalog[service as ServiceName].ports.http} `);
      expect(container.inputs.wait).toBe(true);
      expect(container.inputs.networksAdvanced).toContainEqual({ name: internal, aliases: [service] });
      expect(name.startsWith(service)).toBe(true);
    }
  });

  it("publishes exactly the ports the stack file asks for", () => {
    expect(publications(runOf(stack))).toEqual(expectedPublications(stack));
  });

  it("requests a GPU exactly where the stack grants one", () => {
    const withGpu = containers(runOf(stack)).filter((c) => (c.inputs.deviceRequests ?? []).length > 0);
    const expected = stackFile(stack).gpu.enabled ? declaredServices(stack).filter((s) => s.gpu === "optional").map((s) => s.name) : [];
    expect(withGpu.map((c) => c.inputs.name)).toEqual(expected);
    for (const container of withGpu) {
      expect(container.inputs.deviceRequests).toEqual([{ driver: "nvidia", count: 1, capabilities: ["gpu"] }]);
      expect((container.inputs.envs as string[])).toContain("NVIDIA_VISIBLE_DEVICES=0");
    }
  });

  it("creates every database object through the explicit postgresql provider", () => {
    const objects = runOf(stack).resources.filter((r) => r.type.startsWith("postgresql:index/"));
    expect(objects.map((r) => `${r.type} ${r.inputs.name ?? r.inputs.role}`).sort()).toEqual(
      [
        "postgresql:index/database:Database voice",
        "postgresql:index/extension:Extension vector",
        "postgresql:index/grant:Grant public",
        "postgresql:index/grant:Grant voice_app",
        "postgresql:index/role:Role voice_app",
        "postgresql:index/role:Role voice_migrator",
      ].sort(),
    );
    const provider = `urn:pulumi:${stack}::${project}::voice:stack:Database$pulumi:providers:postgresql::database-admin::database-admin-id`;
    for (const object of objects) expect(object.provider).toBe(provider);
    expect(byType(runOf(stack), "pulumi:providers:postgresql")).toHaveLength(1);
  });

  it("manages every Docker object through the configured Docker host", () => {
    const provider = `urn:pulumi:${stack}::${project}::pulumi:providers:docker::docker::docker-id`;
    const dockerObjects = runOf(stack).resources.filter((r) => r.type.startsWith("docker:index/"));
    expect(dockerObjects.length).toBeGreaterThan(0);
    for (const object of dockerObjects) expect(object.provider).toBe(provider);
    const [dockerProvider] = byType(runOf(stack), "pulumi:providers:docker");
    expect(dockerProvider.inputs.host).toBe(readStackFile(stack)[`${project}:dockerHost`]);
  });

  it("keeps every password secret in inputs and outputs", async () => {
    const run = runOf(stack);
    expect(await pulumi.isSecret(run.outputs.database.appPassword)).toBe(true);
    const plain = JSON.stringify(run.resources.map((r) => withoutSecrets(r.inputs)));
    for (const secret of Object.values(testSecrets)) {
      expect(plain).not.toContain(secret);
      expect(plain).not.toContain(encodeURIComponent(secret));
    }
    for (const role of byType(run, "postgresql:index/role:Role")) expect(isSecretValue(role.inputs.password)).toBe(true);
    expect(isSecretValue(byType(run, "pulumi:providers:postgresql")[0].inputs.password)).toBe(true);
  });

  it("hands each database user the URL of its own role as a file, never as an environment value", () => {
    const run = runOf(stack);
    const secretOf = (name: string, variable: string) => {
      const { envs, uploads } = containerNamed(run, name).inputs;
      const file = `/run/voice-secrets/${variable.toLowerCase().replace(/_/g, "-")}`;
      expect(envs).toContain(`${variable}_FILE=${file}`);
      expect(JSON.stringify(envs)).not.toContain("postgresql://");
      // A secret inside makes Pulumi treat the whole list as secret: encrypted in state, masked in output.
      expect(isSecretValue(uploads)).toBe(true);
      const upload = uploads.value.find((u: { file: string }) => u.file === file);
      expect(upload.permissions).toBe("0444");
      return upload.content as string;
    };
    for (const service of services.filter((s) => s.usesDatabase && !s.job))
      expect(secretOf(service.name, "DATABASE_URL")).toMatch(/^postgresql:\/\/voice_app:/);
    expect(secretOf("db-setup", "MIGRATION_DATABASE_URL")).toMatch(/^postgresql:\/\/voice_migrator:/);
    expect(containerNamed(run, "db-setup").inputs.envs).toContain("DATABASE_APP_ROLE=voice_app");
  });

  it("starts each service after what it depends on", () => {
    const run = runOf(stack);
    const databaseObjects = run.resources.filter((r) => r.type.startsWith("postgresql:index/"));
    for (const service of declaredServices(stack)) {
      for (const container of containers(run).filter((c) => c.inputs.labels.some((l: any) => l.value === service.name && l.label === "voice.service"))) {
        for (const dependency of service.startsAfter.filter((d) => d !== "models")) expect(dependsOnContainer(container, dependency)).toBe(true);
        if (service.usesDatabase)
          for (const object of databaseObjects)
            expect(container.dependencies).toContainEqual(expect.stringMatching(new RegExp(`${object.type}::${object.name}$`)));
      }
    }
  });

  it("runs db-setup once and attaches to it for its exit code", () => {
    const job = containerNamed(runOf(stack), "db-setup");
    expect(job.inputs).toMatchObject({ attach: true, mustRun: false, logs: true, restart: "no" });
    expect(job.inputs.healthcheck).toBeUndefined();
    expect(job.inputs.wait).toBeUndefined();
  });

  it("runs every agent container from its family's image: the built ID, or in prod the pushed digest", () => {
    const run = runOf(stack);
    const imageOf = new Map<string, string>();
    for (const service of declaredServices(stack)) {
      const image = containerNamed(run, service.name).inputs.image as string;
      expect(image).toMatch(stack === "prod" ? new RegExp(`^registry\\.voice-host:5000/voice/voice-${service.family}@sha256:[0-9a-f]{64}$`) : /^sha256:[0-9a-f]{64}$/);
      expect(imageOf.get(service.family) ?? image).toBe(image);
      imageOf.set(service.family, image);
    }
    expect(new Set(imageOf.values()).size).toBe(imageFamilies.length);
  });

  it("exports where every service listens, the networks, images and database", async () => {
    const { outputs } = runOf(stack);
    expect(Object.keys(outputs.services).sort()).toEqual(declaredServices(stack).map((s) => s.name).sort());
    expect(outputs.services.coordinator?.url).toBe("http://coordinator:7000");
    expect(outputs.services["fused-audio-preprocessor"]?.hostPort).toBe(catalog["fused-audio-preprocessor"].ports.http);
    const file = stackFile(stack);
    const [networks, images] = await Promise.all([
      new Promise((r) => pulumi.output(outputs.networks).apply(r)),
      new Promise<Record<string, string>>((r) => pulumi.output(outputs.images).apply(r)),
    ]);
    expect(networks).toEqual({ internal: file.networks.internal, edge: file.networks.edge, monitoring: file.networks.monitoring.name });
    expect(Object.keys(images).sort()).toEqual([...imageFamilies].sort());
    expect(outputs.database).toMatchObject({ name: "voice", appUser: "voice_app", migrationUser: "voice_migrator" });
  });

  it("declares identical inputs on a second run, so previews stay quiet", async () => {
    const normalise = (run: ProgramRun) =>
      run.resources
        .map((r) => ({ ...r, dependencies: [...r.dependencies].sort() }))
        .sort((a, b) => `${a.type}::${a.name}`.localeCompare(`${b.type}::${b.name}`));
    const again = await runProgram(stack, withBuiltSource(stackConfig(stack)));
    expect(normalise(again)).toEqual(normalise(runOf(stack)));
  });
});

describe("stack differences", () => {
  it("runs PostgreSQL with pgdata and a pg_isready check in dev only", () => {
    const server = containerNamed(runOf("dev"), catalogDatabase.name);
    expect(server.inputs.healthcheck.tests.slice(0, 2)).toEqual(["CMD", "pg_isready"]);
    expect(server.inputs.mounts).toEqual([{ type: "volume", source: "voice_dev_pgdata", target: "/var/lib/postgresql/data", readOnly: false }]);
    expect(server.inputs.envs).toContain("POSTGRES_PASSWORD_FILE=/run/voice-secrets/postgres-password");
    expect(isSecretValue(server.inputs.uploads)).toBe(true);
    expect(server.inputs.uploads.value[0].content).toBe(testSecrets.dbAdminPassword);
    expect(containers(runOf("prod")).map((c) => c.inputs.name)).not.toContain(catalogDatabase.name);
  });

  it("creates monitoring_network in dev and looks it up in prod", () => {
    const networkNames = (stack: StackName) => byType(runOf(stack), "docker:index/network:Network").map((n) => n.inputs.name).sort();
    expect(networkNames("dev")).toEqual(["monitoring_network", "voice_assistant_edge", "voice_assistant_network"]);
    expect(networkNames("prod")).toEqual(["voice_assistant_edge", "voice_assistant_network"]);
    expect(byType(runOf("dev"), "docker:index/network:Network").find((n) => n.inputs.name === "voice_assistant_network")?.inputs.internal).toBe(true);
  });

  it("puts the external database's users on the monitoring network in prod", () => {
    for (const service of services.filter((s) => s.usesDatabase))
      expect(containerNamed(runOf("prod"), service.name).inputs.networksAdvanced).toContainEqual({ name: "monitoring_network", aliases: [] });
  });

  it("pushes prod images with a secret registry password and pins them by ID", () => {
    const images = byType(runOf("prod"), "docker:index/image:Image");
    expect(images).toHaveLength(imageFamilies.length);
    for (const image of images) {
      expect(image.inputs.skipPush).toBe(false);
      // The password makes Pulumi treat the whole registry block as secret.
      expect(isSecretValue(image.inputs.registry)).toBe(true);
      expect(image.inputs.registry.value).toEqual({
        server: "registry.voice-host:5000",
        username: "deploy",
        password: testSecrets.registryPassword,
      });
    }
    expect(byType(runOf("prod"), "docker:index/remoteImage:RemoteImage").map((r) => r.name).sort()).toEqual(
      imageFamilies.map((f) => `images-${f}-pinned`).sort(),
    );
    for (const image of byType(runOf("dev"), "docker:index/image:Image")) expect(image.inputs.skipPush).toBe(true);
  });

  it("pulls through the provider's registryAuth, with the password secret, and only where images are pushed", () => {
    const [prodProvider] = byType(runOf("prod"), "pulumi:providers:docker");
    expect(isSecretValue(prodProvider.inputs.registryAuth)).toBe(true);
    // Providers take complex inputs as JSON text.
    expect(JSON.parse(prodProvider.inputs.registryAuth.value)).toEqual([
      { address: "registry.voice-host:5000", username: "deploy", password: testSecrets.registryPassword },
    ]);
    expect(byType(runOf("dev"), "pulumi:providers:docker")[0].inputs.registryAuth).toBeUndefined();
  });
});

describe("jobSucceeded", () => {
  it("hands dependents the job's container once it exited 0", async () => {
    await pulumi.runtime.setMocks(new ResourceCapture(), project, "dev", false);
    const job = new docker.Container("migrate", { name: "migrate", image: "sha256:1", attach: true, mustRun: false });
    await expect(new Promise((resolve) => jobSucceeded(job).apply(resolve))).resolves.toBe(job);
  });

  const urn = "urn:pulumi:dev::voice-assistant::voice:stack:Service$docker:index/container:Container::db-setup";

  it.each<[number | undefined]>([[3], [137], [undefined]])(
    "describes a job that exited with %s, quoting its last 20 log lines and the command that runs it again",
    (exitCode) => {
      const lines = Array.from({ length: 25 }, (_, i) => `migration step ${i + 1}`);
      expect(jobFailure("db-setup", urn, exitCode, `${lines.join("\n")}\n`)).toBe(
        `job db-setup exited with code ${exitCode}; last log lines:\n${lines.slice(5).join("\n")}\n` +
          `Fix the cause, then run it again with: pulumi up --replace '${urn}'`,
      );
    },
  );

  it("finds nothing wrong with a clean exit", () => {
    expect(jobFailure("db-setup", urn, 0, "")).toBeUndefined();
  });

  it("only warns in a preview about a failure an earlier up recorded, so that it does not block every preview", async () => {
    await pulumi.runtime.setMocks(new ResourceCapture({ migrate: 1 }), project, "dev", true);
    const job = new docker.Container("migrate", { name: "migrate", image: "sha256:1", attach: true, mustRun: false });
    await expect(new Promise((resolve) => jobSucceeded(job).apply(resolve))).resolves.toBe(job);
  });
});

describe("living with a deployment", () => {
  it("stops a dev preview whose mounted dist/ is not built, saying what to run", async () => {
    const unbuilt = fs.mkdtempSync(path.join(os.tmpdir(), "voice-unbuilt-"));
    await expect(runProgram("dev", withBuiltSource(stackConfig("dev"), unbuilt))).rejects.toThrow(
      `volumes.source mounts ${path.join(unbuilt, "dist")} into the agents, but ${path.join(unbuilt, "dist/agents-src/main.js")} is not built. ` +
        `Run \`npm ci && npm run build\` in ${unbuilt} first`,
    );
  });

  it("never builds images during a preview", async () => {
    for (const stack of ["dev", "prod"] as const)
      for (const image of byType(await runProgram(stack, withBuiltSource(stackConfig(stack))), "docker:index/image:Image"))
        expect(image.inputs.buildOnPreview).toBe(false);
  });

  it("labels db-setup with a digest of the migrations, so that a new migration replaces (re-runs) it", async () => {
    const run = await runProgram("dev", withBuiltSource(stackConfig("dev")));
    const labels = Object.fromEntries(containerNamed(run, "db-setup").inputs.labels.map((l: { label: string; value: string }) => [l.label, l.value]));
    expect(labels["voice.job.inputs"]).toMatch(/^[0-9a-f]{64}$/);
    expect(containerNamed(run, "coordinator").inputs.labels.map((l: { label: string }) => l.label)).not.toContain("voice.job.inputs");
  });
});

describe("access wiring", () => {
  const envOf = (run: ProgramRun, name: string): string[] => containerNamed(run, name).inputs.envs;
  const uploadedFiles = (run: ProgramRun, name: string): string[] =>
    (containerNamed(run, name).inputs.uploads?.value ?? []).map((u: { file: string }) => u.file);

  it.each(["dev", "prod"] as const)("hands every agent the internal credential as a file, and db-setup the first device token (%s)", async (stack) => {
    const run = await runProgram(stack, withBuiltSource(stackConfig(stack)));
    for (const container of containers(run)) {
      const name = container.inputs.name as string;
      if (name === catalogDatabase.name) continue;
      if (name === "db-setup") {
        expect(uploadedFiles(run, name)).toContain("/run/voice-secrets/first-device-token");
        expect(envOf(run, name)).not.toContain("INTERNAL_TOKEN_FILE=/run/voice-secrets/internal-token");
      } else {
        expect(envOf(run, name)).toContain("INTERNAL_TOKEN_FILE=/run/voice-secrets/internal-token");
        expect(uploadedFiles(run, name)).toContain("/run/voice-secrets/internal-token");
      }
    }
    expect(run.outputs.deviceAccess).toContain("firstDeviceToken");
    expect(JSON.stringify(run.outputs)).not.toContain(testSecrets.firstDeviceToken);
  });

  it("lets the published services answer only to the configured host names and their own", async () => {
    const run = await runProgram("prod", withBuiltSource(stackConfig("prod")));
    expect(envOf(run, "coordinator")).toContain("ALLOWED_HOSTS=localhost,127.0.0.1,coordinator");
    expect(envOf(run, "coordinator")).toContain("ALLOWED_ORIGINS=http://localhost:7000,http://127.0.0.1:7000");
    expect(envOf(run, "memory-orchestrator").some((e) => e.startsWith("ALLOWED_HOSTS="))).toBe(false);
  });

  it("hands pc2 the stack's speech vocabulary, and no other service", async () => {
    const run = await runProgram("prod", withBuiltSource({ ...stackConfig("prod"), [`${project}:speechVocabulary`]: JSON.stringify(["Aoife", "Zhytomyr"]) }));
    expect(envOf(run, "pc2")).toContain("STT_VOCABULARY=Aoife, Zhytomyr");
    expect(envOf(run, "coordinator").some((e) => e.startsWith("STT_VOCABULARY="))).toBe(false);
    const plain = await runProgram("prod", withBuiltSource(stackConfig("prod")));
    expect(envOf(plain, "pc2").some((e) => e.startsWith("STT_VOCABULARY="))).toBe(false);
  });

  it.each([
    ["dev", "http://127.0.0.1:7000/"],
    ["prod", "http://voice-host:7000/"],
  ] as const)("exports the web client's URL and lets its page open the audio WebSocket (%s)", async (stack, webUrl) => {
    const run = await runProgram(stack, withBuiltSource(stackConfig(stack)));
    expect(run.outputs.webUrl).toBe(webUrl);
    expect(envOf(run, "coordinator")).toContain("WEB_AUDIO_PORT=6550");
    const origins = envOf(run, "fused-audio-preprocessor").find((e) => e.startsWith("ALLOWED_ORIGINS="));
    expect(origins?.split("=")[1].split(",")).toContain("http://127.0.0.1:7000");
  });

  it("says how to let a first device in when no token is set", async () => {
    const { [`${project}:firstDeviceToken`]: _omitted, ...config } = stackConfig("prod");
    const run = await runProgram("prod", config);
    expect(run.outputs.deviceAccess).toMatch(/^No firstDeviceToken is set/);
    expect(uploadedFiles(run, "db-setup")).not.toContain("/run/voice-secrets/first-device-token");
  });
});
