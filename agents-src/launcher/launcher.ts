import { catalog, ServiceName } from "../kit/catalog";
import { ChildService } from "./child-service";
import type { PlannedService } from "./service-plan";
import type { ServiceState } from "./service-table";

export interface LauncherOptions {
  plan: readonly PlannedService[];
  /** How to run one service: the node binary and its arguments. */
  command: string;
  argsFor(service: ServiceName): string[];
  baseEnv: NodeJS.ProcessEnv;
  output(line: string): void;
  readyTimeoutMs: number;
  stopGraceMs: number;
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
 * launch; a service that never gets ready is reported, and the rest keep running.
 */
export class Launcher {
  private readonly children = new Map<ServiceName, ChildService>();
  private stopping = false;

  constructor(private readonly options: LauncherOptions) {}

  async start(): Promise<Array<{ service: PlannedService; state: ServiceState }>> {
    const width = Math.max(...this.options.plan.map((s) => s.name.length));
    const settled = new Map<ServiceName, Promise<ServiceState>>();
    for (const service of this.options.plan) {
      const dependencies = catalog[service.name].startsAfter.map((d) => settled.get(d)).filter((p) => p !== undefined);
      settled.set(service.name, Promise.all(dependencies).then(() => this.launch(service, width)));
    }
    const states = await Promise.all(this.options.plan.map((s) => settled.get(s.name) as Promise<ServiceState>));
    return this.options.plan.map((service, i) => ({ service, state: states[i] }));
  }

  /** Stops every child, dependents first, each with SIGTERM and a grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const service of [...this.options.plan].reverse()) await this.children.get(service.name)?.stop(this.options.stopGraceMs);
  }

  private async launch(service: PlannedService, width: number): Promise<ServiceState> {
    if (!service.built) return "not built";
    if (this.stopping) return "not ready";
    const child = new ChildService(
      {
        name: service.name,
        command: this.options.command,
        args: this.options.argsFor(service.name),
        env: { ...this.options.baseEnv, ...service.env },
        output: this.options.output,
      },
      width,
    );
    this.children.set(service.name, child);
    if (service.job) {
      const { code } = await child.exited;
      if (code !== 0) throw new JobFailed(service.name, code);
      return "completed";
    }
    return this.waitReady(service, child);
  }

  private async waitReady(service: PlannedService, child: ChildService): Promise<ServiceState> {
    const deadline = Date.now() + this.options.readyTimeoutMs;
    while (Date.now() < deadline) {
      if (!child.running) return "failed";
      const response = await fetch(`${service.url}${catalog[service.name].readyPath}`, { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
      if (response?.ok) return "ready";
      await new Promise((r) => setTimeout(r, 200));
    }
    return "not ready";
  }
}
