/**
 * Cuts streamed reply text into sentences as soon as each one ends, so the first can be spoken
 * while the model still writes the rest. A sentence ends at `.`, `!` or `?` (with any closing
 * quotes or brackets) followed by white space, or at a line break; "e.g. ", "Dr. " and single
 * initials do not end one. Whatever is left when the reply ends is the last sentence.
 */
const abbreviations = new Set(["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "approx", "cf"]);

/** A sentence-ending mark, its closing quotes or brackets, and the white space after. */
const sentenceEnd = /[.!?]+["'”’)\]]*\s+|\n+/g;

function endsWithAbbreviation(text: string): boolean {
  const lastWord = /(\S+)\.$/.exec(text.trimEnd())?.[1]?.toLowerCase();
  if (lastWord === undefined) return false;
  return abbreviations.has(lastWord) || /^[a-z]$/.test(lastWord);
}

export class SpokenSentences {
  private pending = "";

  /** Adds streamed text; returns the sentences it completed, trimmed, in order. */
  push(text: string): string[] {
    this.pending += text;
    const sentences: string[] = [];
    let start = 0;
    sentenceEnd.lastIndex = 0;
    for (let match = sentenceEnd.exec(this.pending); match !== null; match = sentenceEnd.exec(this.pending)) {
      const end = match.index + match[0].length;
      const candidate = this.pending.slice(start, end);
      if (!match[0].startsWith("\n") && endsWithAbbreviation(candidate)) continue;
      const sentence = candidate.trim();
      if (sentence !== "") sentences.push(sentence);
      start = end;
    }
    this.pending = this.pending.slice(start);
    return sentences;
  }

  /** The unfinished last sentence, once the reply is complete. */
  finish(): string[] {
    const rest = this.pending.trim();
    this.pending = "";
    return rest === "" ? [] : [rest];
  }
}
