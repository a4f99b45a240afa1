/** What the API returns for a memory; the vector itself stays in the database. */
export interface MemoryRecord {
  id: string;
  content: string;
  type: string;
  importance: number;
  tags: string[];
  source: string | null;
  sessionId: string | null;
  userId: string | null;
  subject: string | null;
  createdAt: Date;
  updatedAt: Date;
  lastAccessedAt: Date | null;
  accessCount: number;
  reinforcementCount: number;
  expiresAt: Date | null;
  supersededBy: string | null;
  embedding: { model: string; dimension: number } | null;
}

export interface MemoryRow {
  id: string;
  content: string;
  type: string;
  importance: number;
  tags: string[];
  source: string | null;
  session_id: string | null;
  user_id: string | null;
  subject: string | null;
  created_at: Date;
  updated_at: Date;
  last_accessed_at: Date | null;
  access_count: number;
  reinforcement_count: number;
  expires_at: Date | null;
  superseded_by: string | null;
  embedding_model: string | null;
  embedding_dimension: number | null;
}

const memoryColumns = [
  "id", "content", "type", "importance", "tags", "source", "session_id", "user_id", "subject", "created_at",
  "updated_at", "last_accessed_at", "access_count", "reinforcement_count", "expires_at", "superseded_by",
  "embedding_model", "embedding_dimension",
] as const;

export function selectMemoryColumns(alias = "m"): string {
  return memoryColumns.map((c) => `${alias}.${c}`).join(", ");
}

export function toMemoryRecord(row: MemoryRow): MemoryRecord {
  return {
    id: row.id,
    content: row.content,
    type: row.type,
    importance: row.importance,
    tags: row.tags,
    source: row.source,
    sessionId: row.session_id,
    userId: row.user_id,
    subject: row.subject,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastAccessedAt: row.last_accessed_at,
    accessCount: row.access_count,
    reinforcementCount: row.reinforcement_count,
    expiresAt: row.expires_at,
    supersededBy: row.superseded_by,
    embedding:
      row.embedding_model === null || row.embedding_dimension === null
        ? null
        : { model: row.embedding_model, dimension: row.embedding_dimension },
  };
}
