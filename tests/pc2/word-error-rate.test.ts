import { normalisedWords, wordErrorRate, wordErrors } from "../../bench/word-error-rate";

describe("word error rate", () => {
  it.each([
    ["identical", "my car is on level three", "my car is on level three", { substitutions: 0, deletions: 0, insertions: 0 }],
    ["one substitution", "my car is on level three", "my car is on level five", { substitutions: 1, deletions: 0, insertions: 0 }],
    ["one deletion", "my car is on level three", "my car is level three", { substitutions: 0, deletions: 1, insertions: 0 }],
    ["two insertions", "level three", "the level three now", { substitutions: 0, deletions: 0, insertions: 2 }],
    ["empty hypothesis", "turn off the lights", "", { substitutions: 0, deletions: 4, insertions: 0 }],
    ["case and punctuation ignored", "Where's my car?", "where's MY car", { substitutions: 0, deletions: 0, insertions: 0 }],
  ])("counts %s", (_name, reference, hypothesis, expected) => {
    expect(wordErrors(reference, hypothesis)).toEqual({ ...expected, referenceWords: normalisedWords(reference).length });
  });

  it("pools errors over the whole corpus", () => {
    const rate = wordErrorRate([
      { reference: "a b c d", hypothesis: "a b c d" },
      { reference: "e f", hypothesis: "e g h" },
    ]);
    expect(rate).toBeCloseTo(2 / 6);
  });

  it("refuses a corpus with no reference words", () => {
    expect(() => wordErrorRate([{ reference: "", hypothesis: "x" }])).toThrow(/at least one reference word/);
  });
});
