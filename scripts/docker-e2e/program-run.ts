import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig, readProjectConfig, secretKeys, type StackSettings } from "../../components/config";
import type { StackOutputs } from "../../components/stack";
import { project, stackConfig, type StackName } from "../../tests/pulumi/mockedProgram";
import type { EngineMocks } from "./engine-mocks";

/** Internal runtime hook: resolves once every registration the program started has settled. */
const runtimeSettings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

/** The stack file's values with test passwords and `overrides`, as `pulumi config` would hand them to the program. */
export function runConfig(stack: StackName, overrides: Record<string, unknown> = {}): Record<string, string> {
  const config = stackConfig(stack);
  for (const [key, value] of Object.entries(overrides))
    config[`${project}:${key}`] = typeof value === "string" ? value : JSON.stringify(value);
  return config;
}

export function stackSettings(config: Record<string, string>): StackSettings {
  return parseStackConfig(readProjectConfig(config, project));
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
 * Runs index.ts as `pulumi up` (or `pulumi preview`, `preview`) would call it, with `mocks`
 * standing in for the engine and the providers. Returns once every registration has settled, or at
 * the first failure (the mocks' own, or an error of the program): resources waiting on a failed one
 * would never register. Each call is one evaluation; the mocks carry the checkpoint between them.
 */
export async function runProgram(stack: StackName, config: Record<string, string>, mocks: EngineMocks, preview = false): Promise<ProgramRun> {
  const errors: Error[] = [];
  const programFailed = new AbortController();
  // The Pulumi CLI's language host turns these into a failed update; here they would end the
  // process. Registrations left waiting at a failure reject during teardown, so it stays until exit.
  const onRejection = (err: unknown) => {
    const error = err instanceof Error ? err : new Error(String(err));
    // Every resource that depends on a failed apply rejects with the same error.
    const known = errors.some((e) => e.message === error.message);
    if (!known && !error.message.startsWith("failed to register new resource")) {
      errors.push(error);
      // What the language host's uncaughtHandler does (@pulumi/pulumi cmd/run/run.js): the error is
      // logged, which also tells the runtime's exit-time report of still-pending promises (those
      // that waited on the failure) to stay quiet, as it does under the CLI.
      void pulumi.log.error(error.message);
    }
    programFailed.abort();
  };
  process.on("unhandledRejection", onRejection);
  // Nothing left to run while registrations still wait: they wait on something that failed.
  const onBeforeExit = () => programFailed.abort();
  process.once("beforeExit", onBeforeExit);
  await pulumi.runtime.setMocks(mocks, project, stack, preview);
  mocks.observeOptions();
  pulumi.runtime.setAllConfig(config, secretKeys.map((key) => `${project}:${key}`));
  const program = require("../../index") as () => StackOutputs;
  try {
    const outputs = program();
    await Promise.race([runtimeSettings.waitForRPCs(), whenAborted(mocks.stopped), whenAborted(programFailed.signal)]);
    return { outputs, errors };
  } finally {
    process.removeListener("beforeExit", onBeforeExit);
    // A failed registration rejects the outputs that wait on it after this returns, too.
    if (errors.length === 0 && !programFailed.signal.aborted && !mocks.stopped.aborted) process.removeListener("unhandledRejection", onRejection);
  }
}
