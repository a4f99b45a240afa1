import type { RunningAgent } from "../../agents-src/kit";
import { deviceTokenFor } from "./access";
import { createTestDatabase, TestDatabase } from "./database";
import { migrate } from "./db-setup-process";
import { startMemoryOrchestrator, unreachableUrl } from "./memory-services";

export interface IdentityService {
  /** MEMORY_ORCHESTRATOR_URL for an edge agent: it answers whose device token a client presents. */
  url: string;
  /** A device token of user `test-user`. */
  token: string;
  close(): Promise<void>;
}

/**
 * What an audio test needs to be let in: a memory-orchestrator on its own database, and a device
 * token, which the tests' clients send (VOICE_DEVICE_TOKEN, as `talk` reads it).
 */
export async function startIdentityService(name: string): Promise<IdentityService> {
  const db: TestDatabase = await createTestDatabase(name);
  await migrate(db.url);
  const orchestrator: RunningAgent<unknown> = await startMemoryOrchestrator(db.url, await unreachableUrl());
  const { token } = await deviceTokenFor(db.url, "test-user");
  process.env.VOICE_DEVICE_TOKEN = token;
  return {
    url: orchestrator.url,
    token,
    async close() {
      delete process.env.VOICE_DEVICE_TOKEN;
      await orchestrator.close();
      await db.drop();
    },
  };
}
