import * as path from "node:path";
import { z } from "zod";
import { database as catalogDatabase, serviceNames } from "../../agents-src/kit/catalog";
import { modelManifestSchema } from "../../agents-src/pc2/models/manifest";
import { llmSchema } from "./llm";
import { checkServiceOverrides } from "./serviceRules";
import { checkStackRules } from "./stackRules";

const logLevels = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
const restartPolicies = ["no", "on-failure", "always", "unless-stopped"] as const;
const postgresSslModes = ["disable", "require", "verify-ca", "verify-full"] as const;

const hostPort = z.int().min(1).max(65535);
const ipv4 = z.ipv4();
const hostName = z
  .string()
  .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/, "must be a host name or an IPv4 address");
const dockerObjectName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "must be a Docker object name (letters, digits, _ . -)");
const sqlIdentifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier of at most 63 characters");
const absolutePath = z.string().refine((p) => path.posix.isAbsolute(p), "must be an absolute path");
const envVarName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an upper-case environment variable name");

/** A floating tag makes two deployments of the same config run different code. */
function isPinnedImageReference(reference: string): boolean {
  const at = reference.indexOf("@");
  if (at >= 0) return /^sha256:[0-9a-f]{64}$/.test(reference.slice(at + 1));
  const lastSegment = reference.slice(reference.lastIndexOf("/") + 1);
  const colon = lastSegment.indexOf(":");
  if (colon < 0) return false;
  const tag = lastSegment.slice(colon + 1);
  return tag !== "latest" && /^\w[\w.-]{0,127}$/.test(tag);
}

const imageReference = z
  .string()
  .refine(isPinnedImageReference, "must name an explicit tag other than latest, or a sha256 digest");
const imageTag = z
  .string()
  .regex(/^\w[\w.-]{0,127}$/, "must be a Docker tag")
  .refine((tag) => tag !== "latest", "latest is refused: use a version that names what is deployed");

/** Missing secrets get a message that says how to set them, since they never live in the stack file. */
const secret = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "required: set it with `pulumi config set --secret <key> <value>`" : undefined,
  })
  .min(12, "must be at least 12 characters");

const imagesSchema = z.strictObject({
  tag: imageTag,
  baseImage: imageReference.default("node:20-bookworm-slim"),
  platform: z
    .string()
    .regex(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, "must be os/arch[/variant], e.g. linux/amd64")
    .optional(),
  registry: z
    .strictObject({
      server: z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$/, "must be a registry host, optionally with :port"),
      namespace: z
        .string()
        .regex(/^[a-z0-9]+([._/-][a-z0-9]+)*$/, "must be a lower-case repository path")
        .optional(),
      username: z.string().min(1),
    })
    .optional(),
  /**
   * Which pc2 image to build: `cpu`, today's small image, or `cuda`, on a CUDA 12 + cuDNN 9 runtime
   * with onnxruntime's CUDA execution provider (images/pc2/Dockerfile.cuda).
   */
  pc2Variant: z.enum(["cpu", "cuda"]).default("cpu"),
  /** Base of the final stage of the cuda variant; it must ship the CUDA 12 runtime and cuDNN 9. */
  cudaBaseImage: imageReference.default("nvidia/cuda:12.6.3-cudnn-runtime-ubuntu22.04"),
}).superRefine((images, ctx) => {
  // onnxruntime publishes its CUDA execution provider for linux x64 only.
  if (images.pc2Variant === "cuda" && images.platform !== undefined && images.platform !== "linux/amd64")
    ctx.addIssue({ code: "custom", path: ["pc2Variant"], message: `cuda builds for linux/amd64 only, not ${images.platform}` });
});

const allGpusOrCount = "must be -1 (all GPUs) or a positive count";

const gpuSchema = z
  .strictObject({
    enabled: z.boolean().default(false),
    driver: z.enum(["nvidia", "cdi"]).default("nvidia"),
    count: z
      .union([z.literal(-1), z.int().min(1, allGpusOrCount)], { error: allGpusOrCount })
      .optional(),
    deviceIds: z.array(z.string().min(1)).min(1).optional(),
    capabilities: z.array(z.string().min(1)).min(1).default(["gpu"]),
  })
  .superRefine((gpu, ctx) => {
    if (gpu.count !== undefined && gpu.deviceIds !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["deviceIds"],
        message: "set either count or deviceIds, not both (Docker rejects a request with both)",
      });
    if (gpu.driver === "cdi" && gpu.deviceIds === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["deviceIds"],
        message: "the cdi driver needs deviceIds, e.g. nvidia.com/gpu=all",
      });
    if (gpu.driver === "cdi" && gpu.count !== undefined)
      ctx.addIssue({ code: "custom", path: ["count"], message: "count only applies to the nvidia driver" });
  });

const networksSchema = z
  .strictObject({
    internal: dockerObjectName.default("voice_assistant_network"),
    edge: dockerObjectName.default("voice_assistant_edge"),
    monitoring: z
      .strictObject({
        name: dockerObjectName.default("monitoring_network"),
        external: z.boolean().default(true),
      })
      .prefault({}),
  })
  .superRefine((networks, ctx) => {
    const seen = new Map<string, string>();
    for (const [key, name] of [
      ["internal", networks.internal],
      ["edge", networks.edge],
      ["monitoring", networks.monitoring.name],
    ] as const) {
      const other = seen.get(name);
      if (other !== undefined)
        ctx.addIssue({
          code: "custom",
          path: key === "monitoring" ? [key, "name"] : [key],
          message: `network name ${name} is already used by networks.${other}`,
        });
      seen.set(name, key);
    }
  });

const volumeSource = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("volume"), name: dockerObjectName }),
  z.strictObject({ type: z.literal("bind"), hostPath: absolutePath }),
]);

const volumesSchema = z.strictObject({
  logs: volumeSource.default({ type: "volume", name: "voice_logs" }),
  config: volumeSource.default({ type: "volume", name: "voice_config" }),
  models: volumeSource.default({ type: "volume", name: "voice_models" }),
  /** Where the backup service writes; kept through destroy like pgdata when protectData is on. */
  backups: volumeSource.default({ type: "volume", name: "voice_backups" }),
  /** Users' adapted voices (about 12 MB each), written by pc2; kept through destroy like pgdata when protectData is on. */
  speakers: volumeSource.default({ type: "volume", name: "voice_speakers" }),
  pgdata: dockerObjectName.default("voice_pgdata"),
  source: z
    .strictObject({
      hostPath: z.string().min(1),
      reload: z.boolean().default(true),
    })
    .optional(),
});

const databaseRoles = {
  name: sqlIdentifier.default("voice"),
  adminUser: sqlIdentifier.default("postgres"),
  appUser: sqlIdentifier.default("voice_app"),
  migrationUser: sqlIdentifier.default("voice_migrator"),
  /**
   * The database and its roles already exist on the server (kept by a destroy with protectData, or
   * restored by hand): the stack adopts them with Pulumi's `import` instead of creating them, which
   * the provider would refuse ("role already exists").
   */
  adopt: z.boolean().default(false),
};

const databaseSchema = z
  .discriminatedUnion("mode", [
    z.strictObject({
      mode: z.literal("container"),
      ...databaseRoles,
      image: imageReference.default("pgvector/pgvector:0.8.0-pg16"),
      hostPort: hostPort.default(catalogDatabase.port),
      hostIp: ipv4.default("127.0.0.1"),
      adminHost: hostName.default("127.0.0.1"),
    }),
    z.strictObject({
      mode: z.literal("external"),
      ...databaseRoles,
      host: hostName,
      port: hostPort.default(catalogDatabase.port),
      adminHost: hostName.optional(),
      adminPort: hostPort.optional(),
      sslMode: z.enum(postgresSslModes).default("require"),
    }),
  ])
  .superRefine((db, ctx) => {
    const seen = new Map<string, string>();
    for (const key of ["adminUser", "appUser", "migrationUser"] as const) {
      const other = seen.get(db[key]);
      if (other !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `role ${db[key]} is already database.${other}; each role needs its own name`,
        });
      seen.set(db[key], key);
    }
  });

/** The backup service's schedule (BACKUP_INTERVAL_MS, BACKUP_KEEP): by default every 6 hours, a week kept. */
const backupsSchema = z.strictObject({
  // A week at most: the agent's timer cannot wait longer (setTimeout's 2^31 ms).
  intervalMinutes: z.int().min(1).max(7 * 24 * 60, "must be at most 10080 (a week)").default(360),
  keep: z.int().min(1, "must keep at least 1 backup").max(1000).default(28),
});

const publishedPort = z.union([z.literal(true), hostPort], {
  error: "must be true (the catalog's port number) or a host port number 1-65535",
});

const serviceOverrideSchema = z.strictObject({
  enabled: z.boolean().default(true),
  replicas: z.int().min(1).max(16).default(1),
  cpus: z.number().positive().max(1024).optional(),
  memoryMb: z.int().min(32).optional(),
  logLevel: z.enum(logLevels).optional(),
  env: z.record(envVarName, z.string()).default({}),
  publish: z
    .strictObject({
      hostIp: ipv4.default("127.0.0.1"),
      http: publishedPort.optional(),
      zmqPub: publishedPort.optional(),
    })
    .optional(),
});

const serviceOverridesSchema = z.partialRecord(z.enum(serviceNames), serviceOverrideSchema);

const stackConfigShape = z.strictObject({
    logLevel: z.enum(logLevels).default("info"),
    dockerHost: z
      .string()
      .regex(/^(unix|ssh|tcp):\/\/\S+$/, "must be a unix://, ssh:// or tcp:// Docker host")
      .default("unix:///var/run/docker.sock"),
    restart: z.enum(restartPolicies).default("unless-stopped"),
    /** Keep the memories through `pulumi destroy` and through any change that would replace their storage. */
    protectData: z.boolean().default(true),
    images: imagesSchema,
    gpu: gpuSchema.prefault({}),
    llm: llmSchema.optional(),
    networks: networksSchema.prefault({}),
    volumes: volumesSchema.prefault({}),
    database: databaseSchema,
    backups: backupsSchema.prefault({}),
    services: serviceOverridesSchema.default({}).superRefine(checkServiceOverrides),
    dbAdminPassword: secret,
    dbAppPassword: secret,
    dbMigrationPassword: secret,
    registryPassword: secret.optional(),
    /**
     * The first device token of a fresh stack (user `owner`); db-setup stores its digest. Generate
     * one with `openssl rand -base64 32`; 32 characters at least, so it cannot be guessed.
     */
    firstDeviceToken: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    /**
     * The credential every agent's internal routes require and every peer call sends
     * (INTERNAL_TOKEN_FILE): what keeps a caller on the network from reaching memories directly.
     */
    internalToken: secret.min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    /** Host names the published services answer to (ALLOWED_HOSTS): the names clients reach them by. */
    allowedHosts: z.array(z.string().regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/, "must be a host name or address, without a port")).default(["localhost", "127.0.0.1"]),
    /** Browser origins allowed to call the published services (ALLOWED_ORIGINS); none by default: CORS closed. */
    allowedOrigins: z.array(z.url({ protocol: /^https?$/ })).default([]),
    /** Models the `models` job puts onto the models volume before pc2 starts; none: no job. */
    models: modelManifestSchema.default([]),
    /**
     * How long `pulumi up` waits for the models job; the provider's default for a container's
     * create (which includes an attached job's run) is 20 minutes, short for gigabytes on a slow link.
     */
    modelsTimeoutMinutes: z.coerce.number().int().min(1).max(24 * 60).default(120),
    /** Access token for private model sources (Hugging Face); reaches the models job as MODELS_TOKEN_FILE. */
    modelsToken: z.string().min(16, "must be at least 16 characters").optional(),
    /** Names, places and rare words everyone here says ("Aoife", "Zhytomyr"): pc2's recogniser learns them (STT_VOCABULARY). */
    speechVocabulary: z
      .array(z.string().regex(/^[\p{L}'\- ]{1,100}$/u, "must be letters, apostrophes, hyphens and spaces, at most 100").regex(/\p{L}/u, "must contain a letter"))
      .max(2000)
      .default([]),
});

/** The whole stack config, one schema: what `pulumi config` holds for one stack. */
export const stackConfigSchema = stackConfigShape.superRefine(checkStackRules);

export type StackConfig = z.output<typeof stackConfigShape>;
export type ServiceOverride = z.output<typeof serviceOverrideSchema>;
export type ServiceOverrides = z.output<typeof serviceOverridesSchema>;
export type VolumeSource = z.output<typeof volumeSource>;
export type DatabaseSettings = z.output<typeof databaseSchema>;
export type GpuSettings = z.output<typeof gpuSchema>;
export type NetworkSettings = z.output<typeof networksSchema>;
export type ImageSettings = z.output<typeof imagesSchema>;
export type BackupSettings = z.output<typeof backupsSchema>;
export type { ModelManifest } from "../../agents-src/pc2/models/manifest";
export type RestartPolicy = (typeof restartPolicies)[number];

export const secretKeys = ["dbAdminPassword", "dbAppPassword", "dbMigrationPassword", "registryPassword", "firstDeviceToken", "internalToken", "modelsToken"] as const;

/** Everything the planners may see: the config without its secrets. */
export type StackSettings = Omit<StackConfig, (typeof secretKeys)[number]>;
