import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import type { NetworkSettings } from "../config";
import { stackLabels } from "../labels";
import type { NetworkKey } from "./attachments";

export * from "./attachments";

export interface NetworksArgs {
  settings: NetworkSettings;
  stack: string;
}

export class Networks extends pulumi.ComponentResource {
  readonly names: Record<NetworkKey, pulumi.Output<string>>;

  constructor(name: string, args: NetworksArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Networks", name, {}, opts);
    const { settings } = args;
    const labels = stackLabels(args.stack);
    const internal = new docker.Network(
      `${name}-internal`,
      { name: settings.internal, driver: "bridge", internal: true, labels },
      { parent: this },
    );
    const edge = new docker.Network(`${name}-edge`, { name: settings.edge, driver: "bridge", labels }, { parent: this });
    // The monitoring stack owns an external network; looking it up fails the preview when it is missing.
    const monitoring = settings.monitoring.external
      ? docker.getNetworkOutput({ name: settings.monitoring.name }, { parent: this }).name
      : new docker.Network(
          `${name}-monitoring`,
          { name: settings.monitoring.name, driver: "bridge", labels },
          { parent: this },
        ).name;
    this.names = { internal: internal.name, edge: edge.name, monitoring };
    this.registerOutputs({ names: this.names });
  }
}
