import { LocalModelOptions, loadLocalPipeline } from "./local-pipeline";
import type { DeviceLogger } from "./model-device";
import { EmbeddingEngine, unitLength } from "./text-embedding";

export interface OnnxEmbeddingOptions extends LocalModelOptions {
  pooling: "mean" | "cls";
}

/** A user's sentence-embedding model (an ONNX export with its tokenizer) from the models volume. */
export async function loadOnnxEmbeddingEngine(options: OnnxEmbeddingOptions, logger: DeviceLogger): Promise<EmbeddingEngine> {
  const { loaded: extractor, device, deviceReason } = await loadLocalPipeline("feature-extraction", options, logger);
  const embed = async (texts: string[]): Promise<number[][]> => {
    const output = await extractor(texts, { pooling: options.pooling, normalize: false });
    return (output.tolist() as number[][]).map(unitLength);
  };
  const [probe] = await embed(["dimension probe"]);
  return {
    info: { engine: "onnx", device, ...(deviceReason === undefined ? {} : { deviceReason }), model: options.model, dimension: probe.length },
    embed,
    close: () => extractor.dispose(),
  };
}
