import { Client } from "pg";
import type { Logger } from "../../kit";

export interface WaitOptions {
  timeoutMs: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** Connects as soon as PostgreSQL accepts connections, retrying with capped exponential backoff until `timeoutMs`. */
export async function waitForPostgres(connectionString: string, options: WaitOptions, logger: Logger): Promise<Client> {
  const deadline = Date.now() + options.timeoutMs;
  let delay = options.firstDelayMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - Date.now();
    const client = new Client({ connectionString, connectionTimeoutMillis: Math.max(100, Math.min(5000, remaining)) });
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => undefined);
      const wait = Math.min(delay, deadline - Date.now());
      if (wait <= 0) {
        throw new Error(`PostgreSQL not reachable after ${attempt} attempts in ${options.timeoutMs} ms: ${(err as Error).message}`);
      }
      logger.info({ attempt, retryInMs: wait, reason: (err as Error).message }, "waiting for PostgreSQL");
      await new Promise((r) => setTimeout(r, wait));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5000);
    }
  }
}
