import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { catalog, ServiceName, serviceNames } from "../../agents-src/kit/catalog";
import { agentModules } from "../../agents-src/main";
import { planServices, webClientUrl } from "../../agents-src/launcher/service-plan";
import { formatServiceTable } from "../../agents-src/launcher/service-table";

describe("planServices", () => {
  let root: string;
  const built: ServiceName[] = ["coordinator", "task-router", "health-monitor", "session-memory", "db-setup"];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "launcher-plan-"));
    for (const name of built) {
      const file = join(root, `${agentModules[name]}.js`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, "");
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const plan = () => planServices({ agentsRoot: root, moduleExtension: ".js", databaseUrl: "postgres://db.test/voice", backupDir: "/state/backups", speakersDir: "/state/speakers" });

  it("lists every catalog service in start order, marking what is not built", () => {
    const services = plan();
    // No model list is configured, so there is nothing for the models job to do.
    expect(services.map((s) => s.name).sort()).toEqual(serviceNames.filter((n) => n !== "models").sort());
    for (const s of services) expect(s.built).toBe(built.includes(s.name));
    const order = services.map((s) => s.name);
    for (const s of services) for (const dep of catalog[s.name].startsAfter) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(s.name));
  });

  it("gives each service the catalog's environment on loopback, and the database only to its users", () => {
    const byName = new Map(plan().map((s) => [s.name, s]));
    const coordinator = byName.get("coordinator");
    expect(coordinator?.env).toMatchObject({ HTTP_HOST: "127.0.0.1", HTTP_PORT: "7000", TASK_ROUTER_URL: "http://127.0.0.1:7010", VAD_PUB_URL: "tcp://127.0.0.1:6561" });
    expect(coordinator?.env.DATABASE_URL).toBeUndefined();
    expect(coordinator?.url).toBe("http://127.0.0.1:7000");
    expect(byName.get("session-memory")?.env.DATABASE_URL).toBe("postgres://db.test/voice");
    expect(byName.get("db-setup")?.env).toMatchObject({ MIGRATION_DATABASE_URL: "postgres://db.test/voice" });
    expect(byName.get("db-setup")?.url).toBeUndefined();
    // The backup service writes into the local state directory; no other service gets it.
    expect(byName.get("backup")?.env).toMatchObject({ BACKUP_DIR: "/state/backups", DATABASE_URL: "postgres://db.test/voice", HTTP_PORT: "7120" });
    expect([...byName.values()].filter((s) => s.env.BACKUP_DIR !== undefined).map((s) => s.name)).toEqual(["backup"]);
    // pc2 keeps users' adapted voices in the state directory too; the backup service reads the same
    // folder into its backups, and no other service is given it.
    expect(
      [...byName.values()].filter((s) => s.env.STT_SPEAKER_MODELS_DIR !== undefined).map((s) => [s.name, s.env.STT_SPEAKER_MODELS_DIR]).sort(),
    ).toEqual([["backup", "/state/speakers"], ["pc2", "/state/speakers"]]);
  });

  it("runs the models job before pc2 when a model list is configured, without a database URL", () => {
    const services = planServices({ agentsRoot: root, moduleExtension: ".js", databaseUrl: "postgres://db.test/voice", backupDir: "/state/backups", speakersDir: "/state/speakers", provisionModels: true });
    const order = services.map((s) => s.name);
    expect(order.indexOf("models")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("models")).toBeLessThan(order.indexOf("pc2"));
    const job = services.find((s) => s.name === "models");
    expect(job).toMatchObject({ job: true, built: false });
    expect(job?.env.MIGRATION_DATABASE_URL).toBeUndefined();
    expect(job?.env.DATABASE_URL).toBeUndefined();
  });

  it("has the health monitor watch only the services that run", () => {
    const monitor = plan().find((s) => s.name === "health-monitor");
    expect(monitor?.env.HEALTH_SERVICES?.split(",").sort()).toEqual(["coordinator", "session-memory", "task-router"]);
  });

  it("lets the web client's page, served by the coordinator, call the client-facing services", () => {
    const services = plan();
    const origins = "http://127.0.0.1:7000,http://localhost:7000";
    expect(services.find((s) => s.name === "coordinator")?.env.ALLOWED_ORIGINS).toBe(origins);
    expect(services.find((s) => s.name === "fused-audio-preprocessor")?.env.ALLOWED_ORIGINS).toBe(origins);
    expect(services.find((s) => s.name === "memory-orchestrator")?.env.ALLOWED_ORIGINS).toBeUndefined();
    expect(webClientUrl(services)).toBe("http://127.0.0.1:7000/");
    expect(webClientUrl(services.filter((s) => s.name !== "coordinator"))).toBeUndefined();
  });

  it("moves every port when asked", () => {
    const moved = planServices({
      agentsRoot: root,
      moduleExtension: ".js",
      databaseUrl: "postgres://db.test/voice",
      backupDir: "/state/backups", speakersDir: "/state/speakers",
      portsOf: (s) => ({ http: (catalog[s].ports.http ?? 0) + 20000, zmqPub: catalog[s].ports.zmqPub && catalog[s].ports.zmqPub + 20000 }),
    });
    const coordinator = moved.find((s) => s.name === "coordinator");
    expect(coordinator?.url).toBe("http://127.0.0.1:27000");
    expect(coordinator?.env.VAD_PUB_URL).toBe("tcp://127.0.0.1:26561");
  });
});

describe("formatServiceTable", () => {
  it("aligns service, state and URL in columns", () => {
    const table = formatServiceTable([
      { service: { name: "task-router", built: true, job: false, ports: {}, env: {}, url: "http://127.0.0.1:7010" }, state: "ready" },
      { service: { name: "db-setup", built: true, job: true, ports: {}, env: {} }, state: "completed" },
      { service: { name: "vad", built: false, job: false, ports: {}, env: {}, url: "http://127.0.0.1:6560" }, state: "not built" },
    ]);
    expect(table.split("\n")).toEqual([
      "SERVICE      STATE      URL",
      "task-router  ready      http://127.0.0.1:7010",
      "db-setup     completed  -",
      "vad          not built  http://127.0.0.1:6560",
    ]);
  });
});
