import type { ChildExit, ChildService } from "./child-service";
import { RestartBackoff, RestartPolicy } from "./restart-backoff";
import type { ServiceState } from "./service-table";

export interface SupervisedServiceOptions {
  name: string;
  /** Starts one run of the service. */
  start(): ChildService;
  /** Whether the running service answers its readiness check. */
  isReady(): Promise<boolean>;
  readyTimeoutMs: number;
  policy: RestartPolicy;
  /** The launcher's own lines (exits, restarts, giving up). */
  report(line: string): void;
  /** Called on every change of state, with the new one. */
  changed(state: ServiceState): void;
}

/** The states a run settles in: what the launch waits for before printing its table. */
const settledStates: ReadonlySet<ServiceState> = new Set(["ready", "not ready", "failed"]);

/**
 * One long-running service kept up the way the containers' restart policy keeps theirs: an exit
 * is reported at once with its code and last lines, the service starts again after a backoff,
 * and after a run of quick failures it is left down ("failed") and the launcher says so.
 */
export class SupervisedService {
  private child: ChildService;
  private current: ServiceState = "not ready";
  private readonly backoff: RestartBackoff;
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  private settle: (state: ServiceState) => void = () => undefined;
  /** The state the first run settles in: ready, not ready (the timeout passed) or failed (restarts stopped). */
  readonly settled: Promise<ServiceState>;

  constructor(private readonly options: SupervisedServiceOptions) {
    this.backoff = new RestartBackoff(options.policy);
    this.settled = new Promise((resolve) => (this.settle = resolve));
    this.child = this.run();
  }

  get state(): ServiceState {
    return this.current;
  }

  /** From now on an exit is expected: it is neither reported nor followed by a restart. */
  stopRestarting(): void {
    this.stopping = true;
    clearTimeout(this.restartTimer);
  }

  /** Stops the service for good. */
  async stop(graceMs: number): Promise<void> {
    this.stopRestarting();
    await this.child.stop(graceMs);
  }

  private run(): ChildService {
    const child = this.options.start();
    const startedAt = Date.now();
    void child.finished.then((exit) => this.exited(child, exit, Date.now() - startedAt));
    void this.watchReadiness(child);
    return child;
  }

  private async watchReadiness(child: ChildService): Promise<void> {
    const deadline = Date.now() + this.options.readyTimeoutMs;
    while (Date.now() < deadline) {
      if (!child.running || this.stopping) return;
      if (await this.options.isReady().catch(() => false)) {
        if (child.running && !this.stopping) this.setState("ready");
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    if (child.running && !this.stopping) this.setState("not ready");
  }

  private exited(child: ChildService, exit: ChildExit, ranMs: number): void {
    if (this.stopping) return;
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    const lines = child.lastLines;
    this.options.report(
      `${this.options.name} ${how} after ${(ranMs / 1000).toFixed(1)} s` +
        (lines.length ? `; its last lines:\n${lines.map((l) => `    ${l}`).join("\n")}` : "; it wrote nothing"),
    );
    const delayMs = this.backoff.nextDelay(ranMs);
    if (delayMs === undefined) {
      const seconds = this.options.policy.healthyAfterMs / 1000;
      this.options.report(`${this.options.name} failed ${this.backoff.failuresInARow} times in a row, each within ${seconds} s of starting; not restarting it`);
      this.setState("failed");
      return;
    }
    this.options.report(`restarting ${this.options.name} in ${delayMs} ms`);
    this.setState("restarting");
    this.restartTimer = setTimeout(() => {
      if (!this.stopping) this.child = this.run();
    }, delayMs);
  }

  private setState(state: ServiceState): void {
    this.current = state;
    if (settledStates.has(state)) this.settle(state);
    this.options.changed(state);
  }
}
