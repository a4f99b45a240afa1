import type { Pool } from "pg";
import { toTurnRecord, TurnRecord, TurnRow, turnColumns } from "./session-record";
import { estimateTokens } from "../../kit/token-estimate";
import { plural, summariseTurns } from "./turn-summary";

export interface ConversationContext {
  sessionId: string;
  maxTokens: number;
  /** Estimated tokens of the summary plus the turns (see token-estimate.ts). */
  usedTokens: number;
  /** Gist of the turns that did not fit, or null when every turn fits. */
  summary: string | null;
  turns: TurnRecord[];
  omittedTurns: number;
}

export interface ContextBudget {
  maxTokens: number;
  /** Share of the budget held back for the summary once not every turn fits. */
  summaryShare: number;
}

/** Older turns read to summarise: enough to fill any summary budget without reading a long session whole. */
const summarisedTurnWindow = 200;

/**
 * The most recent turns whose estimated tokens fit the budget, oldest first; when some do not
 * fit, part of the budget goes to a summary of those older turns instead. `null` for an unknown session.
 */
export async function conversationContext(pool: Pool, userId: string, sessionId: string, budget: ContextBudget): Promise<ConversationContext | null> {
  // The turn count comes from the same snapshot as the turns, so a turn added meanwhile cannot skew it.
  const { rows } = await pool.query<TurnRow & { turn_count: number }>(
    `SELECT s.turn_count, ${turnColumns}
       FROM sessions s
       LEFT JOIN LATERAL (
         SELECT *, sum(token_estimate) OVER (ORDER BY seq DESC) AS cumulative FROM turns WHERE session_id = s.id
       ) t ON t.cumulative <= $2
      WHERE s.id = $1 AND s.user_id = $3
      ORDER BY t.seq`,
    [sessionId, budget.maxTokens, userId],
  );
  if (rows.length === 0) return null;
  const turnCount = rows[0].turn_count;
  let turns = rows.filter((r) => r.seq !== null).map(toTurnRecord);
  const answer = (summary: string | null): ConversationContext => ({
    sessionId,
    maxTokens: budget.maxTokens,
    usedTokens: sumTokens(turns) + (summary === null ? 0 : estimateTokens(summary)),
    summary,
    turns,
    omittedTurns: turnCount - turns.length,
  });
  if (turns.length === turnCount) return answer(null);

  const turnBudget = turnTokensBesideSummary(budget);
  while (turns.length > 0 && sumTokens(turns) > turnBudget) turns = turns.slice(1);
  const omitted = turnCount - turns.length;
  const { rows: older } = await pool.query<TurnRow>(
    `SELECT ${turnColumns} FROM turns t WHERE t.session_id = $1 AND t.seq <= $2 ORDER BY t.seq DESC LIMIT ${summarisedTurnWindow}`,
    [sessionId, omitted],
  );
  older.reverse();
  return answer(summariseTurns(older, budget.maxTokens - turnBudget, `Earlier in this conversation (${plural(omitted, "turn")}):`, omitted - older.length));
}

export interface LatestTurnsRequest {
  /** At most this many turns, the newest. */
  latest: number;
  /** Only turns of these roles are returned; every role's tokens still count against the budget. */
  roles: readonly string[];
}

/**
 * The newest turns of the roles asked for among those `conversationContext` would return for the
 * same budget (so a session too long for it has the summary's share held back here too), at most
 * `latest` of them, oldest first, without the summary; `null` for an unknown session. This is what
 * a caller that uses only the last few exchanges needs (the coordinator, before routing every
 * turn): the context's summary reads and condenses up to 200 older turns, and it sends every turn
 * that fits, which made each turn's read grow with the session (docs/measurements.md, "bench:ask's
 * memory stage"). The newest-first window is read only until `latest` turns are found.
 */
export async function latestTurns(
  pool: Pool,
  userId: string,
  sessionId: string,
  budget: ContextBudget,
  request: LatestTurnsRequest,
): Promise<TurnRecord[] | null> {
  const { rows } = await pool.query<TurnRow>(
    `SELECT ${turnColumns}
       FROM sessions s
       CROSS JOIN LATERAL (SELECT coalesce(sum(token_estimate), 0) AS tokens FROM turns WHERE session_id = s.id) whole
       LEFT JOIN LATERAL (
         SELECT * FROM (
           SELECT *, sum(token_estimate) OVER (ORDER BY seq DESC) AS cumulative FROM turns WHERE session_id = s.id
         ) w WHERE w.cumulative <= CASE WHEN whole.tokens <= $2 THEN $2 ELSE $3 END AND w.role = ANY($4::text[])
         ORDER BY w.seq DESC LIMIT $5
       ) t ON true
      WHERE s.id = $1 AND s.user_id = $6
      ORDER BY t.seq`,
    [sessionId, budget.maxTokens, turnTokensBesideSummary(budget), request.roles, request.latest, userId],
  );
  if (rows.length === 0) return null;
  return rows.filter((r) => r.seq !== null).map(toTurnRecord);
}

/** The turns' share of the budget once not every turn fits and a summary takes the rest. */
function turnTokensBesideSummary(budget: ContextBudget): number {
  return budget.maxTokens - Math.floor(budget.maxTokens * budget.summaryShare);
}

function sumTokens(turns: TurnRecord[]): number {
  return turns.reduce((sum, t) => sum + t.tokens, 0);
}
