/**
 * What a user reads to enrol their voice (the web client's "Teach it my voice", `npm run
 * stt:adapt-speaker`, and `eval:stt --adapt`): everyday assistant speech, none of it a sentence of
 * bench/stt-speech-set.ts's eval parts (so the eval measures sentences enrolment never heard), every
 * word in pocketsphinx's dictionary (bw cannot align a word it lacks).
 */
export const enrolmentSentences: readonly string[] = [
  "could you remind me to call my father tomorrow morning",
  "what is the weather going to be like this afternoon",
  "play some quiet music in the living room",
  "how long does it take to boil an egg",
  "add milk bread and apples to the shopping list",
  "remember that the car needs new tires next month",
  "what was the name of that restaurant we liked",
  "wake me up at half past six on weekdays",
  "my cousin rachel is visiting us in july",
  "read me the news headlines please",
  "how many days are left until christmas",
  "the spare batteries are in the hall cupboard",
  "tell me a joke about penguins",
  "i have a check up at the clinic on thursday afternoon",
  "stop the music and turn the volume down",
  "who won the football match last night",
  "remind me to water the plants every sunday",
  "my library card is in the brown leather bag",
  "what should i cook for dinner tonight",
  "the window cleaner comes every second friday",
];
