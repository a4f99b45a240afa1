import { RecentEmbeddings } from "../../agents-src/pc2/model-server/recent-embeddings";

/** A stand-in model: a text's vector is its length and first character code, and every run is counted. */
function countingModel() {
  const runs: string[][] = [];
  return {
    runs,
    embed: async (texts: string[]) => {
      runs.push(texts);
      return texts.map((t) => [t.length, t.charCodeAt(0)]);
    },
  };
}

describe("RecentEmbeddings", () => {
  it("embeds only the texts it does not know, once each, and keeps each vector in its text's place", async () => {
    const recent = new RecentEmbeddings(8);
    const model = countingModel();
    await recent.embed("m", ["alpha"], model.embed);
    const { vectors, hits, misses } = await recent.embed("m", ["beta", "alpha", "beta", "gamma"], model.embed);
    expect(vectors).toEqual([[4, 98], [5, 97], [4, 98], [5, 103]]);
    expect({ hits, misses }).toEqual({ hits: 2, misses: 2 });
    expect(model.runs).toEqual([["alpha"], ["beta", "gamma"]]);
    expect(recent.known("m", ["gamma", "alpha"])).toEqual([[5, 103], [5, 97]]);
  });

  it.each([
    ["another model", "n", "alpha"],
    ["another text", "m", "alpha "],
    ["the same text in another case", "m", "Alpha"],
  ])("does not answer %s from a text embedded lately", async (_what, model, text) => {
    const recent = new RecentEmbeddings(8);
    await recent.embed("m", ["alpha"], countingModel().embed);
    expect(recent.known(model, [text])).toBeUndefined();
    expect(recent.known(model, ["alpha", text])).toBeUndefined();
  });

  it("forgets the least recently used text beyond its capacity", async () => {
    const recent = new RecentEmbeddings(2);
    const model = countingModel();
    await recent.embed("m", ["one", "two"], model.embed);
    expect(recent.known("m", ["one"])).toBeDefined(); // "one" is now the more recent
    await recent.embed("m", ["three"], model.embed);
    expect(recent.known("m", ["two"])).toBeUndefined();
    expect(recent.known("m", ["one", "three"])).toBeDefined();
  });

  it("keeps nothing with a capacity of 0", async () => {
    const recent = new RecentEmbeddings(0);
    const model = countingModel();
    await recent.embed("m", ["one"], model.embed);
    const again = await recent.embed("m", ["one"], model.embed);
    expect(again).toMatchObject({ hits: 0, misses: 1 });
    expect(recent.known("m", ["one"])).toBeUndefined();
  });
});
