import { AgentDefinition, createPublisher, ReadyCheck } from "../../kit";
import { DreamworldConfig, dreamworldConfig } from "./config";
import { createPool } from "../../kit/postgres/pool";
import { poolSettings } from "../../kit/postgres/database-config";
import { decayImportance } from "./decay-importance";
import { dreamRoutes } from "./dream-routes";
import { DreamScheduler } from "./dream-scheduler";
import { expireMemories } from "./expire-memories";
import { fillEmbeddings } from "./fill-embeddings";
import { markSuperseded } from "./mark-superseded";
import { mergeDuplicates } from "./merge-duplicates";
import { summariseSessions } from "./summarise-sessions";

const requiredTables = ["memories", "sessions", "turns", "dream_cycles", "dream_memory_checks", "dream_decay_passes"];

/** dreamworld: consolidates memories while the assistant is idle and publishes what each cycle changed. */
export const agent: AgentDefinition<DreamworldConfig> = {
  name: "dreamworld",
  config: dreamworldConfig,
  async setup({ config, logger, app, metrics, peer, onClose }) {
    // Background work gives way to the memory services: every session carries a short lock_timeout,
    // and relaxed_order lets a nearest-neighbour scan restricted to one scope keep going until it has rows.
    const pool = createPool(
      {
        ...poolSettings(config),
        serverSettings: { lock_timeout: config.DB_LOCK_TIMEOUT_MS, "hnsw.iterative_scan": "relaxed_order" },
      },
      logger,
    );
    onClose(() => pool.end());
    const publisher = await createPublisher({ port: config.ZMQ_PUB_PORT, host: config.HTTP_HOST, logger, registry: metrics });
    onClose(() => publisher.close());
    // Order matters: expired memories go before any work is spent on them, episodes are written
    // before embeddings are filled (so they get theirs in the same cycle), and embeddings before
    // merging, which compares them.
    const steps = [
      expireMemories,
      summariseSessions(peer("memory-orchestrator", { timeoutMs: config.PEER_TIMEOUT_MS }), {
        minTurns: config.EPISODE_MIN_TURNS,
        maxChars: config.EPISODE_MAX_CHARS,
      }),
      fillEmbeddings(peer("pc2", { timeoutMs: config.PEER_TIMEOUT_MS }), { batchSize: config.EMBED_BATCH_SIZE, maxTextChars: config.EMBED_MAX_TEXT_CHARS }),
      mergeDuplicates({ minSimilarity: config.MERGE_MIN_SIMILARITY, importanceBoost: config.MERGE_IMPORTANCE_BOOST }),
      markSuperseded,
      decayImportance({
        intervalMs: config.DECAY_INTERVAL_HOURS * 3_600_000,
        idleDays: config.DECAY_IDLE_DAYS,
        factor: config.DECAY_FACTOR,
        floor: config.DECAY_FLOOR,
      }),
    ];
    const scheduler = new DreamScheduler({
      pool,
      publisher,
      steps,
      timing: { idleMs: config.DREAM_IDLE_SECONDS * 1000, maxIntervalMs: config.DREAM_MAX_INTERVAL_SECONDS * 1000 },
      pollMs: config.ACTIVITY_POLL_MS,
      maxStoredChanges: config.DREAM_REPORT_MAX_CHANGES,
      logger,
      metrics,
    });
    onClose(() => scheduler.stop());
    await app.register(dreamRoutes({ pool, scheduler }));

    const database = async (): Promise<ReadyCheck> => {
      try {
        const { rows } = await pool.query<{ t: string }>("SELECT t FROM unnest($1::text[]) t WHERE to_regclass(t) IS NULL", [requiredTables]);
        return rows.length === 0 ? { ok: true } : { ok: false, detail: `missing tables (has db-setup run?): ${rows.map((r) => r.t).join(", ")}` };
      } catch (err) {
        return { ok: false, detail: (err as Error).message };
      }
    };
    return {
      ready: async () => ({
        database: await database(),
        publisher: { ok: true, detail: { endpoint: publisher.endpoint } },
        dreaming: { ok: true, detail: { runningCycle: scheduler.running?.id ?? null } },
      }),
      started: () => scheduler.start(),
    };
  },
};
