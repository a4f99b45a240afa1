import { setTimeout as sleep } from "node:timers/promises";
import type Dockerode from "dockerode";
import { containerLogs } from "./container-diagnostics";
import type { ContainerRun } from "./container-options";
import { tarOneFile } from "./upload-archive";
import type { StackObjects } from "./stack-objects";

const pollMs = 500;

export interface ContainerOutcome {
  id: string;
  exitCode?: number;
  logs?: string;
}

/**
 * What the provider's `wait` does: poll until Docker reports the container healthy. A failure
 * names the problem only: the stack's health report shows the container's logs and probes.
 */
async function untilHealthy(container: Dockerode.Container, timeoutSeconds: number, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    const { State, HostConfig } = await container.inspect();
    if (State.Health?.Status === "healthy") return;
    if (State.Health?.Status === "unhealthy") throw new Error("the container became unhealthy");
    if (State.Status === "exited" && HostConfig.RestartPolicy?.Name === "no")
      throw new Error("the container exited before it was healthy");
    if (Date.now() > deadline) throw new Error(`the container was not healthy within ${timeoutSeconds} s`);
    await sleep(pollMs, undefined, { signal });
  }
}

/** What the provider's `attach` does: wait for the exit and keep the exit code (the program checks it). */
async function untilExited(container: Dockerode.Container, signal: AbortSignal): Promise<number> {
  for (;;) {
    const { State } = await container.inspect();
    if (State.Status === "exited" || State.Status === "dead") return State.ExitCode;
    await sleep(pollMs, undefined, { signal });
  }
}

async function untilRunning(container: Dockerode.Container): Promise<void> {
  const { State } = await container.inspect();
  if (!State.Running) throw new Error("the container is not running after its start");
}

/** Creates, connects and starts one declared container, then waits as its inputs say. */
export async function runContainer(
  engine: Dockerode,
  run: ContainerRun,
  objects: StackObjects,
  signal: AbortSignal,
): Promise<ContainerOutcome> {
  const container = await engine.createContainer(run.create);
  objects.containers.push({
    id: container.id,
    name: run.name,
    job: run.completion.kind === "exit",
    stopGraceSeconds: run.stopGraceSeconds,
  });
  for (const network of run.laterNetworks)
    await engine.getNetwork(network.name).connect({ Container: container.id, EndpointConfig: { Aliases: network.aliases } });
  // The provider copies each upload as a one-file tar to "/" before the start.
  for (const upload of run.uploads) await container.putArchive(tarOneFile(upload.file, upload.content, upload.mode), { path: "/" });
  await container.start();
  const { completion } = run;
  switch (completion.kind) {
    case "healthy":
      await untilHealthy(container, completion.timeoutSeconds, signal);
      return { id: container.id };
    case "exit": {
      const exitCode = await untilExited(container, signal);
      return { id: container.id, exitCode, logs: completion.collectLogs ? await containerLogs(container) : undefined };
    }
    case "running":
      await untilRunning(container);
      return { id: container.id };
  }
}
