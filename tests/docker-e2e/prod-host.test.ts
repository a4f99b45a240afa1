import { knownHostsLine, registryConfig, serverCertificateExtensions, sshClientConfig, sshdConfig } from "../../scripts/docker-e2e/prod-host-files";
import { prodShapedConfig } from "../../scripts/docker-e2e/prod-shaped-config";
import { registryOf, repositoryOf } from "../../scripts/docker-e2e/registry-client";
import { dialStdioCommand } from "../../scripts/docker-e2e/ssh-engine";
import { parseStackConfig, readProjectConfig } from "../../components/config";
import { project, stackConfig } from "../pulumi/mockedProgram";

describe("dialStdioCommand", () => {
  it("runs what docker/cli's connhelper runs for an ssh:// host with a user and a port", () => {
    expect(dialStdioCommand("ssh://deploy@voice-host:2222")).toEqual([
      "-o", "ConnectTimeout=30", "-T", "-l", "deploy", "-p", "2222", "--", "voice-host", "docker", "system", "dial-stdio",
    ]);
  });

  it("leaves user and port to the ssh config when the URL has none, and puts the provider's ssh_opts first", () => {
    expect(dialStdioCommand("ssh://voice-host", ["-F", "/etc/voice/ssh_config"])).toEqual([
      "-F", "/etc/voice/ssh_config", "-o", "ConnectTimeout=30", "-T", "--", "voice-host", "docker", "system", "dial-stdio",
    ]);
  });

  it.each([["unix:///var/run/docker.sock"], ["tcp://voice-host:2376"]])("refuses %s", (host) => {
    expect(() => dialStdioCommand(host)).toThrow(`not an ssh:// Docker host: ${host}`);
  });
});

describe("knownHostsLine", () => {
  const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl voice-e2e docker host\n";

  it.each<[number, string]>([
    [22, "voice-host ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"],
    [2222, "[voice-host]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"],
  ])("writes port %i the way ssh looks it up, without the key's comment", (port, line) => {
    expect(knownHostsLine("voice-host", port, key)).toBe(line);
  });

  it("refuses what is not a public key", () => {
    expect(() => knownHostsLine("voice-host", 22, "oops")).toThrow("not an OpenSSH public key: oops");
  });
});

describe("sshClientConfig", () => {
  it("is non-interactive, checks the host key and multiplexes every connection over one master", () => {
    expect(sshClientConfig({ host: "voice-host", identityFile: "/k/id", knownHosts: "/k/known_hosts", controlDir: "/k/cm" })).toBe(
      [
        "Host voice-host",
        "  IdentityFile /k/id",
        "  IdentitiesOnly yes",
        "  UserKnownHostsFile /k/known_hosts",
        "  StrictHostKeyChecking yes",
        "  BatchMode yes",
        "  ControlMaster auto",
        "  ControlPath /k/cm/%C",
        "  ControlPersist 60",
        "",
      ].join("\n"),
    );
  });
});

describe("sshdConfig", () => {
  const config = sshdConfig({ port: 2222, hostKey: "/h/key", pidFile: "/h/pid", user: "voice-deploy" }, 32);

  it.each([
    ["keys only", "PasswordAuthentication no"],
    ["no keyboard-interactive either", "KbdInteractiveAuthentication no"],
    ["never root", "PermitRootLogin no"],
    ["the deploying user only", "AllowUsers voice-deploy"],
    ["loopback only", "ListenAddress 127.0.0.1"],
    ["room for the multiplexed sessions", "MaxSessions 32"],
  ])("allows %s", (_what, line) => {
    expect(config.split("\n")).toContain(line);
  });
});

describe("registryConfig", () => {
  it("serves TLS with htpasswd auth on the given address", () => {
    expect(registryConfig({ address: "10.0.0.1:5443", storageDir: "/r/data", certificate: "/r/crt", key: "/r/key", htpasswd: "/r/htpasswd" })).toBe(
      [
        "version: 0.1",
        "log:",
        "  level: warn",
        "storage:",
        "  filesystem:",
        "    rootdirectory: /r/data",
        "http:",
        "  addr: 10.0.0.1:5443",
        "  tls:",
        "    certificate: /r/crt",
        "    key: /r/key",
        "auth:",
        "  htpasswd:",
        "    realm: voice-registry",
        "    path: /r/htpasswd",
        "",
      ].join("\n"),
    );
  });
});

describe("serverCertificateExtensions", () => {
  it.each([
    ["172.17.0.1", "subjectAltName=IP:172.17.0.1"],
    ["registry.voice-host", "subjectAltName=DNS:registry.voice-host"],
  ])("names %s as Go's TLS checks it", (host, san) => {
    expect(serverCertificateExtensions(host).split("\n")).toContain(san);
  });
});

describe("registryOf and repositoryOf", () => {
  it.each<[string, string, string]>([
    ["172.17.0.1:15443/voice/voice-core:0.1.0", "172.17.0.1:15443", "172.17.0.1:15443/voice/voice-core"],
    ["172.17.0.1:15443/voice/voice-core@sha256:abc", "172.17.0.1:15443", "172.17.0.1:15443/voice/voice-core"],
    ["registry.lan/voice-pc2:1", "registry.lan", "registry.lan/voice-pc2"],
    ["pgvector/pgvector:0.8.0-pg16", "registry-1.docker.io", "pgvector/pgvector"],
  ])("%s is in %s, repository %s", (reference, registry, repository) => {
    expect(registryOf(reference)).toBe(registry);
    expect(repositoryOf(reference)).toBe(repository);
  });
});

describe("prodShapedConfig", () => {
  const prod = stackConfig("prod");
  const site = { dockerHost: "ssh://voice-deploy@127.0.0.1:12222", registry: "172.17.0.1:15443", dataDir: "/tmp/prod", hostCpus: 2, databaseHostPort: 15433 };
  const shaped = parseStackConfig(readProjectConfig(prodShapedConfig(prod, site), project));
  const original = parseStackConfig(readProjectConfig(prod, project));

  it("points the Docker host and the registry at the site, and keeps what the images are but pc2's CUDA variant", () => {
    expect(shaped.dockerHost).toBe(site.dockerHost);
    expect(original.images.pc2Variant).toBe("cuda");
    expect(shaped.images).toEqual({ ...original.images, pc2Variant: "cpu", registry: { ...original.images.registry, server: "172.17.0.1:15443" } });
  });

  it("keeps prod's restart policy, data protection, replicas and memory limits", () => {
    expect(shaped.restart).toBe(original.restart);
    expect(shaped.protectData).toBe(original.protectData);
    for (const [name, service] of Object.entries(original.services)) {
      expect(shaped.services[name as keyof typeof shaped.services]?.memoryMb).toBe(service?.memoryMb);
      expect(shaped.services[name as keyof typeof shaped.services]?.replicas).toBe(service?.replicas);
    }
  });

  it("caps CPUs at what the host has and publishes on loopback only", () => {
    expect(original.services.pc2?.cpus).toBe(4);
    expect(shaped.services.pc2?.cpus).toBe(2);
    expect(shaped.services["task-router"]?.cpus).toBe(0.5);
    expect(shaped.services.coordinator?.publish).toEqual({ ...original.services.coordinator?.publish, hostIp: "127.0.0.1" });
  });

  it("runs pc2 on the CPU and its own database and monitoring network, with the bind mounts under the run's directory", () => {
    expect(shaped.gpu.enabled).toBe(false);
    expect(shaped.database).toMatchObject({ mode: "container", hostPort: 15433, hostIp: "127.0.0.1" });
    expect(shaped.networks.monitoring).toEqual({ name: "monitoring_network", external: false });
    expect(shaped.volumes.logs).toEqual({ type: "bind", hostPath: "/tmp/prod/logs" });
  });
});
