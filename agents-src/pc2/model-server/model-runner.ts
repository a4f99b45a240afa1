import { serviceUnavailable } from "../../kit";
import type { ModelInfo } from "./model-info";
import type { ModelMetrics, ModelTask } from "./model-metrics";

interface LoadedEngine {
  readonly info: ModelInfo;
  close(): Promise<void>;
}

export type ModelState =
  | { status: "loading" }
  | { status: "ready"; info: ModelInfo }
  | { status: "failed"; error: string };

/** Until the first request has been timed, overload hints assume one second per request. */
const assumedSecondsPerRequest = 1;

/**
 * Owns one model: loads it in the background, then runs requests on it one at a time, because
 * one model instance holds one set of activations and concurrent runs on a GPU multiply memory.
 * At most `queueLimit` requests wait; more are refused with 503 and a Retry-After estimated from
 * the measured time per request, so a burst degrades into retries instead of memory exhaustion.
 */
export class ModelRunner<E extends LoadedEngine> {
  private state: ModelState = { status: "loading" };
  private engine: E | undefined;
  private readonly loading: Promise<void>;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private secondsPerRequest: number | undefined;
  private closing = false;

  constructor(
    private readonly task: ModelTask,
    load: () => Promise<E>,
    private readonly queueLimit: number,
    private readonly metrics: ModelMetrics,
    onLoadFailure: (err: unknown) => void,
  ) {
    const started = performance.now();
    this.loading = load().then(
      (engine) => {
        this.engine = engine;
        this.state = { status: "ready", info: engine.info };
        const labels = { task, engine: engine.info.engine, device: engine.info.device };
        metrics.loadSeconds.set(labels, (performance.now() - started) / 1000);
      },
      (err: unknown) => {
        this.state = { status: "failed", error: err instanceof Error ? err.message : String(err) };
        onLoadFailure(err);
      },
    );
  }

  get status(): ModelState {
    return this.state;
  }

  /** Resolves once loading has finished, whether it succeeded or not. */
  settled(): Promise<void> {
    return this.loading;
  }

  async run<R>(work: (engine: E) => Promise<R>): Promise<R> {
    if (this.closing) {
      this.metrics.rejected.inc({ task: this.task, reason: "closing" });
      throw serviceUnavailable(`the ${this.task} model is being unloaded`, 1);
    }
    const engine = this.engine;
    if (!engine) {
      this.metrics.rejected.inc({ task: this.task, reason: this.state.status });
      const message = this.state.status === "failed" ? `the ${this.task} model failed to load` : `the ${this.task} model is still loading`;
      throw serviceUnavailable(message, this.state.status === "loading" ? 5 : 60);
    }
    if (this.waiting >= this.queueLimit) {
      this.metrics.rejected.inc({ task: this.task, reason: "overloaded" });
      throw serviceUnavailable(`the ${this.task} model is busy; ${this.waiting} requests are waiting`, this.retryAfterSeconds());
    }
    this.waiting++;
    this.metrics.waiting.set({ task: this.task }, this.waiting);
    const turn = this.tail.then(() => {
      this.waiting--;
      this.metrics.waiting.set({ task: this.task }, this.waiting);
      return this.timed(engine, work);
    });
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Serves every later request with `next`. Requests already queued finish on the engine they were
   * queued for, which is released after the last of them, so a reload drops no request.
   */
  replace(next: E): void {
    const previous = this.engine;
    this.engine = next;
    this.state = { status: "ready", info: next.info };
    this.tail = this.tail.then(() => previous?.close()).catch(() => undefined);
  }

  /** Lets queued requests finish, then releases the model; later requests are refused (503). */
  async close(): Promise<void> {
    this.closing = true;
    await this.loading;
    await this.tail;
    await this.engine?.close();
    this.engine = undefined;
  }

  private async timed<R>(engine: E, work: (engine: E) => Promise<R>): Promise<R> {
    const started = performance.now();
    try {
      return await work(engine);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      this.metrics.inferenceSeconds.observe({ task: this.task, engine: engine.info.engine }, seconds);
      // Exponential average: recent requests say more about the next wait than old ones.
      this.secondsPerRequest = this.secondsPerRequest === undefined ? seconds : 0.8 * this.secondsPerRequest + 0.2 * seconds;
    }
  }

  private retryAfterSeconds(): number {
    const perRequest = this.secondsPerRequest ?? assumedSecondsPerRequest;
    return Math.max(1, Math.ceil((this.waiting + 1) * perRequest));
  }
}
