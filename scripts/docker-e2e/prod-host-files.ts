/**
 * The configuration files of the prod-shaped run's stand-in hosts: the registry (Debian's
 * docker-registry, the CNCF distribution registry 2.8), the Docker host's sshd, and the
 * workstation's ssh client. Pure text, so each line the README's prod section asks for is tested.
 */

export interface RegistryFiles {
  /** host:port the registry listens on, which is also the name images are pushed under. */
  address: string;
  storageDir: string;
  certificate: string;
  key: string;
  htpasswd: string;
}

/** distribution's config.yml: TLS and htpasswd auth (bcrypt only, the registry refuses other hashes). */
export function registryConfig(files: RegistryFiles): string {
  return [
    "version: 0.1",
    "log:",
    "  level: warn",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${files.storageDir}`,
    "http:",
    `  addr: ${files.address}`,
    "  tls:",
    `    certificate: ${files.certificate}`,
    `    key: ${files.key}`,
    "auth:",
    "  htpasswd:",
    "    realm: voice-registry",
    `    path: ${files.htpasswd}`,
    "",
  ].join("\n");
}

export interface SshdFiles {
  port: number;
  hostKey: string;
  pidFile: string;
  /** Whom the key may log in as: the deploying user, never root. */
  user: string;
}

/**
 * Key-only, one user, on 127.0.0.1. MaxSessions bounds the sessions one multiplexed connection
 * carries (sshd_config(5), default 10): each Docker API connection of the provider is one
 * `ssh ... docker system dial-stdio` session of the shared connection.
 */
export function sshdConfig(files: SshdFiles, maxSessions: number): string {
  return [
    `Port ${files.port}`,
    "ListenAddress 127.0.0.1",
    `HostKey ${files.hostKey}`,
    `PidFile ${files.pidFile}`,
    "PubkeyAuthentication yes",
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    "PermitRootLogin no",
    `AllowUsers ${files.user}`,
    "UsePAM no",
    `MaxSessions ${maxSessions}`,
    "",
  ].join("\n");
}

/** One known_hosts line; a non-default port is written [host]:port, as ssh looks it up. */
export function knownHostsLine(host: string, port: number, publicKey: string): string {
  const [type, key] = publicKey.trim().split(/\s+/);
  if (type === undefined || key === undefined) throw new Error(`not an OpenSSH public key: ${publicKey}`);
  return `${port === 22 ? host : `[${host}]:${port}`} ${type} ${key}\n`;
}

export interface SshClientFiles {
  host: string;
  identityFile: string;
  knownHosts: string;
  /** Where the master connection's socket lives; %C keeps it short and unique per destination. */
  controlDir: string;
}

/**
 * The workstation's ~/.ssh/config entry for the Docker host. BatchMode: the provider runs ssh with
 * no terminal, so a password or host-key prompt would hang it. ControlMaster: the provider opens a
 * connection per Docker API connection and the run does so in parallel; one master connection
 * carries them all, instead of each a new handshake that sshd's MaxStartups (10:30:100) drops.
 */
export function sshClientConfig(files: SshClientFiles): string {
  return [
    `Host ${files.host}`,
    `  IdentityFile ${files.identityFile}`,
    "  IdentitiesOnly yes",
    `  UserKnownHostsFile ${files.knownHosts}`,
    "  StrictHostKeyChecking yes",
    "  BatchMode yes",
    "  ControlMaster auto",
    `  ControlPath ${files.controlDir}/%C`,
    "  ControlPersist 60",
    "",
  ].join("\n");
}

/** An X.509 v3 extension file for the registry's certificate: valid for exactly its address. */
export function serverCertificateExtensions(host: string): string {
  const san = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
  return ["basicConstraints=CA:FALSE", "keyUsage=digitalSignature,keyEncipherment", "extendedKeyUsage=serverAuth", `subjectAltName=${san}`, ""].join("\n");
}
