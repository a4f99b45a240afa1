import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { domainCorpus, domainNameFrames, domainRequestNameFrames, domainRequests } from "./domain-corpus";
import { espeakPronunciation } from "./espeak-pronunciation";
import { fillFrame } from "./name-frames";
import { buildNgramModel } from "./ngram-language-model";
import type { DomainLanguage } from "./pocketsphinx-engine";
import { recogniserWords } from "./recogniser-words";

const dictionaries = new Map<string, Promise<ReadonlySet<string>>>();

/**
 * The words a pocketsphinx dictionary file spells (alternates such as `word(2)` folded in), read
 * once per file: parsing its 135,000 lines holds the event loop for a few hundred milliseconds.
 */
export function dictionaryWords(dictPath: string): Promise<ReadonlySet<string>> {
  let words = dictionaries.get(dictPath);
  if (!words) {
    words = readFile(dictPath, "utf8").then((text) => new Set(text.split("\n").map((line) => line.slice(0, line.indexOf(" ")).replace(/\(\d+\)$/, ""))));
    // A failed read is not remembered: the next build tries again.
    words.catch(() => dictionaries.delete(dictPath));
    dictionaries.set(dictPath, words);
  }
  return words;
}

/**
 * A name said once in the corpus would be among its rarest words, and the recogniser would hear a
 * common word that sounds alike ("either" for "Aoife"); counted this often it is about as likely
 * as the corpus' everyday words, while the sentences around it still come from the templates.
 */
const userPhraseRepeats = 20;

/**
 * How many phrases fill the name frames: the first ones given (memory-orchestrator sends the
 * newest first). Each brings a sentence per frame (91, against the corpus' 947), so without a bound
 * a user with hundreds of names would outweigh the corpus; the others are still heard alone. With
 * 20 a name inside a sentence was heard about as often as with 5 (docs/hearing.md).
 */
export const maxFramedPhrases = 20;

/**
 * Builds the domain model from the corpus and the user's own phrases (names, places) and rare
 * words. Each phrase and word is also a sentence of its own so that it can be said anywhere, and
 * each phrase fills the name frames (name-frames.ts), so that it is expected where the corpus names
 * someone ("where does aoife live"); a rare word ("kombucha") is not a name and fills none. Finds
 * pronunciations for the words the dictionary lacks. The ARPA file goes to a fresh temporary folder.
 * Also the same sentences, and which are requests, for the grammar pass (pocketsphinx-engine.ts).
 */
export async function prepareDomainLanguage(options: { dictPath: string; phrases: readonly string[]; words?: readonly string[]; weight: number }): Promise<DomainLanguage> {
  const corpus = domainCorpus.map(recogniserWords);
  const phrases = options.phrases.map(recogniserWords).filter((words) => words.length > 0);
  const words = (options.words ?? []).map(recogniserWords).filter((w) => w.length > 0);
  const framedPhrases = phrases.slice(0, maxFramedPhrases);
  const framed = framedPhrases.flatMap((phrase) => domainNameFrames.map((frame) => fillFrame(frame, phrase)));
  const sentences = [...corpus, ...[...phrases, ...words].flatMap((w) => Array<string[]>(userPhraseRepeats).fill(w)), ...framed];
  const known = await dictionaryWords(options.dictPath);
  const newWords = new Map<string, readonly string[]>();
  for (const word of new Set(sentences.flat())) {
    if (!known.has(word)) newWords.set(word, await espeakPronunciation(word));
  }
  const arpaPath = join(await mkdtemp(join(tmpdir(), "pc2-domain-lm-")), "domain.arpa");
  await writeFile(arpaPath, buildNgramModel(sentences).toArpa());
  const requests = [...domainRequests, ...framedPhrases.flatMap((phrase) => domainRequestNameFrames.map((frame) => fillFrame(frame, phrase).join(" ")))];
  // The statements are in the grammar too, though never taken from it: a statement said is then
  // matched by a statement, where a grammar of requests alone forced it into the nearest request.
  const grammar = { sentences: [...corpus, ...framed].map((sentence) => sentence.join(" ")), requests: new Set(requests) };
  return { arpaPath, weight: options.weight, userPhrases: phrases.length + words.length, newWords, grammar };
}
