import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig, readProjectConfig, secretKeys, type StackSettings } from "../../components/config";
import type { StackOutputs } from "../../components/stack";
import { project, stackConfig, type StackName } from "../../tests/pulumi/mockedProgram";

/** Internal runtime hook: resolves once every registration the program started has settled. */
const runtimeSettings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

/** The stack file's values with test passwords, as `pulumi config` would hand them to the program. */
export function stackSettings(stack: StackName): StackSettings {
  return parseStackConfig(readProjectConfig(stackConfig(stack), project));
}

export interface ProgramRun {
  outputs: StackOutputs;
  /**
   * Errors the program itself raised (an apply that throws, such as a job's exit code check);
   * failed registrations are left out: the mocks report their cause.
   */
  errors: Error[];
}

const whenAborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));

/**
 * Runs index.ts as `pulumi up` would call it, with `mocks` standing in for the engine and the
 * providers. Returns once every registration has settled, or at the first failure (`failed`, or an
 * error of the program): resources waiting on a failed one would never register.
 */
export async function runProgram(stack: StackName, mocks: pulumi.runtime.Mocks, failed: AbortSignal): Promise<ProgramRun> {
  const errors: Error[] = [];
  const programFailed = new AbortController();
  // The Pulumi CLI's language host turns these into a failed update; here they would end the
  // process. The handler stays: registrations left waiting at a failure reject during teardown.
  process.on("unhandledRejection", (err) => {
    const error = err instanceof Error ? err : new Error(String(err));
    // Every resource that depends on a failed apply rejects with the same error.
    const known = errors.some((e) => e.message === error.message);
    if (!known && !error.message.startsWith("failed to register new resource")) errors.push(error);
    programFailed.abort();
  });
  // Nothing left to run while registrations still wait: they wait on something that failed.
  process.once("beforeExit", () => programFailed.abort());
  await pulumi.runtime.setMocks(mocks, project, stack, false);
  pulumi.runtime.setAllConfig(stackConfig(stack), secretKeys.map((key) => `${project}:${key}`));
  const program = require("../../index") as () => StackOutputs;
  const outputs = program();
  await Promise.race([runtimeSettings.waitForRPCs(), whenAborted(failed), whenAborted(programFailed.signal)]);
  return { outputs, errors };
}
