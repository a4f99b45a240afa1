import { Exemplar, frameText } from "./exemplars";
import { compileFrame, Frame, FrameMatch, matchFrame } from "./frame-matching";
import type { Intent } from "./intents";
import { tokenize, Word } from "./text-normalization";

export interface LexicalMatch extends FrameMatch {
  exemplar: Exemplar;
}

/**
 * Scores an utterance against every exemplar frame and keeps the best match per intent. A word
 * weighs more the fewer intents use it ("forget" says much, "my" little), so matching the words
 * that tell intents apart is what counts.
 */
export class LexicalClassifier {
  private readonly frames: ReadonlyArray<{ exemplar: Exemplar; frame: Frame }>;

  constructor(all: readonly Exemplar[]) {
    // Out-of-domain exemplars are examples of topics, not templates: as frames they would only
    // lower the weight of the words skills share with them ("my", "play"); the topic cues and
    // the embeddings carry them.
    const exemplars = all.filter((e) => e.intent !== "out_of_domain");
    const framesWords = exemplars.map((e) => tokenize(frameText(e).replace(/\*/g, " ")).map((w) => w.text));
    const intentsOfWord = new Map<string, Set<Intent>>();
    exemplars.forEach((e, index) => {
      for (const word of framesWords[index]) intentsOfWord.set(word, (intentsOfWord.get(word) ?? new Set()).add(e.intent));
    });
    const intentCount = new Set(exemplars.map((e) => e.intent)).size;
    const weightOf = (word: string): number => Math.log(intentCount / (intentsOfWord.get(word)?.size ?? intentCount)) + 0.25;
    this.frames = exemplars.map((exemplar) => ({
      exemplar,
      frame: compileFrame(normalFrame(frameText(exemplar)), weightOf),
    }));
  }

  classify(words: readonly Word[]): Map<Intent, LexicalMatch> {
    const texts = words.map((w) => w.text);
    const best = new Map<Intent, LexicalMatch>();
    for (const { exemplar, frame } of this.frames) {
      const match = matchFrame(frame, texts);
      const current = best.get(exemplar.intent);
      if (!current || match.score > current.score) best.set(exemplar.intent, { ...match, exemplar });
    }
    return best;
  }
}

/** Frames are written like utterances, so they get the same normal form, wildcards kept. */
function normalFrame(frame: string): string {
  return frame
    .split("*")
    .map((part) => tokenize(part).map((w) => w.text).join(" "))
    .join(" * ")
    .trim();
}
