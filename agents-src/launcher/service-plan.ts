import { existsSync } from "node:fs";
import { join } from "node:path";
import { catalog, database, ServiceName, ServicePorts, serviceEnvironment, speakerModelsAccess, startOrder } from "../kit/catalog";
import { agentModules } from "../main";

export interface PlannedService {
  name: ServiceName;
  /** False while the issue that builds this agent has not landed: listed, never faked. */
  built: boolean;
  job: boolean;
  ports: ServicePorts;
  env: Record<string, string>;
  url?: string;
}

export interface PlanOptions {
  /** The folder holding main.js (or main.ts when run from source). */
  agentsRoot: string;
  moduleExtension: ".js" | ".ts";
  databaseUrl: string;
  /** Where the backup service writes: the local state directory's backups/. */
  backupDir: string;
  /** Where pc2 keeps users' adapted voices (STT_SPEAKER_MODELS_DIR), which the backup service also reads. */
  speakersDir: string;
  portsOf?: (service: ServiceName) => ServicePorts;
  /** A model list is configured (MODELS_MANIFEST or MODELS_MANIFEST_FILE): the models job runs first. */
  provisionModels?: boolean;
}

const loopback = "127.0.0.1";

/** The origins a browser shows for the web client the coordinator serves on this machine. */
export function webClientOrigins(coordinatorPort: number): string[] {
  return [`http://${loopback}:${coordinatorPort}`, `http://localhost:${coordinatorPort}`];
}

/** The web client's address, printed first by `npm start`. */
export function webClientUrl(plan: readonly PlannedService[]): string | undefined {
  const coordinator = plan.find((s) => s.name === "coordinator");
  return coordinator?.built && coordinator.url ? `${coordinator.url}/` : undefined;
}

/**
 * Every catalog service in start order, with the environment the Pulumi program would give it,
 * addressed on loopback instead of container names. The health monitor watches only what runs.
 */
export function planServices(options: PlanOptions): PlannedService[] {
  const portsOf = options.portsOf ?? ((service: ServiceName) => catalog[service].ports);
  const built = (name: ServiceName) => existsSync(join(options.agentsRoot, agentModules[name] + options.moduleExtension));
  const watched = startOrder().filter((n) => n !== "health-monitor" && built(n) && portsOf(n).http !== undefined);
  const planned = startOrder().filter((name) => catalog[name].provisionsModels !== true || options.provisionModels === true);
  return planned.map((name) => {
    const def = catalog[name];
    const env = serviceEnvironment(name, () => loopback, loopback, portsOf);
    if (def.usesDatabase) env[database.urlEnvName] = options.databaseUrl;
    if (def.job && def.usesDatabase) env.MIGRATION_DATABASE_URL = options.databaseUrl;
    if (def.storesBackups) env.BACKUP_DIR = options.backupDir;
    if (speakerModelsAccess(name) !== undefined) env.STT_SPEAKER_MODELS_DIR = options.speakersDir;
    if (name === "health-monitor") env.HEALTH_SERVICES = watched.join(",");
    // Client-facing services answer to loopback names only, so a web page cannot reach them by DNS
    // rebinding; browsers only from the web client the coordinator serves.
    if (def.ingress) {
      env.ALLOWED_HOSTS = `${loopback},localhost`;
      env.ALLOWED_ORIGINS = webClientOrigins(portsOf("coordinator").http as number).join(",");
    }
    const ports = portsOf(name);
    const url = ports.http !== undefined ? { url: `http://${loopback}:${ports.http}` } : {};
    return { name, built: built(name), job: def.job, ports, env, ...url };
  });
}
