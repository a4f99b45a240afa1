/**
 * How long one evaluation of the full prod stack takes under Pulumi's mocks, and how many
 * resources it declares. `BENCH_RUNS` sets the number of timed evaluations (default 15).
 */
import { performance } from "node:perf_hooks";
import { loadStackConfig, readProjectConfig } from "../components/config";
import { planDatabase } from "../components/database/plan";
import { planServices } from "../components/services/plan";
import { planMountSources } from "../components/volumes/mounts";
import { project, runProgram, stackConfig, type CapturedResource } from "../tests/pulumi/mockedProgram";

const runs = Number(process.env.BENCH_RUNS ?? 15);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function countByKind(resources: CapturedResource[]): Record<string, number> {
  const kinds: Record<string, number> = { components: 0, providers: 0, custom: 0 };
  for (const r of resources) {
    if (r.type.startsWith("voice:stack:")) kinds.components++;
    else if (r.type.startsWith("pulumi:providers:")) kinds.providers++;
    else kinds.custom++;
  }
  return kinds;
}

/** The program's own decisions, without Pulumi: validate the config and plan every resource. */
function planOnce(config: Record<string, string>): void {
  const { settings } = loadStackConfig(readProjectConfig(config, project));
  planServices(settings, "prod");
  planDatabase(settings.database);
  planMountSources(settings);
}

function median(samples: number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

async function main(): Promise<void> {
  const config = stackConfig("prod");
  const coldStart = performance.now();
  const first = await runProgram("prod", config);
  const cold = performance.now() - coldStart;

  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await runProgram("prod", config);
    durations.push(performance.now() - start);
  }
  const planning = Array.from({ length: runs }, () => {
    const start = performance.now();
    planOnce(config);
    return performance.now() - start;
  });
  durations.sort((a, b) => a - b);
  const evaluation = percentile(durations, 50);
  const kinds = countByKind(first.resources);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`prod stack under mocks, ${runs} evaluations after one cold run (${ms(cold)}, includes loading modules)`);
  console.log(`  median ${ms(evaluation)}  p95 ${ms(percentile(durations, 95))}  min ${ms(durations[0])}  max ${ms(durations[durations.length - 1])}`);
  console.log(
    `  resources declared: ${first.resources.length} (${kinds.custom} custom, ${kinds.components} components, ${kinds.providers} providers)`,
  );
  console.log(`  median per resource: ${ms(evaluation / first.resources.length)}; cold/median ratio: ${(cold / evaluation).toFixed(1)}`);
  const plan = median(planning);
  console.log(`  config validation + planning alone: median ${ms(plan)} (${((100 * plan) / evaluation).toFixed(1)}% of an evaluation)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
