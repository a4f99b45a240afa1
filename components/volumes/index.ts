import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { stackLabels } from "../labels";
import type { MountKey, MountSourcePlan } from "./mounts";

export * from "./mounts";
export * from "./sourceBuild";

interface MountSource {
  type: MountSourcePlan["type"];
  source: pulumi.Input<string>;
}

export type MountSources = Partial<Record<MountKey, MountSource>>;

export interface VolumesArgs {
  sources: Partial<Record<MountKey, MountSourcePlan>>;
  stack: string;
  /** Keep the database volume through destroy and replacement (stack config `protectData`). */
  protectData: boolean;
}

/**
 * A kept volume survives `pulumi destroy` (the data and its backups); a replacement (its name, driver or labels changed: all
 * ForceNew in the provider's resource_docker_volume.go) creates the new one first, and Docker's
 * volume create returns the existing volume of that name, so the data carries over.
 */
export const keptWhenProtected: ReadonlySet<MountKey> = new Set(["pgdata", "backups", "speakers"]);

/** Creates the named volumes; bind sources pass through as host paths. */
export class Volumes extends pulumi.ComponentResource {
  readonly sources: MountSources = {};

  constructor(name: string, args: VolumesArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Volumes", name, {}, opts);
    const labels = stackLabels(args.stack);
    for (const [key, plan] of Object.entries(args.sources) as [MountKey, MountSourcePlan][]) {
      this.sources[key] =
        plan.type === "bind"
          ? plan
          : {
              type: "volume",
              source: new docker.Volume(
                `${name}-${key}`,
                { name: plan.source, labels },
                { parent: this, retainOnDelete: args.protectData && keptWhenProtected.has(key) },
              ).name,
            };
    }
    this.registerOutputs({ sources: this.sources });
  }
}

export function resolveMount(sources: MountSources, key: MountKey): MountSource {
  const source = sources[key];
  if (source === undefined) throw new Error(`no ${key} volume is declared for this stack`);
  return source;
}
