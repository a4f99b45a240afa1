import type { Pool } from "pg";
import { Logger, PeerClient, runAsUser } from "../../kit";
import type { SessionRecord } from "./session-record";
import { markSummaryStored, sessionsWithPendingSummary } from "./session-store";

/**
 * Hands an ended session's summary to the memory-orchestrator as a long-term memory. A failure
 * leaves the summary pending for the next sweep; should an answer be lost after the memory was
 * stored, the resend is a near-duplicate that the orchestrator folds into the same memory.
 */
export async function deliverSummary(pool: Pool, orchestrator: PeerClient, session: SessionRecord, logger: Logger): Promise<SessionRecord> {
  if (session.summaryStatus !== "pending" || session.summary === null) return session;
  const userId = session.userId;
  // Sessions from before there were users were given to `owner` by the users migration.
  if (userId === null) return session;
  try {
    // The summary is the session user's memory; the sweep acts for that user.
    const memory = await runAsUser(userId, () =>
      orchestrator.post<{ id: string }>("/v1/memories", {
        content: session.summary,
        type: "summary",
        importance: 0.4,
        tags: ["session-summary"],
        sessionId: session.id,
        source: "session-memory",
      }),
    );
    return (await markSummaryStored(pool, session.id, memory.id)) ?? session;
  } catch (err) {
    logger.warn({ sessionId: session.id, err: (err as Error).message }, "session summary not stored yet; will retry");
    return session;
  }
}

export async function deliverPendingSummaries(pool: Pool, orchestrator: PeerClient, logger: Logger, limit: number): Promise<number> {
  let stored = 0;
  for (const session of await sessionsWithPendingSummary(pool, limit)) {
    if ((await deliverSummary(pool, orchestrator, session, logger)).summaryStatus === "stored") stored++;
  }
  return stored;
}
