import { catalog, ServiceName } from "../kit/catalog";
import { ChildService } from "./child-service";
import { containerRestartPolicy, RestartPolicy } from "./restart-backoff";
import type { PlannedService } from "./service-plan";
import type { ServiceState } from "./service-table";
import { SupervisedService } from "./supervised-service";

export interface LauncherOptions {
  plan: readonly PlannedService[];
  /** How to run one service: the node binary and its arguments. */
  command: string;
  argsFor(service: ServiceName): string[];
  baseEnv: NodeJS.ProcessEnv;
  output(line: string): void;
  readyTimeoutMs: number;
  stopGraceMs: number;
  /** How a service that exits is restarted; the containers' policy by default. */
  restartPolicy?: RestartPolicy;
  /** Called when a service changes state after the launch (a crash, a restart, giving up); `start` reports the launch. */
  changed?(rows: ServiceRow[]): void;
}

export interface ServiceRow {
  service: PlannedService;
  state: ServiceState;
}

export class JobFailed extends Error {
  constructor(readonly service: ServiceName, readonly code: number | null) {
    super(`${service} exited with ${code}`);
    this.name = "JobFailed";
  }
}

/**
 * Starts the plan as child processes: each service once everything it starts after is ready (or,
 * for a job, has exited 0), so independent services start side by side. A failed job stops the
 * launch; a service that never gets ready is reported, and the rest keep running. A service that
 * exits is restarted (see SupervisedService), and `changed` hears of it.
 */
export class Launcher {
  private readonly jobs = new Map<ServiceName, ChildService>();
  private readonly services = new Map<ServiceName, SupervisedService>();
  private readonly states = new Map<ServiceName, ServiceState>();
  private launched = false;
  private stopping = false;

  constructor(private readonly options: LauncherOptions) {}

  async start(): Promise<ServiceRow[]> {
    const width = Math.max(...this.options.plan.map((s) => s.name.length));
    const settled = new Map<ServiceName, Promise<ServiceState>>();
    for (const service of this.options.plan) {
      const dependencies = catalog[service.name].startsAfter.map((d) => settled.get(d)).filter((p) => p !== undefined);
      settled.set(
        service.name,
        Promise.all(dependencies)
          .then(() => this.launch(service, width))
          .then((state) => {
            this.states.set(service.name, state);
            return state;
          }),
      );
    }
    await Promise.all(this.options.plan.map((s) => settled.get(s.name) as Promise<ServiceState>));
    this.launched = true;
    return this.rows();
  }

  /** Every planned service with its state now. */
  rows(): ServiceRow[] {
    return this.options.plan.map((service) => ({
      service,
      state: this.services.get(service.name)?.state ?? this.states.get(service.name) ?? "not ready",
    }));
  }

  /** Stops every child, dependents first, each with SIGTERM and a grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    // Ctrl-C in a terminal also reaches every child, which stop on it at once; none is restarted.
    for (const supervised of this.services.values()) supervised.stopRestarting();
    for (const service of [...this.options.plan].reverse()) {
      await (this.services.get(service.name) ?? this.jobs.get(service.name))?.stop(this.options.stopGraceMs);
    }
  }

  private async launch(service: PlannedService, width: number): Promise<ServiceState> {
    if (!service.built) return "not built";
    if (this.stopping) return "not ready";
    const start = () =>
      new ChildService(
        {
          name: service.name,
          command: this.options.command,
          args: this.options.argsFor(service.name),
          env: { ...this.options.baseEnv, ...service.env },
          output: this.options.output,
        },
        width,
      );
    if (service.job) {
      const job = start();
      this.jobs.set(service.name, job);
      const { code } = await job.exited;
      if (code !== 0) throw new JobFailed(service.name, code);
      return "completed";
    }
    const supervised = new SupervisedService({
      name: service.name,
      start,
      isReady: async () => (await fetch(`${service.url}${catalog[service.name].readyPath}`, { signal: AbortSignal.timeout(1000) })).ok,
      readyTimeoutMs: this.options.readyTimeoutMs,
      policy: this.options.restartPolicy ?? containerRestartPolicy,
      report: (line) => this.options.output(`launcher: ${line}`),
      changed: () => {
        if (this.launched && !this.stopping) this.options.changed?.(this.rows());
      },
    });
    this.services.set(service.name, supervised);
    return supervised.settled;
  }
}
