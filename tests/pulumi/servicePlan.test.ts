import * as path from "node:path";
import { catalog, database, peerPubEnvName, peerUrlEnvName, services, type ServiceName } from "../../agents-src/kit/catalog";
import { loadStackConfig, parseStackConfig, readProjectConfig, type StackSettings } from "../../components/config";
import { httpProbe } from "../../components/services/healthcheck";
import { planService, planServices, containerNames } from "../../components/services/plan";
import { jobInputDigests } from "../../components/services/jobInputs";
import { isDeclared } from "../../components/services/declared";
import { deviceRequest, visibleDevices } from "../../components/services/gpu";
import { dockerHostAddress, serviceEndpoint } from "../../components/services/endpoints";
import { planMountSources } from "../../components/volumes/mounts";
import { whisperModel as whisper } from "./configuredModel";
import { project, repoRoot, stackConfig, type StackName } from "./mockedProgram";

const settingsOf = (stack: StackName): StackSettings => loadStackConfig(readProjectConfig(stackConfig(stack), project)).settings;
const dev = settingsOf("dev");
const prod = settingsOf("prod");
const stacks: [StackName, StackSettings][] = [
  ["dev", dev],
  ["prod", prod],
];
const agents = services.filter((s) => !s.job).map((s) => s.name);
const everyServiceInBothStacks = stacks.flatMap(([stack, settings]) =>
  services.map((s) => [s.name, stack, settings] as [ServiceName, StackName, StackSettings]),
);

describe("planService environment", () => {
  it.each(everyServiceInBothStacks)("%s in %s finds itself and every peer by service name", (name, _stack, settings) => {
    const def = catalog[name];
    const env = planService(name, settings, "test").env;
    expect(env.SERVICE_NAME).toBe(name);
    if (def.ports.http !== undefined) {
      expect(env.HTTP_HOST).toBe("0.0.0.0");
      expect(env.HTTP_PORT).toBe(String(def.ports.http));
    }
    if (def.ports.zmqPub !== undefined) expect(env.ZMQ_PUB_PORT).toBe(String(def.ports.zmqPub));
    for (const peer of def.peers) {
      const { http, zmqPub } = catalog[peer].ports;
      // Without a model the llm is not declared, and nothing is told where it would be.
      if (peer === "llm" && !isDeclared(peer, settings)) {
        expect(env[peerUrlEnvName(peer)]).toBeUndefined();
        continue;
      }
      if (http !== undefined) expect(env[peerUrlEnvName(peer)]).toBe(`http://${peer}:${http}`);
      if (zmqPub !== undefined) expect(env[peerPubEnvName(peer)]).toBe(`tcp://${peer}:${zmqPub}`);
    }
    // The predecessor addressed peers as localhost inside containers; nothing may do that here
    // (the names a published service answers to, and the origins it lets browsers call from, are not addresses it calls).
    const { ALLOWED_HOSTS: _answersTo, ALLOWED_ORIGINS: _browsers, ...addressing } = env;
    expect(Object.values(addressing).join(" ")).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(env.LOG_DIR).toBe("/var/log/voice");
    expect(env.LOG_LEVEL).toBe(settings.logLevel);
  });

  it.each(everyServiceInBothStacks)("%s in %s gets the database role it needs", (name, _stack, settings) => {
    const plan = planService(name, settings, "test");
    if (!catalog[name].usesDatabase) expect(plan.database).toBeUndefined();
    else if (catalog[name].job) {
      expect(plan.database).toEqual({ role: "migration", urlEnvName: database.migrationUrlEnvName });
      expect(plan.env[database.appRoleEnvName]).toBe(settings.database.appUser);
    } else {
      expect(plan.database).toEqual({ role: "app", urlEnvName: database.urlEnvName });
      expect(plan.env[database.appRoleEnvName]).toBeUndefined();
    }
  });

  it("applies a service's own log level and extra env", () => {
    const settings = { ...prod, services: { ...prod.services, vad: { ...prod.services.vad!, logLevel: "trace" as const, env: { VAD_THRESHOLD: "0.6" } } } };
    const env = planService("vad", settings, "prod").env;
    expect(env.LOG_LEVEL).toBe("trace");
    expect(env.VAD_THRESHOLD).toBe("0.6");
  });
});

describe("planService health and lifecycle", () => {
  it.each(agents)("%s is probed on its catalog port and health path with bash, not curl", (name) => {
    const plan = planService(name, prod, "prod");
    const [cmd, program, flag, probe] = plan.healthcheck!.tests;
    expect([cmd, program, flag]).toEqual(["CMD", "bash", "-c"]);
    expect(probe).toBe(httpProbe(catalog[name].ports.http!, catalog[name].healthPath!));
    expect(plan.restart).toBe("unless-stopped");
  });

  it("runs db-setup once with no healthcheck and no restart", () => {
    const plan = planService("db-setup", dev, "dev");
    expect(plan.job).toBe(true);
    expect(plan.healthcheck).toBeUndefined();
    expect(plan.restart).toBe("no");
    expect(plan.command).toEqual(["node", "dist/agents-src/main.js", "db-setup"]);
  });

  it.each<[StackName, StackSettings, string[]]>([
    ["dev", dev, ["node", "--watch", "dist/agents-src/main.js", "coordinator"]],
    ["prod", prod, ["node", "dist/agents-src/main.js", "coordinator"]],
  ])("restarts on change only where %s mounts the build", (_stack, settings, command) => {
    expect(planService("coordinator", settings, "x").command).toEqual(command);
  });

  // The prod stack file configures no models, so the models job is not declared and none waits for it.
  it.each(agents)("%s starts after exactly its catalog dependencies", (name) => {
    expect(planService(name, prod, "prod").startsAfter).toEqual(catalog[name].startsAfter.filter((d) => d !== "models"));
  });

  it("plans services in an order where dependencies come first", () => {
    const order = planServices(prod, "prod").map((p) => p.name);
    for (const name of order)
      for (const dependency of catalog[name].startsAfter.filter((d) => d !== "models"))
        expect(order.indexOf(dependency)).toBeLessThan(order.indexOf(name));
    expect(new Set(order)).toEqual(new Set(services.filter((s) => isDeclared(s.name, prod)).map((s) => s.name)));
  });

  it("leaves out disabled services", () => {
    const settings = { ...prod, services: { ...prod.services, dreamworld: { ...prod.services.dreamworld!, enabled: false } } };
    expect(planServices(settings, "prod").map((p) => p.name)).not.toContain("dreamworld");
  });
});

describe("planService ports", () => {
  it.each(agents)("dev publishes every port of %s on 127.0.0.1 with the catalog number", (name) => {
    const { http, zmqPub } = catalog[name].ports;
    const expected = [
      ...(http === undefined ? [] : [{ kind: "http", containerPort: http, hostPort: http, hostIp: "127.0.0.1" }]),
      ...(zmqPub === undefined ? [] : [{ kind: "zmqPub", containerPort: zmqPub, hostPort: zmqPub, hostIp: "127.0.0.1" }]),
    ];
    expect(planService(name, dev, "dev").ports).toEqual(expected);
  });

  it.each(services.map((s) => s.name))("prod publishes %s only if it is client ingress", (name) => {
    const ports = planService(name, prod, "prod").ports;
    if (catalog[name].ingress)
      expect(ports).toEqual([{ kind: "http", containerPort: catalog[name].ports.http, hostPort: catalog[name].ports.http, hostIp: "0.0.0.0" }]);
    else expect(ports).toEqual([]);
  });

  it("publishes on a chosen host port when one is configured", () => {
    const settings = parseStackConfig({
      ...readProjectConfig(stackConfig("prod"), project),
      services: { coordinator: { publish: { http: 8443, hostIp: "10.0.0.5" } } },
    });
    expect(planService("coordinator", settings, "prod").ports).toEqual([
      { kind: "http", containerPort: catalog.coordinator.ports.http, hostPort: 8443, hostIp: "10.0.0.5" },
    ]);
  });
});

describe("planService GPU", () => {
  it.each(everyServiceInBothStacks)("%s in %s gets a GPU request only when the stack grants one to it", (name, stack, settings) => {
    const plan = planService(name, settings, stack);
    const granted = stack === "prod" && catalog[name].gpu === "optional";
    expect(plan.deviceRequests).toEqual(granted ? [{ driver: "nvidia", count: 1, capabilities: ["gpu"] }] : []);
    expect(plan.env.NVIDIA_VISIBLE_DEVICES).toBe(granted ? "0" : undefined);
  });

  const gpu = (over: object) => ({ enabled: true, driver: "nvidia" as const, capabilities: ["gpu"], ...over });
  it.each<[string, object, object, string | undefined]>([
    ["all GPUs by default", {}, { driver: "nvidia", count: -1, capabilities: ["gpu"] }, "all"],
    ["a count", { count: 2 }, { driver: "nvidia", count: 2, capabilities: ["gpu"] }, "0,1"],
    ["device ids", { deviceIds: ["1", "GPU-3a23c669"] }, { driver: "nvidia", deviceIds: ["1", "GPU-3a23c669"], capabilities: ["gpu"] }, "1,GPU-3a23c669"],
    ["CDI devices", { driver: "cdi", deviceIds: ["nvidia.com/gpu=all"] }, { driver: "cdi", deviceIds: ["nvidia.com/gpu=all"], capabilities: ["gpu"] }, undefined],
  ])("requests %s", (_what, over, request, visible) => {
    expect(deviceRequest(gpu(over))).toEqual(request);
    expect(visibleDevices(gpu(over))).toBe(visible);
  });
});

describe("planService storage, networks, labels, limits", () => {
  it.each(everyServiceInBothStacks)("%s in %s mounts logs, config read-only, models only where models run, the dev build into agents", (name, stack, settings) => {
    const mounts = planService(name, settings, stack).mounts;
    expect(mounts).toContainEqual({ key: "logs", target: "/var/log/voice", readOnly: false });
    expect(mounts).toContainEqual({ key: "config", target: "/etc/voice", readOnly: true });
    const models = mounts.filter((m) => m.key === "models");
    if (name === "models") expect(models).toEqual([{ key: "models", target: "/models", readOnly: false }]);
    else expect(models).toEqual(catalog[name].gpu === "optional" ? [{ key: "models", target: "/models", readOnly: true }] : []);
    expect(mounts.some((m) => m.key === "build")).toBe(stack === "dev" && !catalog[name].job);
  });

  it.each(everyServiceInBothStacks)("%s in %s joins the right networks", (name, stack, settings) => {
    const plan = planService(name, settings, stack);
    const byNetwork = Object.fromEntries(plan.networks.map((n) => [n.network, n.aliases]));
    if (name === "models") {
      // It downloads from outside, which the internal network cannot reach, and talks to no agent.
      expect(plan.networks).toEqual([{ network: "edge", aliases: [] }]);
      return;
    }
    expect(byNetwork.internal).toEqual([name]);
    expect("edge" in byNetwork).toBe(plan.ports.length > 0);
    const monitoring = catalog[name].joinsMonitoringNetwork || (stack === "prod" && catalog[name].usesDatabase);
    expect("monitoring" in byNetwork).toBe(monitoring);
  });

  it.each(agents)("labels %s for Prometheus discovery on its HTTP port", (name) => {
    expect(planService(name, prod, "prod").labels).toEqual({
      "voice.stack": "prod",
      "voice.service": name,
      "voice.family": catalog[name].family,
      "prometheus.io/scrape": "true",
      "prometheus.io/port": String(catalog[name].ports.http),
      "prometheus.io/path": "/metrics",
    });
  });

  it.each<[ServiceName, StackSettings, object]>([
    // The provider reads cpus back as "4.0" and swap as the memory it was pinned to.
    ["pc2", prod, { cpus: "4.0", memory: 8192, memorySwap: 8192 }],
    ["task-router", prod, { cpus: "0.5", memory: 256, memorySwap: 256 }],
    ["pc2", dev, {}],
  ])("limits %s as configured", (name, settings, limits) => {
    expect(planService(name, settings, "x").limits).toEqual(limits);
  });

  it.each<[number, string[]]>([
    [1, ["task-router"]],
    [3, ["task-router", "task-router-2", "task-router-3"]],
  ])("names %i replicas", (replicas, names) => {
    expect(containerNames("task-router", replicas)).toEqual(names);
  });

  it("runs every container as the images' non-root user", () => {
    for (const plan of planServices(prod, "prod")) expect(plan.user).toBe("10001:10001");
  });
});

describe("serviceEndpoint", () => {
  it.each<[string, string]>([
    ["unix:///var/run/docker.sock", "127.0.0.1"],
    ["ssh://deploy@voice-host", "voice-host"],
    ["ssh://deploy@voice-host:2222", "voice-host"],
    ["tcp://10.1.2.3:2376", "10.1.2.3"],
  ])("finds the Docker host of %s", (dockerHost, address) => {
    expect(dockerHostAddress(dockerHost)).toBe(address);
  });

  it.each<[StackName, StackSettings, ServiceName, object]>([
    ["prod", prod, "coordinator", { url: "http://coordinator:7000", hostUrl: "http://voice-host:7000", hostPort: 7000, containers: ["coordinator"] }],
    ["prod", prod, "task-router", { url: "http://task-router:7010", containers: ["task-router", "task-router-2"] }],
    ["dev", dev, "vad", { url: "http://vad:6560", pubUrl: "tcp://vad:6561", hostUrl: "http://127.0.0.1:6560", hostPort: 6560, hostPubUrl: "tcp://127.0.0.1:6561", hostPubPort: 6561, containers: ["vad"] }],
    ["dev", dev, "db-setup", { containers: ["db-setup"] }],
  ])("reports where %s's %s listens", (stack, settings, name, endpoint) => {
    expect(serviceEndpoint(planService(name, settings, stack), settings.dockerHost)).toEqual(endpoint);
  });
});

describe("planMountSources", () => {
  it.each<[StackName, StackSettings, object]>([
    [
      "dev",
      dev,
      {
        logs: { type: "volume", source: "voice_dev_logs" },
        config: { type: "volume", source: "voice_dev_config" },
        models: { type: "volume", source: "voice_dev_models" },
        backups: { type: "volume", source: "voice_dev_backups" },
        speakers: { type: "volume", source: "voice_dev_speakers" },
        pgdata: { type: "volume", source: "voice_dev_pgdata" },
        build: { type: "bind", source: path.join(repoRoot, "dist") },
      },
    ],
    [
      "prod",
      prod,
      {
        logs: { type: "bind", source: "/srv/voice-assistant/logs" },
        config: { type: "bind", source: "/srv/voice-assistant/config" },
        models: { type: "bind", source: "/srv/voice-assistant/models" },
        backups: { type: "volume", source: "voice_backups" },
        speakers: { type: "volume", source: "voice_speakers" },
      },
    ],
  ])("%s storage comes from the configured volumes and host paths", (_stack, settings, sources) => {
    expect(planMountSources(settings)).toEqual(sources);
  });
});

describe("the models job in the plan", () => {
  const withModels = (models: unknown[]): StackSettings => ({ ...prod, models: models as StackSettings["models"] });
  const labelOf = (settings: StackSettings) =>
    planServices(settings, "prod", jobInputDigests(settings.models)).find((p) => p.name === "models")?.labels["voice.job.inputs"];

  it("is declared only when models are configured, and pc2 then starts after it", () => {
    const without = planServices(prod, "prod");
    expect(without.map((p) => p.name)).not.toContain("models");
    expect(without.find((p) => p.name === "pc2")?.startsAfter).toEqual([]);
    const order = planServices(withModels([whisper]), "prod").map((p) => p.name);
    expect(order.indexOf("models")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("models")).toBeLessThan(order.indexOf("pc2"));
    expect(planService("pc2", withModels([whisper]), "prod").startsAfter).toEqual(["models"]);
  });

  it("writes the models volume as the non-root user, once, with the list in its environment", () => {
    const plan = planService("models", withModels([whisper]), "prod");
    expect(plan).toMatchObject({ job: true, restart: "no", user: "10001:10001", receivesModelsToken: true, deviceRequests: [] });
    expect(plan.healthcheck).toBeUndefined();
    expect(plan.mounts).toContainEqual({ key: "models", target: "/models", readOnly: false });
    expect(plan.env.MODELS_DIR).toBe("/models");
    expect(JSON.parse(plan.env.MODELS_MANIFEST)).toEqual([whisper]);
    expect(plan.command).toEqual(["node", "dist/agents-src/main.js", "models"]);
    const pc2 = planService("pc2", withModels([whisper]), "prod");
    expect(pc2.mounts).toContainEqual({ key: "models", target: "/models", readOnly: true });
    // Enrolment writes users' voices: its own volume, read-write, where pc2 is told to keep them.
    expect(pc2.mounts).toContainEqual({ key: "speakers", target: "/var/lib/voice/speakers", readOnly: false });
    expect(pc2.env.STT_SPEAKER_MODELS_DIR).toBe("/var/lib/voice/speakers");
    expect(pc2.receivesModelsToken).toBe(false);
    expect(pc2.env.MODELS_MANIFEST).toBeUndefined();
  });

  const otherChecksum = { ...whisper, files: [whisper.files[0], { ...whisper.files[1], sha256: "3".repeat(64) }] };
  const otherRevision = { ...whisper, source: { huggingFace: { ...whisper.source.huggingFace, revision: "4567def" } } };
  const oneMoreFile = { ...whisper, files: [...whisper.files, { path: "tokenizer.json", sha256: "5".repeat(64) }] };
  const secondModel = { ...whisper, target: "minilm", source: { url: "https://models.example.lan/minilm/" } };
  it.each([
    ["a changed checksum", [otherChecksum]],
    ["a changed revision", [otherRevision]],
    ["one more file", [oneMoreFile]],
    ["one more model", [whisper, secondModel]],
  ])("carries a label digest that changes with %s, so the job runs again", (_what, models) => {
    const before = labelOf(withModels([whisper]));
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(labelOf(withModels([whisper]))).toBe(before);
    expect(labelOf(withModels(models))).not.toBe(before);
  });

  it("refuses a disabled models job while pc2 waits for it", () => {
    const raw = { ...readProjectConfig(stackConfig("prod"), project), models: [whisper], services: { models: { enabled: false } } };
    expect(() => parseStackConfig(raw)).toThrow(/pc2 starts after models: disable pc2 too, or keep models enabled/);
  });
});
