/**
 * The labelled set `npm run eval:assistant` runs: utterances and dialogues with the intent each
 * turn must get and what its reply must say (a regular expression, case-insensitive). "tuned" is
 * what the router's patterns and exemplars were developed against; "held-out" was written apart
 * from them and nothing was changed after seeing its results. Each dialogue runs in its own
 * session under its own user; facts use subjects no other dialogue uses, because memories are
 * shared by every conversation.
 */
export type EvalPart = "tuned" | "held-out";
export type Category =
  | "timer"
  | "reminder"
  | "remember"
  | "recall"
  | "forget"
  | "conversation"
  | "time"
  | "status"
  | "small_talk"
  | "out_of_domain"
  | "arithmetic";

/** One turn: what is said, the intent it must get, and a pattern its reply must match. */
export type EvalTurn = [say: string, intent: string, reply: string];

export interface EvalDialogue {
  id: string;
  part: EvalPart;
  category: Category;
  turns: EvalTurn[];
}

const capabilityReply = "can't help with .*remember";
const single = (part: EvalPart, category: Category, intent: string, reply: string, texts: string[]): EvalDialogue[] =>
  texts.map((say, i) => ({ id: `${part}-${category}-${intent}-${i}`, part, category, turns: [[say, intent, reply]] }));
const dialogue = (part: EvalPart, category: Category, id: string, turns: EvalTurn[]): EvalDialogue => ({ id: `${part}-${id}`, part, category, turns });

const tunedSingles: EvalDialogue[] = [
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like", "what's the weather like tomorrow", "will it rain today", "what's the news", "read me the headlines",
    "who won the game last night", "what's the score of the football match", "play some music", "play the next song", "turn up the volume",
    "call mom", "send a text to john", "turn on the lights", "turn off the heating", "order me a pizza", "search the web for cheap flights",
    "look up the population of spain", "what is the capital of france", "who is the president of the united states", "who invented the telephone",
    "what's the tallest mountain in the world", "how far is the moon", "tell me a joke", "sing me a song", "give me a recipe for pancakes",
    "translate hello into french", "what's the price of bitcoin", "how is the stock market doing", "directions to the nearest petrol station",
    "book a taxi to the airport",
  ]),
  ...single("tuned", "arithmetic", "calculate", "\\b84\\b", ["what is 12 times 7", "what's twelve times seven", "calculate 12 multiplied by 7", "12 x 7", "multiply 12 by 7"]),
  ...single("tuned", "arithmetic", "calculate", "\\b15\\b", ["what is 7 plus 8", "add 7 and 8", "what's 20 minus 5", "subtract 5 from 20", "what is 45 divided by 3"]),
  ...single("tuned", "arithmetic", "calculate", "453\\.592 grams", ["how many grams in a pound", "how many grams are there in a pound"]),
  ...single("tuned", "arithmetic", "calculate", "", [
    "convert 5 miles to kilometers", "what is 10 km in miles", "how many feet in a mile", "100 fahrenheit in celsius", "how many ounces in a kilo",
    "what is 15 percent of 80", "what is the square root of 144", "what is 2 to the power of 10", "what is 5 squared", "how many cups are in a liter",
  ]),
  ...single("tuned", "time", "time", "^It's \\d{1,2}:\\d{2} (AM|PM)\\.$", ["what time is it", "tell me the time", "what's the time", "do you have the time", "wat time is it"]),
  ...single("tuned", "time", "time", "^Today is ", ["what is the date", "what's today's date", "what date is it"]),
  ...single("tuned", "time", "time", "^It's \\w+day\\.$", ["what day is it today", "what day of the week is it"]),
  ...single("tuned", "status", "status", "services are up|is up|are up", ["system status", "how is the system doing", "are all services running", "is everything up and running", "health check", "is everything ok"]),
  ...single("tuned", "small_talk", "small_talk", "^Hello", ["hello", "hi there", "hey", "good morning", "helo"]),
  ...single("tuned", "small_talk", "small_talk", "welcome", ["thank you", "thanks a lot", "thanks"]),
  ...single("tuned", "small_talk", "small_talk", "^Goodbye", ["goodbye", "bye", "see you later"]),
  ...single("tuned", "small_talk", "small_talk", "private voice assistant", ["who are you", "what can you do", "what is your name"]),
  ...single("tuned", "remember", "remember", "^What should I remember\\?$", ["save this", "remember", "remember this", "please remember"]),
  ...single("tuned", "timer", "timer", "^Okay, your .*timer is set for", [
    "set a timer for 5 minutes", "set a pasta timer for ten minutes", "start a timer for an hour and a half", "timer for 90 seconds",
    "set a 10 minute timer", "set a timer for 10 minutes called pizza", "set a timer for half an hour", "set an egg timer for 4 minutes",
  ]),
  ...single("tuned", "timer", "timer", "don't have any timers", ["what timers do I have", "how much time is left", "pause the timer", "cancel the timer"]),
  ...single("tuned", "reminder", "reminder", "^Okay, I'll remind you to ", [
    "remind me to call mom at 5 pm", "remind me to buy milk tomorrow", "remind me in 20 minutes to check the oven", "remember to call the bank at 5pm",
    "remind me tomorrow morning to water the plants", "set a reminder for 6 pm to take my pills", "remind me to stretch in 1 hour",
  ]),
  ...single("tuned", "reminder", "reminder", "don't have any reminders", ["what are my reminders"]),
];

const tunedDialogues: EvalDialogue[] = [
  dialogue("tuned", "recall", "car-attributes", [
    ["my car is on level five", "remember", "remember that your car is on level 5"],
    ["my car is red", "remember", "your car is red"],
    ["where is my car", "recall", "level 5"],
    ["where is it", "recall", "level 5"],
    ["no, level 4", "correct", "corrected that: your car is on level 4"],
    ["where is my car", "recall", "level 4"],
    ["what did I just say", "conversation", "^You said: \"where is my car\"$"],
  ]),
  dialogue("tuned", "remember", "owe", [
    ["remember that you owe me 5 dollars", "remember", "I owe you 5 dollars"],
    ["what did I just say", "conversation", "you owe me 5 dollars"],
  ]),
  dialogue("tuned", "remember", "keys", [
    ["remember that my keys are in the kitchen drawer", "remember", "your keys are in the kitchen drawer"],
    ["where are my keys", "recall", "kitchen drawer"],
    ["actually they're in the hallway", "correct", "corrected that: your keys are in the hallway"],
    ["where are my keys", "recall", "hallway"],
  ]),
  dialogue("tuned", "forget", "locker", [
    ["remember that my locker code is 4512", "remember", "4512"],
    ["what is my locker code", "recall", "4512"],
    ["forget my locker code", "forget", "forgotten"],
    ["what is my locker code", "recall", "^(?!.*4512)"],
  ]),
  dialogue("tuned", "forget", "wifi", [
    ["the wifi password is blue42", "remember", "blue42"],
    ["what is the wifi password", "recall", "blue42"],
    ["forget it", "forget", "forgotten"],
  ]),
  dialogue("tuned", "conversation", "repeat", [
    ["hello", "small_talk", "Hello"],
    ["what did you just say", "conversation", "^Hello"],
  ]),
  dialogue("tuned", "timer", "pasta", [
    ["set a pasta timer for 10 minutes", "timer", "your pasta timer is set for 10 minutes"],
    ["how much time is left on the pasta timer", "timer", "pasta timer has (9|10) minutes"],
    ["pause the timer", "timer", "paused"],
    ["resume the timer", "timer", "running again"],
    ["what timers do I have", "timer", "one timer: your pasta timer"],
    ["cancel the pasta timer", "timer", "cancelled your pasta timer"],
    ["what timers do I have", "timer", "don't have any timers"],
  ]),
  dialogue("tuned", "timer", "two-timers", [
    ["set an egg timer for 4 minutes", "timer", "egg timer is set"],
    ["set a rice timer for 15 minutes", "timer", "rice timer is set"],
    ["how much time is left", "timer", "2 timers.*Which one"],
    ["cancel all timers", "timer", "cancelled all 2 timers"],
  ]),
  dialogue("tuned", "reminder", "mom", [
    ["remind me to call mom in 2 hours", "reminder", "remind you to call mom"],
    ["what are my reminders", "reminder", "one reminder: call mom"],
    ["cancel the reminder to call mom", "reminder", "cancelled your reminder to call mom"],
  ]),
  dialogue("tuned", "recall", "kettle", [
    ["my kettle is silver", "remember", "your kettle is silver"],
    ["which colour is it", "recall", "silver"],
    ["what time is it", "time", "^It's"],
  ]),
  dialogue("tuned", "conversation", "interjections", [
    ["good morning", "small_talk", "Hello"],
    ["wait, what did I just say", "conversation", "good morning"],
    ["hey, say that again", "conversation", "good morning"],
  ]),
  dialogue("tuned", "out_of_domain", "weather-then-time", [
    ["what's the weather like", "out_of_domain", "can't help with the weather"],
    ["what time is it", "time", "^It's"],
  ]),
];

const heldOutSingles: EvalDialogue[] = [
  ...single("held-out", "out_of_domain", "out_of_domain", capabilityReply, [
    "is it going to snow this weekend", "do I need an umbrella today", "how hot is it outside", "what are today's top news stories", "any news about the election",
    "who won the world cup in 2018", "what's the basketball score", "play some jazz", "skip this song", "put on the radio",
    "phone my brother", "send an email to my boss", "switch off the lights in the kitchen", "set the thermostat to 20 degrees", "buy me some batteries",
    "google the opening hours of the museum", "what is the population of germany", "who wrote romeo and juliet", "how old is the queen of denmark",
    "what is the longest river in africa", "tell me a story", "how do you say thank you in spanish", "what's the exchange rate for euros",
    "how long does it take to get to london by train", "book a table for two tonight", "what's the definition of serendipity",
    "who painted the mona lisa", "how do I bake bread", "what's the boiling point of water", "recommend a movie",
  ]),
  ...single("held-out", "arithmetic", "calculate", "\\b56\\b", ["what's 8 times 7", "what is eight times seven", "multiply 7 and 8", "how much is 50 plus 6", "what is 60 minus 4"]),
  ...single("held-out", "arithmetic", "calculate", "", [
    "how many centimeters in an inch", "how many meters in a mile", "convert 3 feet to meters", "what is 100 kilometers in miles",
    "how many ounces in a pound", "how many minutes in a day", "convert 30 celsius to fahrenheit", "what is 25 percent of 200",
    "what's 144 divided by 12", "what is 3 cubed", "how many seconds in an hour", "what is 2.5 times 4",
    "what's 1000 divided by 8", "convert 2 gallons to liters", "how many grams in an ounce",
  ]),
  ...single("held-out", "time", "time", "^It's \\d{1,2}:\\d{2} (AM|PM)\\.$", ["what's the time right now", "can you tell me the time", "what time is it now", "time please"]),
  ...single("held-out", "time", "time", "^Today is ", ["what's the date today", "which date is it today", "tell me today's date"]),
  ...single("held-out", "time", "time", "^It's \\w+day\\.$", ["what day is today", "which day of the week is it"]),
  ...single("held-out", "status", "status", "services are up|is up|are up", ["how are the services doing", "is the system healthy", "are any services down", "status report please", "is the vad service up"]),
  ...single("held-out", "small_talk", "small_talk", "^Hello", ["hi", "hello assistant", "good evening", "hey there"]),
  ...single("held-out", "small_talk", "small_talk", "welcome", ["thank you very much", "thanks so much", "many thanks"]),
  ...single("held-out", "small_talk", "small_talk", "^Goodbye", ["good night", "bye bye", "see you"]),
  ...single("held-out", "small_talk", "small_talk", "private voice assistant|running fine", ["what are you", "how are you", "what are you able to do"]),
  ...single("held-out", "remember", "remember", "^What should I remember\\?$", ["remember something", "please save this", "make a note", "can you remember this"]),
  ...single("held-out", "timer", "timer", "^Okay, your .*timer is set for", [
    "set a timer for 3 minutes", "start a 20 minute timer", "set a tea timer for four minutes", "timer for 45 seconds",
    "set a timer for two hours", "set a timer for 1 hour and 15 minutes", "put on a timer for 8 minutes", "start an oven timer for 25 minutes",
  ]),
  ...single("held-out", "timer", "timer", "don't have any timers", ["do I have any timers running", "how long is left on my timer", "stop the timer", "resume my timer"]),
  ...single("held-out", "reminder", "reminder", "^Okay, I'll remind you to ", [
    "remind me to take out the trash at 8 pm", "remind me to pay the rent on friday", "remind me in 10 minutes to turn off the stove",
    "remind me at noon to eat lunch", "set a reminder to feed the cat in 30 minutes", "remind me next monday to book the dentist",
    "don't let me forget to buy stamps tomorrow",
  ]),
  ...single("held-out", "reminder", "reminder", "don't have any reminders", ["do I have any reminders", "list my reminders"]),
];

const heldOutDialogues: EvalDialogue[] = [
  dialogue("held-out", "recall", "scooter", [
    ["my scooter is in the garage", "remember", "your scooter is in the garage"],
    ["my scooter is blue", "remember", "your scooter is blue"],
    ["where is my scooter", "recall", "garage"],
    ["what colour is it", "recall", "blue"],
    ["actually it's in the shed", "correct", "corrected that: your scooter is in the shed"],
    ["where is my scooter", "recall", "shed"],
  ]),
  dialogue("held-out", "recall", "passport", [
    ["remember that my passport is in the top drawer", "remember", "your passport is in the top drawer"],
    ["where is my passport", "recall", "top drawer"],
    ["is it in the top drawer", "recall", "top drawer"],
  ]),
  dialogue("held-out", "remember", "doctor", [
    ["remember that my doctor is called lee", "remember", "your doctor is called lee"],
    ["who is my doctor", "recall", "lee"],
  ]),
  dialogue("held-out", "remember", "spoken-number", [
    ["my gym locker is number twenty three", "remember", "23"],
    ["what is my gym locker", "recall", "23"],
  ]),
  dialogue("held-out", "remember", "i-lowercase", [
    ["remember that i parked near the north entrance", "remember", "you parked near the north entrance"],
    ["where did i park", "recall", "north entrance"],
  ]),
  dialogue("held-out", "forget", "plumber", [
    ["remember that the plumber comes on tuesday", "remember", "plumber comes on tuesday"],
    ["forget about the plumber", "forget", "forgotten"],
    ["when does the plumber come", "recall", "^(?!.*tuesday)"],
  ]),
  dialogue("held-out", "conversation", "what-did-i-say", [
    ["what time is it", "time", "^It's"],
    ["sorry, what did I say", "conversation", "what time is it"],
  ]),
  dialogue("held-out", "conversation", "correction-colour", [
    ["my umbrella is green", "remember", "your umbrella is green"],
    ["no, yellow", "correct", "your umbrella is yellow"],
    ["what colour is my umbrella", "recall", "yellow"],
  ]),
  dialogue("held-out", "timer", "bread", [
    ["set a bread timer for 40 minutes", "timer", "bread timer is set for 40 minutes"],
    ["how long is left on the bread timer", "timer", "bread timer has (39|40) minutes"],
    ["hold the timer", "timer", "paused"],
    ["continue the timer", "timer", "running again"],
    ["stop the bread timer", "timer", "cancelled your bread timer"],
  ]),
  dialogue("held-out", "reminder", "dentist", [
    ["remind me to call the dentist in 3 hours", "reminder", "remind you to call the dentist"],
    ["do I have any reminders", "reminder", "one reminder: call the dentist"],
    ["delete the reminder to call the dentist", "reminder", "cancelled your reminder to call the dentist"],
  ]),
  dialogue("held-out", "out_of_domain", "news-then-math", [
    ["what's happening in the news today", "out_of_domain", "can't help with the news"],
    ["what is 9 times 9", "calculate", "81"],
  ]),
];

/** Tell a fact, ask for it, then ask what was just said: three turns of one conversation. */
const factRoundTrip = (part: EvalPart, facts: Array<[fact: string, question: string, answer: string]>): EvalDialogue[] =>
  facts.map(([fact, question, answer], i) =>
    dialogue(part, "recall", `fact-${i}`, [
      [fact, "remember", "remember that|updated that|I know"],
      [question, "recall", answer],
      ["what did I just say", "conversation", question.replace(/[?]/g, "")],
    ]),
  );

const tunedFacts = factRoundTrip("tuned", [
  ["my bike is locked at the station", "where is my bike", "station"],
  ["my glasses are on the desk", "where are my glasses", "desk"],
  ["remember that my sister's birthday is on june 4", "when is my sister's birthday", "june 4"],
  ["note that the meeting moved to friday", "when is the meeting", "friday"],
  ["my favourite colour is green", "what is my favourite colour", "green"],
  ["remember that the spare key is under the mat", "where is the spare key", "under the mat"],
  ["my dentist is called doctor brown", "who is my dentist", "brown"],
  ["my anniversary is on may 2", "when is my anniversary", "may 2"],
  ["remember that my coat is in the wardrobe", "where is my coat", "wardrobe"],
  ["the garage code is 7781", "what is the garage code", "7781"],
]);

const heldOutFacts = factRoundTrip("held-out", [
  ["my wallet is in the blue jacket", "where is my wallet", "blue jacket"],
  ["remember that my charger is in the car", "where is my charger", "in the car"],
  ["keep in mind that my boss is called maria", "who is my boss", "maria"],
  ["my neighbour's cat is called felix", "what is my neighbour's cat called", "felix"],
  ["the school play is on thursday", "when is the school play", "thursday"],
  ["my backpack is under the bed", "where is my backpack", "under the bed"],
  ["remember that my blood type is o negative", "what is my blood type", "o negative"],
  ["my train leaves from platform nine", "which platform does my train leave from", "9"],
  ["store the fact that the router password is hunter7", "what is the router password", "hunter7"],
  ["my library books are due on the 14th", "when are my library books due", "14"],
]);

/** Every dialogue with one turn or more; "dialogues" in the report are those with two or more. */
export const evalSet: readonly EvalDialogue[] = [...tunedSingles, ...tunedDialogues, ...tunedFacts, ...heldOutSingles, ...heldOutDialogues, ...heldOutFacts].map(
  (d, index) => ({ ...d, id: `${d.id}-${index}` }),
);
