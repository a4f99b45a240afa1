import type { ServiceName } from "../../kit/catalog";
import type { Logger } from "../../kit/logging";
import type { BreakerState, PeerClient } from "../../kit/peer-client";

export interface ProbeResult {
  ok: boolean;
  at: string;
  error?: string;
}

export interface TargetReport {
  target: ServiceName;
  url: string;
  state: BreakerState;
  lastProbe?: ProbeResult;
  stats: PeerClient["stats"];
}

/**
 * Keeps one circuit breaker per target fed by periodic /health probes through the target's peer
 * client, so routing knows a target is down before a user's turn pays a timeout to find out. An
 * open breaker rejects probes until its reset timeout, then lets one trial through.
 */
export class TargetHealth {
  private readonly lastProbe = new Map<ServiceName, ProbeResult>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly clients: ReadonlyMap<ServiceName, PeerClient>,
    private readonly options: { intervalMs: number; timeoutMs: number },
    private readonly logger: Logger,
  ) {}

  state(target: ServiceName): BreakerState {
    return this.clients.get(target)?.state ?? "open";
  }

  report(): TargetReport[] {
    return [...this.clients].map(([target, client]) => ({
      target,
      url: client.baseUrl,
      state: client.state,
      lastProbe: this.lastProbe.get(target),
      stats: client.stats,
    }));
  }

  start(): void {
    const tick = async (): Promise<void> => {
      await this.probeAll();
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  async probeAll(): Promise<void> {
    await Promise.all(
      [...this.clients].map(async ([target, client]) => {
        const before = client.state;
        try {
          await client.get("/health", { timeoutMs: this.options.timeoutMs });
          this.lastProbe.set(target, { ok: true, at: new Date().toISOString() });
        } catch (err) {
          this.lastProbe.set(target, { ok: false, at: new Date().toISOString(), error: (err as Error).message });
        }
        if (client.state !== before) this.logger.info({ target, from: before, to: client.state }, "target circuit changed");
      }),
    );
  }
}
