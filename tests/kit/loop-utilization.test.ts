import { setTimeout as sleep } from "node:timers/promises";
import { LoopUtilization } from "../../agents-src/kit/loop-utilization";
import { blockEventLoop as block } from "../support/block-event-loop";

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

  it("still counts load from earlier in the window", async () => {
    const loop = new LoopUtilization(1000);
    try {
      await sleep(1100);
      block(600);
      await sleep(300);
      // 600 ms busy in the last 1-1.25 s (more if the sleep overran); a window of only the newest snapshots would read ~0.
      expect(loop.current()).toBeGreaterThan(0.3);
      expect(loop.current()).toBeLessThan(0.7);
    } finally {
      loop.stop();
    }
  });

  it("hands every sample's reading to onSample", async () => {
    const heard: number[] = [];
    const loop = new LoopUtilization(400, (utilization) => heard.push(utilization));
    try {
      block(300);
      await sleep(250);
      expect(heard.length).toBeGreaterThanOrEqual(2);
      expect(heard[0]).toBeGreaterThan(0.6);
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
