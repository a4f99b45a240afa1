import type Dockerode from "dockerode";

export interface ContainerHealth {
  name: string;
  /** "healthy", "exited 0", or what is wrong. */
  status: string;
  ok: boolean;
}

/**
 * The state every container must end in: long-running ones `healthy` by their Docker
 * healthcheck, one-shot jobs exited 0. `expected` names the containers the program declared
 * through its services; one never created is reported as such (a dependency failed first).
 */
export async function stackHealth(
  engine: Dockerode,
  created: readonly { name: string; job: boolean }[],
  expected: readonly string[],
): Promise<ContainerHealth[]> {
  const report: ContainerHealth[] = [];
  for (const name of [...new Set([...created.map((c) => c.name), ...expected])]) {
    const job = created.find((c) => c.name === name)?.job;
    if (job === undefined) {
      report.push({ name, status: "never created", ok: false });
      continue;
    }
    const { State } = await engine.getContainer(name).inspect();
    const status = job
      ? State.Status === "exited" ? `exited ${State.ExitCode}` : State.Status
      : State.Health?.Status ?? State.Status;
    report.push({ name, status, ok: status === (job ? "exited 0" : "healthy") });
  }
  return report;
}
