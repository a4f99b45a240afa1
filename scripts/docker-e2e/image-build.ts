import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as docker from "@pulumi/docker";
import type * as pulumi from "@pulumi/pulumi";
import { assertOnlyKeys } from "./declared-inputs";

export type ImageInputs = pulumi.Unwrap<docker.ImageArgs>;

/** Debian's docker.io 20.10 CLI: BuildKit through DOCKER_BUILDKIT=1, as the program asks for (no buildx there). */
const dockerCli = process.env.DOCKER ?? "/usr/bin/docker";
const failureLogLines = 40;

export interface BuildContext {
  /** Where Pulumi would run the program: build contexts are relative to it. */
  projectDir: string;
  dockerHost: string;
  signal: AbortSignal;
}

function buildArguments(inputs: ImageInputs): string[] {
  const build = inputs.build;
  if (build === undefined) throw new Error(`image ${inputs.imageName}: only images built from a Dockerfile are supported`);
  assertOnlyKeys(build, ["context", "dockerfile", "args", "platform", "builderVersion"], `image ${inputs.imageName}.build`);
  const args = ["build", "--progress=plain", "--tag", inputs.imageName];
  if (build.dockerfile !== undefined) args.push("--file", build.dockerfile);
  for (const [key, value] of Object.entries(build.args ?? {})) args.push("--build-arg", `${key}=${value}`);
  if (build.platform !== undefined) args.push("--platform", build.platform);
  args.push(build.context ?? ".");
  return args;
}

/**
 * Builds a declared `docker.Image` with the Docker CLI, since dockerode cannot drive a BuildKit
 * session; with an ssh:// host the CLI reaches the engine the way the provider does (connhelper).
 * Pushing is the caller's: it goes through the engine API with the Image's credentials.
 */
export async function buildImage(inputs: ImageInputs, context: BuildContext): Promise<void> {
  assertOnlyKeys(inputs, ["imageName", "build", "buildOnPreview", "skipPush", "registry"], `image ${inputs.imageName}`);
  const logFile = path.join(os.tmpdir(), `docker-e2e-build-${inputs.imageName.replace(/[^\w.-]/g, "_")}.log`);
  const log = fs.openSync(logFile, "w");
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(dockerCli, buildArguments(inputs), {
      cwd: context.projectDir,
      env: {
        ...process.env,
        DOCKER_HOST: context.dockerHost,
        DOCKER_BUILDKIT: inputs.build?.builderVersion === "BuilderV1" ? "0" : "1",
      },
      stdio: ["ignore", log, log],
      signal: context.signal,
    });
    child.on("error", reject);
    child.on("close", resolve);
  }).finally(() => fs.closeSync(log));
  if (exitCode !== 0) {
    const tail = fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-failureLogLines).join("\n");
    throw new Error(`building ${inputs.imageName} failed (exit ${exitCode}); last lines of ${logFile}:\n${tail}`);
  }
}
