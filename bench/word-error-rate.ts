/** Lower-cased words with punctuation removed, the usual normalisation before scoring ASR. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

export interface WordErrors {
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

/** Word-level Levenshtein alignment of a hypothesis against its reference. */
export function wordErrors(reference: string, hypothesis: string): WordErrors {
  const ref = normalisedWords(reference);
  const hyp = normalisedWords(hypothesis);
  type Cell = { cost: number; s: number; d: number; i: number };
  let previous: Cell[] = Array.from({ length: hyp.length + 1 }, (_, j) => ({ cost: j, s: 0, d: 0, i: j }));
  for (let r = 1; r <= ref.length; r++) {
    const current: Cell[] = [{ cost: r, s: 0, d: r, i: 0 }];
    for (let h = 1; h <= hyp.length; h++) {
      const diagonal = previous[h - 1];
      const same = ref[r - 1] === hyp[h - 1];
      const options: Cell[] = [
        { ...diagonal, cost: diagonal.cost + (same ? 0 : 1), s: diagonal.s + (same ? 0 : 1) },
        { ...previous[h], cost: previous[h].cost + 1, d: previous[h].d + 1 },
        { ...current[h - 1], cost: current[h - 1].cost + 1, i: current[h - 1].i + 1 },
      ];
      current.push(options.reduce((best, o) => (o.cost < best.cost ? o : best)));
    }
    previous = current;
  }
  const { s, d, i } = previous[hyp.length];
  return { substitutions: s, deletions: d, insertions: i, referenceWords: ref.length };
}

/** Corpus WER: all errors over all reference words, so long sentences weigh more than short ones. */
export function wordErrorRate(pairs: ReadonlyArray<{ reference: string; hypothesis: string }>): number {
  let errors = 0;
  let words = 0;
  for (const { reference, hypothesis } of pairs) {
    const e = wordErrors(reference, hypothesis);
    errors += e.substitutions + e.deletions + e.insertions;
    words += e.referenceWords;
  }
  if (words === 0) throw new Error("word error rate needs at least one reference word");
  return errors / words;
}
