/**
 * Speech-to-text output and typed text reach the router in many spellings of the same words;
 * everything is compared in one normal form: lower case, contractions expanded, punctuation gone.
 * Each word keeps the span of the original text it came from, so slots are returned as the user
 * wrote them (a password keeps its capitals).
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

// Only these words take a contracted "is": after other words "'s" is a possessive ("my sister's")...
const isContractions = new Set(["what", "where", "who", "when", "how", "it", "that", "there", "here"]);
// ...unless a pronoun follows, which nothing possesses: "what time's it", "what day's it" ask "what time is it".
const subjectPronouns = new Set(["it", "he", "she", "they", "we", "i", "you"]);

const irregularNegations: Record<string, string[]> = { "can't": ["can", "not"], "won't": ["will", "not"] };
const contractionSuffixes: Array<[string, string]> = [
  ["n't", "not"],
  ["'re", "are"],
  ["'m", "am"],
  ["'ll", "will"],
  ["'ve", "have"],
  ["'d", "would"],
];

// Speech-to-text and quick typing leave the apostrophe out of a question word's "is" ("whats the
// farriers name", "wheres my kayak"); none of these is another word, so each is the contraction.
const questionWordsUnmarked = new Map(["what", "where", "who", "when", "how"].map((word) => [`${word}s`, word]));

function expand(chunk: string, next: string | undefined): string[] {
  const irregular = irregularNegations[chunk];
  if (irregular) return irregular;
  const questionWord = questionWordsUnmarked.get(chunk);
  if (questionWord) return [questionWord, "is"];
  if (chunk.endsWith("'s")) {
    const stem = chunk.slice(0, -2);
    return isContractions.has(stem) || subjectPronouns.has(next ?? "") ? [stem, "is"] : [chunk];
  }
  for (const [suffix, word] of contractionSuffixes) {
    if (chunk.endsWith(suffix) && chunk.length > suffix.length) return [chunk.slice(0, -suffix.length), word];
  }
  return [chunk];
}

export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  const matches = [...text.matchAll(/[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu)];
  const chunks = matches.map((match) => match[0].toLowerCase().replace(/[\u2019\u02bc]/g, "'"));
  matches.forEach((match, i) => {
    const start = match.index;
    for (const word of expand(chunks[i], chunks[i + 1])) words.push({ text: word, start, end: start + match[0].length });
  });
  return words;
}

/** The original text covered by a run of words. */
export function spanText(text: string, words: readonly Word[]): string {
  if (words.length === 0) return "";
  return text.slice(words[0].start, words[words.length - 1].end);
}
