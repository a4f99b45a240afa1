import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { dockerLabels } from "../labels";
import type { NetworkKey } from "../network/attachments";
import { resolveMount, type MountSources } from "../volumes";
import { containerBaseline, envList } from "./baseline";
import { jobSucceeded } from "./jobResult";
import { secretFile, type SecretFile } from "./secretFiles";
import type { ServicePlan } from "./plan";

export * from "./endpoints";
export * from "./jobInputs";
export * from "./jobResult";
export * from "./limits";
export * from "./plan";
export * from "./secretFiles";

export interface ServiceArgs {
  plan: ServicePlan;
  image: pulumi.Input<string>;
  networks: Record<NetworkKey, pulumi.Input<string>>;
  mounts: MountSources;
  /** Connection URL for the plan's database role: a secret. */
  databaseUrl?: pulumi.Input<string>;
  /** The internal credential every agent requires on its internal routes and sends to its peers: a secret. */
  internalToken: pulumi.Input<string>;
  /** The first device token, which db-setup stores the digest of: a secret. */
  firstDeviceToken?: pulumi.Input<string>;
  /** The token the models job sends to private model sources: a secret. */
  modelsToken?: pulumi.Input<string>;
  /** What must be healthy or done before these containers start. */
  after: pulumi.Input<pulumi.Resource>[];
}

/** Seconds a container may take to report healthy on creation; pc2 loads models first. */
const healthyWithinSeconds = 180;

/** The containers of one catalog service: its replicas, or its one-shot job. */
export class Service extends pulumi.ComponentResource {
  /** Dependents wait on these: healthy containers, or a job that exited 0. */
  readonly ready: pulumi.Input<pulumi.Resource>[];

  constructor(name: string, args: ServiceArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Service", name, {}, opts);
    const { plan } = args;
    const containers = plan.containerNames.map(
      (containerName) =>
        new docker.Container(containerName, this.containerArgs(containerName, args), {
          parent: this,
          dependsOn: args.after,
          // With `attach` the provider's create waits for the job's exit inside the create timeout
          // (resource_docker_container.go: Timeouts.Create, 20 minutes by default).
          ...(plan.createTimeout === undefined ? {} : { customTimeouts: { create: plan.createTimeout } }),
        }),
    );
    this.ready = plan.job ? containers.map(jobSucceeded) : containers;
    this.registerOutputs({ containers: containers.map((c) => c.name) });
  }

  private containerArgs(containerName: string, args: ServiceArgs): docker.ContainerArgs {
    const { plan } = args;
    const env: pulumi.Input<string>[] = envList(plan.env);
    const secrets: SecretFile[] = [];
    if (plan.database !== undefined) {
      if (args.databaseUrl === undefined) throw new Error(`${plan.name} uses the database but got no URL`);
      secrets.push(secretFile(plan.database.urlEnvName, args.databaseUrl));
    }
    if (!plan.job) secrets.push(secretFile("INTERNAL_TOKEN", args.internalToken));
    if (plan.receivesFirstDeviceToken && args.firstDeviceToken !== undefined)
      secrets.push(secretFile("FIRST_DEVICE_TOKEN", args.firstDeviceToken));
    if (plan.receivesModelsToken && args.modelsToken !== undefined) secrets.push(secretFile("MODELS_TOKEN", args.modelsToken));
    env.push(...secrets.map((s) => s.env));
    const uploads = secrets.map((s) => s.upload);
    return {
      ...containerBaseline,
      name: containerName,
      image: args.image,
      command: plan.command,
      user: plan.user,
      envs: env,
      ...(uploads.length > 0 ? { uploads } : {}),
      labels: dockerLabels(plan.labels),
      networksAdvanced: plan.networks.map((attachment) => ({
        name: args.networks[attachment.network],
        aliases: attachment.aliases,
      })),
      mounts: plan.mounts.map((mount) => ({
        ...resolveMount(args.mounts, mount.key),
        target: mount.target,
        readOnly: mount.readOnly,
      })),
      ports: plan.ports.map((port) => ({ internal: port.containerPort, external: port.hostPort, ip: port.hostIp })),
      deviceRequests: plan.deviceRequests,
      ...plan.limits,
      capabilities: { drops: ["ALL"] },
      restart: plan.restart,
      ...(plan.job
        ? { attach: true, mustRun: false, logs: true }
        : { healthcheck: plan.healthcheck, wait: true, waitTimeout: healthyWithinSeconds }),
    };
  }
}
