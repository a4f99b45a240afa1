import type { AgentDefinition } from "../../kit";
import { PeriodicTask, startPeriodicTask } from "../periodic-task";
import { poolSettings } from "../../kit/postgres/database-config";
import { createPool, databaseReadyCheck } from "../../kit/postgres/pool";
import { sessionMemoryConfig, SessionMemoryConfig } from "./config";
import { sessionRoutes } from "./session-routes";
import { endSession, idleSessionIds } from "./session-store";
import { deliverPendingSummaries } from "./summary-delivery";

const sweepBatch = 100;

export const agent: AgentDefinition<SessionMemoryConfig> = {
  name: "session-memory",
  config: sessionMemoryConfig,
  async setup({ config, logger, app, peer, onClose }) {
    const pool = createPool(poolSettings(config), logger);
    onClose(() => pool.end());
    const orchestrator = peer("memory-orchestrator");
    await app.register(
      sessionRoutes({
        pool,
        orchestrator,
        logger,
        idleSeconds: config.SESSION_IDLE_TIMEOUT_SECONDS,
        maxTurnChars: config.TURN_MAX_CONTENT_CHARS,
        context: { maxTokens: config.CONTEXT_DEFAULT_MAX_TOKENS, summaryShare: config.CONTEXT_SUMMARY_SHARE },
      }),
    );

    let sweep: PeriodicTask | undefined;
    onClose(() => sweep?.stop());
    return {
      ready: async () => ({ database: await databaseReadyCheck(pool, ["sessions", "turns"]) }),
      started() {
        sweep = startPeriodicTask(
          "session-sweep",
          config.SESSION_SWEEP_INTERVAL_MS,
          async () => {
            const idle = await idleSessionIds(pool, config.SESSION_IDLE_TIMEOUT_SECONDS, sweepBatch);
            for (const id of idle) await endSession(pool, id, "expired", "expiry-sweep");
            const stored = await deliverPendingSummaries(pool, orchestrator, logger, sweepBatch);
            if (idle.length + stored > 0) logger.info({ expired: idle.length, summariesStored: stored }, "sessions swept");
          },
          logger,
        );
      },
    };
  },
};
