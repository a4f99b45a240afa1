import { dirname, join } from "node:path";
import { domainCorpus } from "../../agents-src/pc2/model-server/domain-corpus";
import { dictionaryWords, prepareDomainLanguage } from "../../agents-src/pc2/model-server/domain-language-model";
import { readFile, rm } from "node:fs/promises";
import { domainCorpusModule, spokenNumber, spokenWords } from "../../scripts/stt-domain-corpus";

const dictPath = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";

describe("pc2's domain corpus", () => {
  it("is up to date with the router's exemplars (else run `npm run -s stt:domain-corpus`)", async () => {
    const written = await readFile(join(__dirname, "../../agents-src/pc2/model-server/domain-corpus.ts"), "utf8");
    expect(written).toBe(domainCorpusModule());
  });

  it("fills each template's slot with the fillers of its kind, and keeps the answers to a read-back", () => {
    expect(domainCorpus).toEqual(expect.arrayContaining(["where is my passport", "remember that my keys are in the drawer", "yes", "no thanks"]));
    expect(domainCorpus).toContain("remember my locker code is forty five twelve");
  });

  it("spells numbers and codes as they are said", () => {
    expect(spokenWords("Remember my locker code is 4512")).toBe("remember my locker code is forty five twelve");
    expect(spokenWords("the wifi password is blue42")).toBe("the wifi password is blue forty two");
    expect([spokenNumber("3"), spokenNumber("15"), spokenNumber("60"), spokenNumber("2005"), spokenNumber("123")]).toEqual([
      "three",
      "fifteen",
      "sixty",
      "twenty oh five",
      "one two three",
    ]);
  });

  it("gives every word not in the dictionary a pronunciation, the user's names included", async () => {
    const known = await dictionaryWords(dictPath);
    const domain = await prepareDomainLanguage({ dictPath, phrases: ["Aoife", "Zhytomyr", "Rotterdam"], weight: 0.5 });
    const unknown = [...new Set([...domainCorpus.flatMap((s) => s.split(" ")), "aoife", "zhytomyr"])].filter((w) => !known.has(w)).sort();
    expect([...domain.newWords.keys()].sort()).toEqual(unknown);
    expect(domain.newWords.get("aoife")).toEqual(["IY", "F", "AH"]);
    expect(domain.newWords.has("rotterdam")).toBe(false);
    const arpa = await readFile(domain.arpaPath, "utf8");
    await rm(dirname(domain.arpaPath), { recursive: true });
    expect(arpa).toMatch(/\taoife\t/);
    expect(arpa).toMatch(/\twhere is my\n/);
  });
});
