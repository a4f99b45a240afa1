import porterStemmer from "@stdlib/nlp-porter-stemmer";
import { eng as englishStopwords } from "stopword";
import { comparableText } from "../../kit/fact-attribute";
import { clippedForm } from "../../kit/word-forms";

// Question words and fillers carry no topic: "where is my car" is about "car", "what's his number again" about "number".
const fillerWords = new Set([...englishStopwords, "tell", "know", "remember", "please", "did", "does", "say", "told", "again"]);

// The stemmer joins "parked" and "park" but not "lent" and "lend": "who did I lend the ladder to"
// asks about "I lent my ladder to ...". Irregular forms of the verbs facts are told with, to their base.
const irregularForms: Record<string, string> = Object.fromEntries(
  [
    ["lend", "lent"], ["leave", "left"], ["keep", "kept"], ["give", "gave given"], ["take", "took taken"], ["hide", "hid hidden"],
    ["stick", "stuck"], ["bring", "brought"], ["buy", "bought"], ["send", "sent"], ["lose", "lost"], ["hang", "hung"],
    ["sell", "sold"], ["pay", "paid"], ["write", "wrote written"], ["find", "found"], ["get", "got gotten"], ["go", "went gone"],
    ["make", "made"], ["meet", "met"], ["steal", "stole stolen"], ["break", "broke broken"], ["lay", "laid"],
    ["throw", "threw thrown"], ["drive", "drove driven"], ["ride", "rode ridden"], ["eat", "ate eaten"], ["begin", "began begun"],
    ["bear", "born borne"], ["hold", "held"], ["build", "built"], ["spend", "spent"], ["feed", "fed"],
    ["wear", "wore worn"], ["tear", "tore torn"], ["freeze", "froze frozen"], ["sit", "sat"],
    ["stand", "stood"], ["win", "won"], ["teach", "taught"], ["catch", "caught"], ["fly", "flew flown"], ["grow", "grew grown"],
    ["run", "ran"], ["swim", "swam swum"], ["drink", "drank drunk"], ["sing", "sang sung"], ["sleep", "slept"],
    ["dig", "dug"], ["shoot", "shot"], ["speak", "spoke spoken"], ["choose", "chose chosen"], ["feel", "felt"], ["fall", "fell fallen"],
  ].flatMap(([base, forms]) => forms.split(" ").map((form) => [form, base])),
);

// "how heavy is bella" asks about "bella the spaniel weighs 14 kilos": a measure is asked by its
// adjective and told by its verb or noun, so all three are one term. "old" and "long" are left
// out: they mean other things too often ("the old shed", "a long time").
// A name is asked by the noun and told by the verb ("what's the farrier's name" of "the farrier is
// called gareth") in the same way.
const measureWords: Record<string, string> = {
  heavy: "weigh", weight: "weigh", tall: "height", wide: "width", deep: "depth", far: "distance", name: "call", named: "call",
};

// "where's", "what's", "who's": the question word with "is" run in; with the apostrophe dropped
// ("wheres") it is no stopword, and "where's my car" would ask about "where" as much as the car.
// Speech-to-text often drops it itself ("whats the farriers name"), which no other word is spelt as.
const questionWordIs = /\b(where|what|who|when|how|which|why)(?:['\u2019]s|(?<=where|what|who|when|how)s)\b/gi;

/** The stems of the words that say what a text is about, e.g. "Where did I park my cars?" -> park, car. */
export function topicTerms(text: string): Set<string> {
  const words = comparableText(text.replace(questionWordIs, "$1 is")).split(" ").filter((w) => w.length > 0 && !fillerWords.has(w));
  return new Set(words.map((w) => porterStemmer(measureWords[w] ?? irregularForms[w] ?? clippedForm(w))));
}

/** Share of the question's topic terms that `text` also contains, 0..1; 0 when the question names no topic. */
export function termCoverage(questionTerms: ReadonlySet<string>, text: string): number {
  if (questionTerms.size === 0) return 0;
  const found = topicTerms(text);
  let shared = 0;
  for (const term of questionTerms) if (found.has(term)) shared++;
  return shared / questionTerms.size;
}
