import { z } from "zod";
import type { AgentDefinition } from "../../kit/agent";
import { requestEmbeddings } from "../../kit/embeddings-client";
import { parseBody } from "../../kit/errors";
import { Counter } from "../../kit/metrics";
import { TaskRouterConfig, taskRouterConfig } from "./config";
import { EmbeddingClassifier } from "./embedding-classifier";
import { exemplars } from "./exemplars";
import { maxRecentTurns, recentTurn } from "./conversation-context";
import { remoteTargets } from "./intents";
import { LexicalClassifier } from "./lexical-classifier";
import { TaskRouter } from "./router";
import { TargetHealth } from "./target-health";

const routeRequest = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  sessionId: z.string().min(1).max(200).optional(),
  /** The conversation so far, newest last: follow-ups and "it" are read against it. */
  recent: z.array(recentTurn).max(maxRecentTurns).default([]),
});

export const agent: AgentDefinition<TaskRouterConfig> = {
  name: "task-router",
  config: taskRouterConfig,
  async setup(ctx) {
    const { config, logger } = ctx;
    // Routing must stay fast when pc2 is slow: no retries, and a short timeout falls back to lexical.
    const pc2 = ctx.peer("pc2", { retries: 0 });
    const embedTimeoutMs = { utterance: config.ROUTER_EMBED_TIMEOUT_MS, exemplars: config.ROUTER_EXEMPLAR_EMBED_TIMEOUT_MS };
    const embedding = new EmbeddingClassifier(
      exemplars,
      (texts, purpose) => requestEmbeddings(pc2, texts, { timeoutMs: embedTimeoutMs[purpose] }),
      logger,
    );
    const targets = new TargetHealth(
      new Map(
        remoteTargets.map((target) => [
          target,
          ctx.peer(target, { retries: 0, volumeThreshold: 3, resetTimeoutMs: 2 * config.TARGET_PROBE_INTERVAL_MS }),
        ]),
      ),
      { intervalMs: config.TARGET_PROBE_INTERVAL_MS, timeoutMs: config.TARGET_PROBE_TIMEOUT_MS },
      logger,
    );
    const router = new TaskRouter(
      new LexicalClassifier(exemplars),
      embedding,
      targets,
      {
        embeddingWeight: config.ROUTER_EMBEDDING_WEIGHT,
        minConfidence: config.ROUTER_MIN_CONFIDENCE,
        lexicalDecisive: { score: config.ROUTER_LEXICAL_DECISIVE_SCORE, margin: config.ROUTER_LEXICAL_DECISIVE_MARGIN },
        outside: { margin: config.ROUTER_OUTSIDE_MARGIN, clearMargin: config.ROUTER_OUTSIDE_CLEAR_MARGIN, skillScore: config.ROUTER_OUTSIDE_SKILL_SCORE },
      },
      logger,
    );
    const routed = new Counter({
      name: "router_routes_total",
      help: "Routed utterances by intent and by the classifier that decided",
      labelNames: ["intent", "classifier"],
      registers: [ctx.metrics],
    });

    ctx.app.post("/v1/route", async (request) => {
      const { text, recent } = parseBody(routeRequest, request.body);
      const decision = await router.route(text, recent);
      routed.inc({ intent: decision.intent, classifier: decision.classifier });
      return decision;
    });

    ctx.app.get("/v1/targets", async () => ({
      targets: targets.report(),
      embeddings: { peer: "pc2", url: pc2.baseUrl, state: pc2.state, cachedModels: embedding.cachedModels },
    }));

    ctx.onClose(() => targets.stop());

    return {
      started() {
        targets.start();
        embedding.prepare().then(
          (model) => logger.info({ model }, "exemplar embeddings cached"),
          (err: unknown) => logger.warn({ err: (err as Error).message }, "pc2 embeddings unavailable at start; routing lexically until it answers"),
        );
      },
      // Lexical routing needs nothing external, so the router is ready whether or not pc2 is.
      ready: async () => ({
        classifier: { ok: true, detail: { pc2: pc2.state, cachedModels: embedding.cachedModels } },
      }),
    };
  },
};
