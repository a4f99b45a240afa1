import type { Pool } from "pg";

export interface ActivityProbe {
  /** The database's clock, which session-memory stamps turns with. */
  now: Date;
  /** Latest turn (or session start) in a session still open; `null` when none is open. */
  lastActivity: Date | null;
  /** When the last cycle, of any outcome, began. */
  lastCycle: Date | null;
}

/**
 * Turns are learned of from the database rather than from session-memory's API: every turn
 * moves its session's last_activity_at, and the newest among open sessions is one backward step
 * of the sessions_idle_idx partial index, cheap enough to ask every second and at every safe
 * point of a cycle, with no HTTP hop and no dependence on session-memory being up. Sessions that
 * have ended are left out: their conversation is over and should not hold dreaming back.
 */
export async function probeActivity(pool: Pool): Promise<ActivityProbe> {
  const { rows } = await pool.query<{ now: Date; last_activity: Date | null; last_cycle: Date | null }>(
    `SELECT now() AS now,
            (SELECT max(last_activity_at) FROM sessions WHERE ended_at IS NULL) AS last_activity,
            (SELECT max(started_at) FROM dream_cycles) AS last_cycle`,
  );
  return { now: rows[0].now, lastActivity: rows[0].last_activity, lastCycle: rows[0].last_cycle };
}

/** True when a turn ran after `since` (a timestamptz as PostgreSQL printed it, microseconds kept). */
export async function activitySince(pool: Pool, since: string): Promise<boolean> {
  const { rows } = await pool.query<{ active: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM sessions WHERE ended_at IS NULL AND last_activity_at > $1::timestamptz) AS active",
    [since],
  );
  return rows[0].active;
}

export interface DreamTiming {
  idleMs: number;
  maxIntervalMs: number;
}

/**
 * A cycle is due once the assistant has been idle for `idleMs` and there is something new to
 * consolidate (a turn since the last cycle began), or the last cycle is `maxIntervalMs` old
 * (TTLs and decay move with time alone).
 */
export function dreamIsDue(probe: ActivityProbe, timing: DreamTiming): boolean {
  const now = probe.now.getTime();
  const idle = probe.lastActivity === null || now - probe.lastActivity.getTime() >= timing.idleMs;
  if (!idle) return false;
  if (probe.lastCycle === null) return true;
  const newTurns = probe.lastActivity !== null && probe.lastActivity > probe.lastCycle;
  return newTurns || now - probe.lastCycle.getTime() >= timing.maxIntervalMs;
}
