import { database as catalogDatabase } from "../../agents-src/kit/catalog";
import type { DatabaseSettings } from "../config";
import type { PortBinding } from "../config/publishedPorts";
import type { HealthcheckPlan } from "../services/healthcheck";
import type { DatabaseRole } from "./access";

interface Endpoint {
  host: string;
  port: number;
}

export interface PostgresContainerPlan {
  name: string;
  image: string;
  env: Record<string, string>;
  /** The official image's entrypoint runs as this user when the data directory is its own. */
  user: string;
  port: PortBinding;
  healthcheck: HealthcheckPlan;
}

export interface DatabasePlan {
  name: string;
  users: Record<DatabaseRole | "admin", string>;
  /** How containers reach PostgreSQL. */
  serviceEndpoint: Endpoint;
  /** How the machine running Pulumi reaches PostgreSQL to create the database objects. */
  adminEndpoint: Endpoint;
  sslMode: string;
  /** Adopt a database and roles that already exist instead of creating them. */
  adopt: boolean;
  container?: PostgresContainerPlan;
}

/** `pg_isready` over TCP: during initdb the server listens on its socket only, and is not ready. */
function postgresHealthcheck(adminUser: string): HealthcheckPlan {
  return {
    tests: ["CMD", "pg_isready", "--host=127.0.0.1", `--port=${catalogDatabase.port}`, `--username=${adminUser}`],
    // pg_isready is a small C client: probing often costs little and lets db-setup start sooner.
    interval: "2s",
    timeout: "2s",
    retries: 10,
    startPeriod: "50s",
  };
}

export function planDatabase(db: DatabaseSettings): DatabasePlan {
  const users = { admin: db.adminUser, app: db.appUser, migration: db.migrationUser };
  if (db.mode === "external") {
    return {
      name: db.name,
      users,
      serviceEndpoint: { host: db.host, port: db.port },
      adminEndpoint: { host: db.adminHost ?? db.host, port: db.adminPort ?? db.port },
      sslMode: db.sslMode,
      adopt: db.adopt,
    };
  }
  return {
    name: db.name,
    users,
    serviceEndpoint: { host: catalogDatabase.name, port: catalogDatabase.port },
    adminEndpoint: { host: db.adminHost, port: db.hostPort },
    // Traffic stays on the Docker host: the internal network, or the port published on hostIp.
    sslMode: "disable",
    adopt: db.adopt,
    container: {
      name: catalogDatabase.name,
      image: db.image,
      env: { POSTGRES_USER: db.adminUser, POSTGRES_DB: "postgres" },
      user: "postgres",
      port: { containerPort: catalogDatabase.port, hostPort: db.hostPort, hostIp: db.hostIp },
      healthcheck: postgresHealthcheck(db.adminUser),
    },
  };
}

export function databaseUrl(user: string, password: string, plan: DatabasePlan): string {
  const { host, port } = plan.serviceEndpoint;
  const credentials = `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;
  return `postgresql://${credentials}@${host}:${port}/${plan.name}?sslmode=${plan.sslMode}`;
}
