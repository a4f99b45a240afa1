import { catalog, database, peerUrlEnvName, serviceEnvironment, speakerModelsAccess, type ServiceName } from "../../agents-src/kit/catalog";
import { publishedPorts, type StackSettings } from "../config";
import { databaseAccess } from "../database/access";
import { mountTargets, runsModels } from "../volumes/mounts";
import { isDeclared } from "./declared";
import { gpuGranted, visibleDevices } from "./gpu";
import { allowedBrowserOrigins, webAudioPort } from "./webClient";
import { llmEnvironment, llmEnvNames } from "./llm";

/** Variables the stack sets besides the catalog's; a service's config `env` may not override them. */
const stackEnvNames = [
  "LOG_LEVEL",
  "LOG_DIR",
  "CONFIG_DIR",
  "MODELS_DIR",
  "NVIDIA_VISIBLE_DEVICES",
  database.urlEnvName,
  database.migrationUrlEnvName,
  `${database.urlEnvName}_FILE`,
  `${database.migrationUrlEnvName}_FILE`,
  database.appRoleEnvName,
  "INTERNAL_TOKEN_FILE",
  "FIRST_DEVICE_TOKEN_FILE",
  "ALLOWED_HOSTS",
  "ALLOWED_ORIGINS",
  "BACKUP_DIR",
  "BACKUP_INTERVAL_MS",
  "BACKUP_KEEP",
  "STT_SPEAKER_MODELS_DIR",
  "MODELS_MANIFEST",
  "MODELS_TOKEN_FILE",
  "WEB_AUDIO_PORT",
  "HEALTH_SERVICES",
  ...llmEnvNames,
];

/** Peers are addressed by their DNS alias, the service name; agents listen on every container interface. */
function catalogEnvironment(name: ServiceName): Record<string, string> {
  return serviceEnvironment(name, (peer) => peer, "0.0.0.0");
}

export function reservedEnvNames(name: ServiceName): Set<string> {
  return new Set([...Object.keys(catalogEnvironment(name)), ...stackEnvNames]);
}

/** Everything but the database URL, which carries a secret and is added where secrets are. */
export function planEnvironment(name: ServiceName, settings: StackSettings): Record<string, string> {
  const override = settings.services[name];
  const env: Record<string, string> = {
    ...catalogEnvironment(name),
    LOG_LEVEL: override?.logLevel ?? settings.logLevel,
    LOG_DIR: mountTargets.logs,
    CONFIG_DIR: mountTargets.config,
  };
  if (runsModels(name) || catalog[name].provisionsModels === true) env.MODELS_DIR = mountTargets.models;
  if (catalog[name].provisionsModels === true) env.MODELS_MANIFEST = JSON.stringify(settings.models);
  if (catalog[name].storesBackups) {
    env.BACKUP_DIR = mountTargets.backups;
    env.BACKUP_INTERVAL_MS = String(settings.backups.intervalMinutes * 60_000);
    env.BACKUP_KEEP = String(settings.backups.keep);
  }
  if (speakerModelsAccess(name) !== undefined) env.STT_SPEAKER_MODELS_DIR = mountTargets.speakers;
  const gpus = gpuGranted(name, settings.gpu) ? visibleDevices(settings.gpu) : undefined;
  if (gpus !== undefined) env.NVIDIA_VISIBLE_DEVICES = gpus;
  if (databaseAccess(name)?.role === "migration") env[database.appRoleEnvName] = settings.database.appUser;
  if (name === "pc2" && settings.speechVocabulary.length > 0) env.STT_VOCABULARY = settings.speechVocabulary.join(", ");
  // A published service answers only to the names clients use and to its own (peers and the
  // health monitor call it by service name); browsers only from the listed origins and the web client's.
  if (publishedPorts(name, override).length > 0) {
    env.ALLOWED_HOSTS = [...settings.allowedHosts, name].join(",");
    env.ALLOWED_ORIGINS = allowedBrowserOrigins(settings).join(",");
  }
  const audioPort = name === "coordinator" ? webAudioPort(settings) : undefined;
  if (audioPort !== undefined) env.WEB_AUDIO_PORT = String(audioPort);
  if (name === "llm" && settings.llm !== undefined) Object.assign(env, llmEnvironment(settings.llm));
  // The coordinator reads a missing LLM_URL as "no language model" and keeps its fixed replies.
  if (!isDeclared("llm", settings)) delete env[peerUrlEnvName("llm")];
  if (name === "health-monitor") {
    const watched = catalog[name].peers.filter((peer) => catalog[peer].ports.http !== undefined);
    // By default the monitor watches every catalog service; one the stack does not run would only ever be "down".
    if (watched.some((peer) => !isDeclared(peer, settings))) env.HEALTH_SERVICES = watched.filter((peer) => isDeclared(peer, settings)).join(",");
  }
  return { ...env, ...override?.env };
}
