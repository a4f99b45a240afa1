import { z } from "zod";
import type { PoolSettings } from "./pool";

const positiveInt = z.coerce.number().int().positive();

/** Environment variables of every agent that uses the database as the app role. */
export const databaseVariables = {
  DATABASE_URL: z.url(),
  DB_POOL_MAX: positiveInt.default(10),
  // Short: with PostgreSQL gone a request should get its 503 at once, not after a long wait.
  DB_CONNECT_TIMEOUT_MS: positiveInt.default(1000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),
};

export interface DatabaseConfig {
  SERVICE_NAME: string;
  DATABASE_URL: string;
  DB_POOL_MAX: number;
  DB_CONNECT_TIMEOUT_MS: number;
  DB_STATEMENT_TIMEOUT_MS: number;
}

export function poolSettings(config: DatabaseConfig): PoolSettings {
  return {
    connectionString: config.DATABASE_URL,
    applicationName: config.SERVICE_NAME,
    maxConnections: config.DB_POOL_MAX,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  };
}
