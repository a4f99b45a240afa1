import { catalog, type ServiceName } from "../../agents-src/kit/catalog";
import type { StackSettings } from "../config";

/**
 * Whether the stack declares a container for a service: enabled (the default); the models job only
 * with something to provision, and the llm only when a model is configured (`llm.model`), since
 * without one it could answer nothing.
 */
export function isDeclared(name: ServiceName, settings: StackSettings): boolean {
  if (catalog[name].provisionsModels === true && settings.models.length === 0) return false;
  if (name === "llm" && settings.llm === undefined) return false;
  return settings.services[name]?.enabled ?? true;
}
