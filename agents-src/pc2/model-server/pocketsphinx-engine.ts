import { access } from "node:fs/promises";
import { join } from "node:path";
import { pocketsphinxLibrary } from "./pocketsphinx-library";
import { sentenceGrammar } from "./sentence-grammar";
import type { ModelInfo } from "./model-info";
import type { SpeechToTextEngine, Transcript, TranscribedWord } from "./speech-to-text";

/** pocketsphinx's default -frate: one feature frame per 10 ms. */
const msPerFrame = 10;

/** Sentence markers, silence and fillers ([NOISE], ++BREATH++) are not words of the transcript. */
function isSpokenWord(token: string): boolean {
  // (NULL): a grammar's empty transition ("cancel" where "cancel the timer" goes on).
  return !/^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+|\(NULL\))$/.test(token);
}

/** The dictionary marks alternate pronunciations as word(2); the transcript wants the word. */
function dictionaryWord(token: string): string {
  return token.replace(/\(\d+\)$/, "");
}

function toPcm16(audio: Float32Array): Int16Array {
  const pcm = new Int16Array(audio.length);
  for (let i = 0; i < audio.length; i++) pcm[i] = Math.round(Math.max(-1, Math.min(1, audio[i])) * 32767);
  return pcm;
}

/**
 * Caps on the active HMMs and word exits per frame. Measured on 110 espeak-ng sentences (five
 * voices, through the audio preprocessor): the defaults (30000, unlimited) decode at 0.150 of real
 * time with a word error rate of 0.512; these at 0.100 with 0.515. Speech-to-text is the largest
 * stage of a spoken turn (`npm run bench:e2e`): this takes a third off it.
 */
const searchLimits = ["-maxhmmpf", "3000", "-maxwpf", "10"];

export const pocketsphinxDictionary = "cmudict-en-us.dict";

/** A domain language model to interpolate with the general one, and the words it brings. */
export interface DomainLanguage {
  arpaPath: string;
  /** Share of each word's probability that comes from the domain model (0-1). */
  weight: number;
  /** How many of the user's own phrases (names, places, rare words) it was built with. */
  userPhrases: number;
  /** Pronunciations (CMU phones) of the domain's words that the dictionary lacks. */
  newWords: ReadonlyMap<string, readonly string[]>;
  /**
   * The same sentences, for the grammar pass' closed grammar, and those of them that are requests
   * (commands and questions): only these are taken from the grammar pass.
   */
  grammar: { sentences: readonly string[]; requests: ReadonlySet<string> };
}

/** The grammar pass: each utterance is decoded a second time against the domain's closed grammar. */
export interface GrammarPass {
  /**
   * The least acoustic score per frame (pocketsphinx's log scale, 0 at best) at which the grammar's
   * request is taken over the language model's transcript.
   */
  minAcousticScore: number;
}

interface Hypothesis {
  text: string;
  words: TranscribedWord[];
  /** Acoustic score per frame of the whole hypothesis, silences included. */
  acousticScore: number;
}

/**
 * Whether the grammar's transcript replaces the language model's: it must be one of the requests
 * (the grammar also holds the statements, so that a statement said matches one of them rather
 * than the nearest request, and open statements keep the language model's words) and fit the audio
 * well enough.
 */
export function takesGrammarTranscript(grammar: Hypothesis, requests: ReadonlySet<string>, pass: GrammarPass): boolean {
  return requests.has(grammar.text) && grammar.acousticScore >= pass.minAcousticScore;
}

/**
 * Debian's pocketsphinx with its US English acoustic model, language model and dictionary, or
 * with `acousticModelDir`: that model adapted to one speaker (speaker-adaptation.ts).
 */
export async function loadPocketsphinxEngine(
  modelDir: string,
  domain?: DomainLanguage,
  options: { removeNoise?: boolean; acousticModelDir?: string; grammarPass?: GrammarPass } = {},
): Promise<SpeechToTextEngine> {
  const files = { hmm: options.acousticModelDir ?? join(modelDir, "en-us"), lm: join(modelDir, "en-us.lm.bin"), dict: join(modelDir, pocketsphinxDictionary) };
  await Promise.all(Object.values(files).map((path) => access(path)));
  const library = pocketsphinxLibrary();
  // With a domain model the general one is read into the interpolated set, so a default search over
  // it alone would only hold memory: without it a decoder takes about 115 MB instead of 185 MB and
  // loads in 0.5 s instead of 1 s, which matters with one decoder per user.
  const general = domain ? [] : ["-lm", files.lm];
  const noise = ["-remove_noise", options.removeNoise === false ? "no" : "yes"];
  const decoder = await library.createDecoder(["-hmm", files.hmm, ...general, "-dict", files.dict, ...searchLimits, ...noise, "-logfn", "/dev/null"]);
  let languageModel = "en-us general";
  if (domain) {
    for (const [word, phones] of domain.newWords) library.addWord(decoder, word, phones.join(" "));
    await library.useInterpolatedLanguageModel(decoder, "domain", [files.lm, domain.arpaPath], [1 - domain.weight, domain.weight]);
    const userWords = domain.userPhrases > 0 ? `, ${domain.userPhrases} user phrases` : "";
    languageModel = `en-us general + domain (weight ${domain.weight}${userWords})`;
  }
  const grammar = domain && options.grammarPass ? { ...domain.grammar, pass: options.grammarPass } : undefined;
  if (grammar) {
    // Built only when asked for: about 0.1 s of the event loop on a busy machine.
    await library.addGrammar(decoder, "grammar", sentenceGrammar(grammar.sentences));
    languageModel += ", grammar pass";
  }
  const info: ModelInfo = { engine: "pocketsphinx", device: "cpu", model: options.acousticModelDir ?? modelDir, languageModel };

  async function decode(pcm: Int16Array): Promise<Hypothesis> {
    library.startUtterance(decoder);
    // Decoding the whole utterance at once normalises it by its own cepstral mean, so a result
    // never depends on what earlier requests sounded like; streaming mode starts from a generic
    // prior instead and lost words more often (lower WER in 6 of 8 espeak-ng voice/speed
    // settings measured, e.g. en-us at 140 wpm: 0.57 against 0.81).
    const frames = await library.processRaw(decoder, pcm, true);
    library.endUtterance(decoder);
    const segments = library.segments(decoder);
    const words = segments
      .filter((s) => isSpokenWord(s.word))
      .map((s) => ({ word: dictionaryWord(s.word), startMs: s.startFrame * msPerFrame, endMs: (s.endFrame + 1) * msPerFrame }));
    const acoustic = segments.reduce((sum, s) => sum + s.acousticScore, 0);
    return { text: words.map((w) => w.word).join(" "), words, acousticScore: frames > 0 ? acoustic / frames : -Infinity };
  }

  return {
    info,
    async transcribe(audio: Float32Array): Promise<Transcript> {
      const pcm = toPcm16(audio);
      const heard = await decode(pcm);
      const confidence = library.posterior(decoder);
      if (!grammar) return { text: heard.text, words: heard.words, confidence };
      library.useSearch(decoder, "grammar");
      try {
        const matched = await decode(pcm);
        // A request the language model heard alike keeps its confidence; one taken from the grammar
        // alone reports the grammar's posterior, about 1 (few rivals): the acoustic score above is
        // what vouches for it, and the coordinator does not ask it again.
        if (takesGrammarTranscript(matched, grammar.requests, grammar.pass)) {
          return { text: matched.text, words: matched.words, confidence: matched.text === heard.text ? confidence : library.posterior(decoder) };
        }
      } finally {
        library.useSearch(decoder, "domain");
      }
      return { text: heard.text, words: heard.words, confidence };
    },
    async close() {
      library.freeDecoder(decoder);
    },
  };
}
