import { LoadGuard } from "../../agents-src/audio/fused-audio-preprocessor/load-guard";

/** A guard reading the utilizations it is given, one per check. */
function guardOver(readings: number[], max = 0.9): { guard: LoadGuard; verdicts: () => boolean[] } {
  let next = 0;
  const guard = new LoadGuard(max, { current: () => readings[next++], stop: () => undefined });
  return { guard, verdicts: () => readings.map(() => guard.check().ok) };
}

describe("LoadGuard", () => {
  it("lets clients in up to MAX_LOOP_UTILIZATION, and once over it, only again below 0.1 under it", () => {
    expect(guardOver([0.5, 0.9, 0.91, 0.85, 0.81, 0.95, 0.8, 0.85, 0.9]).verdicts()).toEqual([true, true, false, false, false, false, true, true, true]);
  });

  it("says why it refuses", () => {
    const { guard } = guardOver([0.934]);
    expect(guard.check()).toEqual({
      ok: false,
      utilization: 0.934,
      refusal: "event loop 93% busy over the last 0.5 s; MAX_LOOP_UTILIZATION=0.9, and clients are let in again below 0.8",
    });
  });

  it("never refuses at a limit of 1, even on a loop that never idles", () => {
    expect(guardOver([1, 1, 1], 1).verdicts()).toEqual([true, true, true]);
  });
});
