import { statementText } from "../fact-statements";
import { termCoverage } from "./question-terms";
import { swapPerson } from "../../kit/perspective";

// A title's full stop ends no sentence: "Jaylen's teacher is Ms. Okafor" was read back as "Jaylen's teacher is Ms.".
const sentenceBreak = /(?<=[.!?])(?<!\b(?:mr|mrs|ms|mx|dr|prof|rev|st|sr|jr|fr|capt|sgt|col|gen|lt)\.)\s+|\n+/iu;

/**
 * The answer, taken from the memory itself: its sentence that shares most words with the
 * question, without a "remember that" lead-in, in the second person. Extractive by design: no
 * language model runs here, so the answer can only say what a memory says.
 */
export function answerFromMemory(questionTerms: ReadonlySet<string>, content: string): string {
  const sentences = content
    .split(sentenceBreak)
    .map(statementText)
    .filter((s) => s.length > 0);
  let best = sentences[0] ?? statementText(content);
  let bestCoverage = -1;
  for (const sentence of sentences) {
    const coverage = termCoverage(questionTerms, sentence);
    if (coverage > bestCoverage) [best, bestCoverage] = [sentence, coverage];
  }
  const spoken = swapPerson(best);
  return `${spoken.charAt(0).toUpperCase()}${spoken.slice(1)}.`;
}
