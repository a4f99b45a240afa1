import { ClientBase, escapeIdentifier } from "pg";

export const migrationsTable = "pgmigrations";

export async function roleExists(client: ClientBase, role: string): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  return rowCount === 1;
}

/**
 * Gives the app role row access to every application table and nothing more: no DDL, no
 * ownership, no access to the migrations ledger. GRANT is idempotent, so every run re-applies it
 * and tables added by later migrations are covered.
 */
export async function grantAppRole(client: ClientBase, role: string): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename",
    [migrationsTable],
  );
  const grantee = escapeIdentifier(role);
  await client.query("BEGIN");
  try {
    await client.query(`GRANT USAGE ON SCHEMA public TO ${grantee}`);
    for (const { tablename } of rows) {
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.${escapeIdentifier(tablename)} TO ${grantee}`);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  }
  return rows.map((r) => r.tablename);
}
