import type { Pool } from "pg";

export type TimerKind = "timer" | "reminder";
export type TimerState = "running" | "paused" | "fired" | "cancelled";
/** How a reminder comes back: every (other) day or week, every month or year, on weekdays, or every 1 to 23 hours. */
export type RepeatRule = "P1D" | "P2D" | "P1W" | "P2W" | "P1M" | "P1Y" | "weekdays" | `PT${number}H`;

export interface TimerRecord {
  id: string;
  userId: string;
  kind: TimerKind;
  label: string | null;
  durationMs: number | null;
  dueAt: string;
  /** Left to run: frozen while paused, counting down while running, 0 once fired. */
  remainingMs: number;
  state: TimerState;
  createdAt: string;
  firedAt: string | null;
  announcedAt: string | null;
  /** A reminder that comes back, and the time zone its clock time is kept in; `null` for one that does not. */
  repeat: RepeatRule | null;
  timeZone: string | null;
}

interface TimerRow {
  id: string;
  user_id: string;
  kind: TimerKind;
  label: string | null;
  duration_ms: string | null;
  due_at: Date;
  remaining_ms: string | null;
  state: TimerState;
  created_at: Date;
  fired_at: Date | null;
  announced_at: Date | null;
  repeat: RepeatRule | null;
  time_zone: string | null;
}

const columns = "id, user_id, kind, label, duration_ms, due_at, remaining_ms, state, created_at, fired_at, announced_at, repeat, time_zone";

function toRecord(row: TimerRow, now = Date.now()): TimerRecord {
  const remainingMs =
    row.state === "paused" ? Number(row.remaining_ms) : row.state === "running" ? Math.max(0, row.due_at.getTime() - now) : 0;
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    label: row.label,
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    dueAt: row.due_at.toISOString(),
    remainingMs,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    firedAt: row.fired_at?.toISOString() ?? null,
    announcedAt: row.announced_at?.toISOString() ?? null,
    repeat: row.repeat,
    timeZone: row.time_zone,
  };
}

export interface NewTimer {
  kind: TimerKind;
  label?: string;
  durationMs?: number;
  dueAt?: string;
  repeat?: RepeatRule;
  timeZone?: string;
}

/** Timers and reminders in PostgreSQL; every query names the user, so one user never sees another's. */
export class TimerStore {
  constructor(private readonly pool: Pool) {}

  /**
   * A repeating reminder whose first moment has passed today ("every morning" said at noon), or a
   * weekday one said for a weekend day, starts at its rule's next occurrence (timer_next_due, the
   * same rule that sets each next one when it fires).
   */
  async create(userId: string, timer: NewTimer): Promise<TimerRecord> {
    const { rows } = await this.pool.query<TimerRow>(
      `INSERT INTO timers (user_id, kind, label, duration_ms, due_at, repeat, time_zone, repeat_from)
       SELECT $1, $2, $3, $4, first, $6, $7, CASE WHEN $6::text IS NULL THEN NULL ELSE first END
         FROM (SELECT CASE WHEN $6::text IS NULL THEN due ELSE timer_next_due(due, $6, $7, now()) END AS first
                 FROM (SELECT COALESCE($5::timestamptz, now() + make_interval(secs => $4::bigint / 1000.0)) AS due) AS said) AS placed
       RETURNING ${columns}`,
      [userId, timer.kind, timer.label ?? null, timer.durationMs ?? null, timer.dueAt ?? null, timer.repeat ?? null, timer.timeZone ?? null],
    );
    return toRecord(rows[0]);
  }

  /** Whether PostgreSQL knows `zone`: a repeating reminder's clock time is kept in it when the next one is set. */
  async knowsTimeZone(zone: string): Promise<boolean> {
    const { rowCount } = await this.pool.query("SELECT 1 FROM pg_timezone_names WHERE name = $1", [zone]);
    return rowCount === 1;
  }

  /** Running and paused ones, soonest first. */
  async active(userId: string): Promise<TimerRecord[]> {
    const { rows } = await this.pool.query<TimerRow>(
      `SELECT ${columns} FROM timers WHERE user_id = $1 AND state IN ('running', 'paused')
        ORDER BY COALESCE(now() + make_interval(secs => remaining_ms / 1000.0), due_at), created_at`,
      [userId],
    );
    return rows.map((r) => toRecord(r));
  }

  async get(userId: string, id: string): Promise<TimerRecord | null> {
    const { rows } = await this.pool.query<TimerRow>(`SELECT ${columns} FROM timers WHERE user_id = $1 AND id = $2`, [userId, id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** `null` when the timer is not the user's or not in a state the change applies to. */
  async pause(userId: string, id: string): Promise<TimerRecord | null> {
    return this.change(
      `UPDATE timers SET state = 'paused', remaining_ms = GREATEST(0, (extract(epoch FROM due_at - now()) * 1000)::bigint)
        WHERE user_id = $1 AND id = $2 AND state = 'running' RETURNING ${columns}`,
      userId,
      id,
    );
  }

  async resume(userId: string, id: string): Promise<TimerRecord | null> {
    return this.change(
      `UPDATE timers SET state = 'running', due_at = now() + make_interval(secs => remaining_ms / 1000.0), remaining_ms = NULL
        WHERE user_id = $1 AND id = $2 AND state = 'paused' RETURNING ${columns}`,
      userId,
      id,
    );
  }

  async cancel(userId: string, id: string): Promise<TimerRecord | null> {
    return this.change(
      `UPDATE timers SET state = 'cancelled', remaining_ms = NULL
        WHERE user_id = $1 AND id = $2 AND state IN ('running', 'paused') RETURNING ${columns}`,
      userId,
      id,
    );
  }

  /**
   * `ms` more (or, negative, less) to run: a running one's due time moves, a paused one's time left
   * grows; never into the past, so taking off more than is left makes it due now. The length it
   * was set for stays, since that is the name the user knows it by ("your 10 minute timer").
   */
  async addTime(userId: string, id: string, ms: number): Promise<TimerRecord | null> {
    const { rows } = await this.pool.query<TimerRow>(
      `UPDATE timers SET
         due_at = CASE WHEN state = 'running' THEN GREATEST(now(), due_at + make_interval(secs => $3::bigint / 1000.0)) ELSE due_at END,
         remaining_ms = CASE WHEN state = 'paused' THEN GREATEST(0, remaining_ms + $3::bigint) ELSE remaining_ms END,
         -- A timer's length is what it runs for now: "make it 15" after "make it 20" counts from 20.
         duration_ms = CASE WHEN duration_ms IS NULL THEN NULL ELSE GREATEST(1000, duration_ms + $3::bigint) END
        WHERE user_id = $1 AND id = $2 AND state IN ('running', 'paused') RETURNING ${columns}`,
      [userId, id, ms],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Fired ones nobody has heard yet, oldest first. */
  async unannounced(userId: string): Promise<TimerRecord[]> {
    const { rows } = await this.pool.query<TimerRow>(
      `SELECT ${columns} FROM timers WHERE user_id = $1 AND state = 'fired' AND announced_at IS NULL ORDER BY fired_at`,
      [userId],
    );
    return rows.map((r) => toRecord(r));
  }

  async markAnnounced(userId: string, id: string): Promise<TimerRecord | null> {
    return this.change(
      `UPDATE timers SET announced_at = COALESCE(announced_at, now()) WHERE user_id = $1 AND id = $2 AND state = 'fired' RETURNING ${columns}`,
      userId,
      id,
    );
  }

  /**
   * Marks every due timer fired and returns them, and sets each repeating reminder's next
   * occurrence; one statement, so a timer fires once and a series gains one next row even with two
   * pollers or a crash between the two.
   */
  async fireDue(): Promise<TimerRecord[]> {
    const { rows } = await this.pool.query<TimerRow>(
      `WITH fired AS (
         UPDATE timers SET state = 'fired', fired_at = now() WHERE state = 'running' AND due_at <= now() RETURNING ${columns}, repeat_from
       ), next AS (
         INSERT INTO timers (user_id, kind, label, due_at, repeat, time_zone, repeat_from)
         SELECT user_id, kind, label, timer_next_due(repeat_from, repeat, time_zone, GREATEST(now(), due_at)), repeat, time_zone, repeat_from
           FROM fired WHERE repeat IS NOT NULL
       )
       SELECT ${columns} FROM fired`,
    );
    return rows.map((r) => toRecord(r));
  }

  private async change(sql: string, userId: string, id: string): Promise<TimerRecord | null> {
    const { rows } = await this.pool.query<TimerRow>(sql, [userId, id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }
}
