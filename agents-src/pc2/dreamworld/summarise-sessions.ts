import { PeerClient, runAsUser } from "../../kit";
import type { CycleStep } from "./dream-cycle";
import { episodeText } from "./episode-text";

interface EndedSession {
  id: string;
  user_id: string | null;
  started_at: Date;
  ended_at: Date;
  turn_count: number;
}

const sessionsPerBatch = 10;
// Enough to sample any conversation evenly without reading an endless one whole.
const turnsRead = 2000;
export const episodeType = "episode";

/**
 * Turns each long ended session into an episodic memory, stored through the memory-orchestrator
 * so that it is embedded, deduplicated and scoped like any other memory. A session has its
 * episode once a memory of type episode carries its id (even a forgotten one: forgetting is
 * respected rather than undone).
 */
export function summariseSessions(orchestrator: PeerClient, options: { minTurns: number; maxChars: number }): CycleStep {
  return {
    name: "episodes",
    async run(cycle) {
      // The orchestrator may fold an episode into a like one of another session; such a session
      // still has none of its own and must not be tried again and again within one cycle.
      const attempted: string[] = [];
      for (;;) {
        const { rows: sessions } = await cycle.pool.query<EndedSession>(
          `SELECT s.id, s.user_id, s.started_at, s.ended_at, s.turn_count FROM sessions s
            WHERE s.ended_at IS NOT NULL AND s.turn_count >= $1 AND s.id <> ALL($3::uuid[])
              AND NOT EXISTS (SELECT 1 FROM memories m WHERE m.session_id = s.id::text AND m.type = $2)
            ORDER BY s.ended_at LIMIT ${sessionsPerBatch}`,
          [options.minTurns, episodeType, attempted],
        );
        if (sessions.length === 0) return;
        for (const session of sessions) {
          attempted.push(session.id);
          const userId = session.user_id;
          // Sessions from before there were users were given to `owner` by the users migration.
          if (userId === null) continue;
          const { rows: turns } = await cycle.pool.query<{ role: string; content: string }>(
            `SELECT role, content FROM turns WHERE session_id = $1 ORDER BY seq LIMIT ${turnsRead}`,
            [session.id],
          );
          const content = episodeText(
            { startedAt: session.started_at, endedAt: session.ended_at, turnCount: session.turn_count },
            turns,
            options.maxChars,
          );
          let stored: { id: string };
          try {
            // A repeated request is folded into the same memory by the orchestrator's dedupe.
            // The episode is the session user's memory; the cycle writes it acting for that user.
            stored = await runAsUser(userId, () =>
              orchestrator.post<{ id: string }>(
                "/v1/memories",
                { content, type: episodeType, importance: 0.4, tags: ["episode"], sessionId: session.id, source: "dreamworld" },
                { idempotent: true, signal: cycle.signal },
              ),
            );
          } catch (err) {
            if (cycle.signal.aborted) throw err;
            cycle.report.note(`episodes left for a later cycle: ${(err as Error).message}`);
            return;
          }
          cycle.report.changed("episodes", 1, { memoryId: stored.id, sessionId: session.id, turns: session.turn_count });
          await cycle.checkpoint();
        }
      }
    },
  };
}
