/**
 * The prod-shaped run's stand-ins, on this machine: a registry with TLS from a CA the run makes and
 * htpasswd auth, the Docker host reached over ssh:// (sshd on 127.0.0.1, key-only, a non-root user
 * in the docker group), and the workstation's ssh client (key, known_hosts, ControlMaster). Each
 * step is what the README's prod section asks of a real host and workstation; nothing else is set.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { knownHostsLine, registryConfig, serverCertificateExtensions, sshClientConfig, sshdConfig } from "./prod-host-files";

export interface ProdHostsOptions {
  dir: string;
  registryPort: number;
  sshPort: number;
  /** The deploying user on the Docker host. */
  deployUser: string;
  registryUser: string;
  registryPassword: string;
  /** Parallel Docker API connections the run opens; sshd's MaxSessions must allow them. */
  maxConnections: number;
}

export interface ProdHosts {
  /** host:port of the registry, as images are named. */
  registry: string;
  dockerHost: string;
  /** The CA the registry's certificate chains to: what a workstation and the engine must trust. */
  caCertificate: string;
  /** Prepended to PATH: `ssh` with the workstation's config, as ~/.ssh/config would give it. */
  sshBinDir: string;
  /** What the engine said about the registry before it trusted the CA. */
  untrusted: string;
  stop(): Promise<void>;
}

const run = (command: string, args: string[], input?: string) => execFileSync(command, args, { input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });

/**
 * Docker treats every registry that resolves to 127.0.0.0/8 as insecure and then skips the
 * certificate check (moby registry/config.go), so a registry on 127.0.0.1 could not show that the
 * engine trusts the CA. The docker0 bridge's address is this machine's own and outside that range.
 */
function bridgeAddress(): string {
  const match = /inet (\d+\.\d+\.\d+\.\d+)\//.exec(run("ip", ["-4", "-o", "addr", "show", "dev", "docker0"]));
  if (match === null) throw new Error("docker0 has no IPv4 address; is dockerd running with its default bridge?");
  return match[1];
}

function makeCertificates(dir: string, host: string): { ca: string; certificate: string; key: string } {
  const file = (name: string) => path.join(dir, name);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  run("openssl", ["req", "-x509", ...ec, "-keyout", file("ca.key"), "-out", file("ca.crt"), "-days", "2", "-subj", "/CN=voice-e2e registry CA"]);
  run("openssl", ["req", ...ec, "-keyout", file("registry.key"), "-out", file("registry.csr"), "-subj", `/CN=${host}`]);
  fs.writeFileSync(file("registry.ext"), serverCertificateExtensions(host));
  run("openssl", ["x509", "-req", "-in", file("registry.csr"), "-CA", file("ca.crt"), "-CAkey", file("ca.key"), "-CAcreateserial", "-days", "2", "-extfile", file("registry.ext"), "-out", file("registry.crt")]);
  return { ca: file("ca.crt"), certificate: file("registry.crt"), key: file("registry.key") };
}

/** Resolves once the registry answers /v2/ over TLS checked against the run's CA (401: auth is on). */
async function untilRegistryAnswers(address: string, ca: string, child: ChildProcess, log: string): Promise<void> {
  const [host, port] = address.split(":");
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) break;
    const status = await new Promise<number | undefined>((resolve) =>
      https
        .get({ host, port: Number(port), path: "/v2/", ca: fs.readFileSync(ca) }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on("error", () => resolve(undefined)),
    );
    if (status === 401) return;
    if (status !== undefined) throw new Error(`the registry answered /v2/ without credentials with ${status}, not 401`);
    await sleep(100);
  }
  throw new Error(`the registry did not come up on ${address}; its log:\n${fs.readFileSync(log, "utf8")}`);
}

/** The deploying user: no password, no root, in the docker group (what lets dial-stdio reach the socket). */
function ensureDeployUser(user: string, publicKey: string): void {
  try {
    run("id", [user]);
  } catch {
    // "*" is no password but not a locked account, which sshd without PAM would refuse.
    run("useradd", ["--create-home", "--shell", "/bin/sh", "--password", "*", user]);
  }
  run("usermod", ["--append", "--groups", "docker", user]);
  const home = run("getent", ["passwd", user]).split(":")[5];
  const sshDir = path.join(home, ".ssh");
  fs.mkdirSync(sshDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(sshDir, "authorized_keys"), publicKey, { mode: 0o600 });
  run("chown", ["-R", `${user}:${user}`, sshDir]);
}

/** The error of a pull through the local engine, which must fail. */
function engineRefusal(reference: string): string {
  try {
    run(process.env.DOCKER ?? "docker", ["pull", reference]);
  } catch (err) {
    return String((err as { stderr?: string }).stderr ?? err).trim();
  }
  throw new Error(`pulling ${reference} succeeded; it must not exist`);
}

/** What a run that was killed before its teardown left running: the registry, sshd, the ssh master. */
function stopLeftovers(dir: string): void {
  for (const pidFile of ["registry.pid", "sshd.pid", "ssh-master.pid"].map((name) => path.join(dir, name))) {
    if (!fs.existsSync(pidFile)) continue;
    try {
      process.kill(Number(fs.readFileSync(pidFile, "utf8").trim()));
    } catch {
      // Already gone.
    }
  }
}

export async function startProdHosts(options: ProdHostsOptions): Promise<ProdHosts> {
  const { dir } = options;
  stopLeftovers(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  const file = (name: string) => path.join(dir, name);
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const registry = `${bridgeAddress()}:${options.registryPort}`;
    const tls = makeCertificates(dir, registry.split(":")[0]);
    fs.writeFileSync(file("htpasswd"), run("htpasswd", ["-nbB", options.registryUser, options.registryPassword]));
    fs.mkdirSync(file("registry-data"));
    fs.writeFileSync(file("registry.yml"), registryConfig({ address: registry, storageDir: file("registry-data"), certificate: tls.certificate, key: tls.key, htpasswd: file("htpasswd") }));
    const registryLog = fs.openSync(file("registry.log"), "w");
    const registryProcess = spawn("docker-registry", ["serve", file("registry.yml")], { stdio: ["ignore", registryLog, registryLog] });
    fs.writeFileSync(file("registry.pid"), String(registryProcess.pid));
    stops.push(() => {
      registryProcess.kill();
    });
    await untilRegistryAnswers(registry, tls.ca, registryProcess, file("registry.log"));

    const trustDir = `/etc/docker/certs.d/${registry}`;
    // An earlier run killed before its teardown left its CA there.
    fs.rmSync(trustDir, { recursive: true, force: true });
    const untrusted = engineRefusal(`${registry}/voice/trust-check:0`);
    if (!/x509|certificate/.test(untrusted)) throw new Error(`before it trusts the CA, the engine should refuse the registry's certificate; it said: ${untrusted}`);
    // The engine's trust: certs.d/<host:port>/ca.crt, read at every pull and push.
    fs.mkdirSync(trustDir, { recursive: true });
    fs.copyFileSync(tls.ca, path.join(trustDir, "ca.crt"));
    stops.push(() => fs.rmSync(trustDir, { recursive: true, force: true }));

    run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "voice-e2e workstation", "-f", file("id_ed25519")]);
    run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "voice-e2e docker host", "-f", file("host_ed25519")]);
    ensureDeployUser(options.deployUser, fs.readFileSync(file("id_ed25519.pub"), "utf8"));
    // Generous beyond the run's own connections: the docker CLI's builds open theirs too.
    fs.writeFileSync(file("sshd_config"), sshdConfig({ port: options.sshPort, hostKey: file("host_ed25519"), pidFile: file("sshd.pid"), user: options.deployUser }, options.maxConnections * 4));
    fs.mkdirSync("/run/sshd", { recursive: true });
    run("/usr/sbin/sshd", ["-f", file("sshd_config"), "-E", file("sshd.log")]);
    stops.push(() => {
      if (fs.existsSync(file("sshd.pid"))) process.kill(Number(fs.readFileSync(file("sshd.pid"), "utf8").trim()));
    });

    fs.writeFileSync(file("known_hosts"), knownHostsLine("127.0.0.1", options.sshPort, fs.readFileSync(file("host_ed25519.pub"), "utf8")));
    fs.mkdirSync(file("control"), { mode: 0o700 });
    fs.writeFileSync(file("ssh_config"), sshClientConfig({ host: "127.0.0.1", identityFile: file("id_ed25519"), knownHosts: file("known_hosts"), controlDir: file("control") }));
    const sshBinDir = file("bin");
    fs.mkdirSync(sshBinDir);
    fs.writeFileSync(path.join(sshBinDir, "ssh"), `#!/bin/sh\nexec /usr/bin/ssh -F ${file("ssh_config")} "$@"\n`, { mode: 0o755 });
    const dockerHost = `ssh://${options.deployUser}@127.0.0.1:${options.sshPort}`;
    // The master connection opens with the first ssh; its pid lets a later run end it if this one dies.
    const destination = ["-p", String(options.sshPort), `${options.deployUser}@127.0.0.1`];
    run(path.join(sshBinDir, "ssh"), [...destination, "true"]);
    // `ssh -O check` answers "Master running (pid=N)" on stderr.
    const master = /pid=(\d+)/.exec(spawnSync(path.join(sshBinDir, "ssh"), ["-O", "check", ...destination], { encoding: "utf8" }).stderr);
    if (master !== null) fs.writeFileSync(file("ssh-master.pid"), master[1]);
    stops.push(() => {
      spawnSync(path.join(sshBinDir, "ssh"), ["-O", "exit", "-p", String(options.sshPort), `${options.deployUser}@127.0.0.1`]);
    });
    return { registry, dockerHost, caCertificate: tls.ca, sshBinDir, untrusted, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
