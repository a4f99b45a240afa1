import { describeResource, isContainer, type ResourceInputs } from "./resource";

function rootReason(user: unknown): string | undefined {
  if (typeof user !== "string" || user === "") return "is not set, so the image's default user (root unless the image says otherwise) applies";
  const [name] = user.split(":");
  return name === "root" || name === "0" ? `is ${JSON.stringify(user)}, which is root` : undefined;
}

export function runsAsNonRoot(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const reason = rootReason(resource.props.user);
  return reason === undefined ? [] : [`${describeResource(resource)}: "user" ${reason}; run it as a non-root uid:gid`];
}

export function notPrivileged(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const violations: string[] = [];
  if (resource.props.privileged === true) violations.push(`${describeResource(resource)}: "privileged" is true`);
  const adds: string[] = resource.props.capabilities?.adds ?? [];
  if (adds.length > 0) violations.push(`${describeResource(resource)}: "capabilities.adds" grants ${adds.join(", ")}`);
  return violations;
}

/** Docker's own network named `host` is the host's network stack, whichever field names it. */
export function noHostNetwork(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const violations: string[] = [];
  if (resource.props.networkMode === "host") violations.push(`${describeResource(resource)}: "networkMode" is "host"`);
  const networks: { name: string }[] = resource.props.networksAdvanced ?? [];
  networks.forEach((network, i) => {
    if (network.name === "host") violations.push(`${describeResource(resource)}: "networksAdvanced[${i}].name" is "host"`);
  });
  return violations;
}

/** Where Docker engines put their socket: rootful (both spellings) and rootless (under /run/user). */
const dockerSocketPattern = /(^|\/)docker\.sock$/;
const socketDirectories = ["/", "/run", "/var", "/var/run"];

function normalisedPath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** The socket itself, or a directory that holds the standard one, gives root on the host. */
function exposesDockerSocket(hostPath: string): boolean {
  const path = normalisedPath(hostPath);
  return dockerSocketPattern.test(path) || socketDirectories.includes(path);
}

export function noDockerSocketMount(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const sources = [
    ...((resource.props.mounts ?? []) as { type?: string; source?: string }[]).map((mount, i) =>
      mount.type === "bind" ? { field: `mounts[${i}].source`, path: mount.source } : undefined,
    ),
    ...((resource.props.volumes ?? []) as { hostPath?: string }[]).map((volume, i) => ({ field: `volumes[${i}].hostPath`, path: volume.hostPath })),
  ];
  return sources
    .filter((source): source is { field: string; path: string } => typeof source?.path === "string" && exposesDockerSocket(source.path))
    .map((source) => `${describeResource(resource)}: "${source.field}" is ${JSON.stringify(source.path)}, which exposes the Docker socket (root on the host)`);
}
