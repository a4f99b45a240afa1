import { catalog, database, type ServiceName } from "../../agents-src/kit/catalog";

export type DatabaseRole = "app" | "migration";

export interface DatabaseAccess {
  role: DatabaseRole;
  /** The variable that carries the role's connection URL. */
  urlEnvName: string;
}

/** Migrations run as the role that owns the schema; every agent connects as the app role. */
export function databaseAccess(name: ServiceName): DatabaseAccess | undefined {
  const def = catalog[name];
  if (!def.usesDatabase) return undefined;
  return def.job
    ? { role: "migration", urlEnvName: database.migrationUrlEnvName }
    : { role: "app", urlEnvName: database.urlEnvName };
}
