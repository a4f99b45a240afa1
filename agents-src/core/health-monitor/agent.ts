import { z } from "zod";
import type { AgentDefinition } from "../../kit/agent";
import { catalog, isServiceName } from "../../kit/catalog";
import { notFound, parseBody } from "../../kit/errors";
import { HealthMonitorConfig, healthMonitorConfig } from "./config";
import { HealthMonitor } from "./monitor";
import type { ProbeTarget } from "./probe";
import { StatusEventLog } from "./status-events";

const eventsQuery = z.strictObject({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Long poll: wait up to this long for a change newer than `since`. */
  waitMs: z.coerce.number().int().min(0).max(30_000).default(0),
});

export const agent: AgentDefinition<HealthMonitorConfig> = {
  name: "health-monitor",
  config: healthMonitorConfig,
  async setup(ctx) {
    const { config, logger } = ctx;
    const targets = new Map(
      [...config.serviceUrls].map(([name, url]): [typeof name, ProbeTarget] => [
        name,
        { url, healthPath: catalog[name].healthPath ?? "/health", readyPath: catalog[name].readyPath ?? "/ready" },
      ]),
    );
    const events = new StatusEventLog(config.HEALTH_EVENT_HISTORY);
    const monitor = new HealthMonitor(
      targets,
      { intervalMs: config.HEALTH_POLL_INTERVAL_MS, timeoutMs: config.HEALTH_PROBE_TIMEOUT_MS },
      events,
      ctx.metrics,
      logger,
    );

    ctx.app.get("/v1/status", async () => monitor.report());

    ctx.app.get("/v1/status/:service", async (request) => {
      const { service } = request.params as { service: string };
      const report = isServiceName(service) ? monitor.report().services.find((s) => s.service === service) : undefined;
      if (!report) throw notFound(`${service} is not a monitored service`);
      return report;
    });

    ctx.app.get("/v1/events", async (request) => {
      const query = parseBody(eventsQuery, request.query, "query");
      await events.waitFor(query.since, query.waitMs);
      return { lastSeq: events.lastSeq, events: events.after(query.since, query.limit) };
    });

    // Long polls would otherwise hold shutdown until they time out.
    ctx.app.addHook("preClose", async () => events.wakeAll());
    ctx.onClose(() => monitor.stop());

    return {
      started() {
        logger.info({ services: [...targets.keys()], intervalMs: config.HEALTH_POLL_INTERVAL_MS }, "monitoring");
        monitor.start();
      },
      ready: async () => ({ polling: { ok: monitor.rounds > 0, detail: { rounds: monitor.rounds, services: targets.size } } }),
    };
  },
};
