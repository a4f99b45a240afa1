/**
 * Dimensions with an HNSW index (see the memories migration). Vectors of other sizes are still
 * stored and searched, exactly, without an index.
 */
const indexedDimensions = new Set([512]);

/** The expression a nearest-neighbour ORDER BY must use for PostgreSQL to pick that dimension's index. */
export function embeddingExpression(dimension: number, alias = "m"): string {
  if (!Number.isInteger(dimension) || dimension <= 0) throw new Error(`invalid vector dimension ${dimension}`);
  return indexedDimensions.has(dimension) ? `${alias}.embedding::vector(${dimension})` : `${alias}.embedding`;
}

export function vectorParameterType(dimension: number): string {
  return indexedDimensions.has(dimension) ? `vector(${dimension})` : "vector";
}

export function toVectorLiteral(vector: readonly number[]): string {
  return `[${vector.join(",")}]`;
}
