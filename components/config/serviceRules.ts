import type { z } from "zod";
import { catalog, serviceNames, type ServiceName } from "../../agents-src/kit/catalog";
import { reservedEnvNames } from "../services/environment";
import { bindingsOverlap, publishedPorts, type PublishedPort } from "./publishedPorts";
import type { ServiceOverrides } from "./schema";

type Context = z.RefinementCtx<ServiceOverrides>;

function whyNotReplicable(name: ServiceName): string {
  const def = catalog[name];
  if (def.job) return `${name} is a one-shot job and runs exactly once`;
  if (def.ports.zmqPub !== undefined)
    return `${name} binds ZeroMQ PUB port ${def.ports.zmqPub}, which subscribers address as one endpoint`;
  return `${name} is marked not replicable in the service catalog`;
}

function checkReplicas(name: ServiceName, services: ServiceOverrides, ctx: Context): void {
  const override = services[name];
  if (override === undefined || override.replicas <= 1) return;
  const path = [name, "replicas"];
  if (!catalog[name].replicable)
    ctx.addIssue({ code: "custom", path, message: `replicas > 1 refused: ${whyNotReplicable(name)}` });
  else if (override.publish !== undefined)
    ctx.addIssue({
      code: "custom",
      path,
      message: "replicas > 1 refused with publish: a host port can be bound by one container only",
    });
}

function checkPublishedKinds(name: ServiceName, services: ServiceOverrides, ctx: Context): void {
  const publish = services[name]?.publish;
  if (publish === undefined) return;
  for (const kind of ["http", "zmqPub"] as const) {
    if (publish[kind] !== undefined && catalog[name].ports[kind] === undefined)
      ctx.addIssue({
        code: "custom",
        path: [name, "publish", kind],
        message: `${name} has no ${kind === "http" ? "HTTP" : "ZeroMQ PUB"} port to publish`,
      });
  }
}

function checkEnv(name: ServiceName, services: ServiceOverrides, ctx: Context): void {
  const reserved = reservedEnvNames(name);
  for (const key of Object.keys(services[name]?.env ?? {})) {
    if (reserved.has(key))
      ctx.addIssue({
        code: "custom",
        path: [name, "env", key],
        message: `${key} is set by the stack from the catalog and the config; it cannot be overridden`,
      });
  }
}

function checkDisabledDependencies(services: ServiceOverrides, ctx: Context): void {
  const enabled = (n: ServiceName) => services[n]?.enabled ?? true;
  for (const name of serviceNames) {
    if (!enabled(name)) continue;
    for (const dependency of catalog[name].startsAfter) {
      if (!enabled(dependency))
        ctx.addIssue({
          code: "custom",
          path: [dependency, "enabled"],
          message: `${name} starts after ${dependency}: disable ${name} too, or keep ${dependency} enabled`,
        });
    }
  }
}

function checkHostPortClashes(services: ServiceOverrides, ctx: Context): void {
  const taken: (PublishedPort & { owner: ServiceName })[] = [];
  for (const name of serviceNames) {
    for (const port of publishedPorts(name, services[name])) {
      const clash = taken.find((t) => bindingsOverlap(t, port));
      if (clash !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [name, "publish", port.kind],
          message: `host port ${port.hostPort} is already published by ${clash.owner}`,
        });
      taken.push({ ...port, owner: name });
    }
  }
}

export function checkServiceOverrides(services: ServiceOverrides, ctx: Context): void {
  for (const name of serviceNames) {
    checkReplicas(name, services, ctx);
    checkPublishedKinds(name, services, ctx);
    checkEnv(name, services, ctx);
  }
  checkDisabledDependencies(services, ctx);
  checkHostPortClashes(services, ctx);
}
