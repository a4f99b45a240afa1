import { clippedForm, sameWordForm, wordRunWithin } from "../../agents-src/kit/word-forms";

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
    // Round 26: a word and its everyday clipping (fresh-24's "bike" lock code of a "bicycle" one).
    ["bike", "bicycle", true],
    ["Fridge", "refrigerator", true],
    ["bikes", "bike", true],
    ["bike", "motorbike", false],
  ])("sameWordForm(%j, %j) = %j", (a, b, same) => {
    expect(sameWordForm(a, b)).toBe(same);
  });

  it.each([
    ["bicycle", "bike"],
    ["Telephone", "phone"],
    ["bike", "bike"],
    ["lock", "lock"],
  ])("clippedForm(%j) = %j", (word, clipped) => {
    expect(clippedForm(word)).toBe(clipped);
  });

  it("finds a run of words in order, each in either form", () => {
    expect(wordRunWithin(["roast", "potato"], ["the", "roast", "potatoes", "timer"])).toBe(true);
    expect(wordRunWithin(["potato", "roast"], ["roast", "potatoes"])).toBe(false);
    expect(wordRunWithin([], ["roast"])).toBe(false);
  });
});
