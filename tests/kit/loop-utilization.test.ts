import { setTimeout as sleep } from "node:timers/promises";
import { LoopUtilization } from "../../agents-src/kit/loop-utilization";

const block = (ms: number): void => {
  for (const until = Date.now() + ms; Date.now() < until; );
};

describe("LoopUtilization", () => {
  it("counts the time before its start as idle until a whole window has passed", () => {
    const loop = new LoopUtilization(2000);
    try {
      block(100);
      expect(loop.current()).toBeGreaterThan(0.04);
      expect(loop.current()).toBeLessThan(0.1);
    } finally {
      loop.stop();
    }
  });

  it("reads a loop blocked for the whole window as busy, and forgets it once a window of idle time has passed", async () => {
    const loop = new LoopUtilization(1000);
    try {
      block(1100);
      expect(loop.current()).toBeGreaterThan(0.9);
      await sleep(1400);
      expect(loop.current()).toBeLessThan(0.2);
    } finally {
      loop.stop();
    }
  });
});
