/**
 * The read-back half of "the second preview is empty", the check Terraform's acceptance tests make
 * after every apply: each object the run created is read from the engine and turned into the
 * provider's state the way its Read function does, for every input the program sets, then diffed
 * against the declared inputs with the provider's rules. Sources: kreuzwerker/terraform-provider-docker
 * v4.5.0 (commit 5074970c), internal/provider/*.go, function named beside each field.
 */
import type Dockerode from "dockerode";
import { providerCpus } from "../../components/services/limits";
import { labelMap } from "./declared-inputs";
import { rulesByType, type Effect } from "./provider-rules";

type Inputs = Record<string, any>;

export interface ReadBackDifference {
  resource: string;
  field: string;
  declared: unknown;
  read: unknown;
  effect: Effect;
}

/** Go's time.Duration.String, which resourceDockerContainerRead applies to the healthcheck's durations. */
export function goDuration(nanoseconds: number): string {
  if (nanoseconds === 0) return "0s";
  if (nanoseconds < 1e3) return `${nanoseconds}ns`;
  if (nanoseconds < 1e6) return `${nanoseconds / 1e3}µs`;
  if (nanoseconds < 1e9) return `${nanoseconds / 1e6}ms`;
  const hours = Math.floor(nanoseconds / 3.6e12);
  const minutes = Math.floor((nanoseconds % 3.6e12) / 6e10);
  const seconds = (nanoseconds % 6e10) / 1e9;
  return `${hours > 0 ? `${hours}h` : ""}${hours > 0 || minutes > 0 ? `${minutes}m` : ""}${seconds}s`;
}

/** resourceDockerContainerRead reads megabytes as bytes/1024/1024; swap keeps -1 and 0 as they are. */
const megabytes = (bytes: number | undefined) => Math.trunc((bytes ?? 0) / 1024 / 1024);

const sortedBy = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Labels are a set of {label, value} pairs in the provider (mapToLabelSet). */
const labelSet = (labels: Record<string, string> | undefined) => sortedBy(Object.entries(labels ?? {}).map(([label, value]) => ({ label, value })));

/** The container's state as resourceDockerContainerRead (resource_docker_container_funcs.go) sets it. */
export function readContainer(info: Dockerode.ContainerInspectInfo, declared: Inputs): Inputs {
  const host = info.HostConfig;
  const state: Inputs = {
    name: info.Name.replace(/^\//, ""),
    // "if it begins with sha256: then we need to use {{ .Image }}", otherwise Config.Image.
    image: String(declared.image ?? "").startsWith("sha256:") ? info.Image : info.Config.Image,
    command: info.Config.Cmd,
    user: info.Config.User,
    restart: host.RestartPolicy?.Name ?? "",
    init: host.Init ?? false,
    privileged: host.Privileged,
    securityOpts: host.SecurityOpt ?? [],
    mounts: sortedBy(
      (host.Mounts ?? []).map((m) => ({ type: m.Type, source: m.Source, target: m.Target, readOnly: m.ReadOnly ?? false })),
    ),
    memory: megabytes(host.Memory),
    memorySwap: (host.MemorySwap ?? 0) > 0 ? megabytes(host.MemorySwap) : host.MemorySwap ?? 0,
    logDriver: host.LogConfig?.Type,
    // must_run drifts to false when the container is not running (the Read's own comment).
    mustRun: info.State.Running ? (declared.mustRun ?? true) : false,
  };
  if ((host.CapAdd ?? []).length > 0 || (host.CapDrop ?? []).length > 0)
    state.capabilities = { adds: host.CapAdd ?? [], drops: host.CapDrop ?? [] };
  if ((host.NanoCpus ?? 0) > 0) state.cpus = providerCpus((host.NanoCpus ?? 0) / 1e9);
  // containerLogOptsForState: only read back when the configuration sets log_opts.
  if (declared.logOpts !== undefined) state.logOpts = host.LogConfig?.Config ?? {};
  // flattenContainerPorts, only while running or when must_run holds.
  if (declared.ports !== undefined && (info.State.Running || (declared.mustRun ?? true)))
    state.ports = sortedBy(
      Object.entries(info.NetworkSettings.Ports ?? {}).flatMap(([key, bindings]) =>
        (bindings ?? []).map((b) => {
          const [internal, protocol] = key.split("/");
          return { internal: Number(internal), external: Number(b.HostPort), ip: b.HostIp, protocol };
        }),
      ),
    );
  const check = info.Config.Healthcheck;
  if (check !== undefined && check.Test !== undefined)
    state.healthcheck = {
      tests: check.Test,
      interval: goDuration(check.Interval ?? 0),
      timeout: goDuration(check.Timeout ?? 0),
      startPeriod: goDuration(check.StartPeriod ?? 0),
      retries: check.Retries ?? 0,
    };
  return state;
}

/** The declared inputs in the form the provider stores them: schema defaults filled, sets sorted. */
export function declaredContainer(inputs: Inputs): Inputs {
  const state: Inputs = {
    name: inputs.name,
    image: inputs.image,
    command: inputs.command,
    user: inputs.user,
    restart: inputs.restart ?? "no",
    init: inputs.init ?? false,
    privileged: inputs.privileged ?? false,
    securityOpts: inputs.securityOpts ?? [],
    mounts: sortedBy((inputs.mounts ?? []).map((m: Inputs) => ({ type: m.type, source: m.source, target: m.target, readOnly: m.readOnly ?? false }))),
    memory: inputs.memory ?? 0,
    memorySwap: inputs.memorySwap ?? 0,
    logDriver: inputs.logDriver,
    mustRun: inputs.mustRun ?? true,
  };
  if (inputs.capabilities !== undefined) state.capabilities = { adds: inputs.capabilities.adds ?? [], drops: inputs.capabilities.drops ?? [] };
  if (inputs.cpus !== undefined) state.cpus = inputs.cpus;
  if (inputs.logOpts !== undefined) state.logOpts = inputs.logOpts;
  if (inputs.ports !== undefined && (inputs.mustRun ?? true))
    state.ports = sortedBy(
      inputs.ports.map((p: Inputs) => ({ internal: p.internal, external: p.external, ip: p.ip ?? "0.0.0.0", protocol: p.protocol ?? "tcp" })),
    );
  if (inputs.healthcheck !== undefined)
    state.healthcheck = {
      tests: inputs.healthcheck.tests,
      interval: inputs.healthcheck.interval ?? "0s",
      timeout: inputs.healthcheck.timeout ?? "0s",
      startPeriod: inputs.healthcheck.startPeriod ?? "0s",
      retries: inputs.healthcheck.retries ?? 0,
    };
  return state;
}

/** resourceDockerNetworkReadRefreshFunc (resource_docker_network_funcs.go). */
export function readNetwork(info: Dockerode.NetworkInspectInfo): Inputs {
  return { name: info.Name, driver: info.Driver, internal: info.Internal, labels: labelSet(info.Labels) };
}

export function declaredNetwork(inputs: Inputs): Inputs {
  return { name: inputs.name, driver: inputs.driver ?? "bridge", internal: inputs.internal ?? false, labels: labelSet(labelMap(inputs.labels)) };
}

/** resourceDockerVolumeRead (resource_docker_volume.go); the driver is Computed when not declared. */
export function readVolume(info: Dockerode.VolumeInspectInfo): Inputs {
  return { name: info.Name, labels: labelSet(info.Labels ?? {}) };
}

export function declaredVolume(inputs: Inputs): Inputs {
  return { name: inputs.name, labels: labelSet(labelMap(inputs.labels)) };
}

/** Every field whose read-back value differs from the declared one, with what the provider would do about it. */
export function stateDifferences(resource: string, type: string, declared: Inputs, read: Inputs): ReadBackDifference[] {
  const rules = rulesByType[type] ?? {};
  return Object.keys(declared)
    .filter((field) => JSON.stringify(declared[field] ?? null) !== JSON.stringify(read[field] ?? null))
    .map((field) => ({ resource, field, declared: declared[field], read: read[field], effect: rules[field] ?? "replace" }));
}
