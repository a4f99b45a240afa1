/**
 * A closed grammar (JSGF) that accepts exactly `sentences` (the recogniser's words, separated by
 * spaces) and nothing else, each sentence equally likely. The sentences share their beginnings
 * (a prefix tree: "where is my car | where is my phone" is "where is my (car | phone)"), so the
 * decoder follows one path per beginning instead of one per sentence; each branch is weighted by
 * the sentences under it, so a sentence in a crowded branch is not less likely than one alone.
 */
export function sentenceGrammar(sentences: readonly string[], name = "sentences"): string {
  const root = new PrefixNode();
  for (const sentence of new Set(sentences.map((s) => s.trim()).filter(Boolean))) root.add(sentence.split(/\s+/));
  if (root.sentences === 0) throw new Error("a grammar needs at least one sentence");
  return `#JSGF V1.0;\ngrammar ${name};\npublic <sentence> = ${root.continuation()};\n`;
}

class PrefixNode {
  readonly next = new Map<string, PrefixNode>();
  /** Sentences that end at this node. */
  ends = 0;
  /** Sentences that pass through or end at this node. */
  sentences = 0;

  add(words: readonly string[]): void {
    this.sentences += 1;
    if (words.length === 0) {
      this.ends += 1;
      return;
    }
    let child = this.next.get(words[0]);
    if (!child) {
      child = new PrefixNode();
      this.next.set(words[0], child);
    }
    child.add(words.slice(1));
  }

  /** What may follow this node, as a JSGF expansion; "" where every sentence ends here. */
  continuation(): string {
    const branches: Array<[weight: number, expansion: string]> = [...this.next].map(([word, child]) => [child.sentences, [word, child.continuation()].filter(Boolean).join(" ")]);
    // A sentence that is the beginning of another ("cancel", "cancel the timer").
    if (this.ends > 0 && branches.length > 0) branches.push([this.ends, "<NULL>"]);
    if (branches.length <= 1) return branches[0]?.[1] ?? "";
    return `(${branches.map(([weight, expansion]) => `/${weight}/ ${expansion}`).join(" | ")})`;
  }
}
