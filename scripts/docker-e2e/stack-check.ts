/**
 * A user's life with the dev stack on a real Docker engine, the Pulumi program run under mocks
 * that carry each step out on the engine (engine-mocks.ts) and keep a checkpoint between steps:
 *   1. up from nothing: every container healthy, the provider's read-back of every container,
 *      network and volume equal to what was declared, memories stored, a spoken question answered;
 *   2. up with nothing changed: nothing planned, no container recreated;
 *   3. a file under agents-src/core changed: only the core family's containers replaced, the rest
 *      untouched, the memories still there, each replaced service's downtime printed;
 *   4. a migration added: db-setup runs again, once;
 *   5. destroy with data protection on: containers and networks gone, the pgdata and backups volumes kept;
 *   6. up again, adopting the kept database: the memories of step 1 answer the spoken question;
 *   7. the device's user enrols their voice, a backup taken (with their speaker model) and copied
 *      off the host, the stack destroyed with its data, a new stack up from nothing, the backup
 *      restored with the memory image's restore command in `docker run` as docs/backups.md says,
 *      pc2 restarted: the memories of step 1 answer again, and pc2 hears the user with the
 *      restored model.
 * Each step prints its plan the way `pulumi preview` does. Run by scripts/docker-e2e/run.sh
 * (`npm run test:docker`), which first starts dockerd and builds the stand-in base images.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import Dockerode from "dockerode";
import { catalog } from "../../agents-src/kit/catalog";
import { firstDeviceUser } from "../../agents-src/memory/db-setup/job";
import { appUser } from "../../components/images/plan";
import { testSecrets } from "../../tests/pulumi/mockedProgram";
import type { StackOutputs } from "../../components/stack";
import { keptWhenProtected, mountTargets } from "../../components/volumes";
import { keysConversation } from "../keys-conversation";
import { containerOf, copyOffHost, restoreFromHost, restoreInDocker, restoreOfDockerCpCopy, speakerModelsIn, takeBackup } from "./backup-restore";
import { DeploymentState, formatPlan } from "./deployment-state";
import { EngineMocks } from "./engine-mocks";
import { LifecycleEdits } from "./lifecycle-edits";
import { runConfig, stackSettings } from "./program-run";
import { deviceRecogniserBuilt, deviceVoiceState, enrolDeviceVoice } from "./speaker-voice";
import { askSpokenQuestion, sayLine, type SpokenTurn } from "./spoken-turn";
import { StackObjects, type Leftovers } from "./stack-objects";
import { check, checkHealthy, checkReadBack, evaluate, say, seconds, StepFailed, type Evaluation, type Lifecycle } from "./stack-steps";
import { askText } from "./text-turn";

const stack = "dev";
const run = promisify(execFile);
const dockerCli = process.env.DOCKER ?? "/usr/bin/docker";
const projectDir = path.resolve(__dirname, "../..");
/** A changed family must be healthy again this soon after its old containers begin to stop (issue 21). */
const downtimeTargetMs = 15_000;

function dockerEngine(dockerHost: string): Dockerode {
  if (!dockerHost.startsWith("unix://")) throw new Error(`the docker e2e run drives a local engine; the stack names ${dockerHost}`);
  return new Dockerode({ socketPath: dockerHost.slice("unix://".length) });
}

/** What `docker inspect` shows anyone with Docker access must hold no secret of the stack. */
async function checkNoSecretInEnvironment(life: Lifecycle): Promise<void> {
  const secrets = Object.values(testSecrets).flatMap((secret) => [secret, encodeURIComponent(secret)]);
  for (const { id, name } of life.objects.containers) {
    const env = (await life.engine.getContainer(id).inspect()).Config.Env ?? [];
    const leaked = env.filter((entry) => secrets.some((secret) => entry.includes(secret)));
    check(leaked.length === 0, `container ${name} shows a secret in its environment: ${leaked.map((e) => e.split("=")[0]).join(", ")}`);
  }
  say(`no secret in the environment of any of the ${life.objects.containers.length} containers (docker inspect)`);
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

function hostUrl(outputs: StackOutputs, service: "coordinator" | "fused-audio-preprocessor"): string {
  const url = outputs.services[service]?.hostUrl;
  if (url === undefined) throw new StepFailed(`the stack publishes no port for ${service}`);
  return url;
}

async function checkSpokenQuestion(outputs: StackOutputs, stateFirst: boolean): Promise<void> {
  const ingress = hostUrl(outputs, "fused-audio-preprocessor");
  say(`spoken ${stateFirst ? "statement and question" : "question"} through ${ingress}:`);
  const { turns, problem } = await askSpokenQuestion(ingress, { stateFirst });
  printTurns(turns);
  check(problem === undefined, `spoken question: ${problem}`);
  say("spoken question answered");
}

/** Facts told as text; each must come back, word for word, after the steps that follow. */
const textMemories = [
  { tell: "remember that my bike is in the garage", ask: "where is my bike", answer: "Your bike is in the garage." },
  { tell: "remember that my passport is in the desk", ask: "where is my passport", answer: "Your passport is in the desk." },
];

async function storeTextMemories(outputs: StackOutputs): Promise<void> {
  const coordinator = hostUrl(outputs, "coordinator");
  for (const memory of textMemories) say(`  told "${memory.tell}": "${await askText(coordinator, memory.tell)}"`);
}

async function checkTextMemories(outputs: StackOutputs): Promise<void> {
  const coordinator = hostUrl(outputs, "coordinator");
  for (const memory of textMemories) {
    const reply = await askText(coordinator, memory.ask);
    say(`  asked "${memory.ask}": "${reply}"`);
    check(reply === memory.answer, `"${memory.ask}" was answered "${reply}", not "${memory.answer}"`);
  }
}

type Starts = Map<string, string>;

/** Each container's ID and start time: a container recreated or restarted changes one of them. */
async function containerStarts(life: Lifecycle): Promise<Starts> {
  const starts: Starts = new Map();
  for (const { id, name } of life.objects.containers) starts.set(name, `${id} ${(await life.engine.getContainer(id).inspect()).State.StartedAt}`);
  return starts;
}

function changedContainers(before: Starts, after: Starts): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name)).sort();
}

const replacedContainers = (evaluation: Evaluation) =>
  evaluation.mocks.steps.filter((s) => s.type.endsWith("container:Container") && s.operation === "replace").map((s) => s.name).sort();

/**
 * The dev stack with data protection on, and limits on two services so that the read-back covers
 * the forms the provider rewrites (cpus "1.0", the swap Docker would double).
 */
function lifecycleConfig(): Record<string, string> {
  const services = JSON.parse(runConfig(stack)["voice-assistant:services"]) as Record<string, object>;
  return runConfig(stack, {
    protectData: true,
    services: { ...services, coordinator: { ...services.coordinator, cpus: 1, memoryMb: 512 }, pc2: { ...services.pc2, cpus: 1.5, memoryMb: 3072 } },
  });
}

async function lifecycle(life: Lifecycle, edits: LifecycleEdits): Promise<void> {
  const config = lifecycleConfig();

  const first = await evaluate(life, "step 1: up from nothing", config);
  await checkHealthy(life, first.outputs);
  const { firstContainerCreated, lastImageBuilt } = first.mocks.milestones;
  say(
    `all containers healthy ${seconds(first.endedAt - first.startedAt)} after the start` +
      (lastImageBuilt === undefined ? "" : `, ${seconds(first.endedAt - lastImageBuilt)} after the last image was built`) +
      (firstContainerCreated === undefined ? "" : ` (${seconds(first.endedAt - firstContainerCreated)} after the first container was created)`),
  );
  await checkReadBack(life);
  await checkNoSecretInEnvironment(life);
  await storeTextMemories(first.outputs);
  await checkSpokenQuestion(first.outputs, true);
  const startsAfterUp = await containerStarts(life);

  const second = await evaluate(life, "step 2: up again with nothing changed", config);
  const planned = second.mocks.steps.filter((s) => s.operation !== "same");
  check(planned.length === 0, `nothing changed, yet ${planned.length} steps were planned`);
  const recreated = changedContainers(startsAfterUp, await containerStarts(life));
  check(recreated.length === 0, `containers recreated or restarted with nothing changed: ${recreated.join(", ")}`);
  say("nothing planned; every container kept its ID and start time");

  edits.changeCoreSource();
  const third = await evaluate(life, `step 3: ${edits.coreChange} changed`, config);
  const coreContainers = Object.values(catalog).filter((s) => s.family === "core" && !s.job).map((s): string => s.name).sort();
  check(JSON.stringify(replacedContainers(third)) === JSON.stringify(coreContainers), `replaced ${replacedContainers(third).join(", ")}; expected the core family ${coreContainers.join(", ")}`);
  const startsAfterCore = await containerStarts(life);
  const touched = changedContainers(startsAfterUp, startsAfterCore).filter((name) => !coreContainers.includes(name));
  check(touched.length === 0, `containers outside the core family were recreated or restarted: ${touched.join(", ")}`);
  say("replaced delete-before-replace (pulumi-docker resources.go marks docker_container so), in this order:");
  for (const r of third.mocks.replacements) {
    const downtime = (r.readyAt ?? NaN) - r.stoppingAt;
    say(`  ${r.name.padEnd(22)} unreachable ${seconds(downtime)} from its old container's stop to the new one healthy${downtime > downtimeTargetMs ? " (over the 15 s target)" : ""}`);
  }
  await checkHealthy(life, third.outputs);
  await checkReadBack(life);
  await checkTextMemories(third.outputs);

  edits.addMigration();
  const fourth = await evaluate(life, `step 4: migration ${edits.migrationName} added`, config);
  check(replacedContainers(fourth).includes("db-setup"), "db-setup was not run again for the new migration");
  const migrationLog = (await life.engine.getContainer("db-setup").logs({ stdout: true, stderr: true })).toString("utf8");
  // node-pg-migrate names a migration by its file name without the extension.
  const migration = edits.migrationName.replace(/\.sql$/, "");
  check(migrationLog.includes(migration), `db-setup's log does not mention ${migration}`);
  say(`db-setup ran again and applied ${edits.migrationName}; replaced: ${replacedContainers(fourth).join(", ")} (the memory image carries the migrations)`);
  const fifth = await evaluate(life, "step 4b: up again, to see db-setup ran once", config);
  check(fifth.mocks.steps.every((s) => s.operation === "same"), "the evaluation after the migration planned changes again");
  await checkHealthy(life, fourth.outputs);

  const destroy = new EngineMocks({ engine: life.engine, dockerHost: stackSettings(config).dockerHost, objects: life.objects, projectDir, state: life.state, mode: "up" });
  say("== step 5: destroy with data protection on");
  await destroy.destroy();
  for (const line of formatPlan(destroy.steps)) console.log(line);
  const left = await life.objects.leftovers();
  // Data protection keeps the database, its backups and the users' voices: the volumes of those that are volumes.
  const { volumes } = stackSettings(config);
  const kept = [...keptWhenProtected]
    .flatMap((key) => {
      const source = volumes[key as "pgdata" | "backups" | "speakers"];
      if (typeof source === "string") return [source];
      return source.type === "volume" ? [source.name] : [];
    })
    .sort();
  check(left.containers.length === 0 && left.networks.length === 0, `destroy left ${describeLeftovers(left)}`);
  check(JSON.stringify([...left.volumes].sort()) === JSON.stringify(kept), `destroy should keep exactly ${kept.join(" and ")}; left ${describeLeftovers(left)}`);
  say(`containers and networks gone; ${kept.join(" and ")} kept`);

  const adopting = { ...config, "voice-assistant:database": JSON.stringify({ ...JSON.parse(config["voice-assistant:database"]), adopt: true }) };
  const sixth = await evaluate(life, "step 6: up again, adopting the kept database (database.adopt)", adopting);
  await checkHealthy(life, sixth.outputs);
  say(`all containers healthy ${seconds(sixth.endedAt - sixth.startedAt)} after the start`);
  await checkReadBack(life);
  await checkTextMemories(sixth.outputs);
  await checkSpokenQuestion(sixth.outputs, false);

  await backupAndRestore(life, config, sixth.outputs);
}

/** The container's start time once Docker reports it healthy again after `docker restart`. */
async function restartedHealthy(life: Lifecycle, name: string, timeoutMs = 180_000): Promise<void> {
  const before = (await life.engine.getContainer(name).inspect()).State.StartedAt;
  await run(dockerCli, ["restart", name], { timeout: 60_000 });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { State } = await life.engine.getContainer(name).inspect();
    if (State.StartedAt !== before && State.Health?.Status === "healthy") return;
    check(Date.now() < deadline, `${name} was not healthy ${seconds(timeoutMs)} after docker restart: ${State.Health?.Status ?? State.Status}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Every file and folder of the user's model in pc2's speakers volume, as `find -printf '%U:%G %m %p'` lists them. */
async function speakerModelFiles(outputs: StackOutputs, user: string): Promise<string[]> {
  const folder = path.posix.join(mountTargets.speakers, user);
  const { stdout } = await run(dockerCli, ["exec", containerOf(outputs, "pc2"), "find", folder, "-printf", "%U:%G %m %p\n"]);
  return stdout.trim().split("\n");
}

/**
 * Step 7 (issue 22): the data lost with the stack comes back from a backup copied off the host,
 * the device's user's enrolled voice with it, restored the way docs/backups.md "In Docker" says.
 */
async function backupAndRestore(life: Lifecycle, config: Record<string, string>, outputs: StackOutputs): Promise<void> {
  say("== step 7: backup, destroy with the data, restore into a new stack");
  const settings = stackSettings(config);
  const user = firstDeviceUser;
  const voiceStarted = performance.now();
  const enrolment = await enrolDeviceVoice(hostUrl(outputs, "coordinator"));
  say(
    `voice of ${user} enrolled (${enrolment.clips} clips of ${keysConversation.statement.voice} through POST /v1/speaker-enrolment) in ${seconds(performance.now() - voiceStarted)}: ` +
      `${JSON.stringify(enrolment.state)}${enrolment.retries > 0 ? `, ${enrolment.retries} uploads refused for now (503) and sent again` : ""}`,
  );
  check(enrolment.failure === undefined, `the enrolment of ${user}'s voice failed: ${enrolment.failure}`);
  let voiceMs = performance.now() - voiceStarted;

  const backup = await takeBackup(outputs);
  say(`backup taken: ${backup.path} (${Object.entries(backup.rows).map(([table, n]) => `${table} ${n}`).join(", ")}; speaker models ${backup.speakers})`);
  check((backup.rows.memories ?? 0) >= textMemories.length + 1, `the backup holds ${backup.rows.memories ?? 0} memories, fewer than were told`);
  // The backup service read pc2's files through its read-only mount of the speakers volume.
  check(backup.speakers === 1, `the backup holds ${backup.speakers} speaker models; ${user} had enrolled`);
  const offHost = mkdtempSync(path.join(tmpdir(), "voice-backup-"));
  try {
    const file = await copyOffHost(outputs, backup, offHost);
    const inFile = await speakerModelsIn(file);
    say(`copied off the host: ${path.basename(file)}, ${Math.round(statSync(file).size / 1e6)} MB; speaker models in it: ${inFile.map((s) => `${s.user} (${s.files} files, ${Math.round(s.bytes / 1e6)} MB)`).join(", ")}`);
    check(JSON.stringify(inFile.map((s) => s.user)) === JSON.stringify([user]), `the backup's speaker models are ${JSON.stringify(inFile.map((s) => s.user))}, not ${user}'s`);
    const destroy = new EngineMocks({ engine: life.engine, dockerHost: settings.dockerHost, objects: life.objects, projectDir, state: life.state, mode: "up" });
    await destroy.destroy();
    // Losing the host's data: the volumes data protection kept go too, the users' voices with them.
    const lost = await life.objects.removeLeftoversOfEarlierRun();
    say(`stack destroyed; volumes removed with it: ${lost.volumes.join(", ")}`);

    const fresh: Lifecycle = { ...life, state: new DeploymentState() };
    const seventh = await evaluate(fresh, "step 7: up from nothing on an empty database", config);
    await checkHealthy(fresh, seventh.outputs);
    const coordinator = hostUrl(seventh.outputs, "coordinator");
    const before = await askText(coordinator, textMemories[0].ask);
    check(before !== textMemories[0].answer, `the new stack knew "${before}" before the restore`);
    const voiceBefore = await deviceVoiceState(coordinator);
    check(voiceBefore.status === "none", `the new stack had ${user}'s voice before the restore: ${JSON.stringify(voiceBefore)}`);
    say(`before the restore, "${textMemories[0].ask}": "${before}"; ${user}'s voice: ${voiceBefore.status}`);

    // `npm run restore` on the workstation restores a Docker stack's rows through the published
    // database port, but it cannot write the speakers volume as pc2's user: with voices in the
    // backup it must refuse before touching anything, and the docs' `docker run` is the way.
    const fromHost = await restoreFromHost(projectDir, settings.database, file);
    say(`npm run restore -- ${path.basename(file)} on the host, exit ${fromHost.code}: ${fromHost.output.split("\n").slice(-2).join(" / ")}`);
    check(
      fromHost.code === 1 && fromHost.output.includes("STT_SPEAKER_MODELS_DIR") && fromHost.output.includes("nothing was changed"),
      `npm run restore on the host should refuse a backup with voices and change nothing; it ended ${fromHost.code}: ${fromHost.output}`,
    );

    // The trap the docs warn of: a copy put back with `docker cp` is root's, 0600, and the restore (uid 10001) may not read it.
    const dockerCp = await restoreOfDockerCpCopy(settings, seventh.outputs, file);
    say(`restore of a copy put back with docker cp, exit ${dockerCp.code}: ${dockerCp.output.split("\n").slice(-2).join(" / ")}`);
    check(
      dockerCp.code === 1 && /permission denied on \S+ \(it belongs to uid 0, mode 0600\)/.test(dockerCp.output) && dockerCp.output.endsWith("nothing was changed"),
      `the restore of a root-owned copy should be refused naming its owner, with nothing changed; it ended ${dockerCp.code}: ${dockerCp.output}`,
    );

    const restoring = performance.now();
    const restored = await restoreInDocker(settings, seventh.outputs, file);
    const restoreMs = performance.now() - restoring;
    for (const line of restored.split("\n")) say(`  restore: ${line}`);
    say(`restored in Docker in ${seconds(restoreMs)}, the copy back into the backups volume included`);
    check(restored.includes(`speaker models of 1 user restored into ${mountTargets.speakers}`), "the restore did not put the speaker model into the speakers volume");
    const restarting = performance.now();
    await restartedHealthy(fresh, containerOf(seventh.outputs, "pc2"));
    const restartMs = performance.now() - restarting;
    const voiceAfter = await deviceVoiceState(coordinator);
    say(`docker restart pc2: healthy in ${seconds(restartMs)}; ${user}'s voice: ${JSON.stringify(voiceAfter)}`);
    check(voiceAfter.status === "ready", `pc2 does not have ${user}'s voice after the restore and its restart: ${JSON.stringify(voiceAfter)}`);
    const files = await speakerModelFiles(seventh.outputs, user);
    const foreign = files.filter((line) => !line.startsWith(`${appUser} `));
    say(`${user}'s model in pc2's speakers volume: ${files.length - 1} files, ${files.length - foreign.length} of ${files.length} entries owned by ${appUser} (${files[0]})`);
    check(foreign.length === 0, `restored files pc2's user does not own: ${foreign.join("; ")}`);
    await checkTextMemories(seventh.outputs);
    // Heard by the stack's recogniser: the user's own is built when pc2 first hears them after its start.
    await checkSpokenQuestion(seventh.outputs, false);
    const building = performance.now();
    const built = await deviceRecogniserBuilt(coordinator);
    say(`${user}'s recogniser from the restored model: ${built.recogniser} in ${seconds(performance.now() - building)}`);
    check(built.recogniser === "ready", `pc2 could not build ${user}'s recogniser from the restored model: ${JSON.stringify(built)}`);
    const heard = await sayLine(hostUrl(seventh.outputs, "fused-audio-preprocessor"), keysConversation.statement);
    say(`"${keysConversation.statement.text}" said to the restored model, heard as "${heard.transcript ?? "(nothing)"}"`);
    // The clips and this line are the same espeak-ng voice, rendered the same every run (sox -R), and
    // step 1 already relies on the stack's recogniser hearing this line word for word.
    check(heard.transcript === keysConversation.statement.text, `the restored model heard "${heard.transcript}", not "${keysConversation.statement.text}"`);
    voiceMs += restoreMs + restartMs;
    say(`step 7's voice parts (enrolment, restore in Docker, pc2's restart) took ${seconds(voiceMs)}`);
  } finally {
    rmSync(offHost, { recursive: true, force: true });
  }
}

function describeLeftovers(left: Leftovers): string {
  const parts = Object.entries(left).filter(([, names]) => names.length > 0).map(([kind, names]) => `${kind} ${names.join(", ")}`);
  return parts.length === 0 ? "none" : parts.join("; ");
}

async function main(): Promise<number> {
  // The run talks to the stack as the device whose token the stack config's firstDeviceToken holds.
  process.env.VOICE_DEVICE_TOKEN = testSecrets.firstDeviceToken;
  const engine = dockerEngine(stackSettings(runConfig(stack)).dockerHost);
  const objects = new StackObjects(engine, stack);
  const earlier = await objects.removeLeftoversOfEarlierRun();
  if (describeLeftovers(earlier) !== "none") say(`removed what an earlier run left: ${describeLeftovers(earlier)}`);

  const edits = new LifecycleEdits(projectDir);
  const life: Lifecycle = { engine, objects, state: new DeploymentState(), stack, projectDir };
  const started = performance.now();
  let passed = false;
  try {
    await lifecycle(life, edits);
    passed = true;
  } catch (err) {
    say(`FAILED ${err instanceof StepFailed ? err.message : ((err as Error).stack ?? String(err))}`);
  } finally {
    edits.restore();
    const torn = performance.now();
    await objects.removeAll();
    // The kept database volume is the stack's too: a run leaves nothing behind.
    await objects.removeLeftoversOfEarlierRun();
    const left = await objects.leftovers();
    say(`teardown in ${seconds(performance.now() - torn)}; left behind: ${describeLeftovers(left)}`);
    if (describeLeftovers(left) !== "none") passed = false;
  }
  say(`lifecycle took ${seconds(performance.now() - started)}`);
  say(passed ? "PASSED" : "FAILED");
  return passed ? 0 : 1;
}

void main().then((code) => process.exit(code));
