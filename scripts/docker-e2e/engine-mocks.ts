import * as pulumi from "@pulumi/pulumi";
import type Dockerode from "dockerode";
import { invokeFailure, observeRegistrations, type RegisteredOptions } from "../../tests/pulumi/mockedProgram";
import { planContainerRun, type ContainerInputs } from "./container-options";
import { runContainer } from "./container-run";
import { assertOnlyKeys, labelMap, revealSecrets } from "./declared-inputs";
import { DeploymentState, recordKey, type PlannedStep, type ResourceRecord } from "./deployment-state";
import { buildImage, type ImageInputs } from "./image-build";
import { isPostgresObject, PostgresAdmin } from "./postgres-objects";
import { planStep, type FieldChange } from "./provider-rules";
import { registryDigest, registryOf, repositoryOf } from "./registry-client";
import type { StackObjects } from "./stack-objects";

export interface BuiltImage {
  name: string;
  sizeBytes: number;
  buildSeconds: number;
  /** Set when the image was pushed: how long the push took and the digest the registry reported. */
  pushSeconds?: number;
  pushedDigest?: string;
}

export interface PulledImage {
  name: string;
  pullSeconds: number;
}

export interface RegistrationFailure {
  resource: string;
  /** The `name` input: a container's, network's or image's name on the engine. */
  declaredName?: string;
  error: Error;
}

/** When each phase ended, in milliseconds of `performance.now()`. */
export interface Milestones {
  firstContainerCreated?: number;
  lastImageBuilt?: number;
}

/** A container replaced delete-before-replace: from its old container's stop to the new one's health. */
export interface Replacement {
  name: string;
  stoppingAt: number;
  readyAt?: number;
}

/** `up` carries the plan out; `preview` only plans, as `pulumi preview` does. */
export type EvaluationMode = "up" | "preview";

export interface EngineMocksOptions {
  engine: Dockerode;
  /** The Docker host the runner's engine client talks to; the program must declare the same. */
  dockerHost: string;
  objects: StackObjects;
  projectDir: string;
  /** The checkpoint this evaluation starts from and updates. */
  state: DeploymentState;
  mode: EvaluationMode;
  /**
   * Nothing under any build context changed since the checkpoint: the provider's Check hashes the
   * context and its Diff then plans no build (pulumi-docker provider.go), so the run does not build
   * to find out. Used where a rebuild would re-tag an image the step itself removed.
   */
  contextsUnchanged?: boolean;
  /** The CA the workstation trusts beyond the system's, for the registry the provider asks directly. */
  registryCa?: string;
}

type Inputs = Record<string, any>;
type ProgressMessage = { error?: string; aux?: { Digest?: string } };
type Registered = { id: string | undefined; state: Record<string, any> };

/** A provider reference is `urn::id`; the id is what this runner hands out for providers. */
const providerId = (reference: string | undefined) => reference?.slice(reference.lastIndexOf("::") + 2) ?? "";

const containerType = "docker:index/container:Container";
const imageType = "docker:index/image:Image";
const remoteImageType = "docker:index/remoteImage:RemoteImage";

interface RegistryAuth {
  address: string;
  username: string;
  password: string;
}

/** The inputs resourceDockerContainerUpdate hands to the engine's ContainerUpdate. */
const engineUpdatedFields = new Set(["restart", "memory", "memorySwap"]);

/**
 * Pulumi mocks that do for real what the engine and the providers would: each registration is
 * compared with the checkpoint by the providers' rules (provider-rules.ts) and becomes a step:
 * create, update, replace (containers delete-before-replace, as pulumi-docker's resources.go marks
 * docker_container) or same; what the checkpoint holds and the program no longer declares is
 * deleted afterwards. Objects are created on the Docker Engine and PostgreSQL objects with SQL. A
 * registration returns only once the object is ready in the provider's sense (a healthy container, a
 * job that exited), so the program's own dependencies order the start.
 */
export class EngineMocks implements pulumi.runtime.Mocks {
  readonly images: BuiltImage[] = [];
  readonly milestones: Milestones = {};
  /** PostgreSQL objects created with SQL, as `Type resource-name`. */
  readonly databaseObjects: string[] = [];
  /** Registrations that failed; the Pulumi runtime does not always surface them. */
  readonly failures: RegistrationFailure[] = [];
  /** Every step of this evaluation, in the order the registrations arrived. */
  readonly steps: PlannedStep[] = [];
  readonly replacements: Replacement[] = [];
  readonly pulls: PulledImage[] = [];
  private readonly abort = new AbortController();
  /** Aborted at the first failed registration, or when the run stops. */
  readonly stopped = this.abort.signal;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly databases = new Map<string, PostgresAdmin>();
  private readonly declared = new Set<string>();
  private readonly registeredOptions = new Map<string, RegisteredOptions>();
  /** The docker provider's registry_auth, keyed by registry host as providerSetToRegistryAuth keys it. */
  private readonly registryAuth = new Map<string, RegistryAuth>();

  constructor(private readonly options: EngineMocksOptions) {}

  /** Resource options are not mock inputs: read them from the monitor (call after setMocks). */
  observeOptions(): void {
    observeRegistrations((key, registration) => this.registeredOptions.set(key, registration.options));
  }

  newResource(args: pulumi.runtime.MockResourceArgs): Promise<Registered> {
    // One failure fails the deployment: nothing else needs to finish building or starting.
    const work = this.register(args).catch((err: Error) => {
      if (!this.abort.signal.aborted)
        this.failures.push({ resource: `${args.type} ${args.name}`, declaredName: args.inputs.name, error: err });
      this.abort.abort(err);
      throw err;
    });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  async call(args: pulumi.runtime.MockCallArgs): Promise<Record<string, unknown>> {
    if (args.token !== "docker:index/getRegistryImage:getRegistryImage")
      throw new Error(`the docker e2e runner does not translate the invoke ${args.token}`);
    try {
      const digest = await registryDigest(String(args.inputs.name), this.registryAuth, this.options.registryCa);
      return { id: digest, name: args.inputs.name, sha256Digest: digest, insecureSkipVerify: false };
    } catch (err) {
      throw invokeFailure(args.token, (err as Error).message);
    }
  }

  /** Stops waiting and building, then returns once no registration is still touching the engine. */
  async stop(): Promise<void> {
    this.abort.abort(new Error("the run is being torn down"));
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** After an `up`: what the checkpoint holds and the program no longer declares is deleted, newest first. */
  async deleteUndeclared(): Promise<void> {
    for (const record of this.options.state.newestFirst())
      if (!this.declared.has(recordKey(record.type, record.name))) await this.delete(record, false);
  }

  /** `pulumi destroy`: everything, newest first; resources with retainOnDelete only leave the checkpoint. */
  async destroy(): Promise<void> {
    for (const record of this.options.state.newestFirst()) await this.delete(record, record.retainOnDelete);
  }

  private step(type: string, name: string, operation: PlannedStep["operation"], changes: FieldChange[] = []): void {
    this.steps.push({ type, name, operation, changes });
  }

  private async delete(record: ResourceRecord, retain: boolean): Promise<void> {
    this.options.state.records.delete(recordKey(record.type, record.name));
    if (retain) return this.step(record.type, record.name, "delete (retained)");
    this.step(record.type, record.name, "delete");
    if (this.options.mode === "up") await this.remove(record);
  }

  private async register(args: pulumi.runtime.MockResourceArgs): Promise<Registered> {
    const { type, name } = args;
    // Components hold no state of their own: a preview lists them, the providers never see them.
    if (!args.custom) return { id: undefined, state: {} };
    const key = recordKey(type, name);
    this.declared.add(key);
    const inputs = revealSecrets(args.inputs) as Inputs;
    const old = this.options.state.records.get(key);
    const options = this.registeredOptions.get(key);
    const record = (id: string | undefined, state: Record<string, any>, keep?: ResourceRecord) => {
      if (this.options.mode === "up" && id !== undefined)
        this.options.state.put({ type, name, id, inputs, state, provider: args.provider, retainOnDelete: options?.retainOnDelete ?? false }, keep);
      return { id, state };
    };

    if (type === "pulumi:providers:docker" && inputs.registryAuth !== undefined)
      for (const auth of JSON.parse(inputs.registryAuth) as RegistryAuth[]) this.registryAuth.set(auth.address, auth);

    if (type === imageType) {
      if (old !== undefined && this.options.contextsUnchanged) {
        this.step(type, name, "same");
        return record(old.id, old.state, old);
      }
      // The provider's Diff compares a digest of the build context (pulumi-docker provider.go, Check);
      // an unchanged context builds to the same ID from the cache, so the built ID stands in for it.
      const built = await this.image(inputs as ImageInputs);
      const unchanged = old?.state.imageId === built.Id;
      this.step(type, name, old === undefined ? "create" : unchanged ? "same" : "update", unchanged ? [] : [{ field: "build", effect: "update" }]);
      if (old !== undefined && unchanged) return record(old.id, old.state, old);
      // A preview neither builds nor pushes (buildOnPreview: false): a changed image's digest is not known yet.
      if (this.options.mode === "preview") return { id: built.Id, state: { ...args.inputs, imageId: built.Id, repoDigest: built.Id } };
      const repoDigest = inputs.skipPush ? built.Id : await this.push(inputs as ImageInputs);
      return record(built.Id, { ...args.inputs, imageId: built.Id, repoDigest }, old);
    }

    const planned = planStep(type, old?.inputs, inputs);
    this.step(type, name, planned.operation, planned.changes);
    if (type === "pulumi:providers:postgresql") this.databases.set(`provider-${name}`, new PostgresAdmin(inputs));
    if (old !== undefined && (planned.operation === "same" || this.options.mode === "preview")) return record(old.id, old.state, old);
    if (this.options.mode === "preview") return { id: undefined, state: args.inputs };

    if (old !== undefined && planned.operation === "update") {
      if (type === containerType && planned.changes.some((c) => engineUpdatedFields.has(c.field)))
        await this.updateContainer(old.id, inputs);
      return record(old.id, { ...old.state, ...args.inputs }, old);
    }
    let replacement: Replacement | undefined;
    if (old !== undefined) {
      replacement = type === containerType ? { name: inputs.name, stoppingAt: performance.now() } : undefined;
      await this.remove(old);
    }
    const created = await this.create(type, name, inputs, args, options);
    if (replacement !== undefined) this.replacements.push({ ...replacement, readyAt: performance.now() });
    return record(created.id, created.state);
  }

  /** resourceDockerContainerUpdate: ContainerUpdate with the restart policy and the memory figures. */
  private async updateContainer(id: string, inputs: Inputs): Promise<void> {
    const mb = (value: number | undefined) => (value === undefined ? 0 : value > 0 ? value * 1024 * 1024 : value);
    await this.options.engine.getContainer(id).update({
      RestartPolicy: { Name: inputs.restart ?? "no" },
      Memory: mb(inputs.memory),
      ...(inputs.memorySwap === undefined ? {} : { MemorySwap: mb(inputs.memorySwap) }),
    });
  }

  private async remove(record: ResourceRecord): Promise<void> {
    const { objects } = this.options;
    switch (record.type) {
      case containerType:
        await objects.removeContainer(record.id);
        return;
      case "docker:index/network:Network":
        await objects.removeNetwork(record.id);
        return;
      case "docker:index/volume:Volume":
        await objects.removeVolume(record.id);
        return;
    }
    if (isPostgresObject(record.type)) {
      const admin = this.adminFor(record.provider, record.type, record.name);
      await admin.drop(record.type, record.inputs);
    }
    // Providers, built images and kept remote images leave nothing on the engine to remove.
  }

  private adminFor(provider: string | undefined, type: string, name: string): PostgresAdmin {
    const admin = this.databases.get(providerId(provider));
    if (admin === undefined) throw new Error(`${type} ${name} names no postgresql provider of this program`);
    return admin;
  }

  private async create(type: string, name: string, inputs: Inputs, args: pulumi.runtime.MockResourceArgs, options?: RegisteredOptions): Promise<Registered> {
    const { engine, objects } = this.options;
    const state = args.inputs;
    switch (type) {
      case "pulumi:providers:docker":
        assertOnlyKeys(inputs, ["host", "registryAuth"], "docker provider");
        if (inputs.host !== this.options.dockerHost)
          throw new Error(`the program deploys to ${inputs.host}; this run drives ${this.options.dockerHost}`);
        return { id: `provider-${name}`, state };
      case "pulumi:providers:postgresql":
        return { id: `provider-${name}`, state };
      case remoteImageType: {
        assertOnlyKeys(inputs, ["name", "keepLocally"], `remote image ${inputs.name}`);
        const image = await this.findImage(inputs.name);
        return { id: image.Id, state: { ...state, imageId: image.Id, repoDigest: image.RepoDigests[0] ?? "" } };
      }
      case "docker:index/network:Network": {
        assertOnlyKeys(inputs, ["name", "driver", "internal", "labels"], `network ${inputs.name}`);
        const network = await engine.createNetwork({
          Name: inputs.name,
          Driver: inputs.driver,
          Internal: inputs.internal ?? false,
          Labels: labelMap(inputs.labels),
          CheckDuplicate: true,
        });
        objects.networks.push({ id: network.id, name: inputs.name });
        return { id: network.id, state };
      }
      case "docker:index/volume:Volume": {
        assertOnlyKeys(inputs, ["name", "labels"], `volume ${inputs.name}`);
        // Docker returns the existing volume of that name: a kept volume is taken over as it is.
        const volume = await engine.createVolume({ Name: inputs.name, Labels: labelMap(inputs.labels) });
        if (!objects.volumes.includes(volume.name)) objects.volumes.push(volume.name);
        return { id: volume.name, state };
      }
      case containerType: {
        const run = planContainerRun(inputs as ContainerInputs);
        // resourceDockerContainerCreate starts with findImage: a missing image is pulled with the provider's auth.
        await this.findImage(inputs.image);
        this.milestones.firstContainerCreated ??= performance.now();
        const outcome = await runContainer(engine, run, objects, this.abort.signal);
        return { id: outcome.id, state: { ...state, exitCode: outcome.exitCode, containerLogs: outcome.logs } };
      }
    }
    if (isPostgresObject(type)) {
      const admin = this.adminFor(args.provider, type, name);
      const adopted = options !== undefined && options.importId !== "";
      await (adopted ? admin.adopt(type, options.importId) : admin.create(type, inputs));
      this.databaseObjects.push(`${type.slice(type.lastIndexOf(":") + 1)} ${name}${adopted ? " (imported)" : ""}`);
      return { id: `${name}-id`, state };
    }
    throw new Error(`the docker e2e runner does not translate resources of type ${type}`);
  }

  private async image(inputs: ImageInputs): Promise<Dockerode.ImageInspectInfo> {
    const started = performance.now();
    await buildImage(inputs, { projectDir: this.options.projectDir, dockerHost: this.options.dockerHost, signal: this.abort.signal });
    const image = await this.localImage(inputs.imageName, "build");
    const ended = performance.now();
    this.images.push({ name: inputs.imageName, sizeBytes: image.Size, buildSeconds: (ended - started) / 1000 });
    this.milestones.lastImageBuilt = Math.max(this.milestones.lastImageBuilt ?? 0, ended);
    // A local image's repoDigest is its ID: containers then run exactly this build.
    return image;
  }

  /**
   * pulumi-docker's Image pushes through the engine's ImagePush with the Image's own registry
   * credentials, and takes the digest the push reports (provider/image.go, dockerBuild and
   * parseRepoDigestFromAux): `repository@sha256:...`.
   */
  private async push(inputs: ImageInputs): Promise<string> {
    const registry = inputs.registry;
    if (registry?.server === undefined) throw new Error(`image ${inputs.imageName}: skipPush is false but no registry is declared`);
    const started = performance.now();
    const stream = await this.options.engine.getImage(inputs.imageName).push({
      authconfig: { username: registry.username, password: registry.password, serveraddress: registry.server },
    });
    const messages = await this.followProgress(stream, `pushing ${inputs.imageName}`);
    const digest = messages.map((m) => m.aux?.Digest).find((d): d is string => d !== undefined);
    if (digest === undefined) throw new Error(`pushing ${inputs.imageName}: the registry reported no digest`);
    const built = this.images.find((i) => i.name === inputs.imageName);
    if (built !== undefined) Object.assign(built, { pushSeconds: (performance.now() - started) / 1000, pushedDigest: digest });
    return `${repositoryOf(inputs.imageName)}@${digest}`;
  }

  /** findImage: the local image, or a pull with the provider's auth config for the image's registry. */
  private async findImage(name: string): Promise<Dockerode.ImageInspectInfo> {
    if (!(await this.isLocal(name))) {
      const started = performance.now();
      const auth = this.registryAuth.get(registryOf(name));
      let stream: NodeJS.ReadableStream;
      try {
        stream = await this.options.engine.pull(name, {
          authconfig: auth && { username: auth.username, password: auth.password, serveraddress: `https://${auth.address}` },
        });
      } catch (err) {
        throw new Error(`unable to pull image ${name}: error pulling image ${name}: ${(err as Error).message}`);
      }
      await this.followProgress(stream, `pulling ${name}`);
      this.pulls.push({ name, pullSeconds: (performance.now() - started) / 1000 });
    }
    return this.localImage(name, "pull");
  }

  private async isLocal(name: string): Promise<boolean> {
    try {
      await this.options.engine.getImage(name).inspect();
      return true;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return false;
      throw err;
    }
  }

  private followProgress(stream: NodeJS.ReadableStream, what: string): Promise<ProgressMessage[]> {
    return new Promise((resolve, reject) =>
      this.options.engine.modem.followProgress(stream, (err: Error | null, messages: ProgressMessage[]) => {
        if (err !== null) return reject(new Error(`${what}: ${err.message}`));
        const failed = messages.find((m) => m.error !== undefined);
        if (failed !== undefined) return reject(new Error(`${what}: ${failed.error}`));
        resolve(messages);
      }),
    );
  }

  private async localImage(name: string, how: "pull" | "build"): Promise<Dockerode.ImageInspectInfo> {
    try {
      return await this.options.engine.getImage(name).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
      throw new Error(
        how === "pull"
          ? `image ${name} is not on the engine after findImage; a stand-in image is built by scripts/docker-e2e/build-postgres-image.sh`
          : `image ${name} is missing right after its build`,
      );
    }
  }
}

/**
 * The refresh half of `pulumi up --refresh` for pulled images: resourceDockerImageRead clears the
 * ID of an image no longer on the engine (kreuzwerker v4.5.0 resource_docker_image_funcs.go), so
 * the resource leaves the checkpoint and the update creates it again, which pulls it.
 */
export async function refreshPulledImages(engine: Dockerode, state: DeploymentState): Promise<string[]> {
  const gone: string[] = [];
  for (const record of state.newestFirst()) {
    if (record.type !== remoteImageType) continue;
    try {
      await engine.getImage(record.inputs.name).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
      state.records.delete(recordKey(record.type, record.name));
      gone.push(record.name);
    }
  }
  return gone;
}
