import { buildNgramModel, sentenceEnd, sentenceStart } from "../../agents-src/pc2/model-server/ngram-language-model";

const sentences = ["what time is it", "what is the time", "what is the date", "where are my keys", "where is my car"].map((s) => s.split(" "));

describe("Witten-Bell trigram model", () => {
  const model = buildNgramModel(sentences);
  const predicted = model.vocabulary.filter((w) => w !== sentenceStart);

  it.each([[[]], [[sentenceStart]], [["what"]], [["what", "is"]], [["is", "the"]], [["my", "keys"]], [["never", "seen"]], [["car", "time"]]])(
    "gives a distribution that sums to one after %j",
    (context) => {
      const total = predicted.reduce((sum, w) => sum + model.probability(context as string[], w), 0);
      expect(total).toBeCloseTo(1, 9);
    },
  );

  it("prefers what it saw and still leaves mass for what it did not", () => {
    expect(model.probability(["what", "is"], "the")).toBeGreaterThan(0.5);
    expect(model.probability(["what", "is"], "keys")).toBeGreaterThan(0);
    expect(model.probability(["what", "is"], "the")).toBeGreaterThan(model.probability(["what", "is"], "keys"));
  });

  it("writes ARPA whose counts, orders and entries match the model", () => {
    const arpa = model.toArpa();
    const header = arpa.match(/ngram (\d)=(\d+)/g);
    expect(header).toEqual(["ngram 1=13", "ngram 2=20", "ngram 3=18"]);
    const unigrams = arpa.split("\\1-grams:\n")[1].split("\n\n")[0].split("\n");
    expect(unigrams[0]).toMatch(/^-99\t<s>\t-?\d+\.\d{6}$/);
    const trigram = arpa.split("\n").find((line) => line.endsWith("\twhat is the"))!;
    expect(Number(trigram.split("\t")[0])).toBeCloseTo(Math.log10(model.probability(["what", "is"], "the")), 5);
    expect(arpa).toContain(`\tmy car\t`);
    expect(arpa.trimEnd().endsWith("\\end\\")).toBe(true);
    expect(arpa).toContain(`\tit ${sentenceEnd}\n`);
  });

  it("refuses to build from nothing", () => {
    expect(() => buildNgramModel([[]])).toThrow("a language model needs at least one word");
  });
});
