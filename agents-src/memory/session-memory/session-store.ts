import type { Pool } from "pg";
import { inTransaction } from "../../kit/postgres/pool";
import { SessionRecord, SessionRow, sessionColumns, toSessionRecord, toTurnRecord, TurnRecord, TurnRow, turnColumns } from "./session-record";
import { estimateTurnTokens } from "../../kit/token-estimate";
import { plural, summariseTurns } from "./turn-summary";

export async function createSession(pool: Pool, userId: string): Promise<SessionRecord> {
  const { rows } = await pool.query<SessionRow>(`INSERT INTO sessions AS s (user_id) VALUES ($1) RETURNING ${sessionColumns}`, [userId]);
  return toSessionRecord(rows[0]);
}

/** A session of this user; another user's session is as absent as one that never existed. */
export async function getSession(pool: Pool, userId: string, id: string): Promise<SessionRecord | null> {
  const { rows } = await pool.query<SessionRow>(`SELECT ${sessionColumns} FROM sessions s WHERE s.id = $1 AND s.user_id = $2`, [id, userId]);
  return rows[0] ? toSessionRecord(rows[0]) : null;
}

export interface SessionListFilter {
  userId: string;
  state?: "active" | "ended";
  limit: number;
}

export async function listSessions(pool: Pool, filter: SessionListFilter): Promise<SessionRecord[]> {
  const { rows } = await pool.query<SessionRow>(
    `SELECT ${sessionColumns} FROM sessions s
      WHERE s.user_id = $1
        AND ($2::text IS NULL OR ($2 = 'active') = (s.ended_at IS NULL))
      ORDER BY s.last_activity_at DESC, s.id
      LIMIT $3`,
    [filter.userId, filter.state ?? null, filter.limit],
  );
  return rows.map(toSessionRecord);
}

export type AddTurnResult =
  | { status: "added"; turn: TurnRecord }
  | { status: "not_found" }
  | { status: "ended"; session: SessionRecord }
  | { status: "idle" };

/**
 * Appends a turn to an active session in one statement: the session row's update numbers the
 * turn and serialises concurrent writers, and a session idle longer than `idleSeconds` takes no
 * more turns even before the expiry sweep has ended it.
 */
export async function addTurn(
  pool: Pool,
  userId: string,
  sessionId: string,
  turn: { role: string; content: string; metadata: Record<string, unknown> },
  idleSeconds: number,
): Promise<AddTurnResult> {
  const { rows } = await pool.query<TurnRow>(
    `WITH s AS (
       UPDATE sessions SET turn_count = turn_count + 1, last_activity_at = now()
        WHERE id = $1 AND user_id = $7 AND ended_at IS NULL AND last_activity_at > now() - make_interval(secs => $2)
        RETURNING id, turn_count)
     INSERT INTO turns AS t (session_id, seq, role, content, metadata, token_estimate)
     SELECT s.id, s.turn_count, $3, $4, $5::jsonb, $6 FROM s
     RETURNING ${turnColumns}`,
    [sessionId, idleSeconds, turn.role, turn.content, JSON.stringify(turn.metadata), estimateTurnTokens(turn.content), userId],
  );
  if (rows[0]) return { status: "added", turn: toTurnRecord(rows[0]) };
  const session = await getSession(pool, userId, sessionId);
  if (!session) return { status: "not_found" };
  return session.state === "ended" ? { status: "ended", session } : { status: "idle" };
}

/** Turns read for a summary: enough for its budget, without reading a very long session whole. */
const summaryTurnWindow = 500;
const summaryTokens = 600;

/**
 * Ends an active session and records the summary of its turns as pending for the
 * memory-orchestrator; `null` when the session does not exist (or is not `ender`'s). Ending an
 * ended session changes nothing and returns it as it is.
 */
export async function endSession(
  pool: Pool,
  id: string,
  reason: "ended" | "expired",
  ender: { userId: string } | "expiry-sweep",
): Promise<SessionRecord | null> {
  // The expiry sweep acts for no user: it ends whichever session went idle.
  const owner = ender === "expiry-sweep" ? null : ender.userId;
  return inTransaction(pool, async (client) => {
    const { rows: locked } = await client.query<SessionRow>(
      `SELECT ${sessionColumns} FROM sessions s WHERE s.id = $1 AND ($2::text IS NULL OR s.user_id = $2) FOR UPDATE`,
      [id, owner],
    );
    if (!locked[0]) return null;
    if (locked[0].ended_at !== null) return toSessionRecord(locked[0]);
    const { rows: turns } = await client.query<TurnRow>(
      `SELECT ${turnColumns} FROM turns t WHERE t.session_id = $1 ORDER BY t.seq DESC LIMIT ${summaryTurnWindow}`,
      [id],
    );
    turns.reverse();
    const summary = summariseTurns(
      turns,
      summaryTokens,
      `Conversation summary (${plural(locked[0].turn_count, "turn")}, ${locked[0].started_at.toISOString()} to ${new Date().toISOString()}):`,
      locked[0].turn_count - turns.length,
    );
    const { rows } = await client.query<SessionRow>(
      `UPDATE sessions s SET ended_at = now(), end_reason = $2, summary = $3, summary_status = $4
        WHERE s.id = $1 RETURNING ${sessionColumns}`,
      [id, reason, summary, summary === null ? "none" : "pending"],
    );
    return toSessionRecord(rows[0]);
  });
}

export async function idleSessionIds(pool: Pool, idleSeconds: number, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM sessions WHERE ended_at IS NULL AND last_activity_at <= now() - make_interval(secs => $1)
      ORDER BY last_activity_at LIMIT $2`,
    [idleSeconds, limit],
  );
  return rows.map((r) => r.id);
}

export async function sessionsWithPendingSummary(pool: Pool, limit: number): Promise<SessionRecord[]> {
  const { rows } = await pool.query<SessionRow>(
    `SELECT ${sessionColumns} FROM sessions s WHERE s.summary_status = 'pending' ORDER BY s.ended_at LIMIT $1`,
    [limit],
  );
  return rows.map(toSessionRecord);
}

export async function markSummaryStored(pool: Pool, id: string, memoryId: string): Promise<SessionRecord | null> {
  const { rows } = await pool.query<SessionRow>(
    `UPDATE sessions s SET summary_status = 'stored', summary_memory_id = $2
      WHERE s.id = $1 AND s.summary_status = 'pending' RETURNING ${sessionColumns}`,
    [id, memoryId],
  );
  return rows[0] ? toSessionRecord(rows[0]) : null;
}
