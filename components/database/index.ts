import * as docker from "@pulumi/docker";
import * as postgresql from "@pulumi/postgresql";
import * as pulumi from "@pulumi/pulumi";
import type { RestartPolicy } from "../config";
import { dockerLabels } from "../labels";
import type { NetworkKey } from "../network/attachments";
import { containerBaseline, envList } from "../services/baseline";
import { secretFile } from "../services/secretFiles";
import { mountTargets, resolveMount, type MountSources } from "../volumes";
import type { DatabaseRole } from "./access";
import { databaseUrl, type DatabasePlan, type PostgresContainerPlan } from "./plan";

export * from "./access";
export * from "./plan";

export interface DatabaseArgs {
  plan: DatabasePlan;
  passwords: Record<DatabaseRole | "admin", pulumi.Input<string>>;
  networks: Record<NetworkKey, pulumi.Input<string>>;
  mounts: MountSources;
  restart: RestartPolicy;
  stack: string;
  /** Keep the database and its roles when the stack is destroyed (stack config `protectData`). */
  protectData: boolean;
}

/**
 * Roles and databases are created with plain CREATE ROLE / CREATE DATABASE, which fail when the
 * object exists (cyrilgdn/terraform-provider-postgresql, resourcePostgreSQLRoleCreate and
 * resourcePostgreSQLDatabaseCreate); grants revoke then grant, and the extension is created
 * IF NOT EXISTS, so only these two need adopting. Both import by name (ImportStatePassthrough). A
 * role's password hash cannot be compared with the declared one on import, so it is left as kept.
 */
function adoption(plan: DatabasePlan, id: string, unreadable: string[] = []): pulumi.CustomResourceOptions {
  return plan.adopt ? { import: id, ignoreChanges: unreadable } : {};
}

/**
 * PostgreSQL for the stack: the server itself in container mode, then, in both modes, the
 * database, its roles, grants and the vector extension through an explicit provider.
 */
export class Database extends pulumi.ComponentResource {
  /** Connection URL of each application role, as the containers reach the server: secrets. */
  readonly urls: Record<DatabaseRole, pulumi.Output<string>>;

  constructor(name: string, args: DatabaseArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Database", name, {}, opts);
    const { plan, passwords } = args;
    const server = plan.container && this.server(`${name}-server`, plan.container, args);
    const provider = new postgresql.Provider(
      `${name}-admin`,
      {
        host: plan.adminEndpoint.host,
        port: plan.adminEndpoint.port,
        username: plan.users.admin,
        password: passwords.admin,
        database: "postgres",
        sslmode: plan.sslMode,
        connectTimeout: 30,
      },
      { parent: this, dependsOn: server ? [server] : [] },
    );
    // Without retainOnDelete a destroy would DROP DATABASE before the server stops, whatever
    // happens to its volume.
    const objectOpts = { parent: this, provider, retainOnDelete: args.protectData };
    const role = (key: DatabaseRole) =>
      new postgresql.Role(
        `${name}-${key}-role`,
        { name: plan.users[key], login: true, password: passwords[key] },
        { ...objectOpts, ...adoption(plan, plan.users[key], ["password"]) },
      );
    const roles = { app: role("app"), migration: role("migration") };
    // Owning the database gives the migration role the public schema (pg_database_owner) and no more.
    const database = new postgresql.Database(
      `${name}-db`,
      { name: plan.name, owner: roles.migration.name },
      { ...objectOpts, ...adoption(plan, plan.name) },
    );
    new postgresql.Grant(
      `${name}-app-connect`,
      { database: database.name, role: roles.app.name, objectType: "database", privileges: ["CONNECT"] },
      objectOpts,
    );
    // New databases let every role connect; only the stack's roles should.
    new postgresql.Grant(
      `${name}-public-revoke`,
      { database: database.name, role: "public", objectType: "database", privileges: [] },
      objectOpts,
    );
    // Creating an extension needs a superuser, which neither application role is.
    new postgresql.Extension(`${name}-vector`, { name: "vector", database: database.name }, objectOpts);
    const url = (key: DatabaseRole) =>
      pulumi.all([roles[key].name, passwords[key]]).apply(([user, password]) => databaseUrl(user, password, plan));
    this.urls = { app: url("app"), migration: url("migration") };
    this.registerOutputs({ urls: this.urls });
  }

  private server(name: string, plan: PostgresContainerPlan, args: DatabaseArgs): docker.Container {
    const adminPassword = secretFile("POSTGRES_PASSWORD", args.passwords.admin);
    const image = new docker.RemoteImage(`${name}-image`, { name: plan.image, keepLocally: true }, { parent: this });
    return new docker.Container(
      name,
      {
        ...containerBaseline,
        name: plan.name,
        image: image.imageId,
        user: plan.user,
        // The image's entrypoint reads POSTGRES_PASSWORD_FILE the same way the agents read NAME_FILE.
        envs: [...envList(plan.env), adminPassword.env],
        uploads: [adminPassword.upload],
        labels: dockerLabels({ "voice.stack": args.stack, "voice.service": plan.name }),
        networksAdvanced: [
          { name: args.networks.internal, aliases: [plan.name] },
          // Published for the Pulumi postgresql provider; an internal network cannot publish.
          { name: args.networks.edge, aliases: [] },
        ],
        mounts: [{ ...resolveMount(args.mounts, "pgdata"), target: mountTargets.pgdata, readOnly: false }],
        ports: [{ internal: plan.port.containerPort, external: plan.port.hostPort, ip: plan.port.hostIp }],
        healthcheck: plan.healthcheck,
        wait: true,
        waitTimeout: 120,
        restart: args.restart,
      },
      { parent: this },
    );
  }
}
