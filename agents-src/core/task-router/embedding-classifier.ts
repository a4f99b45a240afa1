import type { Logger } from "../../kit/logging";
import { Exemplar, exampleText } from "./exemplars";
import type { Intent } from "./intents";

export interface Embeddings {
  model: string;
  vectors: number[][];
}

/** An utterance must be embedded within a turn's budget; the exemplar batch may take its time. */
export type EmbeddingPurpose = "utterance" | "exemplars";

/** pc2 takes at most EMBED_MAX_BATCH texts a request (128 by default); the exemplars are more. */
export const exemplarBatchSize = 64;

export type EmbedTexts = (texts: string[], purpose: EmbeddingPurpose) => Promise<Embeddings>;

/** Per intent, the similarity of its nearest exemplar, and that exemplar (its fixed slots, e.g. an out-of-domain topic). */
export interface EmbeddedScores {
  model: string;
  scores: Map<Intent, number>;
  nearest: Map<Intent, Exemplar>;
}

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

  /** Embeds the exemplars for whatever model pc2 serves now, in requests pc2 accepts. */
  async prepare(): Promise<string> {
    const texts = this.exemplars.map(exampleText);
    const vectors: Float64Array[] = [];
    let model: string | undefined;
    for (let from = 0; from < texts.length; from += exemplarBatchSize) {
      const batch = await this.embed(texts.slice(from, from + exemplarBatchSize), "exemplars");
      // Vectors of two models cannot be compared: pc2 switched models in between, so start again later.
      if (model !== undefined && batch.model !== model) throw new Error(`pc2 switched from ${model} to ${batch.model} while the exemplars were embedded`);
      model = batch.model;
      vectors.push(...batch.vectors.map(unit));
    }
    if (model === undefined) throw new Error("there are no exemplars to embed");
    this.exemplarVectors.set(model, vectors);
    return model;
  }

  async score(text: string): Promise<EmbeddedScores> {
    const { model, vectors } = await this.embed([text], "utterance");
    const exemplarVectors = this.exemplarVectors.get(model);
    if (!exemplarVectors) {
      this.computeInBackground(model);
      throw new Error(`exemplar vectors for ${model} are not computed yet`);
    }
    const query = unit(vectors[0]);
    const scores = new Map<Intent, number>();
    const nearest = new Map<Intent, Exemplar>();
    this.exemplars.forEach((exemplar, index) => {
      const similarity = Math.max(0, dot(query, exemplarVectors[index]));
      if (similarity > (scores.get(exemplar.intent) ?? -1)) {
        scores.set(exemplar.intent, similarity);
        nearest.set(exemplar.intent, exemplar);
      }
    });
    return { model, scores, nearest };
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
