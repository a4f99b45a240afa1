import type { JobDefinition } from "../../kit";
import { ensureTokenOwner, tokenDigest } from "../identity/device-tokens";
import { grantAppRole, roleExists } from "./app-role-grants";
import { applyMigrations } from "./apply-migrations";
import { dbSetupConfig, DbSetupConfig } from "./config";
import { waitForPostgres } from "./wait-for-postgres";

/** The user whose device the stack's firstDeviceToken is: the one user every new stack has. */
export const firstDeviceUser = "owner";

/** One-shot job: waits for PostgreSQL, applies pending migrations as the migration role, grants the app role. */
export const job: JobDefinition<DbSetupConfig> = {
  name: "db-setup",
  config: dbSetupConfig,
  async run({ config, logger }) {
    const started = Date.now();
    const client = await waitForPostgres(config.MIGRATION_DATABASE_URL, { timeoutMs: config.DB_WAIT_TIMEOUT_MS }, logger);
    try {
      const appRole = config.DATABASE_APP_ROLE;
      // Checked before migrating so that a misconfigured role fails the job with nothing changed.
      if (appRole !== undefined && !(await roleExists(client, appRole))) {
        throw new Error(`app role ${appRole} does not exist (DATABASE_APP_ROLE)`);
      }
      const remainingMs = Math.max(1000, config.DB_WAIT_TIMEOUT_MS - (Date.now() - started));
      const { applied } = await applyMigrations(client, config.MIGRATIONS_DIR, remainingMs, logger);
      const grantedTables = appRole === undefined ? [] : await grantAppRole(client, appRole);
      if (config.FIRST_DEVICE_TOKEN) {
        const digest = tokenDigest(config.FIRST_DEVICE_TOKEN);
        await ensureTokenOwner(client, firstDeviceUser, "first device", digest);
        logger.info({ user: firstDeviceUser }, "first device token in place");
      }
      logger.info({ applied, appRole, grantedTables }, applied.length ? "migrations applied" : "schema already up to date");
    } finally {
      await client.end();
    }
  },
};
