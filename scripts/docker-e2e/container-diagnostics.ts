import type Dockerode from "dockerode";

/** Enough of an agent's pino output to show why it did not start. */
const failureLogLines = 30;
const failureHealthProbes = 3;

/**
 * Without a TTY the Engine frames each log chunk with an 8-byte header: stream type, three zero
 * bytes, then the payload length (big-endian).
 */
function demuxLogs(framed: Buffer): string {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset + 8 <= framed.length; ) {
    const length = framed.readUInt32BE(offset + 4);
    chunks.push(framed.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function containerLogs(container: Dockerode.Container, tail?: number): Promise<string> {
  const framed = await container.logs({ stdout: true, stderr: true, follow: false, tail });
  return demuxLogs(framed);
}

/** The container's state, its last log lines and its last health probes, for a failure message. */
export async function describeContainer(container: Dockerode.Container): Promise<string> {
  const info = await container.inspect();
  const state = info.State;
  const lines = [
    `container ${info.Name.replace(/^\//, "")}: ${state.Status}` +
      (state.Health ? `, health ${state.Health.Status}` : "") +
      (state.Status === "exited" ? `, exit code ${state.ExitCode}` : "") +
      (info.RestartCount > 0 ? `, restarted ${info.RestartCount} times` : ""),
    `--- last ${failureLogLines} log lines`,
    (await containerLogs(container, failureLogLines)).trimEnd(),
  ];
  const probes = state.Health?.Log ?? [];
  if (probes.length > 0) {
    lines.push(`--- last health probes`);
    for (const probe of probes.slice(-failureHealthProbes))
      lines.push(`${probe.Start} exit ${probe.ExitCode}: ${probe.Output.trim() || "(no output)"}`);
  }
  return lines.join("\n");
}
