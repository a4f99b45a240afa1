import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { parse } from "yaml";
import { secretKeys } from "../../components/config";
import type { StackOutputs } from "../../components/stack";

export const project = "voice-assistant";
export const repoRoot = path.resolve(__dirname, "../..");
export type StackName = "dev" | "prod";

/** Stand-ins for what `pulumi config set --secret` stores; the stack files hold no secrets. */
export const testSecrets = {
  dbAdminPassword: "test-admin-password",
  dbAppPassword: "test-app-pass/word@1",
  dbMigrationPassword: "test-migration-password",
  registryPassword: "test-registry-password",
  firstDeviceToken: "test-first-device-token-0123456789abcdef",
  internalToken: "test-internal-token-0123456789abcdefghij",
} as const;

export function readStackFile(stack: StackName): Record<string, unknown> {
  const doc = parse(fs.readFileSync(path.join(repoRoot, `Pulumi.${stack}.yaml`), "utf8")) as {
    config: Record<string, unknown>;
  };
  return doc.config;
}

/** Config as the Pulumi CLI hands it to a program: `project:key` -> text, structured values as JSON. */
export function cliConfig(stackFile: Record<string, unknown>, secrets: Partial<Record<string, string>>): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(stackFile))
    config[key] = typeof value === "string" ? value : JSON.stringify(value);
  for (const [key, value] of Object.entries(secrets)) if (value !== undefined) config[`${project}:${key}`] = value;
  return config;
}

/** The stack file plus the secrets that stack needs. */
export function stackConfig(stack: StackName): Record<string, string> {
  const file = readStackFile(stack);
  const images = file[`${project}:images`] as { registry?: unknown };
  const { registryPassword, ...always } = testSecrets;
  return cliConfig(file, images.registry === undefined ? always : { ...always, registryPassword });
}

export interface CapturedResource {
  type: string;
  name: string;
  inputs: Record<string, any>;
  provider?: string;
  /** URNs this registration waited for, as sent to the engine. */
  dependencies: string[];
  /** Resource options as sent to the engine (the mocks API shows only inputs). */
  options: RegisteredOptions;
}

export interface RegisteredOptions {
  retainOnDelete: boolean;
  importId: string;
  ignoreChanges: string[];
  /** `customTimeouts.create`, "" when unset. */
  createTimeout: string;
}

const secretMarker = { key: pulumi.runtime.specialSigKey, value: pulumi.runtime.specialSecretSig };

/** How a secret input reaches the engine: wrapped, so it is encrypted in state and masked in output. */
export function isSecretValue(value: unknown): value is { value: unknown } {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[secretMarker.key] === secretMarker.value;
}

function fakeDigest(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

/**
 * Records every registered resource and answers like the providers would, deterministically:
 * digests derive from image names, jobs exit with the code set in `jobExitCodes` (0 otherwise).
 */
export class ResourceCapture implements pulumi.runtime.Mocks {
  readonly resources: CapturedResource[] = [];

  constructor(private readonly jobExitCodes: Record<string, number> = {}) {}

  private readonly registrations = new Map<string, { dependencies: string[]; options: RegisteredOptions }>();

  /** The mocks API hides dependencies and options, so the monitor's request is read on its way in. */
  observeDependencies(): void {
    observeRegistrations((key, registration) => this.registrations.set(key, registration));
  }

  newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
    this.resources.push({
      type: args.type,
      name: args.name,
      inputs: args.inputs,
      provider: args.provider,
      ...(this.registrations.get(`${args.type}::${args.name}`) ?? {
        dependencies: [],
        options: { retainOnDelete: false, importId: "", ignoreChanges: [], createTimeout: "" },
      }),
    });
    return { id: `${args.name}-id`, state: { ...args.inputs, ...this.computed(args) } };
  }

  call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
    if (args.token === "docker:index/getNetwork:getNetwork")
      return { id: `${args.inputs.name}-id`, name: args.inputs.name, driver: "bridge" };
    // The registry check of a first deployment: the credentials are accepted, the tag is not pushed yet.
    if (args.token === "docker:index/getRegistryImage:getRegistryImage")
      throw invokeFailure(args.token, `Got error when attempting to fetch image version ${args.inputs.name} from registry: got bad response from registry: 404 Not Found`);
    throw new Error(`unexpected invoke ${args.token}`);
  }

  private computed(args: pulumi.runtime.MockResourceArgs): Record<string, unknown> {
    const inputs = args.inputs;
    switch (args.type) {
      case "docker:index/image:Image": {
        const digest = fakeDigest(inputs.imageName);
        // The tag follows the last colon after the last slash (a registry host may carry a port).
        return { repoDigest: inputs.skipPush ? digest : `${inputs.imageName.replace(/:[^/:]*$/, "")}@${digest}` };
      }
      case "docker:index/remoteImage:RemoteImage":
        return { imageId: fakeDigest(`id:${inputs.name}`) };
      case "docker:index/container:Container":
        return inputs.attach
          ? { exitCode: this.jobExitCodes[inputs.name] ?? 0, containerLogs: `${inputs.name} log line\n` }
          : {};
      default:
        return {};
    }
  }
}

/**
 * A provider's failed invoke as the engine hands it to the program: a gRPC error whose details the
 * runtime turns into the rejection's message (@pulumi/pulumi runtime/invoke.js, `new Error(err.details)`),
 * worded as the bridge words a failed data source read.
 */
export function invokeFailure(token: string, providerMessage: string): Error {
  return Object.assign(new Error(providerMessage), { details: `invoking ${token}: 1 error occurred:\n\t* ${providerMessage}\n\n` });
}

/** Calls `observe` with every registration's dependencies and options, keyed `type::name`, as the monitor receives it. */
export function observeRegistrations(observe: (key: string, registration: { dependencies: string[]; options: RegisteredOptions }) => void): void {
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource(req: RegisterRequest, callback: unknown): Promise<void>;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    observe(`${req.getType()}::${req.getName()}`, {
      dependencies: req.getDependenciesList(),
      options: {
        retainOnDelete: req.getRetainondelete() ?? false,
        importId: req.getImportid(),
        ignoreChanges: req.getIgnorechangesList(),
        createTimeout: req.getCustomtimeouts()?.getCreate() ?? "",
      },
    });
    return register(req, callback);
  };
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getDependenciesList(): string[];
  getRetainondelete(): boolean | undefined;
  getImportid(): string;
  getIgnorechangesList(): string[];
  getCustomtimeouts(): { getCreate(): string } | undefined;
}

/** Internal runtime hook: resolves once every registration the program started has completed. */
const runtimeSettings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

export function resolved<T>(value: T): Promise<pulumi.Unwrap<T>> {
  return new Promise((resolve) => pulumi.output(value).apply(resolve));
}

export interface ProgramRun {
  resources: CapturedResource[];
  outputs: StackOutputs;
}

let builtTree: string | undefined;

/** A tree whose dist/ holds the agents' entry file, as `npm run build` leaves it, made once per run. */
export function builtSourceTree(): string {
  if (builtTree === undefined) {
    builtTree = fs.mkdtempSync(path.join(os.tmpdir(), "voice-built-source-"));
    fs.mkdirSync(path.join(builtTree, "dist", "agents-src"), { recursive: true });
    fs.writeFileSync(path.join(builtTree, "dist", "agents-src", "main.js"), "");
  }
  return builtTree;
}

/** The config with a mounted source tree pointed at one that is built (the repository's dist/ may not be). */
export function withBuiltSource(config: Record<string, string>, hostPath = builtSourceTree()): Record<string, string> {
  const key = `${project}:volumes`;
  const volumes = config[key] === undefined ? undefined : (JSON.parse(config[key]) as { source?: { hostPath: string } });
  if (volumes?.source === undefined) return config;
  return { ...config, [key]: JSON.stringify({ ...volumes, source: { ...volumes.source, hostPath } }) };
}

/** Runs index.ts exactly as `pulumi up` would call it, against the mocks instead of Docker. */
export async function runProgram(stack: StackName, config: Record<string, string>, mocks = new ResourceCapture()): Promise<ProgramRun> {
  await pulumi.runtime.setMocks(mocks, project, stack, false);
  mocks.observeDependencies();
  pulumi.runtime.setAllConfig(config, secretKeys.map((key) => `${project}:${key}`));
  const program = require("../../index") as () => StackOutputs;
  const outputs = program();
  await resolved(outputs);
  await runtimeSettings.waitForRPCs();
  return { resources: mocks.resources, outputs };
}

export const byType = (run: ProgramRun, type: string) => run.resources.filter((r) => r.type === type);
export const containers = (run: ProgramRun) => byType(run, "docker:index/container:Container");

export function containerNamed(run: ProgramRun, name: string): CapturedResource {
  const found = containers(run).find((c) => c.inputs.name === name);
  if (found === undefined) throw new Error(`no container named ${name}`);
  return found;
}

/** A resource's URN suffix as it appears in dependency lists. */
export const urnOf = (resource: CapturedResource) => `${resource.type}::${resource.name}`;
