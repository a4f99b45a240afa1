import type { AgentDefinition } from "../../kit";
import { startPeriodicTask, PeriodicTask } from "../periodic-task";
import { poolSettings } from "../../kit/postgres/database-config";
import { createPool, databaseReadyCheck } from "../../kit/postgres/pool";
import { memoryOrchestratorConfig, MemoryOrchestratorConfig } from "./config";
import { identityRoutes } from "../identity/identity-routes";
import { backfillEmbeddings } from "./embedding-backfill";
import { purgeMemories } from "./expiry-purge";
import { memoryRoutes } from "./memory-routes";
import { Pc2TextEmbedder } from "./text-embedder";
import { VocabularySync } from "./vocabulary-sync";

export const agent: AgentDefinition<MemoryOrchestratorConfig> = {
  name: "memory-orchestrator",
  config: memoryOrchestratorConfig,
  async setup({ config, logger, app, metrics, peer, onClose }) {
    const pool = createPool(
      {
        ...poolSettings(config),
        // relaxed_order lets a filtered nearest-neighbour scan keep going until it has enough rows.
        serverSettings: { "hnsw.ef_search": config.HNSW_EF_SEARCH, "hnsw.iterative_scan": "relaxed_order" },
      },
      logger,
    );
    onClose(() => pool.end());
    const embedder = new Pc2TextEmbedder(
      peer("pc2"),
      { timeoutMs: config.EMBED_TIMEOUT_MS, batchSize: config.EMBED_BATCH_SIZE, maxTextChars: config.EMBED_MAX_TEXT_CHARS },
      logger,
    );
    const vocabulary = new VocabularySync(
      pool,
      peer("pc2"),
      { delayMs: config.VOCABULARY_SYNC_DELAY_MS, retryMs: config.VOCABULARY_RETRY_MS, timeoutMs: config.EMBED_TIMEOUT_MS },
      logger,
    );
    onClose(() => vocabulary.close());
    await app.register(
      memoryRoutes({
        memoriesChanged: (userId) => vocabulary.memoriesChanged(userId),
        pool,
        embedder,
        metrics,
        limits: { maxContentChars: config.MEMORY_MAX_CONTENT_CHARS, maxBatch: config.MEMORY_MAX_BATCH },
        dedupe: { minSimilarity: config.DEDUPE_MIN_SIMILARITY, reinforcementBoost: config.REINFORCEMENT_BOOST },
        search: {
          candidatesPerRanking: config.SEARCH_CANDIDATES,
          rrfK: config.SEARCH_RRF_K,
          recencyHalfLifeDays: config.SEARCH_RECENCY_HALF_LIFE_DAYS,
          minVectorSimilarity: config.SEARCH_MIN_VECTOR_SIMILARITY,
        },
      }),
    );

    await app.register(identityRoutes(pool));

    const tasks: PeriodicTask[] = [];
    onClose(() => Promise.all(tasks.map((t) => t.stop())).then(() => undefined));
    return {
      ready: async () => ({
        database: await databaseReadyCheck(pool, ["memories"]),
        // Without pc2 the service still answers (search degrades to full text), so this never fails readiness.
        embeddings: { ok: true, detail: { pc2Circuit: embedder.circuitState } },
      }),
      started() {
        vocabulary.syncEveryUser().catch((err: unknown) => logger.warn({ err }, "users' vocabularies not scheduled"));
        tasks.push(
          startPeriodicTask("embedding-backfill", config.EMBED_BACKFILL_INTERVAL_MS, async () => {
            const embedded = await backfillEmbeddings(pool, embedder, config.EMBED_BATCH_SIZE);
            if (embedded > 0) logger.info({ embedded }, "embeddings backfilled");
          }, logger),
          startPeriodicTask("expiry-purge", config.PURGE_INTERVAL_MS, async () => {
            const purged = await purgeMemories(pool, config.PURGE_DELETED_AFTER_DAYS);
            if (purged.expired + purged.deleted > 0) logger.info(purged, "memories purged");
          }, logger),
        );
      },
    };
  },
};
