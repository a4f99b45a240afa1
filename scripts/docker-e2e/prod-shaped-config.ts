/**
 * Pulumi.prod.yaml as the prod-shaped run deploys it: the same images (tag, namespace, registry
 * user, platform), restart policy, limits, replicas and published services, with only what names
 * the site changed: the Docker host and the registry are the run's stand-ins, the bind mounts live
 * under the run's directory, and what this machine cannot offer is swapped for what it can.
 */
import * as path from "node:path";

type Config = Record<string, string>;

export interface ProdShapedSite {
  dockerHost: string;
  registry: string;
  /** Holds logs/, config/ and models/, the prod file's bind mounts. */
  dataDir: string;
  /** The prod file's limits are for a bigger host; Docker refuses more CPUs than the host has. */
  hostCpus: number;
  databaseHostPort: number;
}

const key = (name: string) => `voice-assistant:${name}`;
const read = (config: Config, name: string) => JSON.parse(config[key(name)]) as Record<string, any>;

export function prodShapedConfig(prod: Config, site: ProdShapedSite): Config {
  const images = read(prod, "images");
  const services = read(prod, "services");
  const shapedServices = Object.fromEntries(
    Object.entries(services).map(([name, service]) => [
      name,
      {
        ...service,
        ...(service.cpus === undefined ? {} : { cpus: Math.min(service.cpus, site.hostCpus) }),
        // Published on 127.0.0.1 only: the run's machine is not a host anyone should reach.
        ...(service.publish === undefined ? {} : { publish: { ...service.publish, hostIp: "127.0.0.1" } }),
      },
    ]),
  );
  return {
    ...prod,
    [key("dockerHost")]: site.dockerHost,
    // No GPU here, and the CUDA base image cannot be pulled: pc2 is built and run for the CPU.
    [key("images")]: JSON.stringify({ ...images, pc2Variant: "cpu", registry: { ...images.registry, server: site.registry } }),
    [key("gpu")]: JSON.stringify({ enabled: false }),
    // Prod joins a monitoring network another stack made; here nothing made it, so the stack does.
    [key("networks")]: JSON.stringify({ ...read(prod, "networks"), monitoring: { name: "monitoring_network", external: false } }),
    [key("volumes")]: JSON.stringify({
      ...read(prod, "volumes"),
      logs: { type: "bind", hostPath: path.join(site.dataDir, "logs") },
      config: { type: "bind", hostPath: path.join(site.dataDir, "config") },
      models: { type: "bind", hostPath: path.join(site.dataDir, "models") },
      pgdata: "voice_prod_pgdata",
    }),
    // Prod's shared PostgreSQL is another stack's; the run's own takes its place.
    [key("database")]: JSON.stringify({ mode: "container", hostPort: site.databaseHostPort, hostIp: "127.0.0.1", adminHost: "127.0.0.1" }),
    [key("services")]: JSON.stringify(shapedServices),
  };
}
