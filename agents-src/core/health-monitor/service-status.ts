export type ServiceState = "unknown" | "up" | "degraded" | "down";

export interface Observation {
  /** `/health` answered 200: the process is alive. */
  alive: boolean;
  /** `/ready` answered 200: its own dependencies answer too. */
  ready: boolean;
  latencyMs: number;
  at: Date;
  error?: string;
}

export interface StatusChange {
  from: ServiceState;
  to: ServiceState;
  at: string;
  error?: string;
}

export interface ServiceStatusView {
  state: ServiceState;
  since: string | null;
  lastCheck: string | null;
  latencyMs: number | null;
  consecutiveFailures: number;
  error?: string;
}

export function stateOf(observation: Pick<Observation, "alive" | "ready">): ServiceState {
  if (!observation.alive) return "down";
  return observation.ready ? "up" : "degraded";
}

/**
 * What is known about one service. Every observation decides the state on its own, so a stopped
 * service is reported at the first poll that cannot reach it, and recovery at the first that can.
 */
export class ServiceStatus {
  private state: ServiceState = "unknown";
  private since: Date | undefined;
  private last: Observation | undefined;
  private failures = 0;

  observe(observation: Observation): StatusChange | undefined {
    const next = stateOf(observation);
    this.failures = next === "up" ? 0 : this.failures + 1;
    this.last = observation;
    if (next === this.state) return undefined;
    const change: StatusChange = { from: this.state, to: next, at: observation.at.toISOString(), error: observation.error };
    this.state = next;
    this.since = observation.at;
    return change;
  }

  view(): ServiceStatusView {
    return {
      state: this.state,
      since: this.since?.toISOString() ?? null,
      lastCheck: this.last?.at.toISOString() ?? null,
      latencyMs: this.last?.alive ? this.last.latencyMs : null,
      consecutiveFailures: this.failures,
      ...(this.last?.error ? { error: this.last.error } : {}),
    };
  }
}
