import type { Intent } from "./intents";

/**
 * Example utterances per intent. Brackets mark the part that varies (the slot): for lexical
 * matching a bracket becomes a wildcard, for embeddings the whole sentence is used as written.
 * `capture` names the slot a bracket fills; `whole` names a slot that takes the entire utterance
 * (a plain statement such as "my car is on level 5" is itself the fact to remember).
 */
export interface Exemplar {
  intent: Exclude<Intent, "unknown">;
  text: string;
  capture?: "fact" | "subject";
  whole?: "fact";
  slots?: Record<string, string>;
}

const group = (intent: Exemplar["intent"], extra: Omit<Exemplar, "intent" | "text">, texts: string[]): Exemplar[] =>
  texts.map((text) => ({ intent, text, ...extra }));

export const exemplars: readonly Exemplar[] = [
  ...group("remember", { capture: "fact" }, [
    "remember that [my car is parked on level 3]",
    "remember [my locker code is 4512]",
    "please remember that [the meeting moved to friday]",
    "do not forget that [my passport is in the top drawer]",
    "make a note that [the plumber comes on tuesday]",
    "note that [my sister's birthday is on june 4]",
    "keep in mind that [i am allergic to peanuts]",
    "save this [the wifi password is blue42]",
    "write down that [i parked near the north entrance]",
    "i want you to remember [my doctor is called lee]",
    "store the fact that [the spare key is under the mat]",
  ]),
  ...group("remember", { whole: "fact" }, [
    "[my car] is now [on level 5]",
    "[my keys] are [in the kitchen drawer]",
    "my [favourite colour] is [green]",
    "i [parked on level 2]",
    "i put [my glasses on the desk]",
  ]),
  ...group("recall", { capture: "subject" }, [
    "where is [my car]",
    "where are [my keys]",
    "where did i put [my glasses]",
    "where did i park [the car]",
    "what is [my locker code]",
    "what was [the wifi password]",
    "when is [my sister's birthday]",
    "who is [my doctor]",
    "do you remember [where my passport is]",
    "what do you know about [my car]",
    "tell me about [the meeting]",
    "did i tell you [my locker code]",
    "is my [car on level 5]",
    "what did i say about [the plumber]",
    "remind me [what my locker code is]",
  ]),
  ...group("forget", { capture: "subject" }, [
    "forget [my locker code]",
    "forget that [my car is on level 3]",
    "forget about [the meeting]",
    "delete the memory about [my car]",
    "erase what you know about [my keys]",
    "remove [the wifi password] from memory",
    "stop remembering [my sister's birthday]",
  ]),
  ...group("time", { slots: { asks: "time" } }, ["what time is it", "tell me the time", "what is the time", "do you have the time"]),
  ...group("time", { slots: { asks: "date" } }, ["what is the date", "what is today's date", "what date is it"]),
  ...group("time", { slots: { asks: "weekday" } }, ["what day is it today", "what day of the week is it"]),
  ...group("status", {}, [
    "system status",
    "how is the system doing",
    "are all services running",
    "is everything up and running",
    "are any services down",
    "health check",
    "is the [vad] service up",
    "is [the vad] running",
    "is [pc2] up",
    "is everything ok",
  ]),
  ...group("small_talk", { slots: { kind: "greeting" } }, ["hello", "hi there", "hey", "good morning", "good evening"]),
  ...group("small_talk", { slots: { kind: "wellbeing" } }, ["how are you", "how are you doing today"]),
  ...group("small_talk", { slots: { kind: "thanks" } }, ["thank you", "thanks a lot", "thanks"]),
  ...group("small_talk", { slots: { kind: "goodbye" } }, ["goodbye", "bye", "see you later", "good night"]),
  ...group("small_talk", { slots: { kind: "identity" } }, ["who are you", "what can you do", "what is your name"]),
];

/** The exemplar as a lexical frame: each bracketed part becomes a `*` wildcard. */
export function frameText(exemplar: Exemplar): string {
  return exemplar.text.replace(/\[[^\]]*\]/g, "*");
}

/** The exemplar as plain text, for embedding. */
export function exampleText(exemplar: Exemplar): string {
  return exemplar.text.replace(/[[\]]/g, "");
}
