/**
 * What a change of each declared input does, by the providers' own schemas. The Docker rules are
 * kreuzwerker/terraform-provider-docker v4.5.0 (commit 5074970c, the upstream pulumi-docker 5.x
 * bridges): a schema attribute with ForceNew replaces the resource; the others are updated in
 * place, either through the engine (resourceDockerContainerUpdate calls ContainerUpdate for
 * restart, memory, memory_swap, cpu_shares, ...) or only in the state (wait, attach, logs, ...).
 */

export type Effect = "replace" | "update" | "state";

/** resource_docker_container.go, resourceDockerContainer's schema, by the Pulumi input name. */
const containerRules: Record<string, Effect> = {
  name: "replace",
  image: "replace",
  command: "replace",
  user: "replace",
  envs: "replace", // "env": ForceNew
  labels: "replace",
  networksAdvanced: "replace",
  mounts: "replace",
  ports: "replace",
  deviceRequests: "replace",
  cpus: "replace",
  capabilities: "replace",
  securityOpts: "replace",
  logDriver: "replace",
  logOpts: "replace",
  privileged: "replace",
  uploads: "replace",
  // Handled by resourceDockerContainerUpdate through the engine's ContainerUpdate.
  restart: "update",
  memory: "update",
  memorySwap: "update",
  // Neither ForceNew nor in the update list: a change is recorded in the state only.
  init: "state",
  healthcheck: "state",
  wait: "state",
  waitTimeout: "state",
  attach: "state",
  mustRun: "state",
  logs: "state",
  destroyGraceSeconds: "state",
};

/** resource_docker_network.go: every attribute the program sets is ForceNew. */
const networkRules: Record<string, Effect> = { name: "replace", driver: "replace", internal: "replace", labels: "replace" };

/** resource_docker_volume.go: name, labels, driver are ForceNew. */
const volumeRules: Record<string, Effect> = { name: "replace", labels: "replace", driver: "replace" };

/** resource_docker_image.go (pulumi-docker's RemoteImage): the name is ForceNew, keep_locally is not. */
const remoteImageRules: Record<string, Effect> = { name: "replace", keepLocally: "state" };

/**
 * cyrilgdn/terraform-provider-postgresql (postgresql/resource_postgresql_*.go schemas): roles and
 * databases are renamed and altered in place; an extension's name and database, and a grant's
 * database, role and object type are ForceNew, its privileges are not.
 */
const postgresRules: Record<string, Record<string, Effect>> = {
  "postgresql:index/role:Role": { name: "update", login: "update", password: "update" },
  "postgresql:index/database:Database": { name: "update", owner: "update" },
  "postgresql:index/grant:Grant": { database: "replace", role: "replace", objectType: "replace", privileges: "update" },
  "postgresql:index/extension:Extension": { name: "replace", database: "replace" },
};

/**
 * A provider's own config: pulumi-terraform-bridge's configDiffer (pkg/tfbridge/provider.go,
 * DiffConfig) makes a change an update unless the config field is marked ForcesProviderReplace,
 * and pulumi-docker's resources.go marks none, so a new registry password replaces nothing.
 */
const dockerProviderRules: Record<string, Effect> = { host: "update", registryAuth: "update" };

export const rulesByType: Record<string, Record<string, Effect>> = {
  "pulumi:providers:docker": dockerProviderRules,
  "docker:index/container:Container": containerRules,
  "docker:index/network:Network": networkRules,
  "docker:index/volume:Volume": volumeRules,
  "docker:index/remoteImage:RemoteImage": remoteImageRules,
  ...postgresRules,
};

export interface FieldChange {
  field: string;
  effect: Effect;
}

export type Operation = "create" | "same" | "update" | "replace" | "delete";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The step the engine takes for a resource whose recorded inputs were `old` and are now `next`. */
export function planStep(type: string, old: Record<string, unknown> | undefined, next: Record<string, unknown>): { operation: Operation; changes: FieldChange[] } {
  if (old === undefined) return { operation: "create", changes: [] };
  const rules = rulesByType[type] ?? {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  // An input the rules do not know replaces: the safe reading, and a test would show the gap.
  const changes = fields.filter((f) => !same(old[f], next[f])).map((field) => ({ field, effect: rules[field] ?? "replace" }));
  if (changes.length === 0) return { operation: "same", changes };
  return { operation: changes.some((c) => c.effect === "replace") ? "replace" : "update", changes };
}
