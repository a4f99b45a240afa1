import type { ModelInfo } from "./model-info";

export interface EmbeddingEngine {
  readonly info: ModelInfo & { dimension: number };
  /** One unit-length vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
  close(): Promise<void>;
}

/**
 * Scales a vector to length 1 so callers can rank by inner product. An all-zero vector (a text
 * made only of unknown tokens) stays zero rather than becoming NaN.
 */
export function unitLength(vector: ArrayLike<number>): number[] {
  let sumOfSquares = 0;
  for (let i = 0; i < vector.length; i++) sumOfSquares += vector[i] * vector[i];
  const norm = Math.sqrt(sumOfSquares);
  return Array.from(vector, (x) => (norm > 0 ? x / norm : 0));
}
