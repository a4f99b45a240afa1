import { database, services } from "../agents-src/kit/catalog";
import { describeResource, isContainer, isOneShotJob, labelValue, stackOf, type ResourceInputs } from "./resource";

/** `["NONE"]` is Docker's way of switching off a check the image declares. */
function hasHealthcheck(props: Record<string, any>): boolean {
  const tests: string[] = props.healthcheck?.tests ?? [];
  return tests.length > 0 && tests[0] !== "NONE";
}

export function healthcheckOnLongRunning(resource: ResourceInputs): string[] {
  if (!isContainer(resource) || isOneShotJob(resource.props) || hasHealthcheck(resource.props)) return [];
  return [
    `${describeResource(resource)}: no "healthcheck"; a long-running container needs one (only a one-shot job, attach with mustRun false, may go without)`,
  ];
}

export function memoryLimitInProduction(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const stack = stackOf(resource.props);
  const memory = resource.props.memory;
  if (!stack.production || (typeof memory === "number" && memory > 0)) return [];
  return [`${describeResource(resource)}: no "memory" limit in stack ${stack.name}; every production container needs one (MB)`];
}

/** The families whose services the catalog lets use a GPU. */
const gpuFamilies = [...new Set(services.filter((s) => s.gpu === "optional").map((s) => s.family))];

/** The fields through which a Docker container gets a GPU. */
function gpuFields(props: Record<string, any>): string[] {
  const fields: string[] = [];
  const requests: { driver?: string; capabilities?: string[] }[] = props.deviceRequests ?? [];
  requests.forEach((request, i) => {
    if (request.driver === "nvidia" || (request.capabilities ?? []).includes("gpu")) fields.push(`deviceRequests[${i}]`);
  });
  if (typeof props.gpus === "string" && props.gpus !== "") fields.push("gpus");
  if (props.runtime === "nvidia") fields.push("runtime");
  return fields;
}

export function gpuOnlyForGpuFamilies(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const family = labelValue(resource.props, "voice.family");
  if (family !== undefined && gpuFamilies.includes(family as (typeof gpuFamilies)[number])) return [];
  const labelled = family === undefined ? "it has no voice.family label" : `its voice.family label is ${JSON.stringify(family)}`;
  return gpuFields(resource.props).map(
    (field) => `${describeResource(resource)}: "${field}" asks for a GPU, but ${labelled}; only the ${gpuFamilies.join(", ")} family may use one`,
  );
}

interface PortBinding {
  internal: number;
  external?: number;
  ip?: string;
}

const portsOf = (props: Record<string, any>): PortBinding[] => props.ports ?? [];

export function noDatabasePortInProduction(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const stack = stackOf(resource.props);
  if (!stack.production) return [];
  return portsOf(resource.props).flatMap((port, i) =>
    port.internal === database.port
      ? [`${describeResource(resource)}: "ports[${i}]" publishes the database port ${database.port} on the host in stack ${stack.name}`]
      : [],
  );
}

/** Outside production every published port stays on this machine; Docker binds 0.0.0.0 when no ip is given. */
export function loopbackPortsOutsideProduction(resource: ResourceInputs): string[] {
  if (!isContainer(resource)) return [];
  const stack = stackOf(resource.props);
  if (stack.production) return [];
  return portsOf(resource.props).flatMap((port, i) =>
    port.ip === "127.0.0.1"
      ? []
      : [`${describeResource(resource)}: "ports[${i}]" binds ${port.ip ?? "0.0.0.0"}:${port.external ?? port.internal} in stack ${stack.name}; outside production bind 127.0.0.1`],
  );
}
