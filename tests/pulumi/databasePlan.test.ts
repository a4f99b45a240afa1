import { database as catalogDatabase } from "../../agents-src/kit/catalog";
import { parseStackConfig } from "../../components/config";
import { databaseUrl, planDatabase } from "../../components/database/plan";

const roles = { name: "voice", adminUser: "postgres", appUser: "voice_app", migrationUser: "voice_migrator", adopt: false };
const container = planDatabase({ mode: "container", ...roles, image: "pgvector/pgvector:0.8.0-pg16", hostPort: 15432, hostIp: "127.0.0.1", adminHost: "127.0.0.1" });
const external = planDatabase({ mode: "external", ...roles, host: "shared-postgres", port: 6432, adminHost: "db.lan", adminPort: 5432, sslMode: "verify-full" });

describe("planDatabase", () => {
  it("in container mode, reaches the server by its alias and administers it through the published port", () => {
    expect(container.serviceEndpoint).toEqual({ host: catalogDatabase.name, port: catalogDatabase.port });
    expect(container.adminEndpoint).toEqual({ host: "127.0.0.1", port: 15432 });
    expect(container.sslMode).toBe("disable");
    expect(container.container).toMatchObject({
      name: catalogDatabase.name,
      image: "pgvector/pgvector:0.8.0-pg16",
      env: { POSTGRES_USER: "postgres", POSTGRES_DB: "postgres" },
      user: "postgres",
      port: { containerPort: catalogDatabase.port, hostPort: 15432, hostIp: "127.0.0.1" },
    });
    expect(container.container?.healthcheck.tests).toEqual([
      "CMD",
      "pg_isready",
      "--host=127.0.0.1",
      `--port=${catalogDatabase.port}`,
      "--username=postgres",
    ]);
  });

  it("in external mode, declares no server and keeps the two endpoints apart", () => {
    expect(external.container).toBeUndefined();
    expect(external.serviceEndpoint).toEqual({ host: "shared-postgres", port: 6432 });
    expect(external.adminEndpoint).toEqual({ host: "db.lan", port: 5432 });
    expect(external.sslMode).toBe("verify-full");
  });

  it("administers an external server at its service address unless told otherwise", () => {
    const config = parseStackConfig({
      images: { tag: "1" },
      database: { mode: "external", host: "pg.monitoring" },
      dbAdminPassword: "admin-password-x",
      dbAppPassword: "app-password-xx",
      dbMigrationPassword: "migration-password",
      internalToken: "internal-token-of-thirty-two-chars",
    });
    expect(planDatabase(config.database).adminEndpoint).toEqual({ host: "pg.monitoring", port: catalogDatabase.port });
  });
});

describe("databaseUrl", () => {
  it.each<[string, string, string]>([
    ["voice_app", "plain-password", "postgresql://voice_app:plain-password@postgres:5432/voice?sslmode=disable"],
    ["voice_app", "p@ss/w:rd?#%", "postgresql://voice_app:p%40ss%2Fw%3Ard%3F%23%25@postgres:5432/voice?sslmode=disable"],
  ])("encodes %s / %s so the URL parses back", (user, password, url) => {
    expect(databaseUrl(user, password, container)).toBe(url);
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.password)).toBe(password);
    expect(parsed.pathname).toBe("/voice");
  });

  it("carries the external server's TLS mode", () => {
    expect(databaseUrl("voice_app", "x", external)).toBe("postgresql://voice_app:x@shared-postgres:6432/voice?sslmode=verify-full");
  });
});
