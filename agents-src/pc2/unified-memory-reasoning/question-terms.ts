import porterStemmer from "@stdlib/nlp-porter-stemmer";
import { eng as englishStopwords } from "stopword";
import { comparableText } from "../../kit/fact-attribute";

// Question words and fillers carry no topic: "where is my car" is about "car".
const fillerWords = new Set([...englishStopwords, "tell", "know", "remember", "please", "did", "does", "say", "told"]);

/** The stems of the words that say what a text is about, e.g. "Where did I park my cars?" -> park, car. */
export function topicTerms(text: string): Set<string> {
  const words = comparableText(text).split(" ").filter((w) => w.length > 0 && !fillerWords.has(w));
  return new Set(words.map((w) => porterStemmer(w)));
}

/** Share of the question's topic terms that `text` also contains, 0..1; 0 when the question names no topic. */
export function termCoverage(questionTerms: ReadonlySet<string>, text: string): number {
  if (questionTerms.size === 0) return 0;
  const found = topicTerms(text);
  let shared = 0;
  for (const term of questionTerms) if (found.has(term)) shared++;
  return shared / questionTerms.size;
}
