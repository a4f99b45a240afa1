import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../../kit";
import { DeviceProbes, gpuVisible, loadOnPreferredDevice } from "../model-server/model-device";
import type { ComputeDevice } from "../model-server/model-info";

/** node-llama-cpp is ESM with top-level await: a CommonJS agent can only reach it through import(). */
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });
export type LlamaModel = import("node-llama-cpp", { with: { "resolution-mode": "import" } }).LlamaModel;
export type LlamaContext = import("node-llama-cpp", { with: { "resolution-mode": "import" } }).LlamaContext;
export type ChatWrapper = import("node-llama-cpp", { with: { "resolution-mode": "import" } }).ChatWrapper;

export function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  return import("node-llama-cpp");
}

export interface LoadedLanguageModel {
  module: NodeLlamaCpp;
  model: LlamaModel;
  context: LlamaContext;
  /**
   * How chats are formatted for this model, from its GGUF chat template. Resolved once: resolving
   * it (parsing and probing the jinja template) took ~565 ms of every request's first token when
   * each request let node-llama-cpp resolve it anew (`npm run bench:llm`).
   */
  chatWrapper: ChatWrapper;
  device: ComputeDevice;
  /** Why the model runs on the CPU although a GPU is visible. */
  deviceReason?: string;
  /** The file, relative to MODELS_DIR, as configured. */
  file: string;
  /** general.name from the GGUF metadata, when the file has one. */
  name?: string;
  contextSize: number;
  loadMs: number;
}

export interface LoadOptions {
  modelsDir: string;
  file: string;
  device: "auto" | ComputeDevice;
  contextSize: number;
  sequences: number;
  threads: number;
  logger: Logger;
}

export class ModelFileMissing extends Error {}

/**
 * node-llama-cpp's CUDA build ships in its own npm package, which the CPU pc2 image deletes
 * (images/pc2/Dockerfile); without it a visible GPU is reported, not tried.
 */
export function llamaCudaBuildInstalled(): boolean {
  const candidates = require.resolve.paths("@node-llama-cpp/linux-x64-cuda") ?? [];
  return candidates.some((dir) => existsSync(join(dir, "@node-llama-cpp", "linux-x64-cuda", "bins")));
}

const hostProbes: DeviceProbes = { gpuIsVisible: () => gpuVisible(), cudaProviderInstalled: llamaCudaBuildInstalled };

/**
 * Loads a GGUF with llama.cpp's prebuilt binaries from the @node-llama-cpp/* packages; `build:
 * "never"` because a build from source needs cmake, a compiler and a download, none of which an
 * agent image has. On CUDA every layer goes to the GPU that fits ("auto" gpuLayers); a GPU whose
 * CUDA build cannot start falls back to the CPU with a warning (loadOnPreferredDevice).
 */
export async function loadLanguageModel(options: LoadOptions, probes: DeviceProbes = hostProbes): Promise<LoadedLanguageModel> {
  const path = join(options.modelsDir, options.file);
  if (!existsSync(path)) throw new ModelFileMissing(`LLM_MODEL ${options.file} is not in ${options.modelsDir} (${path} does not exist)`);
  const module = await loadNodeLlamaCpp();
  const started = performance.now();
  const log = options.logger.child({ component: "llama.cpp" });
  const { loaded, device, deviceReason } = await loadOnPreferredDevice(
    options.device,
    async (device) => {
      const llama = await module.getLlama({
        gpu: device === "cuda" ? "cuda" : false,
        build: "never",
        progressLogs: false,
        logLevel: module.LlamaLogLevel.warn,
        logger: (level, message) => (level === module.LlamaLogLevel.error || level === module.LlamaLogLevel.fatal ? log.error(message) : log.warn(message)),
      });
      const model = await llama.loadModel({ modelPath: path, gpuLayers: device === "cuda" ? "auto" : 0 });
      const context = await model.createContext({
        contextSize: { max: options.contextSize },
        sequences: options.sequences,
        ...(options.threads > 0 ? { threads: options.threads } : {}),
      });
      return { model, context };
    },
    log,
    probes,
  );
  const name = loaded.model.fileInfo.metadata.general?.name;
  return {
    module,
    ...loaded,
    chatWrapper: module.resolveChatWrapper(loaded.model),
    device,
    ...(deviceReason === undefined ? {} : { deviceReason }),
    file: options.file,
    ...(typeof name === "string" ? { name } : {}),
    contextSize: loaded.context.contextSize,
    loadMs: Math.round(performance.now() - started),
  };
}
