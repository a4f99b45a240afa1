import { Histogram, Registry } from "../kit/metrics";

/** Per-chunk processing time; the buckets span 0.2 ms (a 10 ms frame) to 50 ms (a large client chunk). */
export function processingTimeHistogram(registry: Registry, name: string, help: string): Histogram {
  return new Histogram({ name, help, buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05], registers: [registry] });
}
