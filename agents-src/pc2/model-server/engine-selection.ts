import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ModelServerConfig } from "./config";
import { prepareDomainLanguage } from "./domain-language-model";
import type { LocalModelOptions } from "./local-pipeline";
import type { DeviceLogger } from "./model-device";
import { loadOnnxEmbeddingEngine } from "./onnx-embeddings";
import { GrammarPass, loadPocketsphinxEngine, pocketsphinxDictionary } from "./pocketsphinx-engine";
import type { SpeechToTextEngine } from "./speech-to-text";
import type { EmbeddingEngine } from "./text-embedding";
import { loadUseLiteEmbeddingEngine } from "./use-lite-embeddings";
import { loadWhisperEngine } from "./whisper-engine";

/** The config validation guarantees a model name whenever a models-volume engine is chosen. */
function fromModelsVolume(config: ModelServerConfig, model: string | undefined): LocalModelOptions {
  return { modelsDir: config.MODELS_DIR, model: model as string, device: config.MODEL_DEVICE, dtype: config.MODEL_DTYPE };
}

/**
 * Chosen on the tuning part of `npm run eval:stt`: the loosest bound at which no spoken statement
 * was taken for a request; at -45 intent accuracy was 0.72 instead of 0.60, but three of 60
 * statements became requests ("forget about the meeting"). docs/hearing.md, "A grammar pass (tried)".
 */
export const grammarPass: GrammarPass = { minAcousticScore: -30 };

/** One user's own words: names and places, and the rare words they use (ones the dictionary lacks). */
export interface UserVocabulary {
  phrases: readonly string[];
  words: readonly string[];
}

/**
 * The recogniser for everyone (the stack's STT_VOCABULARY), or for one user with their own words
 * added and, when they enrolled, pocketsphinx's acoustic model adapted to their voice.
 */
export async function loadSpeechToTextEngine(
  config: ModelServerConfig,
  logger: DeviceLogger,
  user?: UserVocabulary,
  speakerModelDir?: string,
): Promise<SpeechToTextEngine> {
  if (config.STT_ENGINE === "pocketsphinx") {
    const domain =
      config.STT_DOMAIN_WEIGHT > 0
        ? await prepareDomainLanguage({
            dictPath: join(config.POCKETSPHINX_MODEL_DIR, pocketsphinxDictionary),
            phrases: [...config.STT_VOCABULARY, ...(user?.phrases ?? [])],
            words: user?.words ?? [],
            weight: config.STT_DOMAIN_WEIGHT,
          })
        : undefined;
    try {
      return await loadPocketsphinxEngine(config.POCKETSPHINX_MODEL_DIR, domain, {
        removeNoise: config.POCKETSPHINX_REMOVE_NOISE,
        acousticModelDir: speakerModelDir,
        grammarPass: config.STT_GRAMMAR_PASS ? grammarPass : undefined,
      });
    } finally {
      // The decoder holds the model in memory; the ARPA file was only the way in.
      if (domain) await rm(dirname(domain.arpaPath), { recursive: true, force: true });
    }
  }
  return loadWhisperEngine({ ...fromModelsVolume(config, config.WHISPER_MODEL), language: config.WHISPER_LANGUAGE }, logger);
}

export function loadEmbeddingEngine(config: ModelServerConfig, logger: DeviceLogger): Promise<EmbeddingEngine> {
  if (config.EMBED_ENGINE === "use-lite") return loadUseLiteEmbeddingEngine();
  return loadOnnxEmbeddingEngine({ ...fromModelsVolume(config, config.EMBED_MODEL), pooling: config.EMBED_POOLING }, logger);
}
