import { dirname, join } from "node:path";
import { domainCorpus, domainNameFrames, domainRequestNameFrames, domainRequests, domainStatements } from "../../agents-src/pc2/model-server/domain-corpus";
import { dictionaryWords, maxFramedPhrases, prepareDomainLanguage } from "../../agents-src/pc2/model-server/domain-language-model";
import { fillFrame, nameSlot } from "../../agents-src/pc2/model-server/name-frames";
import { buildNgramModel } from "../../agents-src/pc2/model-server/ngram-language-model";
import { readFile, rm } from "node:fs/promises";
import { domainCorpusModule, spokenNumber, spokenWords } from "../../scripts/stt-domain-corpus";
import { ruleRequests } from "../../scripts/stt-rule-requests";
import { clockShiftRequest } from "../../agents-src/core/task-router/clock-shifts";
import { calendarRequest, daysUntilRequest, namedDay } from "../../agents-src/core/task-router/day-questions";
import { chanceRequest } from "../../agents-src/core/task-router/chance-requests";
import { suppliesRequest } from "../../agents-src/core/task-router/supplies";
import { agendaRequest } from "../../agents-src/core/task-router/agenda-requests";
import { timeDifferenceRequest } from "../../agents-src/core/task-router/clock-places";
import { spokenMath } from "../../agents-src/core/task-router/spoken-math";
import { timerRequestOf } from "../../agents-src/core/task-router/timer-requests";

const dictPath = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";

describe("pc2's domain corpus", () => {
  it("is up to date with the router's exemplars (else run `npm run -s stt:domain-corpus`)", async () => {
    const written = await readFile(join(__dirname, "../../agents-src/pc2/model-server/domain-corpus.ts"), "utf8");
    expect(written).toBe(domainCorpusModule());
  });

  it("holds the requests the router reads by rule, each read by the router's rules as its intent", () => {
    const read = (sentence: string) =>
      timerRequestOf(sentence)?.intent ??
      (spokenMath(sentence) ? "calculate" : undefined) ??
      clockShiftRequest(sentence)?.intent ??
      daysUntilRequest(sentence)?.intent ??
      calendarRequest(sentence)?.intent ??
      chanceRequest(sentence)?.intent ??
      suppliesRequest(sentence)?.intent ??
      agendaRequest(sentence)?.intent ??
      timeDifferenceRequest(sentence)?.intent ??
      (namedDay(sentence).day ? "time" : undefined);
    const requests = ruleRequests();
    expect(requests.length).toBeGreaterThan(150);
    expect(requests.filter(({ sentence, intent }) => read(sentence) !== intent)).toEqual([]);
    expect(domainRequests).toEqual(expect.arrayContaining(["set a pasta timer for ten minutes", "remind me at seven thirty to take my tablets", "what is twelve times seven"]));
  });

  it("fills each template's slot with the fillers of its kind, and keeps the answers to a read-back", () => {
    expect(domainCorpus).toEqual(expect.arrayContaining(["where is my passport", "remember that my keys are in the drawer", "yes", "no thanks"]));
    expect(domainCorpus).toContain("remember my locker code is forty five twelve");
  });

  it("keeps the requests (for the grammar pass) apart from the statements", () => {
    expect(domainRequests).toEqual(expect.arrayContaining(["where is my passport", "forget my locker code", "what time is it", "yes", "no thanks"]));
    expect(domainStatements).toEqual(expect.arrayContaining(["remember that my keys are in the drawer", "my keys are in the drawer"]));
    expect(domainRequests.filter((sentence) => domainStatements.includes(sentence))).toEqual([]);
    expect(new Set(domainCorpus)).toEqual(new Set([...domainRequests, ...domainStatements]));
    expect(domainRequestNameFrames).toEqual(expect.arrayContaining(["where does {name} live", "what do you know about {name}", "forget about {name}"]));
    expect(domainRequestNameFrames).not.toContain("remember that {name} is my niece");
    expect(domainRequestNameFrames.every((frame) => domainNameFrames.includes(frame))).toBe(true);
  });

  it("gives the grammar pass every sentence of the language model, and the user's names in the requests", async () => {
    const domain = await prepareDomainLanguage({ dictPath, phrases: ["Aoife"], weight: 0.5 });
    await rm(dirname(domain.arpaPath), { recursive: true });
    expect(new Set(domain.grammar.sentences)).toEqual(new Set([...domainCorpus, ...domainNameFrames.map((frame) => fillFrame(frame, ["aoife"]).join(" "))]));
    expect(domain.grammar.requests).toEqual(new Set([...domainRequests, ...domainRequestNameFrames.map((frame) => frame.replace("{name}", "aoife"))]));
    expect(domain.grammar.requests.has("where does aoife live")).toBe(true);
    expect(domain.grammar.requests.has("remember that aoife is my niece")).toBe(false);
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
    // The name frames' possessives ("when is {name}'s birthday") are words too.
    const userWords = ["aoife", "aoife's", "zhytomyr", "zhytomyr's", "rotterdam's"];
    const unknown = [...new Set([...domainCorpus.flatMap((s) => s.split(" ")), ...userWords])].filter((w) => !known.has(w)).sort();
    expect([...domain.newWords.keys()].sort()).toEqual(unknown);
    expect(domain.newWords.get("aoife")).toEqual(["IY", "F", "AH"]);
    expect(domain.newWords.has("rotterdam")).toBe(false);
    const arpa = await readFile(domain.arpaPath, "utf8");
    await rm(dirname(domain.arpaPath), { recursive: true });
    expect(arpa).toMatch(/\taoife\t/);
    expect(arpa).toMatch(/\twhere is my\n/);
  });
});

describe("the name frames", () => {
  it("are the corpus' sentences that name a person, with the name as the slot, and the templates with a person in their slot", () => {
    expect(domainNameFrames).toEqual(
      expect.arrayContaining([
        // "i want you to remember [my doctor is called lee]": compromise finds Lee.
        "i want you to remember my doctor is called {name}",
        "who was {name}",
        "what do you know about {name}",
        "forget about {name}",
        "when is {name}'s birthday",
        "remember that {name} is my niece",
        "where does {name} live",
      ]),
    );
    // A subject that is part of a thing, or a question of its own, takes no name.
    expect(domainNameFrames).not.toContain("what {name} do i drive");
    expect(domainNameFrames).not.toContain("remind me {name}");
    expect(domainNameFrames.every((frame) => frame.split(" ").filter((word) => word.startsWith(nameSlot)).length === 1)).toBe(true);
    // Places have no frames of their own (docs/hearing.md).
    expect(domainNameFrames.some((frame) => frame.includes("london") && !frame.includes("lives in london"))).toBe(false);
  });

  it("take a phrase of any length, and a possessive on its last word", () => {
    expect(fillFrame("where does {name} live", ["aoife"])).toEqual(["where", "does", "aoife", "live"]);
    expect(fillFrame("when is {name}'s birthday", ["baker", "street"])).toEqual(["when", "is", "baker", "street's", "birthday"]);
  });

  it("put a user's names in the sentences where names are said, the first few only; a model without names is the corpus alone", async () => {
    const extra = Array.from({ length: maxFramedPhrases }, (_, i) => `name${"abcdefghijklmnopqrstuvwxyz"[i]}`);
    const domain = await prepareDomainLanguage({ dictPath, phrases: ["Aoife", ...extra], words: ["kombucha"], weight: 0.5 });
    const arpa = await readFile(domain.arpaPath, "utf8");
    await rm(dirname(domain.arpaPath), { recursive: true });
    expect(domain.userPhrases).toBe(maxFramedPhrases + 2);
    expect(arpa).toMatch(/\twhere does aoife\n/);
    expect(arpa).toMatch(/\tdoes aoife live\n/);
    expect(arpa).toMatch(/\taoife is my\n/);
    expect(arpa).toMatch(/\tcall aoife <\/s>\n/);
    // Beyond the bound a phrase is heard alone only, as a rare word always is.
    const last = extra[extra.length - 1];
    expect(arpa).toMatch(new RegExp(`\\t${last}\\t`));
    expect(arpa).not.toMatch(new RegExp(`\\twhere does ${last}\\n`));
    expect(arpa).not.toMatch(/\twhere does kombucha\n/);
    expect(arpa).toMatch(/\tkombucha\t/);

    const plain = await prepareDomainLanguage({ dictPath, phrases: [], weight: 0.5 });
    const plainArpa = await readFile(plain.arpaPath, "utf8");
    await rm(dirname(plain.arpaPath), { recursive: true });
    expect(plainArpa).toBe(buildNgramModel(domainCorpus.map((s) => s.split(" "))).toArpa());
  });
});
