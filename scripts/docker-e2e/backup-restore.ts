/**
 * Step 7 of the lifecycle (issue 22): a backup taken through the backup service, copied off the
 * host, and restored into a new stack whose data was lost, the way docs/backups.md "In Docker"
 * tells a user to: the memory image's restore command in a `docker run` on the stack's network.
 */
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import type { StackOutputs } from "../../components/stack";
import { databaseUrl, planDatabase } from "../../components/database/plan";
import type { DatabaseSettings, StackSettings, VolumeSource } from "../../components/config";
import { appUser, imageName } from "../../components/images/plan";
import { secretsDir } from "../../components/services/secretFiles";
import { mountTargets } from "../../components/volumes/mounts";
import { readBackup } from "../../agents-src/memory/backup/read-backup";
import { testSecrets } from "../../tests/pulumi/mockedProgram";
import { StepFailed } from "./stack-steps";

const run = promisify(execFile);
const dockerCli = process.env.DOCKER ?? "/usr/bin/docker";

export interface TakenBackup {
  /** Inside the backup container, on the backups volume. */
  path: string;
  rows: Record<string, number>;
  /** How many users' speaker models it holds. */
  speakers: number;
}

/** `POST /v1/backups` on the published backup port, with the internal credential (an internal route). */
export async function takeBackup(outputs: StackOutputs): Promise<TakenBackup> {
  const url = outputs.services.backup?.hostUrl;
  if (url === undefined) throw new StepFailed("the stack publishes no port for backup");
  const response = await fetch(`${url}/v1/backups`, {
    method: "POST",
    headers: { authorization: `Bearer ${testSecrets.internalToken}` },
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as Partial<TakenBackup> & { error?: { message: string } };
  if (response.status !== 201 || body.path === undefined || body.rows === undefined || body.speakers === undefined) {
    throw new StepFailed(`POST /v1/backups answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  }
  return { path: body.path, rows: body.rows, speakers: body.speakers };
}

/** The one container of a service, by the name the stack gave it (`docker cp backup:...` in the docs). */
export function containerOf(outputs: StackOutputs, service: "backup" | "pc2"): string {
  const name = outputs.services[service]?.containers[0];
  if (name === undefined) throw new StepFailed(`the stack declares no ${service} container`);
  return name;
}

/**
 * `docker cp` out of the backup container, as docs/backups.md tells a user to do before a destroy.
 * The copy is what a user holds: owned by whoever ran `docker cp`, mode 0600 as in the volume.
 */
export async function copyOffHost(outputs: StackOutputs, backup: TakenBackup, directory: string): Promise<string> {
  await run(dockerCli, ["cp", `${containerOf(outputs, "backup")}:${backup.path}`, directory]);
  return path.join(directory, path.basename(backup.path));
}

export interface BackedUpSpeaker {
  user: string;
  files: number;
  bytes: number;
}

/** The speaker models a backup file holds, read and checked as a restore reads it first. */
export async function speakerModelsIn(file: string): Promise<BackedUpSpeaker[]> {
  const speakers: BackedUpSpeaker[] = [];
  await readBackup(file, {
    speaker: async (model) => {
      speakers.push({ user: model.user, files: model.files.length, bytes: model.files.reduce((sum, f) => sum + f.bytes.length, 0) });
    },
  });
  return speakers;
}

/**
 * `npm run restore -- FILE` on the machine running Pulumi, into the stack's database through the
 * port the dev stack publishes for it, as the migration role (the schema's owner). With voices in
 * the backup it must refuse and change nothing: the workstation cannot write the speakers volume
 * as pc2's user, and models left out would make every user enrol again without a word.
 * Resolves to what it printed, and its exit status.
 */
export async function restoreFromHost(projectDir: string, database: DatabaseSettings, file: string): Promise<{ code: number; output: string }> {
  const plan = planDatabase(database);
  const url = databaseUrl(plan.users.migration, testSecrets.dbMigrationPassword, { ...plan, serviceEndpoint: plan.adminEndpoint });
  const env: NodeJS.ProcessEnv = { ...process.env, MIGRATION_DATABASE_URL: url };
  delete env.STT_SPEAKER_MODELS_DIR;
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", "restore", "--", file], { cwd: projectDir, env, timeout: 120_000 });
    return { code: 0, output: `${stdout}${stderr}`.trim() };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string; stderr?: string; message: string };
    if (typeof failed.code !== "number") throw new StepFailed(`npm run restore did not run: ${failed.message}`);
    return { code: failed.code, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}`.trim() };
  }
}

const volumeOption = (source: VolumeSource, target: string, readOnly: boolean) => [
  "-v",
  `${source.type === "volume" ? source.name : source.hostPath}:${target}${readOnly ? ":ro" : ""}`,
];

/** Where the restore container finds the migration role's URL (as the stack's own containers find their secrets). */
const migrationUrlTarget = `${secretsDir}/migration-database-url`;

/**
 * docs/backups.md "In Docker": the `docker run` arguments of the memory image's restore command
 * for a stack's settings: on the network its database is reached on, as the agent user (pc2's, so
 * that pc2 can read, replace and delete a restored voice), the backups volume read-only and the
 * speakers volume where STT_SPEAKER_MODELS_DIR says, the migration role's URL as a file.
 */
export function planDockerRestore(settings: StackSettings, backupName: string, migrationUrlFile: string): string[] {
  // An external database is reached on the monitoring network, as the agents reach it.
  const network = settings.database.mode === "container" ? settings.networks.internal : settings.networks.monitoring.name;
  return [
    "run", "--rm", "--network", network, "--user", appUser,
    ...volumeOption(settings.volumes.backups, mountTargets.backups, true),
    ...volumeOption(settings.volumes.speakers, mountTargets.speakers, false),
    "-v", `${migrationUrlFile}:${migrationUrlTarget}:ro`,
    "-e", `MIGRATION_DATABASE_URL_FILE=${migrationUrlTarget}`,
    "-e", `STT_SPEAKER_MODELS_DIR=${mountTargets.speakers}`,
    imageName("memory", settings.images),
    "node", "dist/agents-src/memory/backup/restore-command.js", path.posix.join(mountTargets.backups, backupName),
  ];
}

/** The migration role's URL as the containers reach the database (docs/backups.md builds it by hand). */
export function migrationUrl(settings: StackSettings, password: string): string {
  const plan = planDatabase(settings.database);
  return databaseUrl(plan.users.migration, password, plan);
}

async function docker(args: string[], timeoutMs = 60_000): Promise<string> {
  try {
    const { stdout, stderr } = await run(dockerCli, args, { timeout: timeoutMs });
    return `${stdout}${stderr}`.trim();
  } catch (err) {
    const failed = err as { stdout?: string; stderr?: string; message: string };
    throw new StepFailed(`docker ${args[0]} failed: ${`${failed.stdout ?? ""}${failed.stderr ?? ""}`.trim() || failed.message}`);
  }
}

/**
 * The copy goes back into the backups volume through the backup container, written by its user.
 * `docker cp` would write it as root with the mode it had here (0600), which the restore, as the
 * agent user, cannot read; and root in the container cannot chown it (the stack drops every
 * capability, CAP_CHOWN with them): both found on the engine, docs/backups.md says so.
 */
async function copyIntoBackups(backupContainer: string, file: string): Promise<void> {
  const target = path.posix.join(mountTargets.backups, path.basename(file));
  const input = openSync(file, "r");
  try {
    const copy = spawn(dockerCli, ["exec", "-i", backupContainer, "sh", "-c", `umask 077 && cat > ${target}`], { stdio: [input, "ignore", "pipe"] });
    let stderr = "";
    copy.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(copy, "close")) as [number | null];
    if (code !== 0) throw new StepFailed(`copying ${path.basename(file)} into ${backupContainer} failed (exit ${code}): ${stderr.trim()}`);
  } finally {
    closeSync(input);
  }
}

/** The docs' `docker run` of the restore command on `backupName` in the backups volume: its exit status and what it printed. */
async function runDockerRestore(settings: StackSettings, backupName: string): Promise<{ code: number; output: string }> {
  const secrets = mkdtempSync(path.join(tmpdir(), "voice-restore-"));
  try {
    // The folder (0700) keeps it from other users here; the file must be readable by the container's
    // user, which is not whoever runs docker (a 0600 file of theirs reads "Permission denied" there).
    const urlFile = path.join(secrets, "migration-url");
    writeFileSync(urlFile, migrationUrl(settings, testSecrets.dbMigrationPassword));
    chmodSync(urlFile, 0o444);
    try {
      const { stdout, stderr } = await run(dockerCli, planDockerRestore(settings, backupName, urlFile), { timeout: 180_000 });
      return { code: 0, output: `${stdout}${stderr}`.trim() };
    } catch (err) {
      const failed = err as { code?: number; stdout?: string; stderr?: string; message: string };
      if (typeof failed.code !== "number") throw new StepFailed(`docker run of the restore did not run: ${failed.message}`);
      return { code: failed.code, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}`.trim() };
    }
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

/**
 * What a user who puts the copy back with `docker cp` gets: the file is root's, 0600, and the
 * restore must refuse it saying whose it is and who the restore runs as, with nothing changed.
 * The copy goes by another name and is removed after (the agent user owns the folder).
 */
export async function restoreOfDockerCpCopy(settings: StackSettings, outputs: StackOutputs, file: string): Promise<{ code: number; output: string }> {
  const backupContainer = containerOf(outputs, "backup");
  const name = `docker-cp-${path.basename(file)}`;
  const target = path.posix.join(mountTargets.backups, name);
  await docker(["cp", file, `${backupContainer}:${target}`]);
  try {
    return await runDockerRestore(settings, name);
  } finally {
    await docker(["exec", backupContainer, "rm", "-f", target]);
  }
}

/**
 * The backup copied off the host goes back into the new stack's backups volume and is restored from
 * there, each command as docs/backups.md "In Docker" has it. Resolves to the restore's output.
 */
export async function restoreInDocker(settings: StackSettings, outputs: StackOutputs, file: string): Promise<string> {
  await copyIntoBackups(containerOf(outputs, "backup"), file);
  const restored = await runDockerRestore(settings, path.basename(file));
  if (restored.code !== 0) throw new StepFailed(`the restore in Docker failed (exit ${restored.code}): ${restored.output}`);
  return restored.output;
}
