import { containerLimits, providerCpus } from "../../components/services";

describe("providerCpus: the provider's nanoInt64ToDecimalString over the NanoCPUs the engine stores", () => {
  it.each<[number, string]>([
    [1, "1.0"],
    [4, "4.0"],
    [0.5, "0.5"],
    [1.25, "1.25"],
    [0.001, "0.001"],
    [2.000000001, "2.000000001"],
    [16, "16.0"],
  ])("%d -> %s", (cpus, text) => {
    expect(providerCpus(cpus)).toBe(text);
  });
});

describe("containerLimits", () => {
  it("pins swap to the memory so the engine does not double it", () => {
    expect(containerLimits({ memoryMb: 512 })).toEqual({ memory: 512, memorySwap: 512 });
  });

  it("declares nothing for what is not configured", () => {
    expect(containerLimits({})).toEqual({});
    expect(containerLimits({ cpus: 1 })).toEqual({ cpus: "1.0" });
  });
});
