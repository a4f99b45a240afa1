import { catalog, ServiceName, serviceNames } from "../../kit/catalog";
import { wordSimilarity } from "./frame-matching";
import type { Intent } from "./intents";
import type { LexicalMatch } from "./lexical-classifier";
import { spanText, Word } from "./text-normalization";

export type Slots = Record<string, string>;

/** Below this a frame's wildcard may have captured the wrong words; the whole utterance is safer. */
const trustedCaptureScore = 0.3;

/**
 * "save this", "remember a thing", "keep a note of something", "I've got something for you to remember": a request to remember with
 * nothing in it yet, which the coordinator asks about.
 */
export const bareRequest =
  /^(?:(?:please|can you|could you|ok|okay|hey)\s+)*(?:remember|save|note|store|write down|keep(?:\s+(?:this|that|it|something))?\s+in mind|(?:make|take|keep) a note|memori[sz]e|(?:i(?: have|'ve)(?: got)?|here is|here's|there is|there's) something (?:(?:for you|i (?:want|need) you|you (?:need|should|ought))\s+)?to (?:remember|note|keep in mind|save|write down)|(?:can i|i want to|i need to|let me) tell you something(?: to remember)?)(?:\s+(?:this|that|it|something|(?:a|one|another) (?:thing|fact|detail)|for me|please|down|of (?:this|that|something)))*[\s.!?]*$/i;

/** "what month is my grandad's birthday in": the preposition a question may leave at its end, which belongs to no subject. */
export const strandedPreposition = "(?:in|on|at|for|from|with|about|by|of|to)";
const endsInStrandedPreposition = new RegExp(String.raw`\s+${strandedPreposition}$`, "i");

// "please note the boiler service is due", "write down the plumber's number is ...": the frame "note that [...]" takes
// "the" for its "that", and the fact would lose it. No lead word of a remember exemplar is a determiner, so one just
// before the capture opens the fact.
const factDeterminer = /^(?:the|a|an|my|our|your|his|her|their)$/i;
function withDeterminer(range: readonly [number, number] | undefined, text: string, words: readonly Word[]): string | undefined {
  if (!range || range[0] === 0 || !factDeterminer.test(words[range[0] - 1].text)) return undefined;
  return spanText(text, words.slice(range[0] - 1, range[1]));
}

// "where does my aunt work", "what time will the plumber come": a frame "where [...]" captures the question's
// auxiliary and its last verb with the subject, and the subject, kept as the turn's topic, would be "does my
// aunt work", a thing no later "she" or "it" can stand for. Only a subject said with a determiner is cut out.
const auxiliaryAndVerb = /^(?:does|do|did|will|would|can|could|should|has|have|had)\s+((?:my|our|the|his|her|their|your)\s+.+?)\s+[a-z]+$/i;
const askedSubject = (captured: string): string => auxiliaryAndVerb.exec(captured)?.[1] ?? captured;

/**
 * Slots come from the best frame of the chosen intent: what its wildcard captured (the fact to
 * remember, the subject asked about) and the fixed values the exemplar carries (time or date,
 * greeting or thanks). Values keep the user's original spelling.
 */
export function extractSlots(intent: Intent, match: LexicalMatch | undefined, text: string, words: readonly Word[]): Slots {
  const whole = spanText(text, words);
  const range = match && match.score >= trustedCaptureScore ? match.captures.find((c) => c !== undefined) : undefined;
  const captured = range ? spanText(text, words.slice(range[0], range[1])) : undefined;
  const fixed = match?.exemplar.slots ?? {};
  const slots: Slots = {};
  switch (intent) {
    case "remember":
      if (whole !== "" && !bareRequest.test(whole)) slots.fact = match?.exemplar.whole === "fact" ? whole : (withDeterminer(range, text, words) ?? captured ?? whole);
      break;
    case "recall":
      slots.question = whole;
      if (captured) slots.subject = askedSubject(captured.replace(endsInStrandedPreposition, ""));
      break;
    case "forget":
      if (whole !== "") slots.subject = captured ?? whole;
      break;
    case "correct":
    case "calculate":
    case "timer":
    case "reminder":
    case "conversation":
      break;
    case "out_of_domain":
      if (fixed.topic) slots.topic = fixed.topic;
      break;
    case "time":
      slots.asks = fixed.asks ?? "time";
      break;
    case "small_talk":
      if (fixed.kind) slots.kind = fixed.kind;
      break;
    case "status": {
      const service = mentionedService(words);
      if (service) slots.service = service;
      break;
    }
    case "unknown":
      break;
  }
  return slots;
}

const minServiceWordSimilarity = 0.75;

/** A catalog service named in the utterance, spoken as words ("task router") or run together ("dreamworld"). */
function mentionedService(words: readonly Word[]): ServiceName | undefined {
  const texts = words.map((w) => w.text);
  let best: { name: ServiceName; similarity: number } | undefined;
  for (const name of serviceNames) {
    if (catalog[name].ports.http === undefined) continue;
    const parts = name.split("-");
    for (let length = 1; length <= 3; length++) {
      for (let i = 0; i + length <= texts.length; i++) {
        const window = texts.slice(i, i + length);
        let similarity = wordSimilarity(parts.join(""), window.join(""));
        if (length === parts.length) similarity = Math.max(similarity, Math.min(...parts.map((p, j) => wordSimilarity(p, window[j]))));
        if (similarity >= minServiceWordSimilarity && similarity > (best?.similarity ?? 0)) best = { name, similarity };
      }
    }
  }
  return best?.name;
}
