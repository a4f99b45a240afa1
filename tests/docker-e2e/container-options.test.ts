import { planContainerRun, type ContainerInputs } from "../../scripts/docker-e2e/container-options";
import { durationNanoseconds, revealSecrets } from "../../scripts/docker-e2e/declared-inputs";
import { containerNamed, containers, runProgram, stackConfig, testSecrets, withBuiltSource, type ProgramRun } from "../pulumi/mockedProgram";

/**
 * The docker e2e run (npm run test:docker) needs root and minutes; what it sends the Engine for
 * each declared container is checked here against the dev program, without Docker.
 */
let dev: ProgramRun;
let prod: ProgramRun;
beforeAll(async () => {
  dev = await runProgram("dev", withBuiltSource(stackConfig("dev")));
  prod = await runProgram("prod", stackConfig("prod"));
});

const declared = (name: string, run = dev) => revealSecrets(containerNamed(run, name).inputs) as ContainerInputs;

describe("durationNanoseconds", () => {
  it.each([
    ["10s", 10e9],
    ["1m30s", 90e9],
    ["500ms", 5e8],
    ["1.5s", 1.5e9],
  ])("%s is %d ns", (text, nanoseconds) => {
    expect(durationNanoseconds(text)).toBe(nanoseconds);
  });

  it.each(["10", "5x", "s10", "10s "])("refuses %j", (text) => {
    expect(() => durationNanoseconds(text)).toThrow(/not a duration/);
  });
});

describe("planContainerRun against the program's declared containers", () => {
  it.each(["dev", "prod"] as const)("translates every container the %s program declares", (stack) => {
    for (const container of containers(stack === "dev" ? dev : prod))
      expect(() => planContainerRun(revealSecrets(container.inputs) as ContainerInputs)).not.toThrow();
  });

  it("asks for the GPU and sets limits exactly where the prod stack does", () => {
    const pc2 = planContainerRun(declared("pc2", prod)).create.HostConfig!;
    expect(pc2.DeviceRequests).toEqual([{ Driver: "nvidia", Count: 1, Capabilities: [["gpu"]] }]);
    expect(pc2).toMatchObject({ NanoCpus: 4e9, Memory: 8192 * 1024 * 1024, MemorySwap: 8192 * 1024 * 1024 });
    expect(planContainerRun(declared("pc2")).create.HostConfig!.DeviceRequests).toEqual([]);
  });

  it("refuses an input it does not translate instead of dropping it", () => {
    expect(() => planContainerRun({ ...declared("coordinator"), shmSize: 64 })).toThrow(/shmSize/);
    const mounts = [{ ...declared("coordinator").mounts![0], tmpfsOptions: { sizeBytes: 1 } }];
    expect(() => planContainerRun({ ...declared("coordinator"), mounts })).toThrow(/mounts: .*tmpfsOptions/);
  });

  it("publishes, attaches and checks the coordinator as declared", () => {
    const run = planContainerRun(declared("coordinator"));
    const host = run.create.HostConfig!;
    expect(host.PortBindings).toEqual({ "7000/tcp": [{ HostIp: "127.0.0.1", HostPort: "7000" }] });
    expect(host.NetworkMode).toBe("voice_assistant_network");
    expect(run.create.NetworkingConfig?.EndpointsConfig?.voice_assistant_network.Aliases).toEqual(["coordinator"]);
    expect(run.laterNetworks).toEqual([{ name: "voice_assistant_edge", aliases: [] }]);
    expect(run.create.Healthcheck).toMatchObject({ Interval: 2e9, Timeout: 2e9, Retries: 3, StartPeriod: 50e9 });
    expect(host).toMatchObject({ CapDrop: ["ALL"], Init: true, Privileged: false, RestartPolicy: { Name: "on-failure" } });
    expect(host.DeviceRequests).toEqual([]);
    expect(run.create.User).toBe("10001:10001");
    expect(run.completion).toEqual({ kind: "healthy", timeoutSeconds: 180 });
  });

  it("runs db-setup to its exit with its logs, and uploads the migration URL, password in plain text, before the start", () => {
    const run = planContainerRun(declared("db-setup"));
    expect(run.completion).toEqual({ kind: "exit", collectLogs: true });
    expect(run.create.Healthcheck).toBeUndefined();
    expect(run.create.Env).toContain("MIGRATION_DATABASE_URL_FILE=/run/voice-secrets/migration-database-url");
    expect(run.uploads).toEqual([
      { file: "/run/voice-secrets/migration-database-url", content: expect.stringContaining(encodeURIComponent(testSecrets.dbMigrationPassword)), mode: 0o444 },
      { file: "/run/voice-secrets/first-device-token", content: testSecrets.firstDeviceToken, mode: 0o444 },
    ]);
  });
});
