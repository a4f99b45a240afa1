import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig } from "./parse";
import type { StackConfig, StackSettings } from "./schema";

export interface StackSecrets {
  dbAdminPassword: pulumi.Output<string>;
  dbAppPassword: pulumi.Output<string>;
  dbMigrationPassword: pulumi.Output<string>;
  registryPassword?: pulumi.Output<string>;
  firstDeviceToken?: pulumi.Output<string>;
  internalToken: pulumi.Output<string>;
  modelsToken?: pulumi.Output<string>;
}

export interface LoadedStackConfig {
  settings: StackSettings;
  secrets: StackSecrets;
}

const projectRoot = path.resolve(__dirname, "../..");

/** Pulumi hands structured values over as JSON text and scalars as plain text ("true" for a boolean). */
function decodeConfigValue(text: string): unknown {
  if (text === "true" || text === "false") return text === "true";
  if (!/^[[{]/.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Every key of this project's namespace, so that a misspelt key is reported instead of being
 * silently ignored.
 */
export function readProjectConfig(
  all: Record<string, string> = pulumi.runtime.allConfig(),
  project: string = pulumi.getProject(),
): Record<string, unknown> {
  const prefix = `${project}:`;
  const raw: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(all)) {
    if (key.startsWith(prefix)) raw[key.slice(prefix.length)] = decodeConfigValue(text);
  }
  return raw;
}

function splitSecrets(config: StackConfig): LoadedStackConfig {
  const { dbAdminPassword, dbAppPassword, dbMigrationPassword, registryPassword, firstDeviceToken, internalToken, modelsToken, ...settings } = config;
  const source = settings.volumes.source;
  return {
    settings: {
      ...settings,
      volumes: {
        ...settings.volumes,
        source: source && { ...source, hostPath: path.resolve(projectRoot, source.hostPath) },
      },
    },
    secrets: {
      dbAdminPassword: pulumi.secret(dbAdminPassword),
      dbAppPassword: pulumi.secret(dbAppPassword),
      dbMigrationPassword: pulumi.secret(dbMigrationPassword),
      registryPassword: registryPassword === undefined ? undefined : pulumi.secret(registryPassword),
      firstDeviceToken: firstDeviceToken === undefined ? undefined : pulumi.secret(firstDeviceToken),
      internalToken: pulumi.secret(internalToken),
      modelsToken: modelsToken === undefined ? undefined : pulumi.secret(modelsToken),
    },
  };
}

/** The one place the program reads `pulumi config`: validated, secrets wrapped as Pulumi secrets. */
export function loadStackConfig(raw: Record<string, unknown> = readProjectConfig()): LoadedStackConfig {
  return splitSecrets(parseStackConfig(raw));
}
