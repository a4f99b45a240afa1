/**
 * The service catalog: the single source of truth for every service's name, image family, ports,
 * peers and runtime traits. The Pulumi program and the local launcher both derive everything
 * (containers, published ports, peer URLs, health checks) from this module; no other file writes
 * a port number or a service name by hand.
 */

export const imageFamilies = ["audio", "core", "memory", "pc2"] as const;
export type ImageFamily = (typeof imageFamilies)[number];

export const serviceNames = [
  "coordinator",
  "task-router",
  "health-monitor",
  "memory-orchestrator",
  "session-memory",
  "db-setup",
  "fused-audio-preprocessor",
  "vad",
  "pc2",
  "unified-memory-reasoning",
  "dreamworld",
  "timekeeper",
  "backup",
  "models",
  "llm",
] as const;
export type ServiceName = (typeof serviceNames)[number];

export interface ServicePorts {
  /** HTTP (and, for the preprocessor, WebSocket) listener. */
  readonly http?: number;
  /** ZeroMQ PUB socket the service binds. */
  readonly zmqPub?: number;
}

export interface ServiceDefinition {
  readonly name: ServiceName;
  readonly family: ImageFamily;
  readonly role: string;
  readonly ports: ServicePorts;
  /** Services whose URLs this one receives as environment variables. */
  readonly peers: readonly ServiceName[];
  /** Services that must be healthy (or, for jobs, completed) before this one starts. */
  readonly startsAfter: readonly ServiceName[];
  readonly usesDatabase: boolean;
  /** "optional": uses a GPU when the stack grants one, runs on CPU otherwise. */
  readonly gpu: "none" | "optional";
  /** A PUB socket binds one fixed port per host and jobs run once, so neither may be replicated. */
  readonly replicable: boolean;
  /** One-shot job: runs to completion, exit code checked, no health endpoint. */
  readonly job: boolean;
  /** Client-facing: the only ports a production stack publishes on the host. */
  readonly ingress: boolean;
  /** Joins the monitoring stack's network so its Prometheus can scrape this service. */
  readonly joinsMonitoringNetwork: boolean;
  readonly healthPath?: string;
  readonly readyPath?: string;
  /** Writes the backups volume (BACKUP_DIR): mounted read-write into this service only. */
  readonly storesBackups?: boolean;
  /**
   * Fills the models volume (read-write) from the stack's model list and downloads from outside;
   * declared only when models are configured.
   */
  readonly provisionsModels?: boolean;
  /** Adapts the recogniser to enrolling users' voices and keeps them (STT_SPEAKER_MODELS_DIR): the speakers volume, read-write. */
  readonly enrolsSpeakers?: boolean;
  /** Copies the enrolled users' speaker models into its backups (STT_SPEAKER_MODELS_DIR): the speakers volume, read-only. */
  readonly readsSpeakerModels?: boolean;
}

const agent = {
  usesDatabase: false,
  gpu: "none",
  replicable: true,
  job: false,
  ingress: false,
  joinsMonitoringNetwork: false,
  healthPath: "/health",
  readyPath: "/ready",
} as const;

const oneShotJobs: readonly ServiceName[] = ["db-setup", "models"];

const allAgentsExcept = (...excluded: ServiceName[]): ServiceName[] =>
  serviceNames.filter((n) => !oneShotJobs.includes(n) && !excluded.includes(n));

export const catalog: Readonly<Record<ServiceName, ServiceDefinition>> = {
  coordinator: {
    ...agent,
    name: "coordinator",
    family: "core",
    role: "owns a conversation turn: audio or text in, reply out",
    ports: { http: 7000 },
    peers: [
      "task-router",
      "session-memory",
      "memory-orchestrator",
      "unified-memory-reasoning",
      "health-monitor",
      "pc2",
      "vad",
      "fused-audio-preprocessor",
      "dreamworld",
      "timekeeper",
      "llm",
    ],
    startsAfter: ["task-router", "session-memory"],
    ingress: true,
  },
  "task-router": {
    ...agent,
    name: "task-router",
    family: "core",
    role: "classifies a request into intent + target, with circuit breakers per target",
    ports: { http: 7010 },
    peers: ["pc2", "memory-orchestrator", "unified-memory-reasoning", "session-memory", "health-monitor"],
    startsAfter: [],
  },
  "health-monitor": {
    ...agent,
    name: "health-monitor",
    family: "core",
    role: "polls every service, aggregates status, exports metrics",
    ports: { http: 7020 },
    peers: allAgentsExcept("health-monitor"),
    startsAfter: [],
    replicable: false,
    joinsMonitoringNetwork: true,
  },
  "memory-orchestrator": {
    ...agent,
    name: "memory-orchestrator",
    family: "memory",
    role: "long-term memories: CRUD, hybrid search, TTL, dedupe",
    ports: { http: 7100 },
    peers: ["pc2"],
    startsAfter: ["db-setup"],
    usesDatabase: true,
  },
  "session-memory": {
    ...agent,
    name: "session-memory",
    family: "memory",
    role: "per-conversation turns and context within a token budget",
    ports: { http: 7110 },
    peers: ["memory-orchestrator"],
    startsAfter: ["db-setup"],
    usesDatabase: true,
  },
  "db-setup": {
    ...agent,
    name: "db-setup",
    family: "memory",
    role: "waits for PostgreSQL, runs migrations, exits 0",
    ports: {},
    peers: [],
    startsAfter: [],
    usesDatabase: true,
    replicable: false,
    job: true,
    healthPath: undefined,
    readyPath: undefined,
  },
  "fused-audio-preprocessor": {
    ...agent,
    name: "fused-audio-preprocessor",
    family: "audio",
    role: "client audio ingress, resampling, noise suppression, gain",
    ports: { http: 6550, zmqPub: 6551 },
    // memory-orchestrator answers whose device token a client presents.
    peers: ["memory-orchestrator"],
    startsAfter: [],
    replicable: false,
    ingress: true,
  },
  vad: {
    ...agent,
    name: "vad",
    family: "audio",
    role: "voice activity detection, speech events, utterances",
    ports: { http: 6560, zmqPub: 6561 },
    peers: ["fused-audio-preprocessor"],
    startsAfter: ["fused-audio-preprocessor"],
    replicable: false,
  },
  pc2: {
    ...agent,
    name: "pc2",
    family: "pc2",
    role: "model server: speech-to-text, text embeddings; GPU when present",
    ports: { http: 5600 },
    peers: [],
    // Only where models are configured; otherwise the job is not declared and nothing waits.
    startsAfter: ["models"],
    gpu: "optional",
    enrolsSpeakers: true,
  },
  "unified-memory-reasoning": {
    ...agent,
    name: "unified-memory-reasoning",
    family: "pc2",
    role: "answers from memory: retrieval, conflicts, context assembly",
    ports: { http: 5596 },
    peers: ["memory-orchestrator", "session-memory"],
    startsAfter: ["memory-orchestrator"],
  },
  dreamworld: {
    ...agent,
    name: "dreamworld",
    family: "pc2",
    role: "idle-time memory consolidation, publishes each cycle",
    ports: { http: 5599, zmqPub: 5598 },
    peers: ["memory-orchestrator", "session-memory", "pc2"],
    startsAfter: ["db-setup"],
    usesDatabase: true,
    replicable: false,
  },
  timekeeper: {
    ...agent,
    name: "timekeeper",
    family: "core",
    role: "timers and reminders: stored, fired on time, published",
    ports: { http: 7030, zmqPub: 7031 },
    peers: [],
    startsAfter: ["db-setup"],
    usesDatabase: true,
    replicable: false,
  },
  backup: {
    ...agent,
    name: "backup",
    family: "memory",
    role: "backups of the memory database on a schedule, the newest few kept",
    ports: { http: 7120 },
    peers: [],
    startsAfter: ["db-setup"],
    // Reads every table as the app role, in one snapshot (agents-src/memory/backup).
    usesDatabase: true,
    // Two would write the same directory and prune each other's files.
    replicable: false,
    storesBackups: true,
    // A user restored onto a new host keeps their enrolled voice instead of reading the sentences again.
    readsSpeakerModels: true,
  },
  models: {
    ...agent,
    name: "models",
    family: "pc2",
    role: "downloads the configured models onto the models volume, verified, exits 0",
    ports: {},
    peers: [],
    startsAfter: [],
    replicable: false,
    job: true,
    healthPath: undefined,
    readyPath: undefined,
    provisionsModels: true,
  },
  llm: {
    ...agent,
    name: "llm",
    family: "pc2",
    role: "local language model (llama.cpp): chat replies for what the skills cannot answer; off unless a model is configured",
    ports: { http: 5610 },
    peers: [],
    // Its GGUF comes from the models job where the stack lists models; otherwise nothing waits.
    startsAfter: ["models"],
    gpu: "optional",
  },
};

export const services: readonly ServiceDefinition[] = serviceNames.map((n) => catalog[n]);

/**
 * How a service sees the speaker models (STT_SPEAKER_MODELS_DIR), the same rule for the Pulumi
 * program's mounts and environment and for the launcher: pc2 writes them, the backup service only
 * reads them, the others never see them.
 */
export function speakerModelsAccess(name: ServiceName): "read-write" | "read-only" | undefined {
  if (catalog[name].enrolsSpeakers) return "read-write";
  return catalog[name].readsSpeakerModels ? "read-only" : undefined;
}

export function isServiceName(value: string): value is ServiceName {
  return (serviceNames as readonly string[]).includes(value);
}

/** `task-router` -> `TASK_ROUTER`: the prefix of every environment variable about that service. */
export function envPrefix(name: ServiceName): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/** Name of the variable holding a peer's HTTP base URL, e.g. `TASK_ROUTER_URL`. */
export function peerUrlEnvName(name: ServiceName): string {
  return `${envPrefix(name)}_URL`;
}

/** Name of the variable holding a peer's ZeroMQ PUB endpoint, e.g. `VAD_PUB_URL`. */
export function peerPubEnvName(name: ServiceName): string {
  return `${envPrefix(name)}_PUB_URL`;
}

export function httpUrl(name: ServiceName, host: string): string {
  const port = catalog[name].ports.http;
  if (port === undefined) throw new Error(`service ${name} has no HTTP port`);
  return `http://${host}:${port}`;
}

export function pubUrl(name: ServiceName, host: string): string {
  const port = catalog[name].ports.zmqPub;
  if (port === undefined) throw new Error(`service ${name} has no ZeroMQ PUB port`);
  return `tcp://${host}:${port}`;
}

/**
 * Environment a service needs to find itself and its peers. `hostOf` says how a peer is
 * addressed: its DNS alias on the container network, or 127.0.0.1 for the local launcher.
 */
export function serviceEnvironment(
  name: ServiceName,
  hostOf: (peer: ServiceName) => string,
  bindHost: string,
  // A second stack on one host (the launcher's tests) moves every port; the catalog's are the default.
  portsOf: (service: ServiceName) => ServicePorts = (service) => catalog[service].ports,
): Record<string, string> {
  const own = portsOf(name);
  const env: Record<string, string> = { SERVICE_NAME: name };
  if (own.http !== undefined) {
    env.HTTP_HOST = bindHost;
    env.HTTP_PORT = String(own.http);
  }
  if (own.zmqPub !== undefined) env.ZMQ_PUB_PORT = String(own.zmqPub);
  for (const peer of catalog[name].peers) {
    const ports = portsOf(peer);
    if (ports.http !== undefined) env[peerUrlEnvName(peer)] = `http://${hostOf(peer)}:${ports.http}`;
    if (ports.zmqPub !== undefined) env[peerPubEnvName(peer)] = `tcp://${hostOf(peer)}:${ports.zmqPub}`;
  }
  return env;
}

/** Services in an order where each one comes after everything it starts after. */
export function startOrder(names: readonly ServiceName[] = serviceNames): ServiceName[] {
  const wanted = new Set(names);
  const done: ServiceName[] = [];
  const visiting = new Set<ServiceName>();
  const visit = (n: ServiceName): void => {
    if (done.includes(n)) return;
    if (visiting.has(n)) throw new Error(`dependency cycle through ${n}`);
    visiting.add(n);
    for (const dep of catalog[n].startsAfter) if (wanted.has(dep)) visit(dep);
    visiting.delete(n);
    done.push(n);
  };
  for (const n of names) visit(n);
  return done;
}

/** PostgreSQL, in the stack's `container` database mode only; `external` mode uses an existing server. */
export const database = {
  name: "postgres",
  port: 5432,
  role: "PostgreSQL 16 + pgvector",
  urlEnvName: "DATABASE_URL",
  /** db-setup connects as the migration role, which owns the schema; agents use the app role's URL. */
  migrationUrlEnvName: "MIGRATION_DATABASE_URL",
  /** The role db-setup grants row access to after migrating. */
  appRoleEnvName: "DATABASE_APP_ROLE",
} as const;
