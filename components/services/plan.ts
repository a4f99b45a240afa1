import { catalog, serviceNames, startOrder, type ImageFamily, type ServiceName } from "../../agents-src/kit/catalog";
import { publishedPorts, type PublishedPort, type RestartPolicy, type StackSettings } from "../config";
import { databaseAccess, type DatabaseAccess } from "../database/access";
import { agentCommand, appUser } from "../images/plan";
import { serviceNetworks, type NetworkAttachment } from "../network/attachments";
import { serviceMounts, type MountPlan } from "../volumes/mounts";
import { isDeclared } from "./declared";
import { planEnvironment } from "./environment";
import { deviceRequest, gpuGranted, type DeviceRequestPlan } from "./gpu";
import { httpHealthcheck, type HealthcheckPlan } from "./healthcheck";
import { containerLimits, type ContainerLimits } from "./limits";

export interface ServicePlan {
  name: ServiceName;
  family: ImageFamily;
  job: boolean;
  /** One per replica; the first carries the plain service name. */
  containerNames: string[];
  command: string[];
  user: string;
  env: Record<string, string>;
  database?: DatabaseAccess;
  ports: PublishedPort[];
  healthcheck?: HealthcheckPlan;
  deviceRequests: DeviceRequestPlan[];
  labels: Record<string, string>;
  mounts: MountPlan[];
  networks: NetworkAttachment[];
  limits: ContainerLimits;
  restart: RestartPolicy;
  /** Services that must be healthy (or, for jobs, have succeeded) first; the config keeps them enabled. */
  startsAfter: readonly ServiceName[];
  /** The migration job stores the first device token's digest. */
  receivesFirstDeviceToken: boolean;
  /** The models job authenticates to private model sources. */
  receivesModelsToken: boolean;
  /** How long the engine may take to create the container, a job's whole run included (Pulumi's `customTimeouts.create`). */
  createTimeout?: string;
}

export function containerNames(name: ServiceName, replicas: number): string[] {
  return Array.from({ length: replicas }, (_, i) => (i === 0 ? name : `${name}-${i + 1}`));
}

/** The label a one-shot job's input digest travels in (see jobInputDigests). */
export const jobInputsLabel = "voice.job.inputs";

/** docker_sd discovery in the monitoring stack keys on these labels. */
function serviceLabels(name: ServiceName, stack: string, jobInputs: string | undefined): Record<string, string> {
  const def = catalog[name];
  const labels: Record<string, string> = { "voice.stack": stack, "voice.service": name, "voice.family": def.family };
  if (jobInputs !== undefined) labels[jobInputsLabel] = jobInputs;
  if (def.ports.http !== undefined) {
    labels["prometheus.io/scrape"] = "true";
    labels["prometheus.io/port"] = String(def.ports.http);
    labels["prometheus.io/path"] = "/metrics";
  }
  return labels;
}

export function planService(
  name: ServiceName,
  settings: StackSettings,
  stack: string,
  jobInputs: Partial<Record<ServiceName, string>> = {},
): ServicePlan {
  const def = catalog[name];
  const override = settings.services[name];
  const ports = publishedPorts(name, override);
  const source = settings.volumes.source;
  return {
    name,
    family: def.family,
    job: def.job,
    containerNames: containerNames(name, override?.replicas ?? 1),
    command: agentCommand(name, !def.job && source?.reload === true),
    user: appUser,
    env: planEnvironment(name, settings),
    database: databaseAccess(name),
    ports,
    healthcheck:
      def.healthPath !== undefined && def.ports.http !== undefined
        ? httpHealthcheck(def.ports.http, def.healthPath)
        : undefined,
    deviceRequests: gpuGranted(name, settings.gpu) ? [deviceRequest(settings.gpu)] : [],
    labels: serviceLabels(name, stack, def.job ? jobInputs[name] : undefined),
    mounts: serviceMounts(name, settings),
    networks: serviceNetworks(name, settings, ports.length > 0),
    limits: containerLimits({ cpus: override?.cpus, memoryMb: override?.memoryMb }),
    // A job that failed is reported by the exit code check; restarting it would hide that.
    restart: def.job ? "no" : settings.restart,
    startsAfter: def.startsAfter.filter((dependency) => isDeclared(dependency, settings)),
    receivesFirstDeviceToken: databaseAccess(name)?.role === "migration",
    receivesModelsToken: def.provisionsModels === true,
    ...(def.provisionsModels === true ? { createTimeout: `${settings.modelsTimeoutMinutes}m` } : {}),
  };
}

/** Declared services (enabled; the llm only with a model), each after everything it starts after. */
export function planServices(
  settings: StackSettings,
  stack: string,
  jobInputs: Partial<Record<ServiceName, string>> = {},
): ServicePlan[] {
  const enabled = serviceNames.filter((name) => isDeclared(name, settings));
  return startOrder(enabled).map((name) => planService(name, settings, stack, jobInputs));
}
