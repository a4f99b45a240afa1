import { resolve } from "node:path";
import { z } from "zod";
import { baseJobConfig, secretValue } from "../../kit";

const sqlIdentifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/, "expected a PostgreSQL role name");

export const dbSetupConfig = baseJobConfig.extend({
  /** The migration role: owns the schema. Agents use DATABASE_URL, the app role, instead. */
  MIGRATION_DATABASE_URL: z.url(),
  /** Role the agents connect as; granted row access to the tables and nothing else. Unset: no grants. */
  DATABASE_APP_ROLE: sqlIdentifier.optional(),
  /** How long to keep trying to reach PostgreSQL (and to wait for another run's lock) before failing. */
  DB_WAIT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  // The .sql files sit beside the compiled code only when the image build copies them; the default
  // finds them in the source tree, which ts-node and the dev bind mount run from.
  MIGRATIONS_DIR: z.string().min(1).default(resolve(__dirname, "../migrations")),
  /**
   * A device token for user `owner` (the Pulumi secret `firstDeviceToken`, or the launcher's): a
   * fresh stack's first way in. It arrives as FIRST_DEVICE_TOKEN_FILE.
   */
  FIRST_DEVICE_TOKEN: secretValue.optional(),
});
export type DbSetupConfig = z.infer<typeof dbSetupConfig>;
