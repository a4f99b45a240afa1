import type * as postgresql from "@pulumi/postgresql";
import type * as pulumi from "@pulumi/pulumi";
import { Client, escapeIdentifier as id, escapeLiteral as literal, type ClientConfig } from "pg";
import { assertOnlyKeys, required } from "./declared-inputs";

export type PostgresProviderInputs = pulumi.Unwrap<postgresql.ProviderArgs>;
type RoleInputs = pulumi.Unwrap<postgresql.RoleArgs>;
type DatabaseInputs = pulumi.Unwrap<postgresql.DatabaseArgs>;
type GrantInputs = pulumi.Unwrap<postgresql.GrantArgs>;
type ExtensionInputs = pulumi.Unwrap<postgresql.ExtensionArgs>;

/** How the program's explicit `postgresql.Provider` reaches the server: the same for our SQL. */
function providerConnection(inputs: PostgresProviderInputs): ClientConfig {
  assertOnlyKeys(inputs, ["host", "port", "username", "password", "database", "sslmode", "connectTimeout"], "postgresql provider");
  return {
    host: inputs.host,
    port: inputs.port,
    user: inputs.username,
    password: inputs.password,
    database: inputs.database,
    ssl: inputs.sslmode === "disable" ? false : { rejectUnauthorized: inputs.sslmode !== "require" },
    connectionTimeoutMillis: (inputs.connectTimeout ?? 180) * 1000,
  };
}

async function execute(connection: ClientConfig, statements: string[], database?: string): Promise<void> {
  const client = new Client({ ...connection, database: database ?? connection.database });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

const grantee = (role: string) => (role === "public" ? "PUBLIC" : id(role));

/** The SQL each declared @pulumi/postgresql resource stands for, run as the provider's admin. */
const postgresObjects = {
  "postgresql:index/role:Role": async (inputs: RoleInputs, connection: ClientConfig) => {
    assertOnlyKeys(inputs, ["name", "login", "password"], `role ${inputs.name}`);
    const password = inputs.password === undefined ? "" : ` PASSWORD ${literal(inputs.password)}`;
    await execute(connection, [`CREATE ROLE ${id(required(inputs.name, "a role's name"))} WITH ${inputs.login ? "LOGIN" : "NOLOGIN"}${password}`]);
  },
  "postgresql:index/database:Database": async (inputs: DatabaseInputs, connection: ClientConfig) => {
    assertOnlyKeys(inputs, ["name", "owner"], `database ${inputs.name}`);
    const owner = inputs.owner === undefined ? "" : ` OWNER ${id(inputs.owner)}`;
    await execute(connection, [`CREATE DATABASE ${id(required(inputs.name, "a database's name"))}${owner}`]);
  },
  // The provider makes a grant exact: it revokes everything first, then grants the listed privileges.
  "postgresql:index/grant:Grant": async (inputs: GrantInputs, connection: ClientConfig) => {
    assertOnlyKeys(inputs, ["database", "role", "objectType", "privileges"], `grant on ${inputs.database}`);
    if (inputs.objectType !== "database") throw new Error(`grant objectType ${inputs.objectType} is not translated`);
    const unknown = inputs.privileges.filter((p) => !/^[A-Z]+$/.test(p));
    if (unknown.length > 0) throw new Error(`grant privileges ${unknown.join(", ")} are not SQL privilege keywords`);
    const on = `ON DATABASE ${id(inputs.database)}`;
    const statements = [`REVOKE ALL PRIVILEGES ${on} FROM ${grantee(inputs.role)}`];
    if (inputs.privileges.length > 0) statements.push(`GRANT ${inputs.privileges.join(", ")} ${on} TO ${grantee(inputs.role)}`);
    await execute(connection, statements);
  },
  "postgresql:index/extension:Extension": async (inputs: ExtensionInputs, connection: ClientConfig) => {
    assertOnlyKeys(inputs, ["name", "database"], `extension ${inputs.name}`);
    // resourcePostgreSQLExtensionCreate: CREATE EXTENSION IF NOT EXISTS.
    await execute(connection, [`CREATE EXTENSION IF NOT EXISTS ${id(required(inputs.name, "an extension's name"))}`], inputs.database);
  },
};

type PostgresObjectType = keyof typeof postgresObjects;

/** What each object's Delete runs: DROP ROLE, DROP DATABASE, a revoke, DROP EXTENSION. */
const dropStatements: Record<PostgresObjectType, (inputs: any) => { sql: string; database?: string }> = {
  "postgresql:index/role:Role": (inputs: RoleInputs) => ({ sql: `DROP ROLE IF EXISTS ${id(inputs.name!)}` }),
  "postgresql:index/database:Database": (inputs: DatabaseInputs) => ({ sql: `DROP DATABASE IF EXISTS ${id(inputs.name!)} WITH (FORCE)` }),
  "postgresql:index/grant:Grant": (inputs: GrantInputs) => ({ sql: `REVOKE ALL PRIVILEGES ON DATABASE ${id(inputs.database)} FROM ${grantee(inputs.role)}` }),
  "postgresql:index/extension:Extension": (inputs: ExtensionInputs) => ({ sql: `DROP EXTENSION IF EXISTS ${id(inputs.name!)}`, database: inputs.database }),
};

/** Where an import by name looks: the provider's Read of a role or database finds it in these catalogs. */
const importLookups: Partial<Record<PostgresObjectType, string>> = {
  "postgresql:index/role:Role": "SELECT 1 FROM pg_roles WHERE rolname = $1",
  "postgresql:index/database:Database": "SELECT 1 FROM pg_database WHERE datname = $1",
};

export const isPostgresObject = (type: string): type is PostgresObjectType => Object.hasOwn(postgresObjects, type);

/**
 * One declared provider. Its objects are created one at a time: two privilege changes on one
 * database at once fail with "tuple concurrently updated", which the provider avoids with locks.
 */
export class PostgresAdmin {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly connection: ClientConfig;

  constructor(provider: PostgresProviderInputs) {
    this.connection = providerConnection(provider);
  }

  create(type: PostgresObjectType, inputs: Record<string, unknown>): Promise<void> {
    return this.inTurn(() => postgresObjects[type](inputs as never, this.connection));
  }

  drop(type: PostgresObjectType, inputs: Record<string, unknown>): Promise<void> {
    const { sql, database } = dropStatements[type](inputs);
    return this.inTurn(() => execute(this.connection, [sql], database));
  }

  /** Pulumi's `import` option: the object must exist, and is then managed as if created. */
  adopt(type: PostgresObjectType, importId: string): Promise<void> {
    const lookup = importLookups[type];
    if (lookup === undefined) return Promise.reject(new Error(`${type} cannot be imported by this runner`));
    return this.inTurn(async () => {
      const client = new Client(this.connection);
      await client.connect();
      try {
        const found = await client.query(lookup, [importId]);
        if (found.rowCount === 0) throw new Error(`import of ${type} ${importId} failed: it does not exist`);
      } finally {
        await client.end();
      }
    });
  }

  private inTurn(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
