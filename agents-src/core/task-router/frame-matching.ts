import { distance } from "fastest-levenshtein";

/**
 * Fuzzy matching of a phrase frame such as `remember that *` against the words of an utterance.
 * A weighted edit distance over words: frame words may be misheard (similar spelling), missing
 * (speech-to-text drops short words) or surrounded by extra words; `*` absorbs one or more words
 * and captures them, which is how slots come out of the same match that scores the intent.
 */

export type FrameElement = { kind: "word"; text: string; weight: number } | { kind: "wildcard" };

export interface Frame {
  readonly elements: readonly FrameElement[];
  /** Total evidence the frame's words can collect: a perfect match collects it all. */
  readonly weight: number;
}

export interface FrameMatch {
  /** 1 for a perfect match, falling toward 0 as words are missing, misheard or extra. */
  score: number;
  /** Word index range `[from, to)` captured by each `*`, in frame order; undefined when it took nothing. */
  captures: Array<[number, number] | undefined>;
}

const matchingCosts = {
  /** An extra utterance word outside a wildcard ("please", "hey", a filler). */
  extraWord: 0.3,
  /** A wildcard that captures nothing: the slot the frame promises is missing. */
  emptyWildcard: 0.5,
  /**
   * Evidence a frame is assumed to miss before it is seen: a frame of one common word ("* are *")
   * must not score as high as a long distinctive one just because it matches perfectly.
   */
  priorWeight: 0.5,
  /**
   * Share of the score that depends on how many utterance words the frame's own words explain,
   * so "what is the time" prefers the time frame over the generic "what is *".
   */
  coverageShare: 0.2,
  /** Below this spelling similarity two words are different words, not a mishearing. */
  minWordSimilarity: 0.5,
};

export function compileFrame(frame: string, weightOf: (word: string) => number): Frame {
  const elements: FrameElement[] = frame
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => (w === "*" ? { kind: "wildcard" } : { kind: "word", text: w, weight: weightOf(w) }));
  const weight = elements.reduce((sum, e) => sum + (e.kind === "word" ? e.weight : 0), 0);
  return { elements, weight };
}

/** Spelling similarity of two words in [0, 1]; short words must match exactly to count. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 3 || b.length < 3) return 0;
  const similarity = 1 - distance(a, b) / Math.max(a.length, b.length);
  return similarity >= matchingCosts.minWordSimilarity ? similarity : 0;
}

type Step = "match" | "skipElement" | "extraWord" | "wildcardTake" | "wildcardEnd" | "start";

interface Cell {
  cost: number;
  frameCost: number;
  extraCost: number;
  step: Step;
  /** Set while inside a wildcard that has taken at least one word. */
  open: boolean;
  prev?: Cell;
  word?: number;
  element?: number;
}

/**
 * Aligns `frame` with `words` by dynamic programming over (frame element, word) pairs. Each
 * wildcard has two states, empty and open, so that taking words is free once it has begun and an
 * empty wildcard costs its evidence.
 */
export function matchFrame(frame: Frame, words: readonly string[]): FrameMatch {
  const { elements } = frame;
  const K = elements.length;
  const n = words.length;
  // cells[k][i][open]: best alignment of the first k elements with the first i words.
  const cells: Array<Array<[Cell | undefined, Cell | undefined]>> = Array.from({ length: K + 1 }, () =>
    Array.from({ length: n + 1 }, () => [undefined, undefined] as [Cell | undefined, Cell | undefined]),
  );
  const offer = (k: number, i: number, candidate: Cell): void => {
    const slot = candidate.open ? 1 : 0;
    const current = cells[k][i][slot];
    if (!current || candidate.cost < current.cost) cells[k][i][slot] = candidate;
  };
  const extend = (prev: Cell, step: Step, frameCost: number, extraCost: number, open: boolean, fields: Partial<Cell>): Cell => ({
    cost: prev.cost + frameCost + extraCost,
    frameCost: prev.frameCost + frameCost,
    extraCost: prev.extraCost + extraCost,
    step,
    open,
    prev,
    ...fields,
  });
  offer(0, 0, { cost: 0, frameCost: 0, extraCost: 0, step: "start", open: false });

  for (let k = 0; k <= K; k++) {
    for (let i = 0; i <= n; i++) {
      for (const cell of cells[k][i]) {
        if (!cell) continue;
        const element = elements[k];
        if (cell.open) {
          if (i < n) offer(k, i + 1, extend(cell, "wildcardTake", 0, 0, true, { word: i, element: k }));
          offer(k + 1, i, extend(cell, "wildcardEnd", 0, 0, false, {}));
          continue;
        }
        if (i < n) offer(k, i + 1, extend(cell, "extraWord", 0, matchingCosts.extraWord, false, { word: i }));
        if (!element) continue;
        if (element.kind === "word") {
          offer(k + 1, i, extend(cell, "skipElement", element.weight, 0, false, { element: k }));
          if (i < n) {
            const similarity = wordSimilarity(element.text, words[i]);
            if (similarity > 0) {
              offer(k + 1, i + 1, extend(cell, "match", element.weight * (1 - similarity), 0, false, { word: i, element: k }));
            }
          }
        } else {
          offer(k + 1, i, extend(cell, "skipElement", matchingCosts.emptyWildcard, 0, false, { element: k }));
          if (i < n) offer(k, i + 1, extend(cell, "wildcardTake", 0, 0, true, { word: i, element: k }));
        }
      }
    }
  }

  const end = cells[K][n][0] as Cell;
  const wildcardOrder = elements.flatMap((e, index) => (e.kind === "wildcard" ? [index] : []));
  const captures: FrameMatch["captures"] = wildcardOrder.map(() => undefined);
  let explained = 0;
  for (let cell: Cell | undefined = end; cell; cell = cell.prev) {
    if (cell.step === "match") explained++;
    if (cell.step !== "wildcardTake") continue;
    const at = wildcardOrder.indexOf(cell.element as number);
    const word = cell.word as number;
    captures[at] = [word, captures[at]?.[1] ?? word + 1];
  }
  const evidence = Math.max(0, frame.weight - end.frameCost) / (frame.weight + end.extraCost + matchingCosts.priorWeight);
  const coverage = n === 0 ? 0 : explained / n;
  const score = evidence * (1 - matchingCosts.coverageShare + matchingCosts.coverageShare * coverage);
  return { score, captures };
}
