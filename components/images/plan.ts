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
