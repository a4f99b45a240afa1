/** The user's first person read back in the assistant's voice; keys are lower case. */
const secondPerson: Record<string, string> = {
  "i am": "you are",
  "i was": "you were",
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
};

const firstPerson = /\b(?:i am|i was|i['\u2019](?:m|ve|ll|d)|i|me|my|mine|myself)\b/gi;

// "I" is a capital anywhere in a sentence; any other capital marks the start of one.
const startsSentence = (words: string): boolean => /^[A-Z]/.test(words) && !/^I\b/.test(words);

/** "my car is on level 5" -> "your car is on level 5", "My keys" -> "Your keys". */
export function toSecondPerson(text: string): string {
  return text.replace(firstPerson, (words) => {
    const replacement = secondPerson[words.toLowerCase().replace("\u2019", "'")];
    return startsSentence(words) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  });
}
