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

  const summaryBudget = Math.floor(budget.maxTokens * budget.summaryShare);
  while (turns.length > 0 && sumTokens(turns) > budget.maxTokens - summaryBudget) turns = turns.slice(1);
  const omitted = turnCount - turns.length;
  const { rows: older } = await pool.query<TurnRow>(
    `SELECT ${turnColumns} FROM turns t WHERE t.session_id = $1 AND t.seq <= $2 ORDER BY t.seq DESC LIMIT ${summarisedTurnWindow}`,
    [sessionId, omitted],
  );
  older.reverse();
  return answer(summariseTurns(older, summaryBudget, `Earlier in this conversation (${plural(omitted, "turn")}):`, omitted - older.length));
}

function sumTokens(turns: TurnRecord[]): number {
  return turns.reduce((sum, t) => sum + t.tokens, 0);
}
