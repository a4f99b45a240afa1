/**
 * A trigram language model with Witten-Bell smoothing, written as ARPA text for pocketsphinx.
 * No maintained n-gram toolkit (SRILM, KenLM, MITLM, CMU-Cambridge) is packaged in Debian or on
 * npm, so this small writer builds the domain model from sentences in memory.
 *
 * Witten-Bell interpolates each order with the next lower one, weighting the lower order by how
 * many different words followed the context: P(w|h) = (c(h,w) + T(h) P(w|h')) / (c(h) + T(h)).
 * The ARPA file stores the interpolated probability of every seen n-gram and, per context, the
 * back-off weight that keeps the distribution summing to one for unseen words (as SRILM writes
 * interpolated models).
 */

export const sentenceStart = "<s>";
export const sentenceEnd = "</s>";

const order = 3;

interface ContextCounts {
  total: number;
  followers: Map<string, number>;
}

function countNgrams(sentences: ReadonlyArray<readonly string[]>): Map<string, ContextCounts>[] {
  // counts[n] maps a context of n words (joined by a space) to the words that followed it.
  const counts = Array.from({ length: order }, () => new Map<string, ContextCounts>());
  for (const words of sentences) {
    const padded = [sentenceStart, ...words, sentenceEnd];
    for (let i = 1; i < padded.length; i++) {
      for (let n = 0; n < order && i - n >= 0; n++) {
        const context = padded.slice(i - n, i).join(" ");
        const entry = counts[n].get(context) ?? { total: 0, followers: new Map<string, number>() };
        entry.total += 1;
        entry.followers.set(padded[i], (entry.followers.get(padded[i]) ?? 0) + 1);
        counts[n].set(context, entry);
      }
    }
  }
  return counts;
}

export interface NgramModel {
  /** Words in ARPA order: the vocabulary, `<s>` and `</s>` included. */
  vocabulary: string[];
  /** P(word | context) for a context of up to two words, following the back-off. */
  probability(context: readonly string[], word: string): number;
  /** The model as ARPA text. */
  toArpa(): string;
}

/** Builds the model from tokenised sentences (lower-case words, no sentence markers). */
export function buildNgramModel(sentences: ReadonlyArray<readonly string[]>): NgramModel {
  if (sentences.every((s) => s.length === 0)) throw new Error("a language model needs at least one word");
  const counts = countNgrams(sentences);
  const words = [...counts[0].get("")!.followers.keys()].sort();
  const vocabulary = [sentenceStart, ...words.filter((w) => w !== sentenceStart)];
  const uniform = 1 / words.length;

  const memo = new Map<string, number>();
  function interpolated(context: readonly string[], word: string): number {
    const key = `${context.join(" ")}|${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const lower = context.length === 0 ? uniform : interpolated(context.slice(1), word);
    const entry = counts[context.length].get(context.join(" "));
    const value = entry ? ((entry.followers.get(word) ?? 0) + entry.followers.size * lower) / (entry.total + entry.followers.size) : lower;
    memo.set(key, value);
    return value;
  }

  /** The weight given to the lower order for words never seen after `context`. */
  function backoffWeight(context: readonly string[]): number {
    const entry = counts[context.length].get(context.join(" "));
    if (!entry) return 1;
    let seen = 0;
    let seenLower = 0;
    for (const word of entry.followers.keys()) {
      seen += interpolated(context, word);
      seenLower += interpolated(context.slice(1), word);
    }
    return seenLower >= 1 ? 1 : (1 - seen) / (1 - seenLower);
  }

  function probability(context: readonly string[], word: string): number {
    const recent = context.slice(-(order - 1));
    const entry = counts[recent.length].get(recent.join(" "));
    if (entry?.followers.has(word)) return interpolated(recent, word);
    if (recent.length === 0) return uniform;
    return backoffWeight(recent) * probability(recent.slice(1), word);
  }

  function toArpa(): string {
    const rank = new Map(vocabulary.map((w, i) => [w, i]));
    const byRank = (a: string[], b: string[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return rank.get(a[i])! - rank.get(b[i])!;
      return 0;
    };
    const log10 = (p: number) => Math.log10(p).toFixed(6);
    const sections: string[][] = [];
    // Unigrams: <s> is never predicted (ARPA's -99), but carries the back-off of sentence starts.
    sections.push(vocabulary.map((w) => `${w === sentenceStart ? "-99" : log10(interpolated([], w))}\t${w}\t${log10(backoffWeight([w]))}`));
    for (let n = 1; n < order; n++) {
      const grams: string[][] = [];
      for (const [context, entry] of counts[n]) for (const word of entry.followers.keys()) grams.push([...context.split(" "), word]);
      grams.sort(byRank);
      sections.push(
        grams.map((gram) => {
          const line = `${log10(interpolated(gram.slice(0, -1), gram[gram.length - 1]))}\t${gram.join(" ")}`;
          const hasBackoff = n < order - 1 && gram[gram.length - 1] !== sentenceEnd;
          return hasBackoff ? `${line}\t${log10(backoffWeight(gram))}` : line;
        }),
      );
    }
    return [
      "\\data\\",
      ...sections.map((lines, n) => `ngram ${n + 1}=${lines.length}`),
      "",
      ...sections.flatMap((lines, n) => [`\\${n + 1}-grams:`, ...lines, ""]),
      "\\end\\",
      "",
    ].join("\n");
  }

  return { vocabulary, probability, toArpa };
}
