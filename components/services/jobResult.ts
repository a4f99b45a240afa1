import type * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";

/** Lines of the job's output quoted in the failure, enough to show a migration's error. */
const quotedLogLines = 20;

export function assertJobExitedCleanly(name: string, exitCode: number | undefined, logs: string | undefined): void {
  if (exitCode === 0) return;
  const tail = (logs ?? "").trimEnd().split("\n").slice(-quotedLogLines).join("\n");
  throw new Error(`job ${name} exited with code ${exitCode}; last log lines:\n${tail}`);
}

/**
 * Resolves to the job's container once it exited 0, and fails the deployment otherwise: with
 * `attach` the provider waits for the exit but records any exit code as success.
 */
export function jobSucceeded(job: docker.Container): pulumi.Output<pulumi.Resource> {
  return pulumi.all([job.name, job.exitCode, job.containerLogs]).apply(([name, exitCode, logs]) => {
    assertJobExitedCleanly(name, exitCode, logs);
    return job;
  });
}
