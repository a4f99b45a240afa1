import { Logger, PeerClient, requestEmbeddings, TextEmbeddings, UnusableEmbeddingsError } from "../../kit";

export interface Embeddings {
  model: string;
  dimension: number;
  /** `null` where the model produced the zero vector (text of only unknown tokens): it has no direction to compare. */
  vectors: Array<number[] | null>;
}

/** Text to vectors; `null` means "no embedding available now", which callers must treat as degraded, never as failure. */
export interface TextEmbedder {
  embed(texts: string[]): Promise<Embeddings | null>;
}

export interface Pc2EmbedderOptions {
  timeoutMs: number;
  batchSize: number;
  /** pc2 refuses longer texts; the opening of a memory carries enough of its meaning to find it. */
  maxTextChars: number;
}

/** Embeddings from pc2's `POST /v1/embed`, in batches of `batchSize` texts per call. */
export class Pc2TextEmbedder implements TextEmbedder {
  constructor(
    private readonly pc2: PeerClient,
    private readonly options: Pc2EmbedderOptions,
    private readonly logger: Logger,
  ) {}

  async embed(texts: string[]): Promise<Embeddings | null> {
    if (texts.length === 0) return null;
    const batches: Embeddings[] = [];
    for (let start = 0; start < texts.length; start += this.options.batchSize) {
      const batch = await this.embedBatch(texts.slice(start, start + this.options.batchSize));
      if (!batch) return null;
      batches.push(batch);
    }
    const [first] = batches;
    if (batches.some((b) => b.model !== first.model || b.dimension !== first.dimension)) {
      this.logger.warn("pc2 changed embedding model between batches of one request");
      return null;
    }
    return { model: first.model, dimension: first.dimension, vectors: batches.flatMap((b) => b.vectors) };
  }

  private async embedBatch(texts: string[]): Promise<Embeddings | null> {
    let embedded: TextEmbeddings;
    try {
      // Embedding is a pure function of the text, so a retry cannot do harm.
      embedded = await requestEmbeddings(
        this.pc2,
        texts.map((t) => t.slice(0, this.options.maxTextChars)),
        { timeoutMs: this.options.timeoutMs, idempotent: true },
      );
    } catch (err) {
      if (err instanceof UnusableEmbeddingsError) this.logger.error({ issues: err.issues }, err.message);
      else this.logger.debug({ err: (err as Error).message }, "pc2 embeddings unavailable");
      return null;
    }
    const { model, dimension, vectors } = embedded;
    return { model, dimension, vectors: vectors.map((v) => (v.some((x) => x !== 0) ? v : null)) };
  }

  /** pc2's circuit: "open" while it is known to be down and calls are skipped. */
  get circuitState(): string {
    return this.pc2.state;
  }
}
