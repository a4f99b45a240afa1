/**
 * Hand-made 512-dimensional vectors for tests about storage and ranking mechanics, where the
 * exact similarity between two memories must be known in advance.
 */
export const dimension = 512;

export function basis(axis: number): number[] {
  const v = new Array<number>(dimension).fill(0);
  v[axis] = 1;
  return v;
}

/** A unit vector at cosine similarity `similarity` to `basis(axis)`, leaning towards `basis(other)`. */
export function near(axis: number, other: number, similarity: number): number[] {
  const v = new Array<number>(dimension).fill(0);
  v[axis] = similarity;
  v[other] = Math.sqrt(1 - similarity * similarity);
  return v;
}
