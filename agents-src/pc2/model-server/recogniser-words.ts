/** A phrase as the recogniser's words: lower case, letters and apostrophes only. */
export function recogniserWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}'\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}
