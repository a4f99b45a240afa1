/**
 * Name frames: sentences of the domain corpus in which a person is named, with the name left as a
 * slot, `{name}` (`{name}'s` for a possessive: "when is {name}'s birthday"). They are generated
 * with the corpus (`npm run -s stt:domain-corpus`, `domainNameFrames` in domain-corpus.ts) and
 * filled, per recogniser, with the user's own names, so that the language model expects a user's
 * name where people say names ("where does aoife live"), not only said alone.
 */
export const nameSlot = "{name}";

/**
 * The frame as words with its slot filled by `phrase` (already the recogniser's words); a
 * possessive slot puts "'s" on the phrase's last word.
 */
export function fillFrame(frame: string, phrase: readonly string[]): string[] {
  if (phrase.length === 0) throw new Error("a name frame needs a phrase of at least one word");
  return frame.split(" ").flatMap((word) => {
    if (word === nameSlot) return [...phrase];
    if (word === `${nameSlot}'s`) return [...phrase.slice(0, -1), `${phrase[phrase.length - 1]}'s`];
    return [word];
  });
}
