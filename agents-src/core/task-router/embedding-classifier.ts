import type { Logger } from "../../kit/logging";
import { Exemplar, exampleText } from "./exemplars";
import type { Intent } from "./intents";

export interface Embeddings {
  model: string;
  vectors: number[][];
}

/** An utterance must be embedded within a turn's budget; the exemplar batch may take its time. */
export type EmbeddingPurpose = "utterance" | "exemplars";

export type EmbedTexts = (texts: string[], purpose: EmbeddingPurpose) => Promise<Embeddings>;

/**
 * Nearest-exemplar scoring in an embedding space. Exemplar vectors are computed once per model
 * and kept: only the utterance is embedded per request. They are computed in the background, so
 * no request waits for a batch that takes far longer than routing may: until they are there (at
 * start, or after pc2 starts serving another model, whose vectors cannot be compared with the
 * old ones) scoring fails and the router uses its lexical score.
 */
export class EmbeddingClassifier {
  private readonly exemplarVectors = new Map<string, Float64Array[]>();
  private readonly computing = new Map<string, Promise<void>>();

  constructor(
    private readonly exemplars: readonly Exemplar[],
    private readonly embed: EmbedTexts,
    private readonly logger: Logger,
  ) {}

  /** Models whose exemplar vectors are cached, for readiness reports. */
  get cachedModels(): string[] {
    return [...this.exemplarVectors.keys()];
  }

  /** Embeds the exemplars for whatever model pc2 serves now. */
  async prepare(): Promise<string> {
    const { model, vectors } = await this.embed(this.exemplars.map(exampleText), "exemplars");
    this.exemplarVectors.set(model, vectors.map(unit));
    return model;
  }

  async score(text: string): Promise<{ model: string; scores: Map<Intent, number> }> {
    const { model, vectors } = await this.embed([text], "utterance");
    const exemplarVectors = this.exemplarVectors.get(model);
    if (!exemplarVectors) {
      this.computeInBackground(model);
      throw new Error(`exemplar vectors for ${model} are not computed yet`);
    }
    const query = unit(vectors[0]);
    const scores = new Map<Intent, number>();
    this.exemplars.forEach((exemplar, index) => {
      const similarity = Math.max(0, dot(query, exemplarVectors[index]));
      if (similarity > (scores.get(exemplar.intent) ?? -1)) scores.set(exemplar.intent, similarity);
    });
    return { model, scores };
  }

  private computeInBackground(model: string): void {
    if (this.computing.has(model)) return;
    const job = this.prepare()
      .then((served) => this.logger.info({ model: served }, "exemplar embeddings cached"))
      .catch((err: unknown) => this.logger.warn({ err: (err as Error).message, model }, "exemplar embeddings failed; will retry on a later request"))
      .finally(() => this.computing.delete(model));
    this.computing.set(model, job);
  }
}

function unit(vector: readonly number[]): Float64Array {
  const norm = Math.hypot(...vector) || 1;
  return Float64Array.from(vector, (x) => x / norm);
}

function dot(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) throw new Error(`embedding dimensions differ: ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
