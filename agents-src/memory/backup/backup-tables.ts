import { ClientBase, escapeIdentifier } from "pg";
import { migrationsTable } from "../db-setup/app-role-grants";
import type { TableSection } from "./backup-format";

/**
 * Every application table with its stored columns, parents before the tables whose foreign keys
 * point at them, so that a restore can load them in file order. The migrations ledger is left
 * out: the restoring side's migrations make the schema. Generated columns (memories.scope,
 * memories.search_vector) are left out because COPY cannot write them; PostgreSQL recomputes them.
 */
export async function applicationTables(client: ClientBase): Promise<TableSection[]> {
  const { rows: tables } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname::text AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind = 'r' AND c.relname <> $1
      GROUP BY c.relname
      ORDER BY c.relname`,
    [migrationsTable],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname::text AS child, parent.relname::text AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = 'public'
      WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`,
  );
  return parentsFirst(tables, references);
}

export function parentsFirst(tables: TableSection[], references: { child: string; parent: string }[]): TableSection[] {
  const byName = new Map(tables.map((t) => [t.table, t]));
  const ordered: TableSection[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (name: string): void => {
    if (placed.has(name) || !byName.has(name)) return;
    if (visiting.has(name)) throw new Error(`foreign keys form a cycle through ${name}: no load order exists`);
    visiting.add(name);
    for (const r of references) if (r.child === name) place(r.parent);
    visiting.delete(name);
    placed.add(name);
    ordered.push(byName.get(name) as TableSection);
  };
  for (const t of tables) place(t.table);
  return ordered;
}

export function columnList(section: TableSection): string {
  return section.columns.map(escapeIdentifier).join(", ");
}
