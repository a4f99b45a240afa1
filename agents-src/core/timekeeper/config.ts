import { z } from "zod";
import { baseAgentConfig, zmqPubPort } from "../../kit/config";
import { databaseVariables } from "../../kit/postgres/database-config";

const positiveInt = z.coerce.number().int().positive();

export const timekeeperConfig = baseAgentConfig.extend({
  ...databaseVariables,
  ZMQ_PUB_PORT: zmqPubPort,
  DB_POOL_MAX: positiveInt.default(3),
  /** How often due timers are looked for: a timer fires at most this late. */
  TIMEKEEPER_POLL_MS: positiveInt.default(250),
});
export type TimekeeperConfig = z.infer<typeof timekeeperConfig>;
