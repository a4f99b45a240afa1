import { services, type ServiceName } from "../../agents-src/kit/catalog";
import { loadStackConfig, readProjectConfig, type StackSettings } from "../../components/config";
import { planService } from "../../components/services/plan";
import { mountTargets } from "../../components/volumes/mounts";
import {
  byType,
  containerNamed,
  isSecretValue,
  project,
  runProgram,
  stackConfig,
  testSecrets,
  withBuiltSource,
  type ProgramRun,
  type StackName,
} from "./mockedProgram";

const settingsOf = (stack: StackName, overrides: Record<string, string> = {}): StackSettings =>
  loadStackConfig(readProjectConfig({ ...stackConfig(stack), ...overrides }, project)).settings;

describe("the backup service's plan", () => {
  it.each<[string, StackName, Record<string, string>, { interval: string; keep: string; volume: string }]>([
    ["the dev stack file", "dev", {}, { interval: String(6 * 60 * 60 * 1000), keep: "28", volume: "voice_dev_backups" }],
    ["the prod stack file", "prod", {}, { interval: String(360 * 60 * 1000), keep: "28", volume: "voice_backups" }],
    ["a stack that sets its own schedule", "prod", { [`${project}:backups`]: JSON.stringify({ intervalMinutes: 30, keep: 3 }) }, { interval: "1800000", keep: "3", volume: "voice_backups" }],
  ])("%s: schedule from stack config, the backups volume read-write, the app role's URL as a secret file", (_what, stack, overrides, expected) => {
    const settings = settingsOf(stack, overrides);
    const plan = planService("backup", settings, stack);
    expect(plan.env).toMatchObject({ BACKUP_DIR: "/var/backups/voice", BACKUP_INTERVAL_MS: expected.interval, BACKUP_KEEP: expected.keep, HTTP_PORT: "7120" });
    expect(plan.env.DATABASE_URL).toBeUndefined();
    expect(plan.database).toEqual({ role: "app", urlEnvName: "DATABASE_URL" });
    expect(plan.mounts).toContainEqual({ key: "backups", target: mountTargets.backups, readOnly: false });
    // The users' speaker models go into every backup: pc2's volume, read-only, where the service is told to look.
    expect(plan.mounts).toContainEqual({ key: "speakers", target: mountTargets.speakers, readOnly: true });
    expect(plan.env.STT_SPEAKER_MODELS_DIR).toBe(mountTargets.speakers);
    expect(plan.user).toBe("10001:10001");
    // The same user that writes them in pc2, so the files pc2 writes (and a restore run with --user 10001:10001) are readable here.
    expect(plan.user).toBe(planService("pc2", settings, stack).user);
    expect(plan.healthcheck?.tests[3]).toContain("/dev/tcp/127.0.0.1/7120 ");
    expect(plan.healthcheck?.tests[3]).toContain("GET /health ");
    expect(plan.containerNames).toEqual(["backup"]);
    expect(plan.startsAfter).toEqual(["db-setup"]);
    expect(settings.volumes.backups).toEqual({ type: "volume", name: expected.volume });
  });

  it.each<StackName>(["dev", "prod"])("in %s, mounts the backups volume into the backup service only", (stack) => {
    const settings = settingsOf(stack);
    const withBackups = services
      .filter((s) => planService(s.name, settings, stack).mounts.some((m) => m.key === "backups"))
      .map((s) => s.name);
    expect(withBackups).toEqual<ServiceName[]>(["backup"]);
  });

  it.each<[StackName, ServiceName, boolean | undefined]>([
    ["dev", "pc2", false],
    ["dev", "backup", true],
    ["dev", "memory-orchestrator", undefined],
    ["dev", "coordinator", undefined],
    ["prod", "pc2", false],
    ["prod", "backup", true],
    ["prod", "dreamworld", undefined],
    ["prod", "unified-memory-reasoning", undefined],
  ])("in %s, %s sees the speakers volume read-only: %s (undefined: not at all)", (stack, name, readOnly) => {
    const plan = planService(name, settingsOf(stack), stack);
    expect(plan.mounts.find((m) => m.key === "speakers")?.readOnly).toBe(readOnly);
    expect(plan.env.STT_SPEAKER_MODELS_DIR).toBe(readOnly === undefined ? undefined : mountTargets.speakers);
  });

  it.each<StackName>(["dev", "prod"])("in %s, only pc2 and the backup service see the speakers volume", (stack) => {
    const settings = settingsOf(stack);
    const withSpeakers = services.filter((s) => planService(s.name, settings, stack).mounts.some((m) => m.key === "speakers")).map((s) => s.name);
    expect(withSpeakers.sort()).toEqual<ServiceName[]>(["backup", "pc2"]);
  });
});

describe("the backup container, as the program declares it", () => {
  const runs: Partial<Record<StackName, ProgramRun>> = {};
  beforeAll(async () => {
    runs.dev = await runProgram("dev", withBuiltSource(stackConfig("dev")));
    runs.prod = await runProgram("prod", stackConfig("prod"));
  });

  it.each<[StackName, string]>([
    ["dev", "voice_dev_backups"],
    ["prod", "voice_backups"],
  ])("%s: a named volume %s on /var/backups/voice, non-root, health-checked, secrets as files", (stack, volume) => {
    const run = runs[stack] as ProgramRun;
    const volumes = byType(run, "docker:index/volume:Volume").filter((v) => v.name === "volumes-backups");
    expect(volumes.map((v) => v.inputs.name)).toEqual([volume]);
    // Kept through destroy wherever the data is (prod's protectData), like pgdata.
    expect(volumes[0].options.retainOnDelete).toBe(stack === "prod");

    const { inputs } = containerNamed(run, "backup");
    expect(inputs.mounts).toContainEqual({ type: "volume", source: volume, target: "/var/backups/voice", readOnly: false });
    // pc2's speakers volume, the same Docker volume that pc2 writes, read-only here.
    const speakers = volume.replace("backups", "speakers");
    expect(inputs.mounts).toContainEqual({ type: "volume", source: speakers, target: "/var/lib/voice/speakers", readOnly: true });
    expect(containerNamed(run, "pc2").inputs.mounts).toContainEqual({ type: "volume", source: speakers, target: "/var/lib/voice/speakers", readOnly: false });
    expect(inputs.envs).toContain("STT_SPEAKER_MODELS_DIR=/var/lib/voice/speakers");
    expect(inputs.user).toBe("10001:10001");
    expect(inputs.command).toEqual(expect.arrayContaining(["dist/agents-src/main.js", "backup"]));
    expect(inputs.healthcheck.tests[3]).toContain("/dev/tcp/127.0.0.1/7120 ");
    expect(inputs.wait).toBe(true);
    expect(inputs.envs).toEqual(expect.arrayContaining(["BACKUP_DIR=/var/backups/voice", "BACKUP_KEEP=28", "DATABASE_URL_FILE=/run/voice-secrets/database-url", "INTERNAL_TOKEN_FILE=/run/voice-secrets/internal-token"]));
    const plain = JSON.stringify(inputs.envs);
    expect(plain).not.toContain(testSecrets.dbAppPassword);
    expect(plain).not.toContain(encodeURIComponent(testSecrets.dbAppPassword));
    expect(isSecretValue(inputs.uploads)).toBe(true);
    const databaseUrl = inputs.uploads.value.find((u: { file: string }) => u.file === "/run/voice-secrets/database-url");
    // The app role: it reads every table and can change no schema.
    expect(databaseUrl.content).toMatch(/^postgresql:\/\/voice_app:/);
  });

  it("gives the prod backup container a memory limit", () => {
    expect(containerNamed(runs.prod as ProgramRun, "backup").inputs).toMatchObject({ memory: 256, memorySwap: 256, cpus: "0.5" });
  });
});
