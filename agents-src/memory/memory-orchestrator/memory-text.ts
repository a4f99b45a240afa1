import { createHash } from "node:crypto";

/** Case, accents' composed forms, punctuation and spacing do not make two memories different. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function contentFingerprint(text: string): string {
  return createHash("sha256").update(normalizeForComparison(text)).digest("hex").slice(0, 32);
}

const copula = /^(.+?)\s+(?:is|are|was|were|equals)\s+\S/;
const placeVerb = /^(.+?\s+(?:lives?|works?|stays?)\s+(?:in|at|for))\s+\S/;
// A subject of only these words names nothing stable ("it is raining", "that was fun").
const vagueSubjects = new Set(["it", "this", "that", "there", "here", "he", "she", "they", "we", "you", "i", "what", "who"]);
const maxSubjectWords = 5;

/**
 * The subject of a simple statement of fact, "my favourite colour is green" -> "my favourite
 * colour": a newer memory with the same subject in the same scope and different content
 * contradicts the older one. A heuristic for plain "X is Y" / "X lives in Y" statements; callers
 * that know better pass `subject` explicitly.
 */
export function factSubject(text: string): string | null {
  const normalized = normalizeForComparison(text);
  const match = placeVerb.exec(normalized) ?? copula.exec(normalized);
  if (!match) return null;
  const subject = match[1];
  const words = subject.split(" ");
  if (words.length > maxSubjectWords || words.every((w) => vagueSubjects.has(w))) return null;
  return subject;
}
