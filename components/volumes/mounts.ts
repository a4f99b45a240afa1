import * as path from "node:path";
import { catalog, speakerModelsAccess, type ServiceName } from "../../agents-src/kit/catalog";
import type { StackSettings, VolumeSource } from "../config";

/** Where each kind of storage appears inside a container. */
export const mountTargets = {
  logs: "/var/log/voice",
  config: "/etc/voice",
  models: "/models",
  build: "/app/dist",
  pgdata: "/var/lib/postgresql/data",
  // images/add-agent-user.sh creates it owned by the agent user, so a fresh volume is writable.
  backups: "/var/backups/voice",
  // Users' voices adapted by pc2's enrolment route: written by pc2, so not on the read-only models volume.
  speakers: "/var/lib/voice/speakers",
} as const;

export type MountKey = keyof typeof mountTargets;

export interface MountSourcePlan {
  type: "volume" | "bind";
  /** Volume name or absolute host path. */
  source: string;
}

export interface MountPlan {
  key: MountKey;
  target: string;
  readOnly: boolean;
}

function fromVolumeSource(source: VolumeSource): MountSourcePlan {
  return source.type === "volume" ? { type: "volume", source: source.name } : { type: "bind", source: source.hostPath };
}

/** Every storage source the stack uses; the `volume` ones are created as Docker volumes. */
export function planMountSources(settings: StackSettings): Partial<Record<MountKey, MountSourcePlan>> {
  const { volumes, database } = settings;
  const sources: Partial<Record<MountKey, MountSourcePlan>> = {
    logs: fromVolumeSource(volumes.logs),
    config: fromVolumeSource(volumes.config),
    models: fromVolumeSource(volumes.models),
    backups: fromVolumeSource(volumes.backups),
    speakers: fromVolumeSource(volumes.speakers),
  };
  if (database.mode === "container") sources.pgdata = { type: "volume", source: volumes.pgdata };
  // The host compiles with `tsc --watch` into dist/; mounting it over the image's dist/ lets
  // `node --watch` restart an agent on each change without an image rebuild.
  if (volumes.source) sources.build = { type: "bind", source: path.join(volumes.source.hostPath, "dist") };
  return sources;
}

/** The services that load models themselves are the ones that can use a GPU. */
export function runsModels(name: ServiceName): boolean {
  return catalog[name].gpu !== "none";
}

export function serviceMounts(name: ServiceName, settings: StackSettings): MountPlan[] {
  const mounts: MountPlan[] = [
    { key: "logs", target: mountTargets.logs, readOnly: false },
    { key: "config", target: mountTargets.config, readOnly: true },
  ];
  // Only the job that provisions models writes them; the services that run them cannot change them.
  if (catalog[name].provisionsModels === true) mounts.push({ key: "models", target: mountTargets.models, readOnly: false });
  else if (runsModels(name)) mounts.push({ key: "models", target: mountTargets.models, readOnly: true });
  if (catalog[name].storesBackups) mounts.push({ key: "backups", target: mountTargets.backups, readOnly: false });
  // The backup service reads the speakers volume as the same user (APP_UID) that pc2 writes it as, and
  // read-only (the provider passes read_only into mount.Mount.ReadOnly, kreuzwerker
  // resource_docker_container_funcs.go, resourceDockerContainerCreate), so a fault in it cannot
  // change a user's voice. Whichever of the two mounts a fresh volume first, Docker copies the
  // image's agent-owned /var/lib/voice/speakers into it, read-only or not (moby
  // daemon/create_unix.go, populateVolumes checks only CopyData), so pc2 can still write it.
  const speakers = speakerModelsAccess(name);
  if (speakers !== undefined) mounts.push({ key: "speakers", target: mountTargets.speakers, readOnly: speakers === "read-only" });
  // A job runs once per deployment from its image, whose dist/ also holds non-TypeScript files
  // (migrations) that the host's compiler output lacks.
  if (settings.volumes.source && !catalog[name].job)
    mounts.push({ key: "build", target: mountTargets.build, readOnly: true });
  return mounts;
}
