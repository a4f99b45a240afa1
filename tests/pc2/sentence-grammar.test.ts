import { sentenceGrammar } from "../../agents-src/pc2/model-server/sentence-grammar";

const rule = (jsgf: string) => /public <sentence> = (.*);\n$/.exec(jsgf)?.[1];

describe("the grammar pass' sentence grammar", () => {
  it.each([
    ["one sentence", ["what time is it"], "what time is it"],
    ["shared beginnings are said once", ["where is my car", "where is my phone"], "where is my (/1/ car | /1/ phone)"],
    ["a branch weighs as many sentences as it holds", ["where is my car", "where is my phone", "hello"], "(/2/ where is my (/1/ car | /1/ phone) | /1/ hello)"],
    ["a sentence that begins another ends on an empty branch", ["cancel", "cancel the timer"], "cancel (/1/ the timer | /1/ <NULL>)"],
    ["repeats, spaces and blanks count once or not at all", ["yes", " yes ", "", "no  thanks"], "(/1/ yes | /1/ no thanks)"],
    ["possessives and names pass as words", ["when is aoife's birthday"], "when is aoife's birthday"],
  ])("%s", (_case, sentences, expansion) => {
    expect(rule(sentenceGrammar(sentences))).toBe(expansion);
  });

  it("is a JSGF grammar with one public rule, named as asked", () => {
    expect(sentenceGrammar(["hello"], "requests")).toBe("#JSGF V1.0;\ngrammar requests;\npublic <sentence> = hello;\n");
  });

  it("needs a sentence", () => {
    expect(() => sentenceGrammar(["", " "])).toThrow("at least one sentence");
  });
});
