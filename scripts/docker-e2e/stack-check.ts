/**
 * Deploys the dev stack for real: the Pulumi program runs under mocks that create every declared
 * image, network, volume, container and database object on the Docker Engine; then every container
 * must be healthy (db-setup exited 0), the spoken question must be answered through the published
 * ingress port, and everything is torn down. Run by scripts/docker-e2e/run.sh (`npm run test:docker`),
 * which first starts dockerd and builds the stand-in base images.
 */
import * as path from "node:path";
import Dockerode from "dockerode";
import type { StackOutputs } from "../../components/stack";
import { describeContainer } from "./container-diagnostics";
import { EngineMocks, type BuiltImage, type RegistrationFailure } from "./engine-mocks";
import { runProgram, stackSettings } from "./program-run";
import { askSpokenQuestion, type SpokenTurn } from "./spoken-turn";
import { stackHealth, type ContainerHealth } from "./stack-health";
import { StackObjects, type Leftovers } from "./stack-objects";

const stack = "dev";
const projectDir = path.resolve(__dirname, "../..");

const say = (line: string) => console.log(`docker-e2e: ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

function dockerEngine(dockerHost: string): Dockerode {
  if (!dockerHost.startsWith("unix://")) throw new Error(`the docker e2e run drives a local engine; the stack names ${dockerHost}`);
  return new Dockerode({ socketPath: dockerHost.slice("unix://".length) });
}

function printImages(images: BuiltImage[]): void {
  say("images, built from images/<family>/Dockerfile with the program's build inputs:");
  for (const image of [...images].sort((a, b) => a.name.localeCompare(b.name)))
    say(`  ${image.name.padEnd(18)} ${megabytes(image.sizeBytes).padStart(8)}   built in ${seconds(image.buildSeconds * 1000)}`);
}

/**
 * Logs and health probes of each container that failed. One still starting is shown only when it
 * failed itself (it timed out); otherwise the run merely stopped waiting for it.
 */
async function printHealth(engine: Dockerode, health: ContainerHealth[], failures: RegistrationFailure[]): Promise<void> {
  say("containers:");
  for (const container of health) say(`  ${container.name.padEnd(26)} ${container.status}`);
  const failed = new Set(failures.map((f) => f.declaredName));
  for (const { name, ok, status } of health) {
    if (ok || status === "never created" || (status === "starting" && !failed.has(name))) continue;
    console.log(`\n${await describeContainer(engine.getContainer(name))}\n`);
  }
}

function printTurns(turns: SpokenTurn[]): void {
  for (const turn of turns) {
    say(`  said:       "${turn.said}"`);
    say(`  transcript: ${turn.transcript === undefined ? "(none)" : `"${turn.transcript}"`}`);
    say(`  reply:      ${turn.reply === undefined ? "(none)" : `"${turn.reply}"`}`);
    say(
      `  latency from end of speech: reply ${turn.replyLatencyMs === undefined ? "-" : seconds(turn.replyLatencyMs)}, ` +
        `first reply audio ${turn.firstAudioLatencyMs === undefined ? "-" : seconds(turn.firstAudioLatencyMs)} ` +
        `(${turn.replyAudioBytes} bytes of reply audio)`,
    );
  }
}

/** The spoken question through the ingress port the stack publishes. */
async function checkSpokenQuestion(outputs: StackOutputs): Promise<boolean> {
  const ingress = outputs.services["fused-audio-preprocessor"]?.hostUrl;
  if (ingress === undefined) {
    say("FAILED spoken question: the stack publishes no port for fused-audio-preprocessor");
    return false;
  }
  say(`spoken question through ${ingress}:`);
  const { turns, problem } = await askSpokenQuestion(ingress);
  printTurns(turns);
  say(problem === undefined ? "spoken question answered" : `FAILED spoken question: ${problem}`);
  return problem === undefined;
}

async function deployAndCheck(mocks: EngineMocks, objects: StackObjects, engine: Dockerode): Promise<boolean> {
  const started = performance.now();
  const { outputs, errors } = await runProgram(stack, mocks, mocks.stopped);
  const deployed = performance.now();
  for (const { resource, error } of mocks.failures) say(`FAILED ${resource}: ${error.message}`);
  for (const error of errors) say(`FAILED ${error.message}`);
  printImages(mocks.images);
  say(`PostgreSQL objects created with SQL: ${mocks.databaseObjects.join(", ") || "none"}`);
  const expected = Object.values(outputs.services).flatMap((service) => service?.containers ?? []);
  const health = await stackHealth(engine, objects.containers, expected);
  await printHealth(engine, health, mocks.failures);
  const { firstContainerCreated, lastImageBuilt } = mocks.milestones;
  if (lastImageBuilt !== undefined) say(`images ready ${seconds(lastImageBuilt - started)} after the start`);
  if (mocks.failures.length > 0 || errors.length > 0) {
    say("FAILED: the deployment failed; the run stopped waiting at the first failure, so containers still starting or never created follow from it");
    return false;
  }
  if (!health.every((c) => c.ok)) {
    say("FAILED: the stack did not come up healthy");
    return false;
  }
  say(
    `all ${health.length} containers healthy ${seconds(deployed - started)} after the start` +
      (firstContainerCreated === undefined ? "" : ` (${seconds(deployed - firstContainerCreated)} after the first container was created)`),
  );
  return checkSpokenQuestion(outputs);
}

function describeLeftovers(left: Leftovers): string {
  const parts = Object.entries(left).filter(([, names]) => names.length > 0).map(([kind, names]) => `${kind} ${names.join(", ")}`);
  return parts.length === 0 ? "none" : parts.join("; ");
}

async function main(): Promise<number> {
  const settings = stackSettings(stack);
  const engine = dockerEngine(settings.dockerHost);
  const objects = new StackObjects(engine, stack);
  const earlier = await objects.removeLeftoversOfEarlierRun();
  if (describeLeftovers(earlier) !== "none") say(`removed what an earlier run left: ${describeLeftovers(earlier)}`);

  const mocks = new EngineMocks({ engine, dockerHost: settings.dockerHost, objects, projectDir });
  let passed = false;
  try {
    passed = await deployAndCheck(mocks, objects, engine);
  } catch (err) {
    say(`FAILED ${(err as Error).stack ?? String(err)}`);
  } finally {
    await mocks.stop();
    const torn = performance.now();
    await objects.removeAll();
    const left = await objects.leftovers();
    say(
      `teardown: removed ${objects.containers.length} containers, ${objects.networks.length} networks, ` +
        `${objects.volumes.length} volumes in ${seconds(performance.now() - torn)}; left behind: ${describeLeftovers(left)}`,
    );
    if (describeLeftovers(left) !== "none") passed = false;
  }
  say(passed ? "PASSED" : "FAILED");
  return passed ? 0 : 1;
}

void main().then((code) => process.exit(code));
