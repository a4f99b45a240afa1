import type * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";

/** Lines of the job's output quoted in the failure, enough to show a migration's error. */
const quotedLogLines = 20;

export function jobFailure(name: string, urn: string, exitCode: number | undefined, logs: string | undefined): string | undefined {
  if (exitCode === 0) return undefined;
  const tail = (logs ?? "").trimEnd().split("\n").slice(-quotedLogLines).join("\n");
  return (
    `job ${name} exited with code ${exitCode}; last log lines:\n${tail}\n` +
    `Fix the cause, then run it again with: pulumi up --replace '${urn}'`
  );
}

/**
 * Resolves to the job's container once it exited 0, and fails the deployment otherwise: with
 * `attach` the provider waits for the exit but records any exit code as success
 * (resourceDockerContainerCreate). The recorded failure stays in the state; a preview reports it
 * as a warning with the command that runs the job again, instead of failing on it.
 */
export function jobSucceeded(job: docker.Container): pulumi.Output<pulumi.Resource> {
  return pulumi.all([job.name, job.urn, job.exitCode, job.containerLogs]).apply(([name, urn, exitCode, logs]) => {
    const failure = jobFailure(name, urn, exitCode, logs);
    if (failure === undefined) return job;
    if (pulumi.runtime.isDryRun()) {
      void pulumi.log.warn(failure, job);
      return job;
    }
    throw new Error(failure);
  });
}
