/** The numbers a text mentions, in order, as written. */
const numbersIn = (text: string): string => (text.match(/\d+(?:[.,:]\d+)*/g) ?? []).join(" ");

/**
 * Whether two texts mention other numbers. Embeddings barely tell "call mum at 6" from "call mum
 * at 7" or "invoice 12" from "invoice 13", yet each pair is two facts, never two copies of one.
 * The memory-orchestrator (merging at write time) and dreamworld (merging later, what was stored
 * without an embedding) share this rule, so whether two memories merge does not depend on which
 * of them saw the pair first.
 */
export function mentionDifferentNumbers(a: string, b: string): boolean {
  return numbersIn(a) !== numbersIn(b);
}
