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
    "what [car] do i drive",
    "which [dentist] do i go to",
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
  ...group("time", { slots: { asks: "time" } }, [
    "what time is it",
    "tell me the time",
    "what is the time",
    "do you have the time",
    "could you tell me the current time",
  ]),
  ...group("time", { slots: { asks: "date" } }, ["what is the date", "what is today's date", "what date is it", "what is the date today", "which month is it", "what year is it"]),
  ...group("time", { slots: { asks: "weekday" } }, ["what day is it today", "what day of the week is it", "which day is it", "is it monday today"]),
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
    "are you working properly",
    "is anything broken or failing",
    "run a diagnostic check",
    "are all the components online",
    "how healthy are the services",
  ]),
  ...group("small_talk", { slots: { kind: "greeting" } }, ["hello", "hi there", "hey", "good morning", "good evening"]),
  ...group("small_talk", { slots: { kind: "wellbeing" } }, ["how are you", "how are you doing today", "are you ok", "how are things", "how have you been"]),
  ...group("small_talk", { slots: { kind: "thanks" } }, [
    "thank you", "thanks a lot", "thanks", "ta", "cheers for the help", "many thanks", "much obliged", "how kind of you", "lovely, thank you",
  ]),
  ...group("small_talk", { slots: { kind: "goodbye" } }, ["goodbye", "bye", "see you later", "good night", "speak to you soon", "bye for now", "off i go now"]),
  ...group("small_talk", { slots: { kind: "identity" } }, [
    "who are you", "what can you do", "what is your name", "are you a real person", "are you human", "introduce yourself", "what are you", "say a few words about yourself",
  ]),
  // Requests for skills the assistant lacks, so that a paraphrase no topic cue names is nearer to
  // one of these than to a skill. Broad on purpose: the embedding carries the topic, not the words.
  ...group("out_of_domain", { slots: { topic: "the weather" } }, [
    "what is the weather forecast",
    "is it going to rain this afternoon",
    "will it snow tonight",
    "how warm will it be tomorrow",
    "is it cold outside",
    "will there be thunderstorms",
    "what is the temperature today",
    "is it going to be a nice day",
  ]),
  ...group("out_of_domain", { slots: { topic: "the news" } }, [
    "what is in the news",
    "read me the headlines",
    "what happened in the world today",
    "any breaking news",
    "what are the latest stories",
  ]),
  ...group("out_of_domain", { slots: { topic: "sports results" } }, [
    "who won the match",
    "what was the score last night",
    "how did my team play",
    "when is the next game",
    "who is winning the championship",
  ]),
  ...group("out_of_domain", { slots: { topic: "music and media" } }, [
    "play some music",
    "play my favourite song",
    "i want to hear some rock",
    "pause the song",
    "next track",
    "turn the volume up",
    "put on a film",
    "play the next episode",
    "listen to a podcast",
  ]),
  ...group("out_of_domain", { slots: { topic: "controlling devices" } }, [
    "turn on the light in the kitchen",
    "switch off the television",
    "set the thermostat to twenty degrees",
    "lock the front door",
    "open the curtains",
    "turn the fan on",
    "make it warmer in here",
    "start the washing machine",
  ]),
  ...group("out_of_domain", { slots: { topic: "shopping" } }, [
    "order some groceries",
    "buy a new phone charger",
    "add eggs to the shopping cart",
    "how much does a television cost",
    "find me the cheapest flights",
    "find me a good deal on a laptop",
  ]),
  ...group("out_of_domain", { slots: { topic: "general knowledge" } }, [
    "what is the capital of italy",
    "who wrote romeo and juliet",
    "how high is mount everest",
    "what does the word serendipity mean",
    "why is the ocean salty",
    "how do airplanes fly",
    "when did the second world war end",
    "how many planets are in the solar system",
    "who was albert einstein",
    "what is the speed of sound",
  ]),
  ...group("out_of_domain", { slots: { topic: "travel and directions" } }, [
    "how do i get to the station",
    "is the traffic bad on the way to work",
    "when does the next train to london leave",
    "book me a hotel room",
    "how long does it take to drive to the coast",
  ]),
  ...group("out_of_domain", { slots: { topic: "opinions" } }, [
    "what do you think about the government",
    "do you like music",
    "what is your favourite food",
    "who is the greatest singer of all time",
    "is chocolate healthy",
  ]),
];

/** The exemplar as a lexical frame: each bracketed part becomes a `*` wildcard. */
export function frameText(exemplar: Exemplar): string {
  return exemplar.text.replace(/\[[^\]]*\]/g, "*");
}

/** The exemplar as plain text, for embedding. */
export function exampleText(exemplar: Exemplar): string {
  return exemplar.text.replace(/[[\]]/g, "");
}
