import { SpokenSentences } from "../../agents-src/core/coordinator/language-model/spoken-sentences";
import { replyMessages } from "../../agents-src/core/coordinator/language-model/reply-prompt";

/** Feeds the text in pieces of `step` characters, as a model streams it, and collects what is ready when. */
function split(text: string, step: number): { streamed: string[]; last: string[] } {
  const sentences = new SpokenSentences();
  const streamed: string[] = [];
  for (let i = 0; i < text.length; i += step) streamed.push(...sentences.push(text.slice(i, i + step)));
  return { streamed, last: sentences.finish() };
}

describe("spoken sentences from a streamed reply", () => {
  it.each([
    ["Hello there! How are you today? I'm fine.", ["Hello there!", "How are you today?"], ["I'm fine."]],
    ["It costs 3.50 dollars. That is cheap", ["It costs 3.50 dollars."], ["That is cheap"]],
    ["Ask Dr. Smith, e.g. on Monday. Then rest.", ["Ask Dr. Smith, e.g. on Monday."], ["Then rest."]],
    ["J. R. R. Tolkien wrote it. Yes.", ["J. R. R. Tolkien wrote it."], ["Yes."]],
    ['She said "stop." Then left.', ['She said "stop."'], ["Then left."]],
    ["Wait... what? No way", ["Wait...", "what?"], ["No way"]],
    ["first line\nsecond line\n", ["first line", "second line"], []],
    ["   ", [], []],
  ])("splits %j", (text, streamed, last) => {
    for (const step of [1, 3, 1000]) expect(split(text, step)).toEqual({ streamed, last });
  });

  // The reply's first piece ends at a clause mark once it has four words, or after twelve words; later pieces are whole sentences.
  it.each([
    ["Well, I think the answer is yes, but only on weekdays. Then rest, or sleep, as you like.", ["Well, I think the answer is yes,", "but only on weekdays."], ["Then rest, or sleep, as you like."]],
    ["Here is what I found: three shops nearby; all open. Done.", ["Here is what I found:", "three shops nearby; all open."], ["Done."]],
    ["I would say the answer - as always - depends. Yes.", ["I would say the answer -", "as always - depends."], ["Yes."]],
    ["The well-known answer is simple — it depends on the weather. Yes.", ["The well-known answer is simple —", "it depends on the weather."], ["Yes."]],
    ["The hall seats 1,000 people at 10:30 and costs 3.5 million, or so they say.", ["The hall seats 1,000 people at 10:30 and costs 3.5 million,"], ["or so they say."]],
    ["Dr. Smith, e.g. the dentist, said so. Yes.", ["Dr. Smith, e.g. the dentist,", "said so."], ["Yes."]],
    ['He told me, "I will be back tomorrow," and then he left. Bye.', ['He told me, "I will be back tomorrow,"', "and then he left."], ["Bye."]],
    ["Yes, sure", [], ["Yes, sure"]],
    ["Yes, sure. Anything else, or is that all?", ["Yes, sure."], ["Anything else, or is that all?"]],
    ["this reply has no punctuation at all so it runs on and on past the cap of words", ["this reply has no punctuation at all so it runs on and"], ["on past the cap of words"]],
    ["Sure,\nhere it is, with a list:\n- one\n- two", ["Sure,", "here it is, with a list:", "- one"], ["- two"]],
    ["\n\n  Hello there, my dear old friend, how are you?", ["Hello there, my dear old friend,"], ["how are you?"]],
  ])("gives the first phrase of %j", (text, streamed, last) => {
    for (const step of [1, 3, 1000]) expect(split(text, step)).toEqual({ streamed, last });
  });

  it("gives the first phrase as soon as the space after its mark arrives", () => {
    const sentences = new SpokenSentences();
    expect(sentences.push("Well, let me think about it,")).toEqual([]);
    expect(sentences.push(" and")).toEqual(["Well, let me think about it,"]);
    expect(sentences.push(" then, maybe, we go")).toEqual([]);
    expect(sentences.finish()).toEqual(["and then, maybe, we go"]);
  });

  it("gives a sentence as soon as the space after its end arrives, not at the end of the reply", () => {
    const sentences = new SpokenSentences();
    expect(sentences.push("Sure thing.")).toEqual([]);
    expect(sentences.push(" The")).toEqual(["Sure thing."]);
    expect(sentences.push(" rest")).toEqual([]);
    expect(sentences.finish()).toEqual(["The rest"]);
  });
});

describe("the chat the language model continues", () => {
  const context = {
    summary: "They talked about the garden.",
    turns: [
      { role: "user", content: "hello" },
      { role: "assistant", content: "Hello! What can I do for you?" },
      { role: "user", content: "tell me about my sister" },
    ],
    memories: [{ id: "m1", content: "my sister's name is Alice" }],
  };

  it("puts the user's memories and the summary in the instructions, then the turns, then the words once", () => {
    const messages = replyMessages("tell me about my sister", context);
    expect(messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(messages[0].content).toContain("What you remember about the user:\n- my sister's name is Alice");
    expect(messages[0].content).toContain("Earlier in this conversation: They talked about the garden.");
    expect(messages.slice(1)).toEqual([
      { role: "user", content: "hello" },
      { role: "assistant", content: "Hello! What can I do for you?" },
      { role: "user", content: "tell me about my sister" },
    ]);
  });

  it("answers from the words alone without a context", () => {
    const messages = replyMessages("hi", undefined);
    expect(messages).toHaveLength(2);
    expect(messages[0].content).not.toContain("remember about the user");
    expect(messages[1]).toEqual({ role: "user", content: "hi" });
  });
});
