/**
 * The vectors of the texts embedded last, by model and exact text. One spoken turn asks for the
 * same words twice: the task router embeds the utterance to route it, then the llm's context
 * retrieval (the memory search) embeds it again as its query, each a full model run (15-50 ms on
 * the 2-core machine, more when busy) on the turn's path. A hit needs no model run and no place in
 * the model's queue. Bounded by count, the least recently used forgotten first; vectors are never
 * changed after they are made, so a hit hands out the stored array itself.
 */
export class RecentEmbeddings {
  private readonly vectors = new Map<string, number[]>();

  constructor(private readonly capacity: number) {}

  /** Every text's vector when all are known for `model`; undefined when any is not. */
  known(model: string, texts: readonly string[]): number[][] | undefined {
    if (this.capacity === 0) return undefined;
    const found: number[][] = [];
    for (const text of texts) {
      const vector = this.vectors.get(keyOf(model, text));
      if (!vector) return undefined;
      found.push(vector);
    }
    for (const text of texts) this.remember(model, text, this.vectors.get(keyOf(model, text)) as number[]);
    return found;
  }

  /**
   * The texts' vectors, `embed` run on those not known (in one batch, in their order); reports how
   * many were known (hits) and embedded (misses).
   */
  async embed(model: string, texts: readonly string[], embed: (texts: string[]) => Promise<number[][]>): Promise<{ vectors: number[][]; hits: number; misses: number }> {
    const vectors: Array<number[] | undefined> = texts.map((text) => (this.capacity === 0 ? undefined : this.vectors.get(keyOf(model, text))));
    const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
    const made = missing.length > 0 ? await embed(missing) : [];
    const byText = new Map(missing.map((text, i) => [text, made[i]]));
    const result = texts.map((text, i) => vectors[i] ?? (byText.get(text) as number[]));
    texts.forEach((text, i) => this.remember(model, text, result[i]));
    return { vectors: result, hits: texts.length - missing.length, misses: missing.length };
  }

  private remember(model: string, text: string, vector: number[]): void {
    if (this.capacity === 0) return;
    const key = keyOf(model, text);
    // Map keeps insertion order: re-inserting makes it the most recent, the first key the least.
    this.vectors.delete(key);
    this.vectors.set(key, vector);
    if (this.vectors.size > this.capacity) this.vectors.delete(this.vectors.keys().next().value as string);
  }
}

const keyOf = (model: string, text: string): string => `${model}\u0000${text}`;
