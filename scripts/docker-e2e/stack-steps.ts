/**
 * The steps every Docker-engine run is made of: one evaluation of the program as `pulumi up` or
 * `pulumi preview` against the checkpoint, with its plan printed, and the checks after it (every
 * container healthy, the provider's read-back equal to the declaration).
 */
import type Dockerode from "dockerode";
import type { StackOutputs } from "../../components/stack";
import type { StackName } from "../../tests/pulumi/mockedProgram";
import { describeContainer } from "./container-diagnostics";
import { formatPlan, type DeploymentState } from "./deployment-state";
import { EngineMocks, type BuiltImage, type EngineMocksOptions, type EvaluationMode } from "./engine-mocks";
import { runProgram, stackSettings } from "./program-run";
import { readBackDifferences } from "./read-back";
import { stackHealth } from "./stack-health";
import type { StackObjects } from "./stack-objects";

export const say = (line: string) => console.log(`docker-e2e: ${line}`);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

export class StepFailed extends Error {}

export function check(condition: boolean, problem: string): void {
  if (!condition) throw new StepFailed(problem);
}

export interface Lifecycle {
  engine: Dockerode;
  objects: StackObjects;
  state: DeploymentState;
  stack: StackName;
  /** Where Pulumi would run the program: build contexts are relative to it. */
  projectDir: string;
}

export interface Evaluation {
  mocks: EngineMocks;
  outputs: StackOutputs;
  /** The deployment's failures, as the CLI would print them; empty when it succeeded. */
  problems: string[];
  startedAt: number;
  endedAt: number;
}

export type EvaluationOptions = { mode?: EvaluationMode } & Pick<EngineMocksOptions, "contextsUnchanged" | "registryCa">;

function printImages(images: BuiltImage[]): void {
  for (const image of [...images].sort((a, b) => a.name.localeCompare(b.name)))
    say(
      `  image ${image.name.padEnd(18)} ${megabytes(image.sizeBytes).padStart(8)}   built in ${seconds(image.buildSeconds * 1000)}` +
        (image.pushSeconds === undefined ? "" : `, pushed in ${seconds(image.pushSeconds * 1000)} as ${image.pushedDigest}`),
    );
}

/** One `pulumi up` (or preview) of the program against the checkpoint, with its plan printed; failures are returned. */
export async function attemptEvaluation(life: Lifecycle, title: string, config: Record<string, string>, options: EvaluationOptions = {}): Promise<Evaluation> {
  const mode = options.mode ?? "up";
  say(`== ${title}`);
  const mocks = new EngineMocks({
    engine: life.engine,
    dockerHost: stackSettings(config).dockerHost,
    objects: life.objects,
    projectDir: life.projectDir,
    state: life.state,
    mode,
    contextsUnchanged: options.contextsUnchanged,
    registryCa: options.registryCa,
  });
  const startedAt = performance.now();
  try {
    const { outputs, errors } = await runProgram(life.stack, config, mocks, mode === "preview");
    const problems = [...mocks.failures.map(({ resource, error }) => `${resource}: ${error.message}`), ...errors.map((e) => e.message)];
    // Not "FAILED": the caller decides whether a failure was expected (step P3 expects one).
    for (const problem of problems) say(`the deployment reported: ${problem}`);
    // A container that did not become healthy: its logs and probes say why.
    for (const { resource, declaredName } of mocks.failures)
      if (resource.startsWith("docker:index/container:Container") && declaredName !== undefined)
        console.log(`\n${await describeContainer(life.engine.getContainer(declaredName)).catch((err: Error) => err.message)}\n`);
    if (problems.length === 0 && mode === "up") await mocks.deleteUndeclared();
    say(`plan (${mode}):`);
    for (const line of formatPlan(mocks.steps)) console.log(line);
    printImages(mocks.images);
    for (const pull of mocks.pulls) say(`  pulled ${pull.name} in ${seconds(pull.pullSeconds * 1000)}`);
    if (mocks.databaseObjects.length > 0) say(`PostgreSQL objects: ${mocks.databaseObjects.join(", ")}`);
    return { mocks, outputs, problems, startedAt, endedAt: performance.now() };
  } finally {
    await mocks.stop();
  }
}

/** An evaluation that must succeed. */
export async function evaluate(life: Lifecycle, title: string, config: Record<string, string>, options: EvaluationOptions = {}): Promise<Evaluation> {
  const evaluation = await attemptEvaluation(life, title, config, options);
  check(evaluation.problems.length === 0, `${title}: the deployment failed`);
  return evaluation;
}

/** Every declared container healthy (jobs exited 0); the logs of any that is not. */
export async function checkHealthy(life: Lifecycle, outputs: StackOutputs): Promise<void> {
  const expected = Object.values(outputs.services).flatMap((service) => service?.containers ?? []);
  const health = await stackHealth(life.engine, life.objects.containers, expected);
  for (const container of health) say(`  ${container.name.padEnd(26)} ${container.status}`);
  for (const { name, ok, status } of health)
    if (!ok && status !== "never created") console.log(`\n${await describeContainer(life.engine.getContainer(name))}\n`);
  check(health.every((c) => c.ok), "the stack did not come up healthy");
}

export async function checkReadBack(life: Lifecycle): Promise<void> {
  const { read, differences } = await readBackDifferences(life.engine, life.state);
  for (const d of differences)
    say(`  read-back differs: ${d.resource}.${d.field} (${d.effect}): declared ${JSON.stringify(d.declared)}, read ${JSON.stringify(d.read)}`);
  say(`read-back: ${read} containers, networks and volumes read as the provider's Read does; ${differences.length} differences`);
  check(differences.length === 0, "a refresh would find changes: the second preview would not be empty");
}
