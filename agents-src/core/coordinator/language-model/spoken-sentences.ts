/**
 * Cuts streamed reply text into the pieces handed to speech as soon as each one ends, so the
 * first can be spoken while the model still writes the rest.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white
 * space, or at a line break; "e.g. ", "Dr. " and single initials do not end one. Every sentence
 * end ends a piece, so no piece comes later than its sentence would.
 *
 * The first piece of a reply may also end sooner, as real-time voice pipelines cut their first
 * phrase: at a clause mark (a comma, semicolon or colon, or a spaced dash, each followed by white
 * space) once it holds `firstPhraseMinWords` words, or after `firstPhraseMaxWords` words at a word
 * boundary when no mark comes. That takes the rest of a long first sentence off the time to the
 * first spoken word. Later pieces stay whole sentences, written while the first piece is heard:
 * fewer synthesis calls, each spoken with a sentence's intonation. Marks need the white space
 * after them, so "1,000", "3.5" and "10:30" never split.
 *
 * Whatever is left when the reply ends is the last piece.
 */
const abbreviations = new Set(["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "approx", "cf"]);

/**
 * A clause mark does not cut off shorter fragments ("Sure,", "Well, I think,"), which would be
 * spoken alone with a falling tone and over before the next piece is ready; four words last about
 * 1.5 s at 2.5 spoken words a second, time for the model to write the next sentence and the
 * speech to synthesize it.
 */
const firstPhraseMinWords = 4;
/** About 5 s of speech: past it, waiting for a mark delays the first word more than a cut between words costs. */
const firstPhraseMaxWords = 12;

const closers = `["'”’)\\]]*`;
/** A sentence-ending mark, its closing quotes or brackets, and the white space after; or line breaks. */
const sentenceEnd = new RegExp(`[.!?]+${closers}\\s+|\\n+`, "g");
/**
 * Either a sentence end (group 1) or a clause mark: `,` `;` `:` with closers, or a spaced `-`,
 * `--`, `–` or `—`. A clause mark's space stops at a line break, which then ends a sentence.
 */
const phraseEnd = new RegExp(`([.!?]+${closers}\\s+|\\n+)|[,;:]${closers}[^\\S\\n]+|\\s[-–]{1,2}[^\\S\\n]+|—[^\\S\\n]+`, "g");
/** A word and the white space after it: a run holding a letter or digit, so a lone dash is no word. */
const spacedWord = /(\S+)\s+/g;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;

function endsWithAbbreviation(text: string): boolean {
  const lastWord = /(\S+)\.$/.exec(text.trimEnd())?.[1]?.toLowerCase();
  if (lastWord === undefined) return false;
  return abbreviations.has(lastWord) || /^[a-z]$/.test(lastWord);
}

/** Where the first `count` words of `text` and the white space after the last end, if they are all there. */
function afterWords(text: string, count: number): number | undefined {
  let words = 0;
  spacedWord.lastIndex = 0;
  for (let match = spacedWord.exec(text); match !== null; match = spacedWord.exec(text)) {
    if (hasLetterOrDigit.test(match[1]) && ++words === count) return match.index + match[0].length;
  }
  return undefined;
}

/** Where the reply's first piece ends in `text`, once it can be told. */
function firstPhraseEnd(text: string): number | undefined {
  const cap = afterWords(text, firstPhraseMaxWords);
  const longEnough = afterWords(text, firstPhraseMinWords);
  phraseEnd.lastIndex = 0;
  for (let match = phraseEnd.exec(text); match !== null; match = phraseEnd.exec(text)) {
    const end = match.index + match[0].length;
    if (cap !== undefined && end > cap) break;
    const clauseMark = match[1] === undefined;
    if (clauseMark ? longEnough !== undefined && end >= longEnough : match[0].startsWith("\n") || !endsWithAbbreviation(text.slice(0, end))) return end;
  }
  return cap;
}

export class SpokenSentences {
  private pending = "";
  private firstGiven = false;

  /** Adds streamed text; returns the pieces it completed, trimmed, in order. */
  push(text: string): string[] {
    this.pending += text;
    const pieces: string[] = [];
    let start = 0;
    if (!this.firstGiven) {
      // White space or line breaks before the first word are no piece: the first is still to come.
      this.pending = this.pending.trimStart();
      const end = firstPhraseEnd(this.pending);
      if (end === undefined) return pieces;
      pieces.push(this.pending.slice(0, end).trim());
      this.firstGiven = true;
      start = end;
    }
    sentenceEnd.lastIndex = start;
    for (let match = sentenceEnd.exec(this.pending); match !== null; match = sentenceEnd.exec(this.pending)) {
      const end = match.index + match[0].length;
      const candidate = this.pending.slice(start, end);
      if (!match[0].startsWith("\n") && endsWithAbbreviation(candidate)) continue;
      const sentence = candidate.trim();
      if (sentence !== "") pieces.push(sentence);
      start = end;
    }
    this.pending = this.pending.slice(start);
    return pieces;
  }

  /** The unfinished last piece, once the reply is complete. */
  finish(): string[] {
    const rest = this.pending.trim();
    this.pending = "";
    return rest === "" ? [] : [rest];
  }
}
