import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { domainCorpus } from "./domain-corpus";
import { espeakPronunciation } from "./espeak-pronunciation";
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
 * Builds the domain model from the corpus and the user's own phrases (names, places), each of
 * which is also a sentence of its own so that it can be said anywhere, and finds pronunciations
 * for the words the dictionary lacks. The ARPA file goes to a fresh temporary folder.
 */
export async function prepareDomainLanguage(options: { dictPath: string; phrases: readonly string[]; weight: number }): Promise<DomainLanguage> {
  const corpus = domainCorpus.map(recogniserWords);
  const phrases = options.phrases.map(recogniserWords).filter((words) => words.length > 0);
  const sentences = [...corpus, ...phrases.flatMap((words) => Array<string[]>(userPhraseRepeats).fill(words))];
  const known = await dictionaryWords(options.dictPath);
  const newWords = new Map<string, readonly string[]>();
  for (const word of new Set(sentences.flat())) {
    if (!known.has(word)) newWords.set(word, await espeakPronunciation(word));
  }
  const arpaPath = join(await mkdtemp(join(tmpdir(), "pc2-domain-lm-")), "domain.arpa");
  await writeFile(arpaPath, buildNgramModel(sentences).toArpa());
  return { arpaPath, weight: options.weight, userPhrases: phrases.length, newWords };
}
