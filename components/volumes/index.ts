import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { stackLabels } from "../labels";
import type { MountKey, MountSourcePlan } from "./mounts";

export * from "./mounts";

interface MountSource {
  type: MountSourcePlan["type"];
  source: pulumi.Input<string>;
}

export type MountSources = Partial<Record<MountKey, MountSource>>;

export interface VolumesArgs {
  sources: Partial<Record<MountKey, MountSourcePlan>>;
  stack: string;
}

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
              source: new docker.Volume(`${name}-${key}`, { name: plan.source, labels }, { parent: this }).name,
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
