/**
 * One word in its other form: "potato" and "potatoes", "onion" and "onions", "berry" and "berries", "bike" and "bicycle",
 * and an owner whose apostrophe speech-to-text dropped ("the farriers name" for "the farrier's
 * name", "the babys calpol" once apostrophes are gone). People name a thing again in whichever form
 * comes to them ("cancel the onion timer" for the "onions" timer), so a name is matched on these
 * forms wherever what was said is compared with what was kept: the router's kept subjects and the
 * coordinator's timer labels share it.
 */

// "what's my bike lock code" of "my bicycle lock code is 5821": a word and its everyday clipping name one thing, whichever
// of the two is said; the clipping stands for both.
const clippings: Record<string, string> = {
  bicycle: "bike", motorcycle: "motorbike", telephone: "phone", refrigerator: "fridge", television: "tv", telly: "tv",
  registration: "reg", combination: "combo", photograph: "photo", laboratory: "lab", veterinarian: "vet", mathematics: "maths",
};

/** `word` in lower case, its everyday clipping put for it ("bicycle" -> "bike"). */
export const clippedForm = (word: string): string => clippings[word.toLowerCase()] ?? word.toLowerCase();

// Two letters and an "s" are other words, not forms of one ("as", "is", "us", "his", "its").
const shortestStem = 3;

/** Whether `a` and `b` are one word, in the same or the other of its forms; case-insensitive. */
export function sameWordForm(a: string, b: string): boolean {
  const [x, y] = [clippedForm(a), clippedForm(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < shortestStem) return false;
  return long === `${short}s` || long === `${short}es` || (short.endsWith("y") && long === `${short.slice(0, -1)}ies`);
}

/** Whether `words` are, in order and next to each other, among `within`'s, each word in either form. */
export function wordRunWithin(words: readonly string[], within: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (let start = 0; start + words.length <= within.length; start++) {
    if (words.every((word, i) => sameWordForm(word, within[start + i]))) return true;
  }
  return false;
}
