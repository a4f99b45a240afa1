import type { ServiceName } from "../../kit/catalog";
import type { Logger } from "../../kit/logging";
import { Gauge, Histogram, Registry } from "../../kit/metrics";
import { probeService, ProbeTarget } from "./probe";
import { ServiceState, ServiceStatus, ServiceStatusView } from "./service-status";
import type { StatusEventLog } from "./status-events";

export interface MonitorOptions {
  intervalMs: number;
  timeoutMs: number;
}

export interface ServiceReport extends ServiceStatusView {
  service: ServiceName;
  url: string;
}

/**
 * Polls every watched service at a fixed rate (a slow round does not push the next one back),
 * keeps each one's status, records changes in the event log and mirrors it all in metrics.
 */
export class HealthMonitor {
  private readonly statuses: ReadonlyMap<ServiceName, ServiceStatus>;
  private readonly up: Gauge<"service">;
  private readonly ready: Gauge<"service">;
  private readonly latency: Histogram<"service">;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private completedRounds = 0;
  private lastRoundAt: Date | undefined;

  constructor(
    private readonly targets: ReadonlyMap<ServiceName, ProbeTarget>,
    private readonly options: MonitorOptions,
    private readonly events: StatusEventLog,
    registry: Registry,
    private readonly logger: Logger,
  ) {
    this.statuses = new Map([...targets.keys()].map((name) => [name, new ServiceStatus()]));
    this.up = new Gauge({ name: "voice_service_up", help: "1 when the service's /health answers", labelNames: ["service"], registers: [registry] });
    this.ready = new Gauge({ name: "voice_service_ready", help: "1 when the service's /ready answers 200", labelNames: ["service"], registers: [registry] });
    this.latency = new Histogram({
      name: "voice_service_health_latency_seconds",
      help: "Latency of each service's /health",
      labelNames: ["service"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
  }

  get rounds(): number {
    return this.completedRounds;
  }

  start(): void {
    const tick = (): void => {
      const started = Date.now();
      this.running = this.pollOnce().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, Math.max(0, this.options.intervalMs - (Date.now() - started)));
      });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  async pollOnce(): Promise<void> {
    await Promise.all(
      [...this.targets].map(async ([service, target]) => {
        const observation = await probeService(target, this.options.timeoutMs);
        this.up.set({ service }, observation.alive ? 1 : 0);
        this.ready.set({ service }, observation.ready ? 1 : 0);
        if (observation.alive) this.latency.observe({ service }, observation.latencyMs / 1000);
        const change = (this.statuses.get(service) as ServiceStatus).observe(observation);
        if (change) {
          const event = this.events.append(service, change);
          // A service first seen down is usually one still starting; losing one that was seen is worth a warning.
          const log = change.to === "down" && change.from !== "unknown" ? this.logger.warn.bind(this.logger) : this.logger.info.bind(this.logger);
          log({ service, from: change.from, to: change.to, error: change.error, seq: event.seq }, `${service} is ${change.to}`);
        }
      }),
    );
    this.completedRounds++;
    this.lastRoundAt = new Date();
  }

  report(): {
    round: number;
    checkedAt: string | null;
    intervalMs: number;
    summary: Record<ServiceState, number>;
    services: ServiceReport[];
  } {
    const services = [...this.targets].map(([service, target]) => ({
      service,
      url: target.url,
      ...(this.statuses.get(service) as ServiceStatus).view(),
    }));
    const summary: Record<ServiceState, number> = { up: 0, degraded: 0, down: 0, unknown: 0 };
    for (const s of services) summary[s.state]++;
    return {
      round: this.completedRounds,
      checkedAt: this.lastRoundAt?.toISOString() ?? null,
      intervalMs: this.options.intervalMs,
      summary,
      services,
    };
  }
}
