import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { imageFamilies, type ImageFamily } from "../../agents-src/kit/catalog";
import type { ImageSettings } from "../config";
import { imageName, planImage, registryCredentialsProblem, type ImagePlan } from "./plan";

export * from "./plan";

export interface ImagesArgs {
  settings: ImageSettings;
  /** Root package.json's exact version, so the image compiles with the compiler the tests used. */
  typescriptVersion: string;
  registryPassword?: pulumi.Input<string>;
}

/** One image per family, built from images/<family>/Dockerfile and pushed when a registry is set. */
export class Images extends pulumi.ComponentResource {
  /**
   * What containers run: the image ID of a local build, the pushed `repository@sha256:digest` of a
   * registry image. Both change exactly when the image does, and both read back as declared:
   * resourceDockerContainerRead keeps Config.Image unless the declared value starts with sha256:
   * (kreuzwerker v4.5.0 resource_docker_container_funcs.go), so neither shows a perma-diff.
   */
  readonly ids = {} as Record<ImageFamily, pulumi.Output<string>>;
  /** Repository references as built and pushed (repository@digest when pushed, the image ID when local). */
  readonly digests = {} as Record<ImageFamily, pulumi.Output<string>>;

  constructor(name: string, args: ImagesArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Images", name, {}, opts);
    const registry = args.settings.registry;
    const credentialsChecked = registry === undefined ? pulumi.output(true) : this.checkCredentials(args.settings, registry);
    // Nothing is pushed with a password the registry refused either.
    const registryPassword =
      args.registryPassword === undefined ? undefined : pulumi.all([args.registryPassword, credentialsChecked]).apply(([password]) => password);
    for (const family of imageFamilies) {
      const plan = planImage(family, args.settings, args.typescriptVersion);
      const image = this.build(`${name}-${family}`, plan, registryPassword);
      this.digests[family] = image.repoDigest;
      this.ids[family] =
        plan.registry === undefined
          ? image.repoDigest
          : // The pull goes through the provider's registryAuth. Containers take the name, not the
            // computed imageId: a pull that a refresh plans again after an image prune leaves the
            // name known in the preview, so no container is planned for replacement.
            new docker.RemoteImage(
              `${name}-${family}-pinned`,
              { name: pulumi.all([image.repoDigest, credentialsChecked]).apply(([digest]) => digest), keepLocally: true },
              { parent: this },
            ).name;
    }
    this.registerOutputs({ ids: this.ids, digests: this.digests });
  }

  /**
   * A preview builds and pushes nothing, so it would not notice a wrong registryPassword until the
   * update pulls. The provider's docker_registry_image data source asks the registry with the
   * provider's registryAuth during the preview too; its answer becomes one message naming the
   * registry. The message is its own RunError (printed without a stack trace, @pulumi/pulumi
   * cmd/run/run.js uncaughtHandler); the images' names wait for a good answer instead of rejecting,
   * which would print it a second time behind "error serializing property" and start pulls with
   * the refused credentials.
   */
  private checkCredentials(settings: ImageSettings, registry: NonNullable<ImageSettings["registry"]>): pulumi.Output<boolean> {
    const problem = docker.getRegistryImage({ name: imageName("core", settings) }, { parent: this }).then(
      () => undefined,
      (err: Error) => registryCredentialsProblem(registry.server, registry.username, err.message),
    );
    void problem.then((message) => {
      if (message !== undefined) throw new pulumi.RunError(message);
    });
    return pulumi.output(problem.then((message) => (message === undefined ? true : new Promise<never>(() => undefined))));
  }

  private build(name: string, plan: ImagePlan, registryPassword: pulumi.Input<string> | undefined): docker.Image {
    return new docker.Image(
      name,
      {
        imageName: plan.imageName,
        build: {
          context: plan.context,
          dockerfile: plan.dockerfile,
          args: plan.args,
          platform: plan.platform,
          builderVersion: docker.BuilderVersion.BuilderBuildKit,
        },
        // A preview never builds (in prod that would build on the prod host every time). It still
        // names exactly what an update replaces: the provider's Check adds a digest of the build
        // context to the inputs and its Diff compares inputs (pulumi-docker provider/provider.go,
        // Check and Diff), so an unchanged context keeps its recorded repoDigest.
        buildOnPreview: false,
        skipPush: plan.registry === undefined,
        registry: plan.registry && { ...plan.registry, password: registryPassword },
      },
      { parent: this },
    );
  }
}
