/**
 * Facts arrive in the user's voice and are read back in the assistant's, so every person the
 * sentence names swaps sides: "my car is on level 5" -> "your car is on level 5", "you owe me 5
 * dollars" -> "I owe you 5 dollars". The user's "we" takes the user in, so the assistant says it
 * back as "you" ("our lodger is called marguerite" -> "your lodger is called marguerite"); the
 * user's "you" is the assistant alone, so it comes back as "I" or "me", never "we". The
 * coordinator and unified-memory-reasoning both read facts back; they share this one converter so
 * the same memory is never said two ways.
 */

/** Keys are lower case with a plain apostrophe; a phrase is swapped before its words are. */
const swapped: Record<string, string> = {
  "i am": "you are",
  "i was": "you were",
  "you are": "I am",
  "you were": "I was",
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  "you're": "I'm",
  "you've": "I've",
  "you'll": "I'll",
  "you'd": "I'd",
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  your: "my",
  yours: "mine",
  yourself: "myself",
  // "we are", "we're": the verb already agrees with "you", so "we" swaps as a word.
  we: "you",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
};

const personWords =
  /\b(?:i am|i was|you are|you were|(?:i|you)['\u2019](?:m|re|ve|ll|d)|i|me|my|mine|myself|you|your|yours|yourself|we|us|our|ours|ourselves)\b/gi;

// After these (or at the start of a sentence) a bare "you" is the one doing something: "I".
const clauseOpeners = new Set(["that", "and", "but", "because", "if", "when", "so", "or", "then", "while"]);

function bareYou(before: string): string {
  const previous = /([\p{L}']+)[^\p{L}']*$/u.exec(before);
  const sentenceEnded = /[.!?;:]\s*$/.test(before);
  return !previous || sentenceEnded || clauseOpeners.has(previous[1].toLowerCase()) ? "I" : "me";
}

/** Swaps first and second person in `text`, whatever the case it was typed or transcribed in. */
export function swapPerson(text: string): string {
  return text.replace(personWords, (words: string, offset: number) => {
    // "the US embassy": written in capitals, "us" is the country.
    if (words === "US") return words;
    const key = words.toLowerCase().replace("\u2019", "'");
    const replacement = key === "you" ? bareYou(text.slice(0, offset)) : swapped[key];
    if (words.length > 1 && words === words.toUpperCase()) return replacement.toUpperCase();
    // "I" is a capital anywhere; any other capital marks the start of a sentence and stays one.
    const startsSentence = /^[A-Z]/.test(words) && !/^I\b/.test(words);
    return startsSentence ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  });
}
