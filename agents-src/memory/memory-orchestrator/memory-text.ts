import { createHash } from "node:crypto";
import { withDigits } from "../../kit/spoken-numbers";

/** Case, accents' composed forms, punctuation, spacing and numbers spelt out do not make two memories different. */
export function normalizeForComparison(text: string): string {
  return withDigits(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function contentFingerprint(text: string): string {
  return createHash("sha256").update(normalizeForComparison(text)).digest("hex").slice(0, 32);
}
