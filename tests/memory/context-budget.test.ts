import { estimateTokens, estimateTurnTokens } from "../../agents-src/kit/token-estimate";
import { summariseTurns } from "../../agents-src/memory/session-memory/turn-summary";

describe("estimateTokens", () => {
  it.each([
    ["", 0],
    ["hello", 2],
    ["a cat", 2],
    ["Hello, world!", 6],
    ["internationalization", 5],
    ["日本語", 3],
    ["👍👍", 2],
    ["3.14159", 4],
  ])("%j -> %i", (text, tokens) => {
    expect(estimateTokens(text)).toBe(tokens);
  });

  it("adds the framing every chat turn costs", () => {
    expect(estimateTurnTokens("hello")).toBe(estimateTokens("hello") + 4);
  });
});

describe("summariseTurns", () => {
  const turns = Array.from({ length: 6 }, (_, i) => ({
    role: i % 2 ? "assistant" : "user",
    content: `Point ${i + 1} is made here. Details that a gist leaves out follow.`,
  }));

  it("keeps the first sentence of every turn when the budget allows", () => {
    const summary = summariseTurns(turns, 500, "Summary:");
    expect(summary?.split("\n")).toEqual(["Summary:", ...turns.map((t, i) => `${t.role}: Point ${i + 1} is made here.`)]);
  });

  it.each([12, 25, 40, 80])("stays within a budget of %i tokens, keeping the latest turns", (budget) => {
    const summary = summariseTurns(turns, budget, "Summary:");
    expect(summary).not.toBeNull();
    expect(estimateTokens(summary!)).toBeLessThanOrEqual(budget);
    const lines = summary!.split("\n");
    expect(lines.at(-1)).toMatch(/^assistant: Point/);
  });

  it("counts turns it could not show", () => {
    const summary = summariseTurns(turns.slice(-2), 40, "Summary:", 10);
    expect(summary).toContain("(10 earlier turns left out)");
  });

  it("is null when not even the heading fits or there is nothing to summarise", () => {
    expect(summariseTurns(turns, 1, "A long heading for the summary")).toBeNull();
    expect(summariseTurns([], 100, "Summary:")).toBeNull();
  });
});
