export interface SessionRecord {
  id: string;
  userId: string | null;
  state: "active" | "ended";
  startedAt: Date;
  lastActivityAt: Date;
  endedAt: Date | null;
  endReason: "ended" | "expired" | null;
  turnCount: number;
  summary: string | null;
  /** none: nothing to store; pending: not yet accepted by the memory-orchestrator; stored. */
  summaryStatus: "none" | "pending" | "stored";
  summaryMemoryId: string | null;
}

export interface SessionRow {
  id: string;
  user_id: string | null;
  started_at: Date;
  last_activity_at: Date;
  ended_at: Date | null;
  end_reason: "ended" | "expired" | null;
  turn_count: number;
  summary: string | null;
  summary_status: "none" | "pending" | "stored";
  summary_memory_id: string | null;
}

export const sessionColumns =
  "s.id, s.user_id, s.started_at, s.last_activity_at, s.ended_at, s.end_reason, s.turn_count, s.summary, s.summary_status, s.summary_memory_id";

export function toSessionRecord(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    state: row.ended_at === null ? "active" : "ended",
    startedAt: row.started_at,
    lastActivityAt: row.last_activity_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    turnCount: row.turn_count,
    summary: row.summary,
    summaryStatus: row.summary_status,
    summaryMemoryId: row.summary_memory_id,
  };
}

export interface TurnRecord {
  seq: number;
  role: string;
  content: string;
  metadata: Record<string, unknown>;
  tokens: number;
  createdAt: Date;
}

export interface TurnRow {
  seq: number;
  role: string;
  content: string;
  metadata: Record<string, unknown>;
  token_estimate: number;
  created_at: Date;
}

export const turnColumns = "t.seq, t.role, t.content, t.metadata, t.token_estimate, t.created_at";

export function toTurnRecord(row: TurnRow): TurnRecord {
  return {
    seq: row.seq,
    role: row.role,
    content: row.content,
    metadata: row.metadata,
    tokens: row.token_estimate,
    createdAt: row.created_at,
  };
}
