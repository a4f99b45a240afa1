import type * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";

/** Where a container finds the secrets the stack gives it. */
export const secretsDir = "/run/voice-secrets";

export interface SecretFile {
  /** `NAME_FILE=path`, which the kit's config loader (and the PostgreSQL image) read NAME from. */
  env: string;
  upload: docker.types.input.ContainerUpload;
}

/**
 * A secret as a file rather than an environment value, which `docker inspect` shows to anyone with
 * Docker access. The provider writes uploads before the container starts, owned by root
 * (resourceDockerContainerCreate: CopyToContainer with a tar header that names no owner), so the
 * file is world-readable inside the container, where only the agent's own user runs. The content
 * stays a Pulumi secret in the state.
 */
export function secretFile(envName: string, content: pulumi.Input<string>): SecretFile {
  const file = `${secretsDir}/${envName.toLowerCase().replace(/_/g, "-")}`;
  return { env: `${envName}_FILE=${file}`, upload: { file, content: pulumi.secret(content), permissions: "0444" } };
}
