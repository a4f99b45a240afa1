import type { z } from "zod";
import { serviceNames } from "../../agents-src/kit/catalog";
import { bindingsOverlap, publishedPorts } from "./publishedPorts";
import type { StackConfig } from "./schema";

type Context = z.RefinementCtx<StackConfig>;

function checkRegistryCredentials(config: StackConfig, ctx: Context): void {
  const registry = config.images.registry;
  if (registry !== undefined && config.registryPassword === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["registryPassword"],
      message: `required because images.registry is set: pulumi config set --secret registryPassword <password>`,
    });
  if (registry === undefined && config.registryPassword !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["registryPassword"],
      message: "set but images.registry is not: nothing would be pushed",
    });
}

function checkDatabasePortIsFree(config: StackConfig, ctx: Context): void {
  const db = config.database;
  if (db.mode !== "container") return;
  for (const name of serviceNames) {
    for (const port of publishedPorts(name, config.services[name])) {
      if (bindingsOverlap(port, { hostIp: db.hostIp, hostPort: db.hostPort }))
        ctx.addIssue({
          code: "custom",
          path: ["database", "hostPort"],
          message: `host port ${db.hostPort} is already published by ${name}`,
        });
    }
  }
}

function checkModelsToken(config: StackConfig, ctx: Context): void {
  if (config.modelsToken !== undefined && config.models.length === 0)
    ctx.addIssue({ code: "custom", path: ["modelsToken"], message: "set but models lists nothing: no job would send it" });
}

/** Rules across top-level keys; zod runs them once every key is valid on its own. */
export function checkStackRules(config: StackConfig, ctx: Context): void {
  checkRegistryCredentials(config, ctx);
  checkModelsToken(config, ctx);
  checkDatabasePortIsFree(config, ctx);
}
