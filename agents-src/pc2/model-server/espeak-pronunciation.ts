import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * espeak-ng's US English IPA phonemes as the CMU phones pocketsphinx's en-us model knows (39,
 * stress dropped). Diphthongs and r-coloured vowels that CMU writes as a vowel plus R map to two
 * phones; the flap (ɾ) is how espeak writes an American t or d between vowels: CMU's T.
 */
const cmuPhonesOfIpa: Readonly<Record<string, string>> = {
  a: "AA", "aː": "AA", "ɑ": "AA", "ɑː": "AA", "ɒ": "AA", "æ": "AE", "ʌ": "AH", "ə": "AH", "ɐ": "AH",
  "ɔ": "AO", "ɔː": "AO", "aʊ": "AW", "aɪ": "AY", "ɛ": "EH", "e": "EH", "eɪ": "EY", "ɪ": "IH", "ᵻ": "IH",
  i: "IY", "iː": "IY", "oʊ": "OW", "o": "OW", "oː": "OW", "əʊ": "OW", "ɔɪ": "OY", "ʊ": "UH", u: "UW", "uː": "UW",
  "ɚ": "ER", "ɜː": "ER", "ɜ": "ER", "ɝ": "ER",
  "ɑːɹ": "AA R", "ɑɹ": "AA R", "ɔːɹ": "AO R", "ɔɹ": "AO R", "oːɹ": "AO R", "oɹ": "AO R", "ɛɹ": "EH R", "ɛə": "EH R",
  "ɪɹ": "IH R", "ɪə": "IH R", "ʊɹ": "UH R", "ʊə": "UH R", "aɪɚ": "AY ER", "aʊɚ": "AW ER", "iə": "IY AH", "aɪə": "AY AH",
  b: "B", d: "D", "ð": "DH", f: "F", "ɡ": "G", g: "G", h: "HH", "dʒ": "JH", k: "K", l: "L", "ɫ": "L", m: "M",
  n: "N", "ŋ": "NG", p: "P", "ɹ": "R", r: "R", s: "S", "ʃ": "SH", t: "T", "ɾ": "T", "ʔ": "T", "tʃ": "CH",
  "θ": "TH", v: "V", w: "W", j: "Y", z: "Z", "ʒ": "ZH", x: "K", "ç": "HH",
  // Syllabic consonants: CMU writes "button" as B AH T AH N.
  "n̩": "AH N", "l̩": "AH L", "m̩": "AH M", "əl": "AH L",
};

/** Stress and length marks that carry no phone of their own. */
const marks = /[ˈˌ\u200d]/g;

/** CMU phones for one espeak-ng IPA phoneme string (phonemes separated by `_`, words by spaces). */
export function cmuPhonesFromIpa(ipa: string): string[] {
  const phones: string[] = [];
  for (const phoneme of ipa.replace(marks, "").split(/[_\s]+/).filter(Boolean)) {
    const mapped = cmuPhonesOfIpa[phoneme];
    if (!mapped) throw new Error(`no CMU phone for espeak-ng phoneme "${phoneme}" in "${ipa}"`);
    phones.push(...mapped.split(" "));
  }
  return phones;
}

/** A pronunciation for a word the dictionary lacks, as espeak-ng's US English voice says it. */
export async function espeakPronunciation(word: string): Promise<string[]> {
  const { stdout } = await run("espeak-ng", ["-q", "--ipa", "--sep=_", "-v", "en-us", word]);
  const phones = cmuPhonesFromIpa(stdout.trim());
  if (phones.length === 0) throw new Error(`espeak-ng gave no phonemes for "${word}"`);
  return phones;
}
