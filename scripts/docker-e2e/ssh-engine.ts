import { spawn } from "node:child_process";
import * as http from "node:http";
import { Duplex } from "node:stream";
import Dockerode from "dockerode";

/**
 * The ssh command line the provider runs to reach an ssh:// Docker host: kreuzwerker v4.5.0
 * (internal/provider/config.go, MakeClient) hands the URL and its ssh_opts to docker/cli v28.5.2's
 * connhelper.GetConnectionHelperWithSSHOpts, which adds a connect timeout and -T, then runs
 * `ssh [flags] -l USER -p PORT -- HOST docker system dial-stdio`: one ssh per API connection, and
 * the remote host needs the docker CLI on the user's PATH.
 */
export function dialStdioCommand(dockerHost: string, sshFlags: string[] = []): string[] {
  const url = new URL(dockerHost);
  if (url.protocol !== "ssh:") throw new Error(`not an ssh:// Docker host: ${dockerHost}`);
  if (url.pathname !== "" && url.pathname !== "/") throw new Error(`the run does not use a remote socket path: ${dockerHost}`);
  return [
    ...sshFlags,
    "-o",
    "ConnectTimeout=30",
    "-T",
    ...(url.username === "" ? [] : ["-l", decodeURIComponent(url.username)]),
    ...(url.port === "" ? [] : ["-p", url.port]),
    "--",
    url.hostname,
    "docker",
    "system",
    "dial-stdio",
  ];
}

/** A connection that is an ssh process's stdin and stdout, as connhelper's commandconn is. */
function commandConnection(args: string[]): Duplex {
  const child = spawn("ssh", args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const connection = new Duplex({
    write: (chunk, _encoding, done) => {
      if (child.stdin.writable) child.stdin.write(chunk, done);
      else done(new Error(`the ssh connection to the Docker host closed: ${stderr.trim()}`));
    },
    final: (done) => child.stdin.end(done),
    read: () => child.stdout.resume(),
    destroy: (err, done) => {
      if (child.exitCode === null) child.kill();
      done(err);
    },
  });
  child.stdout.on("data", (chunk: Buffer) => {
    if (!connection.push(chunk)) child.stdout.pause();
  });
  child.stdout.on("end", () => connection.push(null));
  child.stdin.on("error", (err) => connection.destroy(err));
  child.on("error", (err) => connection.destroy(err));
  // The remote dial-stdio ends when the engine closes an idle connection: the socket is closed
  // then, so the HTTP agent drops it instead of writing the next request into a finished process.
  child.on("exit", (code) => connection.destroy(code === 0 || code === null ? undefined : new Error(`ssh ${args.join(" ")} exited ${code}: ${stderr.trim()}`)));
  // What Node's HTTP agent calls on a socket it keeps alive; a pipe has nothing to tune.
  return Object.assign(connection, { setKeepAlive: () => connection, setNoDelay: () => connection, setTimeout: () => connection, ref: () => connection, unref: () => connection });
}

/**
 * dockerode through the same ssh command the provider runs (docker-modem's own ssh:// support uses
 * the ssh2 library instead, which reads neither known_hosts nor the ssh config's ControlMaster).
 * Connections are kept alive and bounded, below the sshd's MaxSessions.
 */
export function sshEngine(dockerHost: string, maxConnections: number): Dockerode {
  const args = dialStdioCommand(dockerHost);
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxConnections });
  (agent as unknown as { createConnection: () => Duplex }).createConnection = () => commandConnection(args);
  return new Dockerode({ protocol: "http", host: "docker.example.com", port: 80, agent } as Dockerode.DockerOptions);
}
