/**
 * Step 7 of the lifecycle (issue 22): a backup taken through the backup service, copied off the
 * host, and restored with `npm run restore` into a new stack whose data was lost.
 */
import { execFile } from "node:child_process";
import { chmodSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import type { StackOutputs } from "../../components/stack";
import { databaseUrl, planDatabase } from "../../components/database/plan";
import type { DatabaseSettings } from "../../components/config";
import { testSecrets } from "../../tests/pulumi/mockedProgram";
import { StepFailed } from "./stack-steps";

const run = promisify(execFile);
const dockerCli = process.env.DOCKER ?? "/usr/bin/docker";

export interface TakenBackup {
  /** Inside the backup container, on the backups volume. */
  path: string;
  rows: Record<string, number>;
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
  if (response.status !== 201 || body.path === undefined || body.rows === undefined) {
    throw new StepFailed(`POST /v1/backups answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  }
  return { path: body.path, rows: body.rows };
}

/**
 * `docker cp` out of the backup container, as docs/backups.md tells a user to do before a destroy.
 * The file is the agent user's, mode 0600; the copy is made readable for the restore.
 */
export async function copyOffHost(backup: TakenBackup, directory: string): Promise<string> {
  await run(dockerCli, ["cp", `backup:${backup.path}`, directory]);
  const local = path.join(directory, path.basename(backup.path));
  chmodSync(local, 0o644);
  return local;
}

/**
 * `npm run restore -- FILE` on the machine running Pulumi, into the stack's database through the
 * port the dev stack publishes for it, as the migration role (the schema's owner).
 */
export async function restoreFromHost(projectDir: string, database: DatabaseSettings, file: string): Promise<string> {
  const plan = planDatabase(database);
  const url = databaseUrl(plan.users.migration, testSecrets.dbMigrationPassword, { ...plan, serviceEndpoint: plan.adminEndpoint });
  try {
    const { stdout } = await run("npm", ["run", "-s", "restore", "--", file], {
      cwd: projectDir,
      env: { ...process.env, MIGRATION_DATABASE_URL: url },
      timeout: 120_000,
    });
    return stdout.trim();
  } catch (err) {
    const failed = err as { stdout?: string; stderr?: string; message: string };
    throw new StepFailed(`npm run restore failed: ${(failed.stderr || failed.stdout || failed.message).trim()}`);
  }
}
