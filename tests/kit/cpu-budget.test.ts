import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { cgroupCpuLimit, cpuBudget } from "../../agents-src/kit/cpu-budget";

describe("cpu budget", () => {
  it("reads a container's CPU limit from cgroup v2's cpu.max", () => {
    expect(cgroupCpuLimit("max 100000\n")).toBe(Infinity);
    expect(cgroupCpuLimit("150000 100000\n")).toBe(1.5);
    expect(cgroupCpuLimit("50000 100000")).toBe(0.5);
    expect(() => cgroupCpuLimit("unlimited")).toThrow(/unexpected cpu.max contents/);
  });

  it("caps the cores by the container's limit, and is the cores where there is none or it cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "cpu-max-"));
    writeFileSync(join(dir, "cpu.max"), "100000 100000\n");
    expect(cpuBudget(join(dir, "cpu.max"))).toBe(Math.min(1, availableParallelism()));
    writeFileSync(join(dir, "cpu.max"), "max 100000\n");
    expect(cpuBudget(join(dir, "cpu.max"))).toBe(availableParallelism());
    expect(cpuBudget(join(dir, "missing"))).toBe(availableParallelism());
    writeFileSync(join(dir, "cpu.max"), "garbled\n");
    expect(cpuBudget(join(dir, "cpu.max"))).toBe(availableParallelism());
  });
});
