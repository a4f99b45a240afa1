import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { transformers } from "./commonjs-builds";
import { DeviceLogger, DevicePreference, loadOnPreferredDevice } from "./model-device";

// Models come only from the models volume; transformers.js must never reach for the hub.
transformers.env.allowRemoteModels = false;

export type ModelDtype = "fp32" | "fp16" | "q8" | "int8" | "uint8" | "q4" | "q4f16" | "bnb4";

export interface LocalModelOptions {
  modelsDir: string;
  /** A directory inside modelsDir holding config.json, the tokenizer and onnx/*.onnx. */
  model: string;
  device: DevicePreference;
  dtype: ModelDtype;
}

async function localModelDirectory(modelsDir: string, name: string): Promise<string> {
  const dir = resolve(modelsDir, name);
  try {
    await access(join(dir, "config.json"));
  } catch {
    throw new Error(`model ${name} not found: ${dir} has no config.json`);
  }
  return dir;
}

/**
 * A transformers.js pipeline over a model directory of the models volume, on the preferred
 * device. transformers.js treats an absolute path as a local directory rather than a hub id.
 */
export async function loadLocalPipeline<T extends "automatic-speech-recognition" | "feature-extraction">(
  task: T,
  options: LocalModelOptions,
  logger: DeviceLogger,
) {
  const dir = await localModelDirectory(options.modelsDir, options.model);
  return loadOnPreferredDevice(
    options.device,
    (device) => transformers.pipeline(task, dir, { device, dtype: options.dtype, local_files_only: true }),
    logger,
  );
}
