import { LoadGuard } from "../../agents-src/audio/fused-audio-preprocessor/load-guard";

/** A guard whose loop reads `reading()`; its samples come from the test. */
function guardAt(max = 0.9): { guard: LoadGuard; at: (utilization: number) => boolean } {
  let now = 0;
  const guard = new LoadGuard(max, { loop: { current: () => now, stop: () => undefined } });
  return {
    guard,
    at: (utilization) => {
      now = utilization;
      guard.sample(utilization);
      return guard.check().refusal === undefined;
    },
  };
}

describe("LoadGuard", () => {
  it("lets clients in up to MAX_LOOP_UTILIZATION, and once over it, only again at 0.1 under it", () => {
    const { at } = guardAt(0.9);
    expect([0.5, 0.9, 0.91, 0.85, 0.81, 0.95, 0.8, 0.85, 0.9].map(at)).toEqual([true, true, false, false, false, false, true, true, true]);
  });

  it("judges a reading between samples by the state the samples left, without changing it", () => {
    let now = 0.95;
    const guard = new LoadGuard(0.9, { loop: { current: () => now, stop: () => undefined } });
    guard.sample(0.95);
    now = 0.3;
    expect(guard.check().refusal).toBeUndefined();
    now = 0.85;
    // Only a sample under 0.8 opens it again: a read at 0.3 did not.
    expect(guard.check().refusal).toBeDefined();
  });

  it("says why it refuses", () => {
    const { guard, at } = guardAt(0.9);
    at(0.934);
    expect(guard.check()).toEqual({
      utilization: 0.934,
      refusal: "event loop 93% busy over the last 0.5 s; MAX_LOOP_UTILIZATION=0.9, and clients are let in again at 0.8 or less",
    });
  });

  it("never refuses at a limit of 1, even on a loop that never idles", () => {
    const { at } = guardAt(1);
    expect([1, 1, 1].map(at)).toEqual([true, true, true]);
  });

  it("rejects a limit it could never let clients in again under", () => {
    expect(() => new LoadGuard(0.1, { loop: { current: () => 0, stop: () => undefined } })).toThrow(RangeError);
  });
});
