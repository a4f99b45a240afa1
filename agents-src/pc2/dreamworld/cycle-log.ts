import type { Pool } from "pg";
import type { CycleReport } from "./cycle-report";
import type { CycleOutcome } from "./dream-cycle";

export type CycleTrigger = "idle" | "request";

export interface CycleRecord {
  id: string;
  trigger: CycleTrigger;
  status: "running" | CycleOutcome["status"];
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  counts: Record<string, number>;
  changes: unknown[];
  notes: string[];
  stoppedAtStep: string | null;
  error: string | null;
}

interface CycleRow {
  id: string;
  trigger: CycleTrigger;
  status: CycleRecord["status"];
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  counts: Record<string, number>;
  changes: unknown[];
  notes: string[];
  stopped_at_step: string | null;
  error: string | null;
}

const columns = "id, trigger, status, started_at, finished_at, duration_ms, counts, changes, notes, stopped_at_step, error";

function toRecord(row: CycleRow): CycleRecord {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    durationMs: row.duration_ms,
    counts: row.counts,
    changes: row.changes,
    notes: row.notes,
    stoppedAtStep: row.stopped_at_step,
    error: row.error,
  };
}

export interface StartedCycle {
  id: string;
  trigger: CycleTrigger;
  startedAt: Date;
  /** started_at as PostgreSQL prints it, microseconds kept, for comparing with turn times. */
  startedAtText: string;
}

const uniqueViolation = "23505";

/**
 * Records a new running cycle; `null` when one is already running (the table allows one at a
 * time). A cycle still marked running by a process that stopped mid-cycle is closed as failed
 * first: dreamworld runs as a single instance, so one the caller is not running is abandoned.
 */
export async function beginCycle(pool: Pool, trigger: CycleTrigger): Promise<StartedCycle | null> {
  await pool.query(
    `UPDATE dream_cycles SET status = 'failed', finished_at = now(), error = 'dreamworld stopped before the cycle finished'
      WHERE status = 'running'`,
  );
  try {
    const { rows } = await pool.query<{ id: string; started_at: Date; started_at_text: string }>(
      "INSERT INTO dream_cycles (trigger) VALUES ($1) RETURNING id, started_at, started_at::text AS started_at_text",
      [trigger],
    );
    return { id: rows[0].id, trigger, startedAt: rows[0].started_at, startedAtText: rows[0].started_at_text };
  } catch (err) {
    if ((err as { code?: string }).code === uniqueViolation) return null;
    throw err;
  }
}

export async function finishCycle(pool: Pool, id: string, outcome: CycleOutcome, report: CycleReport, durationMs: number): Promise<void> {
  await pool.query(
    `UPDATE dream_cycles SET status = $2, finished_at = now(), duration_ms = $3, counts = $4, changes = $5, notes = $6,
            stopped_at_step = $7, error = $8
      WHERE id = $1`,
    [
      id,
      outcome.status,
      durationMs,
      JSON.stringify(report.counts),
      JSON.stringify(report.changes),
      JSON.stringify(report.notes),
      outcome.status === "finished" ? null : outcome.stoppedAtStep,
      outcome.status === "failed" ? outcome.error : null,
    ],
  );
}

export async function recentCycles(pool: Pool, limit: number): Promise<CycleRecord[]> {
  const { rows } = await pool.query<CycleRow>(`SELECT ${columns} FROM dream_cycles ORDER BY started_at DESC, id LIMIT $1`, [limit]);
  return rows.map(toRecord);
}

export async function findCycle(pool: Pool, id: string): Promise<CycleRecord | null> {
  const { rows } = await pool.query<CycleRow>(`SELECT ${columns} FROM dream_cycles WHERE id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}
