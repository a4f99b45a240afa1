import type { SqlParams } from "../../kit/postgres/sql-params";

/** Rows a reader may see: not deleted and not past their TTL (the purge job may not have run yet). */
export function liveMemory(alias = "m"): string {
  return `${alias}.deleted_at IS NULL AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now())`;
}

export interface MemoryFilter {
  ids?: string[];
  /** Every read and write acts for one user; there is no filter that spans users. */
  userId: string;
  sessionId?: string;
  types?: string[];
  /** A memory matches when it carries every listed tag. */
  tags?: string[];
  createdBefore?: string;
}

/** SQL conditions for the filter, joined with AND, always restricted to live memories. */
export function memoryFilterSql(p: SqlParams, filter: MemoryFilter, alias = "m"): string {
  const where = [liveMemory(alias)];
  if (filter.ids) where.push(`${alias}.id = ANY(${p.add(filter.ids)}::uuid[])`);
  where.push(`${alias}.user_id = ${p.add(filter.userId)}`);
  if (filter.sessionId !== undefined) where.push(`${alias}.session_id = ${p.add(filter.sessionId)}`);
  if (filter.types) where.push(`${alias}.type = ANY(${p.add(filter.types)}::text[])`);
  if (filter.tags && filter.tags.length > 0) where.push(`${alias}.tags @> ${p.add(filter.tags)}::text[]`);
  if (filter.createdBefore !== undefined) where.push(`${alias}.created_at < ${p.add(filter.createdBefore)}::timestamptz`);
  return where.join(" AND ");
}
