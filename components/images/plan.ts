import type { ImageFamily } from "../../agents-src/kit/catalog";
import type { ImageSettings } from "../config";

/** The non-root user every agent image creates and every agent container runs as. */
const appUid = 10001;
export const appUser = `${appUid}:${appUid}`;

/** Compiled entry inside the images (WORKDIR /app); the service name is its one argument. */
const agentEntrypoint = "dist/agents-src/main.js";

export interface ImagePlan {
  family: ImageFamily;
  imageName: string;
  /** Relative to the project directory, where Pulumi runs the program. */
  context: string;
  dockerfile: string;
  args: Record<string, string>;
  platform?: string;
  registry?: { server: string; username: string };
}

export function imageName(family: ImageFamily, images: ImageSettings): string {
  const repository = `voice-${family}:${images.tag}`;
  const registry = images.registry;
  if (registry === undefined) return repository;
  const namespace = registry.namespace === undefined ? "" : `${registry.namespace}/`;
  return `${registry.server}/${namespace}${repository}`;
}

/**
 * pc2's `cuda` variant installs onnxruntime's CUDA execution provider onto a CUDA runtime image;
 * every other family, and pc2 on a CPU stack, builds from its one Dockerfile.
 */
function dockerfileAndArgs(family: ImageFamily, images: ImageSettings): { dockerfile: string; args: Record<string, string> } {
  if (family === "pc2" && images.pc2Variant === "cuda")
    return { dockerfile: "images/pc2/Dockerfile.cuda", args: { CUDA_BASE_IMAGE: images.cudaBaseImage } };
  return { dockerfile: `images/${family}/Dockerfile`, args: {} };
}

/**
 * The context is the repository root: the image needs the lockfile and the workspace manifests
 * beside agents-src; .dockerignore keeps everything else out.
 */
export function planImage(family: ImageFamily, images: ImageSettings, typescriptVersion: string): ImagePlan {
  const variant = dockerfileAndArgs(family, images);
  return {
    family,
    imageName: imageName(family, images),
    context: ".",
    dockerfile: variant.dockerfile,
    args: { BASE_IMAGE: images.baseImage, APP_UID: String(appUid), TYPESCRIPT_VERSION: typescriptVersion, ...variant.args },
    platform: images.platform,
    registry: images.registry && { server: images.registry.server, username: images.registry.username },
  };
}

export function agentCommand(service: string, watch: boolean): string[] {
  return ["node", ...(watch ? ["--watch"] : []), agentEntrypoint, service];
}

export interface RegistryAuthPlan {
  address: string;
  username: string;
}

/**
 * The docker provider's `registryAuth` for the registry the images go to. Pushing carries its own
 * credentials (the Image's `registry`), but every pull goes through the provider: RemoteImage's
 * create and a container's create both call findImage, which pulls with the provider's auth configs
 * keyed by registry host (kreuzwerker v4.5.0 resource_docker_image_funcs.go, findImage and
 * pullImage; provider.go, providerSetToRegistryAuth). Without it a re-pull after an image prune fails.
 */
export function planRegistryAuth(images: ImageSettings): RegistryAuthPlan[] {
  const registry = images.registry;
  return registry === undefined ? [] : [{ address: registry.server, username: registry.username }];
}

/**
 * What a failed credential check tells the user, or undefined when the registry accepted the
 * credentials. The check is the provider's docker_registry_image data source (a HEAD of the tag's
 * manifest with basic auth, data_source_docker_registry_image.go getImageDigest): a 404 means the
 * credentials were accepted and the tag is not pushed yet (a first deployment), while a 401 reads
 * "bad credentials: 401 Unauthorized" and names only the repository.
 */
export function registryCredentialsProblem(server: string, username: string, providerMessage: string): string | undefined {
  if (/\b404\b/.test(providerMessage)) return undefined;
  const refused = /\b401\b|bad credentials|unauthorized/i.test(providerMessage);
  // The bridge hands a data source's error over as "invoking <token>: 1 error occurred:\n\t* <error>\n\n".
  const cause = providerMessage.replace(/^.*?from registry: /s, "").trim();
  return refused
    ? `registry ${server} refused user ${username}: the registryPassword secret is wrong (pulumi config set --secret registryPassword ...); the registry said: ${cause}`
    : `registry ${server} could not be checked with user ${username}: ${cause}`;
}
