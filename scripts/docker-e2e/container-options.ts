import type * as docker from "@pulumi/docker";
import type * as pulumi from "@pulumi/pulumi";
import type Dockerode from "dockerode";
import { assertOnlyKeys, durationNanoseconds, labelMap, required } from "./declared-inputs";

export type ContainerInputs = pulumi.Unwrap<docker.ContainerArgs>;

export interface NetworkAttachment {
  name: string;
  aliases: string[];
}

/** What the provider waits for after starting a container, as its `wait` and `attach` inputs say. */
export type Completion =
  | { kind: "healthy"; timeoutSeconds: number }
  | { kind: "exit"; collectLogs: boolean }
  | { kind: "running" };

/** A file the provider writes into the container before it starts. */
export interface UploadedFile {
  file: string;
  content: string;
  mode: number;
}

export interface ContainerRun {
  name: string;
  uploads: UploadedFile[];
  create: Dockerode.ContainerCreateOptions;
  /** The Engine API (1.41) attaches one network at creation; the others are connected before start. */
  laterNetworks: NetworkAttachment[];
  completion: Completion;
  stopGraceSeconds?: number;
}

const translatedInputs = [
  "name", "image", "command", "user", "envs", "labels", "networksAdvanced", "mounts", "ports",
  "deviceRequests", "cpus", "memory", "memorySwap", "capabilities", "restart", "healthcheck", "wait", "waitTimeout",
  "attach", "mustRun", "logs", "init", "privileged", "securityOpts", "logDriver", "logOpts", "destroyGraceSeconds",
  "uploads",
] as const;

/** The provider's default for `waitTimeout`. */
const defaultWaitSeconds = 60;

function networkAttachments(inputs: ContainerInputs, where: string): NetworkAttachment[] {
  return (inputs.networksAdvanced ?? []).map((network) => {
    assertOnlyKeys(network, ["name", "aliases"], `${where}.networksAdvanced`);
    return { name: network.name, aliases: network.aliases ?? [] };
  });
}

function mounts(inputs: ContainerInputs, where: string): Dockerode.MountSettings[] {
  return (inputs.mounts ?? []).map((mount) => {
    assertOnlyKeys(mount, ["type", "source", "target", "readOnly"], `${where}.mounts`);
    return {
      Type: mount.type as Dockerode.MountType,
      Source: required(mount.source, `${where}.mounts[].source`),
      Target: mount.target,
      ReadOnly: mount.readOnly ?? false,
    };
  });
}

function ports(inputs: ContainerInputs, where: string): { exposed: Record<string, object>; bindings: Dockerode.PortMap } {
  const exposed: Record<string, object> = {};
  const bindings: Dockerode.PortMap = {};
  for (const port of inputs.ports ?? []) {
    assertOnlyKeys(port, ["internal", "external", "ip", "protocol"], `${where}.ports`);
    const key = `${port.internal}/${port.protocol ?? "tcp"}`;
    exposed[key] = {};
    bindings[key] = [...(bindings[key] ?? []), { HostIp: port.ip ?? "", HostPort: port.external === undefined ? "" : String(port.external) }];
  }
  return { exposed, bindings };
}

function healthcheck(inputs: ContainerInputs, where: string): Dockerode.HealthConfig | undefined {
  const check = inputs.healthcheck;
  if (check === undefined) return undefined;
  assertOnlyKeys(check, ["tests", "interval", "timeout", "retries", "startPeriod"], `${where}.healthcheck`);
  return {
    Test: check.tests,
    Interval: check.interval === undefined ? undefined : durationNanoseconds(check.interval),
    Timeout: check.timeout === undefined ? undefined : durationNanoseconds(check.timeout),
    Retries: check.retries,
    StartPeriod: check.startPeriod === undefined ? undefined : durationNanoseconds(check.startPeriod),
  };
}

function deviceRequests(inputs: ContainerInputs, where: string): Dockerode.DeviceRequest[] {
  return (inputs.deviceRequests ?? []).map((request) => {
    assertOnlyKeys(request, ["driver", "count", "deviceIds", "capabilities", "options"], `${where}.deviceRequests`);
    return {
      Driver: request.driver,
      Count: request.count,
      DeviceIDs: request.deviceIds,
      Capabilities: request.capabilities === undefined ? undefined : [request.capabilities],
      Options: request.options,
    };
  });
}

/** resourceDockerContainerCreate's upload: content as given, mode from `permissions` (octal), else 0744 or 0644. */
function uploads(inputs: ContainerInputs, where: string): UploadedFile[] {
  return (inputs.uploads ?? []).map((upload) => {
    assertOnlyKeys(upload, ["file", "content", "permissions", "executable"], `${where}.uploads`);
    const mode = upload.permissions !== undefined ? parseInt(upload.permissions, 8) : upload.executable ? 0o744 : 0o644;
    return { file: upload.file, content: required(upload.content, `${where}.uploads[].content`), mode };
  });
}

function completion(inputs: ContainerInputs): Completion {
  if (inputs.attach) return { kind: "exit", collectLogs: inputs.logs ?? false };
  if (inputs.wait) return { kind: "healthy", timeoutSeconds: inputs.waitTimeout ?? defaultWaitSeconds };
  return { kind: "running" };
}

/** A `docker.Container`'s declared inputs as the Engine API calls that create and start it. */
export function planContainerRun(inputs: ContainerInputs): ContainerRun {
  const name = required(inputs.name, "a container's name");
  const where = `container ${name}`;
  assertOnlyKeys(inputs, translatedInputs, where);
  if (inputs.capabilities) assertOnlyKeys(inputs.capabilities, ["adds", "drops"], `${where}.capabilities`);
  const [firstNetwork, ...laterNetworks] = networkAttachments(inputs, where);
  const { exposed, bindings } = ports(inputs, where);
  return {
    name,
    uploads: uploads(inputs, where),
    create: {
      name,
      Image: inputs.image,
      Cmd: inputs.command,
      User: inputs.user,
      Env: inputs.envs,
      Labels: labelMap(inputs.labels),
      ExposedPorts: exposed,
      Healthcheck: healthcheck(inputs, where),
      HostConfig: {
        Init: inputs.init,
        Privileged: inputs.privileged ?? false,
        SecurityOpt: inputs.securityOpts,
        LogConfig: inputs.logDriver === undefined ? undefined : { Type: inputs.logDriver, Config: inputs.logOpts ?? {} },
        Mounts: mounts(inputs, where),
        PortBindings: bindings,
        RestartPolicy: { Name: inputs.restart ?? "no" },
        CapAdd: inputs.capabilities?.adds,
        CapDrop: inputs.capabilities?.drops,
        DeviceRequests: deviceRequests(inputs, where),
        NanoCpus: inputs.cpus === undefined ? undefined : Math.round(Number(inputs.cpus) * 1e9),
        Memory: inputs.memory === undefined ? undefined : inputs.memory * 1024 * 1024,
        // resourceDockerContainerCreate: a positive memory_swap is in megabytes, -1 means unlimited.
        MemorySwap: inputs.memorySwap === undefined ? undefined : inputs.memorySwap > 0 ? inputs.memorySwap * 1024 * 1024 : inputs.memorySwap,
        NetworkMode: firstNetwork?.name,
      },
      NetworkingConfig:
        firstNetwork === undefined ? undefined : { EndpointsConfig: { [firstNetwork.name]: { Aliases: firstNetwork.aliases } } },
    },
    laterNetworks,
    completion: completion(inputs),
    stopGraceSeconds: inputs.destroyGraceSeconds,
  };
}
