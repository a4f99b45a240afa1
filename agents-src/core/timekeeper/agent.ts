import type { AgentDefinition } from "../../kit/agent";
import { createPublisher } from "../../kit/messaging";
import { poolSettings } from "../../kit/postgres/database-config";
import { createPool, databaseReadyCheck } from "../../kit/postgres/pool";
import { answerUnavailableDatabaseWith503 } from "../../kit/postgres/unavailable";
import { timerTopics } from "../../kit/stream-topics";
import { TimekeeperConfig, timekeeperConfig } from "./config";
import { timerRoutes } from "./timer-routes";
import { TimerStore } from "./timer-store";

/**
 * timekeeper: timers and reminders kept in PostgreSQL, so they survive a restart. A due one is
 * marked fired and published on `timer.fired`; the coordinator tells the user's devices, or the
 * user at the next turn when none is connected. It binds a PUB port, so it runs once.
 */
export const agent: AgentDefinition<TimekeeperConfig> = {
  name: "timekeeper",
  config: timekeeperConfig,
  async setup({ config, logger, app, metrics, onClose }) {
    const pool = createPool(poolSettings(config), logger);
    onClose(() => pool.end());
    const publisher = await createPublisher({ port: config.ZMQ_PUB_PORT, host: config.HTTP_HOST, logger, registry: metrics });
    onClose(() => publisher.close());
    const store = new TimerStore(pool);
    await app.register(async (scope) => {
      answerUnavailableDatabaseWith503(scope);
      await scope.register(timerRoutes(store));
    });

    let firing: Promise<void> | undefined;
    const fireDue = async (): Promise<void> => {
      for (const timer of await store.fireDue()) {
        publisher.publish(timerTopics.fired, timer);
        logger.info({ id: timer.id, userId: timer.userId, kind: timer.kind }, "timer fired");
      }
    };
    const poll = setInterval(() => {
      firing ??= fireDue()
        .catch((err: unknown) => logger.warn({ err: (err as Error).message }, "due timers not checked; trying again"))
        .finally(() => (firing = undefined));
    }, config.TIMEKEEPER_POLL_MS);
    onClose(async () => {
      clearInterval(poll);
      await firing;
    });

    return { ready: async () => ({ database: await databaseReadyCheck(pool, ["timers"]) }) };
  },
};
