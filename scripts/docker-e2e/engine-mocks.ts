import * as pulumi from "@pulumi/pulumi";
import type Dockerode from "dockerode";
import { planContainerRun, type ContainerInputs } from "./container-options";
import { runContainer } from "./container-run";
import { assertOnlyKeys, labelMap, revealSecrets } from "./declared-inputs";
import { buildImage, type ImageInputs } from "./image-build";
import { isPostgresObject, PostgresAdmin } from "./postgres-objects";
import type { StackObjects } from "./stack-objects";

export interface BuiltImage {
  name: string;
  sizeBytes: number;
  buildSeconds: number;
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

export interface EngineMocksOptions {
  engine: Dockerode;
  /** The Docker host the runner's engine client talks to; the program must declare the same. */
  dockerHost: string;
  objects: StackObjects;
  projectDir: string;
}

type Inputs = Record<string, any>;

/** A provider reference is `urn::id`; the id is what this runner hands out for providers. */
const providerId = (reference: string | undefined) => reference?.slice(reference.lastIndexOf("::") + 2) ?? "";

/**
 * Pulumi mocks that do for real what the providers would: every declared image, network, volume
 * and container is created on the Docker Engine with the declared inputs, and every PostgreSQL
 * object with SQL. A registration returns only once the object is ready in the provider's sense
 * (a healthy container, a job that exited), so the program's own dependencies order the start.
 */
export class EngineMocks implements pulumi.runtime.Mocks {
  readonly images: BuiltImage[] = [];
  readonly milestones: Milestones = {};
  /** PostgreSQL objects created with SQL, as `Type resource-name`. */
  readonly databaseObjects: string[] = [];
  /** Registrations that failed; the Pulumi runtime does not always surface them. */
  readonly failures: RegistrationFailure[] = [];
  private readonly abort = new AbortController();
  /** Aborted at the first failed registration, or when the run stops. */
  readonly stopped = this.abort.signal;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly databases = new Map<string, PostgresAdmin>();

  constructor(private readonly options: EngineMocksOptions) {}

  newResource(args: pulumi.runtime.MockResourceArgs): Promise<{ id: string | undefined; state: Record<string, any> }> {
    // One failure fails the deployment: nothing else needs to finish building or starting.
    const work = this.create(args.type, args.name, revealSecrets(args.inputs) as Inputs, args).catch((err: Error) => {
      if (!this.abort.signal.aborted)
        this.failures.push({ resource: `${args.type} ${args.name}`, declaredName: args.inputs.name, error: err });
      this.abort.abort(err);
      throw err;
    });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
    throw new Error(`the docker e2e runner does not translate the invoke ${args.token}`);
  }

  /** Stops waiting and building, then returns once no registration is still touching the engine. */
  async stop(): Promise<void> {
    this.abort.abort(new Error("the run is being torn down"));
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async create(type: string, name: string, inputs: Inputs, args: pulumi.runtime.MockResourceArgs) {
    const { engine, objects } = this.options;
    const state = args.inputs;
    switch (type) {
      case "pulumi:providers:docker":
        assertOnlyKeys(inputs, ["host"], "docker provider");
        if (inputs.host !== this.options.dockerHost)
          throw new Error(`the program deploys to ${inputs.host}; this run drives ${this.options.dockerHost}`);
        return { id: `provider-${name}`, state };
      case "pulumi:providers:postgresql":
        this.databases.set(`provider-${name}`, new PostgresAdmin(inputs));
        return { id: `provider-${name}`, state };
      case "docker:index/image:Image":
        return { id: name, state: { ...state, repoDigest: await this.image(inputs as ImageInputs) } };
      case "docker:index/remoteImage:RemoteImage": {
        assertOnlyKeys(inputs, ["name", "keepLocally"], `remote image ${inputs.name}`);
        const image = await this.localImage(inputs.name, "pull");
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
        const volume = await engine.createVolume({ Name: inputs.name, Labels: labelMap(inputs.labels) });
        objects.volumes.push(volume.name);
        return { id: volume.name, state };
      }
      case "docker:index/container:Container": {
        const run = planContainerRun(inputs as ContainerInputs);
        this.milestones.firstContainerCreated ??= performance.now();
        const outcome = await runContainer(engine, run, objects, this.abort.signal);
        return { id: outcome.id, state: { ...state, exitCode: outcome.exitCode, containerLogs: outcome.logs } };
      }
    }
    if (isPostgresObject(type)) {
      const admin = this.databases.get(providerId(args.provider));
      if (admin === undefined) throw new Error(`${type} ${name} names no postgresql provider of this program`);
      await admin.create(type, inputs);
      this.databaseObjects.push(`${type.slice(type.lastIndexOf(":") + 1)} ${name}`);
      return { id: `${name}-id`, state };
    }
    if (!args.custom) return { id: undefined, state: {} };
    throw new Error(`the docker e2e runner does not translate resources of type ${type}`);
  }

  private async image(inputs: ImageInputs): Promise<string> {
    const started = performance.now();
    await buildImage(inputs, { projectDir: this.options.projectDir, dockerHost: this.options.dockerHost, signal: this.abort.signal });
    const image = await this.localImage(inputs.imageName, "build");
    const ended = performance.now();
    this.images.push({ name: inputs.imageName, sizeBytes: image.Size, buildSeconds: (ended - started) / 1000 });
    this.milestones.lastImageBuilt = Math.max(this.milestones.lastImageBuilt ?? 0, ended);
    // A local image's repoDigest is its ID: containers then run exactly this build.
    return image.Id;
  }

  private async localImage(name: string, how: "pull" | "build"): Promise<Dockerode.ImageInspectInfo> {
    try {
      return await this.options.engine.getImage(name).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
      throw new Error(
        how === "pull"
          ? `image ${name} is not on the engine and nothing can be pulled here: build its stand-in (scripts/docker-e2e/build-postgres-image.sh)`
          : `image ${name} is missing right after its build`,
      );
    }
  }
}
