import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { PostgresCluster, startPostgresCluster } from "./postgres-cluster";

/**
 * Test databases live on $DATABASE_URL's server (a superuser connection: CI points it at the
 * machine's PostgreSQL with pgvector) or, when it is unset, on a private server this test file
 * starts, so `npm test` needs no database set up beforehand.
 */
let privateCluster: Promise<PostgresCluster> | undefined;

export async function adminUrl(database = "postgres"): Promise<string> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = new URL(configured);
    url.pathname = `/${database}`;
    return url.toString();
  }
  privateCluster ??= startPostgresCluster();
  return (await privateCluster).url(database);
}

export async function withAdmin<T>(work: (admin: Client) => Promise<T>, database = "postgres"): Promise<T> {
  const admin = new Client({ connectionString: await adminUrl(database) });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function uniqueName(label: string): string {
  return `t_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
}

export interface TestDatabase {
  readonly name: string;
  /** Superuser connection string for this database. */
  readonly url: string;
  /** Connection string for this database as another role (trust authentication, no password). */
  urlAs(role: string): string;
  drop(): Promise<void>;
}

/** Creates an empty database with a unique name; `owner` makes another role its owner. */
export async function createTestDatabase(label: string, options: { owner?: string; withVector?: boolean } = {}): Promise<TestDatabase> {
  const name = uniqueName(label);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}${options.owner ? ` OWNER ${options.owner}` : ""}`));
  // pgvector is not a trusted extension: the deployer creates it as a superuser, as here.
  if (options.withVector) await withAdmin((admin) => admin.query("CREATE EXTENSION vector"), name);
  const url = await adminUrl(name);
  return {
    name,
    url,
    urlAs(role) {
      const u = new URL(url);
      u.username = role;
      return u.toString();
    },
    async drop() {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Stops this file's private server, if it started one; call from afterAll. */
export async function releaseTestServer(): Promise<void> {
  const cluster = privateCluster;
  privateCluster = undefined;
  if (cluster) await (await cluster).destroy();
}
