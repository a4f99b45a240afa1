import { HttpError, Registry } from "../../agents-src/kit";
import type { ModelInfo } from "../../agents-src/pc2/model-server/model-info";
import { createModelMetrics } from "../../agents-src/pc2/model-server/model-metrics";
import { ModelRunner } from "../../agents-src/pc2/model-server/model-runner";

interface FakeEngine {
  info: ModelInfo;
  closed: boolean;
  close(): Promise<void>;
}

const info: ModelInfo = { engine: "test", device: "cpu", model: "m" };
const engine = (): FakeEngine => ({ info, closed: false, async close() { this.closed = true; } });

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function runner(load: () => Promise<FakeEngine>, queueLimit = 2, onFailure: (err: unknown) => void = () => undefined) {
  return new ModelRunner("embed", load, queueLimit, createModelMetrics(new Registry()), onFailure);
}

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (err) {
    return err as HttpError;
  }
  throw new Error("expected a rejection");
}

describe("ModelRunner", () => {
  it("answers 503 while the model loads and after it failed to load", async () => {
    const load = deferred<FakeEngine>();
    const loading = runner(() => load.promise);
    const early = await rejection(loading.run(async () => 1));
    expect([early.statusCode, early.retryAfterSeconds]).toEqual([503, 5]);
    load.resolve(engine());
    await loading.settled();
    expect(loading.status).toEqual({ status: "ready", info });
    await expect(loading.run(async () => 1)).resolves.toBe(1);

    const failures: unknown[] = [];
    const broken = runner(async () => Promise.reject(new Error("no weights")), 2, (err) => failures.push(err));
    await broken.settled();
    expect(broken.status).toEqual({ status: "failed", error: "no weights" });
    expect(failures).toHaveLength(1);
    expect((await rejection(broken.run(async () => 1))).statusCode).toBe(503);
  });

  it("runs one request at a time, in arrival order", async () => {
    const r = runner(async () => engine(), 5);
    await r.settled();
    const events: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const runs = gates.map((gate, i) =>
      r.run(async () => {
        events.push(`start ${i}`);
        await gate.promise;
        events.push(`end ${i}`);
        return i;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(["start 0"]);
    gates[1].resolve();
    gates[2].resolve();
    gates[0].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(events).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"]);
  });

  it("refuses requests beyond the queue limit with 503 and a Retry-After, and keeps serving after a failure", async () => {
    const r = runner(async () => engine(), 1);
    await r.settled();
    const gate = deferred();
    const running = r.run(async () => {
      await gate.promise;
      throw new Error("model error");
    });
    await new Promise((resolve) => setImmediate(resolve));
    const queued = r.run(async () => "queued");
    const refused = await rejection(r.run(async () => "refused"));
    expect(refused.statusCode).toBe(503);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    gate.resolve();
    await expect(running).rejects.toThrow("model error");
    await expect(queued).resolves.toBe("queued");
    await expect(r.run(async () => "later")).resolves.toBe("later");
  });

  it("waits for queued work before closing the model", async () => {
    const loaded = engine();
    const r = runner(async () => loaded);
    await r.settled();
    const gate = deferred();
    const work = r.run(() => gate.promise);
    const closing = r.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(loaded.closed).toBe(false);
    gate.resolve();
    await work;
    await closing;
    expect(loaded.closed).toBe(true);
  });
});
