import { sameWordForm, wordRunWithin } from "../../agents-src/kit/word-forms";

describe("word forms", () => {
  it.each([
    ["onion", "onions", true],
    ["potatoes", "potato", true],
    ["berries", "berry", true],
    ["farriers", "farrier", true],
    ["Crumpets", "crumpet", true],
    ["box", "boxes", true],
    // Two letters and an "s" are other words; other words stay apart.
    ["is", "i", false],
    ["his", "hi", false],
    ["us", "u", false],
    ["bread", "breadth", false],
  ])("sameWordForm(%j, %j) = %j", (a, b, same) => {
    expect(sameWordForm(a, b)).toBe(same);
  });

  it("finds a run of words in order, each in either form", () => {
    expect(wordRunWithin(["roast", "potato"], ["the", "roast", "potatoes", "timer"])).toBe(true);
    expect(wordRunWithin(["potato", "roast"], ["roast", "potatoes"])).toBe(false);
    expect(wordRunWithin([], ["roast"])).toBe(false);
  });
});
