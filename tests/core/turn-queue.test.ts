import { QueueFullError, TurnQueue } from "../../agents-src/core/coordinator/turn-queue";

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe("TurnQueue", () => {
  it("runs up to its concurrency at once and starts waiting turns by priority, FIFO within one", async () => {
    const queue = new TurnQueue({ concurrency: 1, capacity: 10 });
    const started: string[] = [];
    const gate = deferred();
    const first = queue.run("text", async () => {
      started.push("first");
      await gate.promise;
    });
    const later = [
      queue.run("background", async () => void started.push("background")),
      queue.run("text", async () => void started.push("text-1")),
      queue.run("audio", async () => void started.push("audio")),
      queue.run("text", async () => void started.push("text-2")),
    ];
    expect(queue.running).toBe(1);
    expect(queue.depth()).toBe(4);
    expect(queue.depth("text")).toBe(2);
    gate.release();
    await Promise.all([first, ...later]);
    expect(started).toEqual(["first", "audio", "text-1", "text-2", "background"]);
    expect(queue.running).toBe(0);
  });

  it("refuses work when the waiting room is full, and recovers once it drains", async () => {
    const queue = new TurnQueue({ concurrency: 1, capacity: 1 });
    const gate = deferred();
    const busy = queue.run("text", () => gate.promise);
    const waiting = queue.run("text", async () => "waited");
    await expect(queue.run("audio", async () => "refused")).rejects.toBeInstanceOf(QueueFullError);
    gate.release();
    await busy;
    expect(await waiting).toBe("waited");
    expect(await queue.run("text", async () => "again")).toBe("again");
  });

  it("drops a waiting turn whose signal aborts and keeps the slot count right", async () => {
    const queue = new TurnQueue({ concurrency: 1, capacity: 5 });
    const gate = deferred();
    const busy = queue.run("text", () => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const cancelled = queue.run("audio", async () => void (ran = true), controller.signal);
    controller.abort(new Error("barge-in"));
    await expect(cancelled).rejects.toThrow("barge-in");
    expect(queue.depth()).toBe(0);
    gate.release();
    await busy;
    expect(ran).toBe(false);
    expect(queue.running).toBe(0);
  });

  it("releases the slot of a turn that fails", async () => {
    const queue = new TurnQueue({ concurrency: 1, capacity: 1 });
    await expect(queue.run("text", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(queue.running).toBe(0);
    expect(await queue.run("text", async () => 1)).toBe(1);
  });
});
