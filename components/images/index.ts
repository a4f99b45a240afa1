import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { imageFamilies, type ImageFamily } from "../../agents-src/kit/catalog";
import type { ImageSettings } from "../config";
import { planImage, type ImagePlan } from "./plan";

export * from "./plan";

export interface ImagesArgs {
  settings: ImageSettings;
  /** Root package.json's exact version, so the image compiles with the compiler the tests used. */
  typescriptVersion: string;
  registryPassword?: pulumi.Input<string>;
}

/** One image per family, built from images/<family>/Dockerfile and pushed when a registry is set. */
export class Images extends pulumi.ComponentResource {
  /** Image IDs for containers: a rebuild changes them, an unchanged image keeps them (no perma-diff). */
  readonly ids = {} as Record<ImageFamily, pulumi.Output<string>>;
  /** Repository references as built and pushed (repository@digest when pushed, the image ID when local). */
  readonly digests = {} as Record<ImageFamily, pulumi.Output<string>>;

  constructor(name: string, args: ImagesArgs, opts: pulumi.ComponentResourceOptions = {}) {
    super("voice:stack:Images", name, {}, opts);
    for (const family of imageFamilies) {
      const plan = planImage(family, args.settings, args.typescriptVersion);
      const image = this.build(`${name}-${family}`, plan, args.registryPassword);
      this.digests[family] = image.repoDigest;
      this.ids[family] =
        plan.registry === undefined
          ? image.repoDigest
          : // A pushed image's repoDigest is a manifest digest while Docker reports a container's
            // image by ID; pinning the digest locally yields that ID and keeps the diff quiet.
            new docker.RemoteImage(
              `${name}-${family}-pinned`,
              { name: image.repoDigest, keepLocally: true },
              { parent: this },
            ).imageId;
    }
    this.registerOutputs({ ids: this.ids, digests: this.digests });
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
