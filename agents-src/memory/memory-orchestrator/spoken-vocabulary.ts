import nlp from "compromise";

/** What pc2's `PUT /v1/vocabulary` takes: names and places, and the other words a user uses. */
export interface SpokenVocabulary {
  phrases: string[];
  words: string[];
}

/** pc2's limits on one vocabulary (a phrase of at most 100 characters). */
const maxPhrases = 2000;
const maxWords = 5000;
const maxPhraseChars = 100;

/** A phrase as said: no possessive ending, no punctuation but apostrophes and hyphens. */
function spokenForm(text: string): string {
  return text
    .replace(/['’]s\b/gi, "")
    .replace(/[^\p{L}\p{N}'\- ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of a user's memories the recogniser should know: names of people, places and
 * organisations (compromise 14's entities and proper nouns: "Siobhan", "Baker Street") as phrases,
 * and every other word as a candidate rare word, which pc2 adds only where its dictionary lacks it
 * ("kombucha", a lower-case "imogen" from speech). Newest memories first, so the limits drop old words.
 */
export function spokenVocabulary(memoryTexts: readonly string[]): SpokenVocabulary {
  const phrases = new Map<string, string>();
  const words = new Set<string>();
  for (const text of memoryTexts) {
    const doc = nlp(text);
    for (const found of [doc.people(), doc.places(), doc.organizations(), doc.match("#ProperNoun+")]) {
      for (const phrase of found.out("array") as string[]) {
        const spoken = spokenForm(phrase);
        if (/\p{L}/u.test(spoken) && spoken.length <= maxPhraseChars && !phrases.has(spoken.toLowerCase())) phrases.set(spoken.toLowerCase(), spoken);
      }
    }
    for (const word of spokenForm(text).toLowerCase().split(" ")) if (/\p{L}/u.test(word)) words.add(word);
  }
  const inPhrases = new Set([...phrases.keys()].flatMap((phrase) => phrase.split(" ")));
  return {
    phrases: [...phrases.values()].slice(0, maxPhrases),
    words: [...words].filter((word) => !inPhrases.has(word)).slice(0, maxWords),
  };
}
