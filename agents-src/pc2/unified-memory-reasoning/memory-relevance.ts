import { termCoverage } from "./question-terms";
import type { RetrievedMemory } from "./memory-retrieval";

// pc2's default model scores unrelated sentences below 0.3 and a question against the memory
// that answers it 0.6-0.8 ("where is my car?" / "my car is now on level 5": 0.66); similarity
// is rescaled so that the first counts for nothing and the second for nearly everything.
const unrelatedSimilarity = 0.3;
const answeringSimilarity = 0.7;
// Without any vector ranking (pc2 down) shared words alone decide, and are trusted less.
const wordsOnlyWeight = 0.8;

/**
 * How well a memory answers a question, 0..1: half the share of the question's topic words the
 * memory contains, half its vector similarity to the question. A memory that the vector ranking
 * did not return although it ran gets nothing for similarity.
 */
export function memoryRelevance(questionTerms: ReadonlySet<string>, memory: RetrievedMemory, vectorsSearched: boolean): number {
  const coverage = termCoverage(questionTerms, memory.content);
  if (!vectorsSearched) return wordsOnlyWeight * coverage;
  const similarity = memory.similarity ?? 0;
  const semantic = Math.min(1, Math.max(0, (similarity - unrelatedSimilarity) / (answeringSimilarity - unrelatedSimilarity)));
  return 0.5 * coverage + 0.5 * semantic;
}

/** Scores go out with three decimals: more would claim a precision the heuristic does not have. */
export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;
