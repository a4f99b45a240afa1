/**
 * The labelled set `npm run eval:assistant` runs: utterances and dialogues with the intent each
 * turn must get and what its reply must say (a regular expression, case-insensitive). "tuned" is
 * what the router's patterns and exemplars were developed against; "held-out" was written apart
 * from them and nothing was changed after seeing its results; "fresh" was written on 2026-12-06
 * without reading the router's code or any results, and nothing is tuned on it; "fresh-2" was
 * written on 2026-12-06 by someone who read neither the router's code nor the other parts'
 * sentences nor any results, and nothing is tuned on it; "fresh-3" likewise (bench/assistant-eval-fresh3.ts),
 * written before the router's fourth round, which worked from fresh-2's failures; "fresh-4" likewise
 * (bench/assistant-eval-fresh4.ts), written before the fifth round, which worked from fresh-3's; "fresh-5" likewise
 * (bench/assistant-eval-fresh5.ts), written before the sixth round, which worked from fresh-4's; "fresh-6" likewise
 * (bench/assistant-eval-fresh6.ts), written before the seventh round, which worked from fresh-5's; "fresh-7" likewise
 * (bench/assistant-eval-fresh7.ts), written before the eighth round, which worked from fresh-6's; "fresh-8" likewise
 * (bench/assistant-eval-fresh8.ts), written before the ninth round, which worked from fresh-7's; "fresh-9" likewise
 * (bench/assistant-eval-fresh9.ts), written before the tenth round, which worked from fresh-8's; "fresh-10" likewise
 * (bench/assistant-eval-fresh10.ts), written before the eleventh round, which worked from fresh-9's; "fresh-11" likewise
 * (bench/assistant-eval-fresh11.ts), written before the twelfth round, which worked from fresh-10's; "fresh-12" likewise
 * (bench/assistant-eval-fresh12.ts), written before the thirteenth round, which worked from fresh-11's; "fresh-13" likewise
 * (bench/assistant-eval-fresh13.ts), written before the fourteenth round, which worked from fresh-12's; "fresh-14" likewise
 * (bench/assistant-eval-fresh14.ts), written before the fifteenth round, which worked from fresh-13's; "fresh-15" likewise
 * (bench/assistant-eval-fresh15.ts), written before the sixteenth round, which worked from fresh-14's; "fresh-16" likewise
 * (bench/assistant-eval-fresh16.ts), written before the seventeenth round, which worked from fresh-15's; "fresh-17" likewise
 * (bench/assistant-eval-fresh17.ts), written before the eighteenth round, which worked from fresh-16's; "fresh-18" likewise
 * (bench/assistant-eval-fresh18.ts), written before the nineteenth round, which worked from fresh-17's; "fresh-19" likewise
 * (bench/assistant-eval-fresh19.ts), written before the twentieth round, which worked from fresh-18's; "fresh-20" likewise
 * (bench/assistant-eval-fresh20.ts), written before the twenty-first round, which worked from fresh-19's; "fresh-21" likewise
 * (bench/assistant-eval-fresh21.ts), written before the twenty-second round, which worked from fresh-20's; "fresh-22" likewise
 * (bench/assistant-eval-fresh22.ts), written before the twenty-third round, which worked from fresh-21's; "fresh-23" likewise
 * (bench/assistant-eval-fresh23.ts), written before the twenty-fourth round, which worked from fresh-22's; "fresh-24" likewise
 * (bench/assistant-eval-fresh24.ts), written before the twenty-fifth round, which worked from fresh-23's; "fresh-25" likewise
 * (bench/assistant-eval-fresh25.ts), written before the twenty-sixth round, which worked from fresh-24's; "fresh-26" likewise
 * (bench/assistant-eval-fresh26.ts), written before the twenty-seventh round, which worked from fresh-25's. Each dialogue runs
 * in its own session under its own user; facts use subjects no other dialogue uses, because
 * memories are shared by every conversation. A tuned reminder at a clock time with AM or PM expects
 * "(tomorrow )?at": run after that hour, tomorrow's is the right answer (the blind parts are as written).
 */
import {
  Category, cancelledReply, capabilityReply, clockReply, correctedReply, dialogue, EvalDialogue, EvalPart, EvalTurn, forgotten, goodbyeReply, greetingReply, identityReply, monthDayReply, single, singlePairs, statusReply, thanksReply, unknownReply, weekdayReply, wellbeingReply,
} from "./assistant-eval-kit";
import { fresh3Dialogues, fresh3Singles } from "./assistant-eval-fresh3";
import { fresh4Dialogues, fresh4Singles } from "./assistant-eval-fresh4";
import { fresh5Dialogues, fresh5Singles } from "./assistant-eval-fresh5";
import { fresh6Dialogues, fresh6Singles } from "./assistant-eval-fresh6";
import { fresh7Dialogues, fresh7Singles } from "./assistant-eval-fresh7";
import { fresh8Dialogues, fresh8Singles } from "./assistant-eval-fresh8";
import { fresh9Dialogues, fresh9Singles } from "./assistant-eval-fresh9";
import { fresh10Dialogues, fresh10Singles } from "./assistant-eval-fresh10";
import { fresh11Dialogues, fresh11Singles } from "./assistant-eval-fresh11";
import { fresh12Dialogues, fresh12Singles } from "./assistant-eval-fresh12";
import { fresh13Dialogues, fresh13Singles } from "./assistant-eval-fresh13";
import { fresh14Dialogues, fresh14Singles } from "./assistant-eval-fresh14";
import { fresh15Dialogues, fresh15Singles } from "./assistant-eval-fresh15";
import { fresh16Dialogues, fresh16Singles } from "./assistant-eval-fresh16";
import { fresh17Dialogues, fresh17Singles } from "./assistant-eval-fresh17";
import { fresh18Dialogues, fresh18Singles } from "./assistant-eval-fresh18";
import { fresh19Dialogues, fresh19Singles } from "./assistant-eval-fresh19";
import { fresh20Dialogues, fresh20Singles } from "./assistant-eval-fresh20";
import { fresh21Dialogues, fresh21Singles } from "./assistant-eval-fresh21";
import { fresh22Dialogues, fresh22Singles } from "./assistant-eval-fresh22";
import { fresh23Dialogues, fresh23Singles } from "./assistant-eval-fresh23";
import { fresh24Dialogues, fresh24Singles } from "./assistant-eval-fresh24";
import { fresh25Dialogues, fresh25Singles } from "./assistant-eval-fresh25";
import { fresh26Dialogues, fresh26Singles } from "./assistant-eval-fresh26";

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
  ...single("tuned", "small_talk", "small_talk", identityReply, ["who are you", "what can you do", "what is your name"]),
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
    ["how much time is left", "timer", "2 timers: your egg timer, [34] minutes.*left; your rice timer, 1[45] minutes.*left"],
    ["cancel all timers", "timer", "cancelled (both|all 2) timers"],
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
const factRoundTrip = (part: EvalPart, facts: Array<[fact: string, question: string, answer: string]>, idPrefix = "fact"): EvalDialogue[] =>
  facts.map(([fact, question, answer], i) =>
    dialogue(part, "recall", `${idPrefix}-${i}`, [
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

/*
 * The fresh part: written on 2026-12-06 by someone who had not read the router's code, its word
 * lists or exemplars, nor any results; nothing is tuned on it. Requests as people say them to a
 * home speaker (fillers, politeness, British and American wording).
 */
const freshSingles: EvalDialogue[] = [
  ...single("fresh", "out_of_domain", "out_of_domain", capabilityReply, [
    // weather
    "hey, what's the weather doing this afternoon", "is it gonna be sunny tomorrow", "what's the forecast for the weekend", "do I need a jacket today",
    "how windy is it out there", "what's the temperature outside right now",
    // news
    "what's in the news this morning", "give me the latest headlines from the bbc", "any updates on the train strike",
    // sport
    "did arsenal win last night", "when's the next liverpool game", "what's the cricket score", "who's winning the tennis",
    // media
    "play my workout playlist on spotify", "put on some classical music", "play the latest episode of my podcast", "pause the music",
    "turn it up a bit", "what song is this", "put netflix on the telly",
    // smart home
    "turn off the living room lights", "dim the bedroom lights to 30 percent", "could you set the heating to 21 degrees", "lock the front door",
    "is the back door locked", "switch the kettle on", "start the robot hoover", "close the blinds in the lounge",
    // shopping
    "order more dog food from amazon", "where's my amazon parcel", "how much is a playstation 5", "reorder my coffee pods",
    // general knowledge, trivia
    "how tall is the eiffel tower", "who was the first man on the moon", "what's the capital of australia", "how many people live in tokyo",
    "when did world war two end", "why is the sky blue", "who's the prime minister", "how many legs does a spider have",
    "how many calories are in a banana", "how do you spell rhythm", "translate good morning into german",
    // travel, places
    "when's the next train to manchester", "how's the traffic on the m25", "find me a cheap flight to barcelona",
    "book me a hotel in paris for next weekend", "how long will it take me to drive to brighton", "where's the nearest pharmacy",
    "is tesco open on sunday", "what films are on at the cinema tonight",
    // jokes, opinions, games
    "tell me a fun fact", "do you know any good jokes", "which is better, cats or dogs", "what do you think about brexit",
    "what's my horoscope for today",
    // phone, messages, how-to
    "read my emails", "text my wife that I'm running late", "um, could you call the dentist for me", "find my phone",
    "find a recipe for chicken curry", "how do I get red wine out of a carpet", "how do I change a tyre",
    "I was wondering if you could recommend a good podcast",
  ]),
  // "flip a coin" was outside the skills when fresh was written; since 2026-12-07 the assistant tosses one (chance-requests).
  ...singlePairs("fresh", "arithmetic", "calculate", [["flip a coin", "^It's (heads|tails)\\.$"]]),
  ...singlePairs("fresh", "arithmetic", "calculate", [
    ["what's 17 plus 25", "\\b42\\b"], ["hey, what's nine times six", "\\b54\\b"], ["how much is 250 divided by 5", "\\b50\\b"],
    ["what's 15 percent of 60", "\\b9\\b"], ["what's seven squared", "\\b49\\b"], ["what's the square root of 81", "\\b9\\b"],
    ["what's a hundred minus thirty seven", "\\b63\\b"], ["twelve plus nineteen", "\\b31\\b"], ["um, what's 13 times 13", "\\b169\\b"],
    ["what is one thousand minus one", "\\b999\\b"], ["could you add 45 and 55", "\\b100\\b"], ["take 8 away from 30", "\\b22\\b"],
    ["divide 72 by 9", "\\b8\\b"], ["what's 0.5 times 18", "\\b9\\b"], ["what's 10 to the power of 3", "\\b1,?000\\b"],
    ["what's half of 90", "\\b45\\b"], ["what's 100 minus 20 minus 5", "\\b75\\b"], ["I was wondering what 18 divided by 4 is", "\\b4\\.5\\b"],
    ["what's 99 plus 1", "\\b100\\b"], ["how much is 7 times 8", "\\b56\\b"], ["what's 2 plus 2", "\\b4\\b"],
    ["what does 11 times 12 come to", "\\b132\\b"], ["what's 20 percent of 45", "\\b9\\b"], ["what's 1.5 plus 2.25", "\\b3\\.75\\b"],
    ["what's 300 minus 175", "\\b125\\b"], ["calculate 56 divided by 8", "\\b7\\b"], ["what's minus 5 plus 12", "\\b7\\b"],
    ["work out 24 times 3 for me", "\\b72\\b"],
    // units
    ["how many centimetres in a metre", "\\b100\\b"], ["how many inches are in a foot", "\\b12\\b"], ["how many metres in a kilometre", "\\b1,?000\\b"],
    ["convert 10 kilograms to pounds", "\\b22\\.0[45]"], ["how many pounds is 5 kilos", "\\b11\\.0[23]"],
    ["what's 20 degrees celsius in fahrenheit", "\\b68\\b"], ["convert 212 fahrenheit to celsius", "\\b100\\b"],
    ["how many millilitres in a litre", "\\b1,?000\\b"], ["how many hours are there in a week", "\\b168\\b"], ["how many days is 3 weeks", "\\b21\\b"],
    ["how many yards in a mile", "\\b1,?760\\b"], ["what's 6 feet in centimetres", "\\b182\\.(88?|9)\\b"],
    ["convert 50 miles per hour to kilometres per hour", "\\b80\\.(4[67]?|5)"], ["how many grams in a kilo", "\\b1,?000\\b"],
    ["what's 26.2 miles in kilometres", "\\b42\\.(1[67]?|2)"],
  ]),
  ...single("fresh", "time", "time", "^It's \\d{1,2}:\\d{2} (AM|PM)\\.$", [
    "hey, what time is it", "got the time?", "what's the time please", "could you tell me what time it is", "um, what time is it",
    "what's the current time", "time check", "sorry, do you know what time it is",
  ]),
  ...single("fresh", "time", "time", "^Today is ", ["what's the date", "could you tell me the date", "what's today's date please", "remind me what the date is", "date please"]),
  ...single("fresh", "time", "time", "^It's \\w+day\\.$|^Today is \\w+day", ["what day is it", "remind me what day it is", "what's the day today", "sorry, what day is it today"]),
  ...single("fresh", "time", "time", "\\b2026\\b", ["what year is it"]),
  ...single("fresh", "status", "status", "services are up|is up|are up", [
    "is everything working", "are all your services up", "any problems with the system", "is the task router running", "status update",
    "give me a system status report", "is anything down", "are all the systems go", "check the health of the services", "is the timekeeper up",
  ]),
  ...single("fresh", "small_talk", "small_talk", greetingReply, ["hiya", "morning!", "hey assistant", "good afternoon", "hi, it's me again", "hello hello"]),
  ...single("fresh", "small_talk", "small_talk", thanksReply, ["cheers", "ta very much", "thanks mate", "much appreciated", "thank you kindly", "brilliant, thanks", "that's great, thank you"]),
  ...single("fresh", "small_talk", "small_talk", goodbyeReply, ["see ya", "catch you later", "talk to you later", "I'm off now, bye", "night night", "that's all for now, goodbye"]),
  ...single("fresh", "small_talk", "small_talk", identityReply, ["what's your name", "who am I talking to", "are you a robot", "tell me about yourself"]),
  ...single("fresh", "small_talk", "small_talk", "private voice assistant|remember", ["what sort of things can you help me with", "what are you capable of"]),
  ...single("fresh", "small_talk", "small_talk", wellbeingReply, ["how's it going", "how are you doing today", "you alright?"]),
  ...single("fresh", "remember", "remember", "What should I remember\\?", [
    "can you remember something", "I want you to remember something", "take a note", "hey, remember this for me", "could you save something for me",
    "note this down", "I need you to remember something", "could you keep something in mind for me",
  ]),
  ...singlePairs("fresh", "remember", "remember", [
    ["remember that the boiler was serviced in october", "the boiler was serviced in october"],
    ["can you remember that my suit is at the dry cleaner's", "your suit is at the dry cleaner's"],
    ["please remember my nephew is allergic to peanuts", "your nephew is allergic to peanuts"],
    ["just so you know, the gardener comes every other friday", "the gardener comes every other friday"],
    ["I want you to remember that my seat on the plane is 14c", "your seat on the plane is 14c"],
    ["make a note that the tv licence renews in april", "the tv licence renews in april"],
  ]),
  ...single("fresh", "timer", "timer", "^Okay, your .*timer is set for", [
    "set a timer for 5 minutes please", "hey, can you set a timer for twenty minutes", "start a countdown for 10 minutes", "could you set me a timer for 12 minutes",
    "I need a timer for 6 minutes", "set a timer for one minute", "set a two minute timer", "um, set a timer for 35 minutes",
    "put a timer on for 25 minutes for the potatoes", "set the timer for an hour", "set a timer for a quarter of an hour", "timer for two and a half minutes",
    "set a laundry timer for 45 minutes", "start the timer for 7 minutes", "set a timer for 30 seconds", "give me a 10 minute timer",
    "I'd like a timer for 50 minutes please", "can I get a timer for three minutes", "set a timer for 1 hour 30 minutes", "set a cookie timer for 11 minutes",
    "set a timer for 90 minutes called roast", "start a 4 minute timer for my tea", "please set a nap timer for 20 minutes", "set timer 8 minutes",
  ]),
  ...single("fresh", "timer", "timer", "don't have any timers", ["how long's left on the timer", "cancel my timer", "are there any timers on", "pause my timer", "what's left on the timer"]),
  ...single("fresh", "reminder", "reminder", "^Okay, I'll remind you to ", [
    "remind me to ring grandma at 7 pm", "can you remind me to put the washing out tonight", "remind me to defrost the mince in an hour",
    "please remind me to pick up the dry cleaning tomorrow at 10am", "remind me at 3pm to call the optician", "set a reminder for tomorrow to renew the car insurance",
    "remind me on saturday to mow the lawn", "hey, remind me to move the car in 15 minutes", "I need a reminder to email sarah at 4 pm",
    "don't let me forget to phone the bank tomorrow morning", "could you remind me to water the tomatoes this evening", "remind me to take my tablets at 9 pm",
    "remind me in half an hour to check the washing", "remind me next tuesday to pay the gas bill", "remind me to order a birthday card for dad on thursday",
    "remind me at half past five to leave for the station", "set a reminder to ring the school at 8 tomorrow morning", "in 45 minutes remind me to turn the oven off",
    "remind me to pick the kids up at 3:15",
  ]),
  ...single("fresh", "reminder", "reminder", "don't have any reminders", ["what reminders have I got", "have I got any reminders set", "show me my reminders"]),
];

const freshDialogues: EvalDialogue[] = [
  dialogue("fresh", "recall", "headphones", [
    ["hey, remember that my headphones are in the hall cupboard", "remember", "your headphones are in the hall cupboard"],
    ["where did I put them", "recall", "your headphones are in the hall cupboard"],
    ["um, where are my headphones", "recall", "your headphones are in the hall cupboard"],
  ]),
  dialogue("fresh", "recall", "suitcase", [
    ["I've put the big suitcase under the stairs", "remember", "you('ve| have) put the big suitcase under the stairs"],
    ["where's the big suitcase", "recall", "under the stairs"],
    ["what did I put under the stairs", "recall", "big suitcase"],
  ]),
  dialogue("fresh", "recall", "wellies", [
    ["my wellies are by the back door", "remember", "your wellies are by the back door"],
    ["actually, they're in the porch", "correct", "your wellies are in the porch"],
    ["where are my wellies", "recall", "^(?!.*back door).*your wellies are in the porch"],
  ]),
  dialogue("fresh", "recall", "torch", [
    ["the torch is in the cupboard under the sink", "remember", "the torch is in the cupboard under the sink"],
    ["no, it's in the utility room", "correct", "the torch is in the utility room"],
    ["where's the torch", "recall", "^(?!.*sink).*the torch is in the utility room"],
    ["what did I just say", "conversation", "where's the torch"],
  ]),
  dialogue("fresh", "recall", "parking-permit", [
    ["the parking permit is in the glove box", "remember", "the parking permit is in the glove box"],
    ["where did I leave it", "recall", "glove box"],
  ]),
  dialogue("fresh", "recall", "novel", [
    ["my novel is on the bedside table", "remember", "your novel is on the bedside table"],
    ["could you tell me where my novel is", "recall", "bedside table"],
  ]),
  dialogue("fresh", "recall", "hiking-boots", [
    ["my hiking boots are in the loft", "remember", "your hiking boots are in the loft"],
    ["what do you know about my hiking boots", "recall", "your hiking boots are in the loft"],
  ]),
  dialogue("fresh", "recall", "duvet", [
    ["the spare duvet is in the airing cupboard", "remember", "the spare duvet is in the airing cupboard"],
    ["where's the spare duvet", "recall", "airing cupboard"],
    ["what did I put there", "recall", "spare duvet"],
  ]),
  dialogue("fresh", "recall", "birth-certificate", [
    ["my birth certificate is in the blue folder", "remember", "your birth certificate is in the blue folder"],
    ["what's the time now", "time", "^It's"],
    ["where's my birth certificate", "recall", "blue folder"],
  ]),
  dialogue("fresh", "recall", "vaccination-card", [
    ["my vaccination card is in the filing cabinet", "remember", "your vaccination card is in the filing cabinet"],
    ["actually it's in my desk drawer", "correct", "your vaccination card is in your desk drawer"],
    ["where's my vaccination card", "recall", "desk drawer"],
  ]),
  dialogue("fresh", "recall", "remote", [
    ["the remote is down the side of the sofa", "remember", "the remote is down the side of the sofa"],
    ["hey, where's the remote", "recall", "down the side of the sofa"],
    ["what did I just say", "conversation", "hey, where's the remote"],
  ]),
  dialogue("fresh", "recall", "ladder", [
    ["I lent my ladder to dave next door", "remember", "you lent your ladder to dave next door"],
    ["who's got my ladder", "recall", "dave"],
    ["where is it", "recall", "dave"],
  ]),
  dialogue("fresh", "recall", "wedding", [
    ["my cousin's wedding is on the 12th of september", "remember", "your cousin's wedding is on the 12th of september"],
    ["when's my cousin's wedding", "recall", "12th of september"],
  ]),
  dialogue("fresh", "recall", "stopcock", [
    ["the stopcock is behind the washing machine", "remember", "the stopcock is behind the washing machine"],
    ["I was wondering, where's the stopcock", "recall", "behind the washing machine"],
    ["is it behind the washing machine", "recall", "behind the washing machine"],
  ]),
  dialogue("fresh", "recall", "allotment", [
    ["my allotment is plot twenty seven", "remember", "your allotment is plot (27|twenty seven)"],
    ["which plot is my allotment", "recall", "\\b(27|twenty seven)\\b"],
  ]),
  dialogue("fresh", "recall", "swimming", [
    ["the kids' swimming lessons are on saturday mornings", "remember", "the kids' swimming lessons are on saturday mornings"],
    ["when are the kids' swimming lessons", "recall", "saturday mornings"],
  ]),
  dialogue("fresh", "recall", "presents", [
    ["I hid the christmas presents in the spare room", "remember", "you hid the christmas presents in the spare room"],
    ["where did I hide the presents", "recall", "spare room"],
    ["thanks", "small_talk", thanksReply],
  ]),
  dialogue("fresh", "recall", "landlord", [
    ["my landlord is called mr okafor", "remember", "your landlord is called mr okafor"],
    ["what's my landlord's name", "recall", "okafor"],
  ]),
  dialogue("fresh", "recall", "camping-stove", [
    ["the camping stove is in the cellar", "remember", "the camping stove is in the cellar"],
    ["what have I got in the cellar", "recall", "camping stove"],
  ]),
  dialogue("fresh", "remember", "shoe-size", [
    ["my shoe size is nine", "remember", "your shoe size is (9|nine)"],
    ["what size shoes do I take", "recall", "\\b(9|nine)\\b"],
  ]),
  dialogue("fresh", "remember", "hairdresser", [
    ["my hairdresser is called jamie", "remember", "your hairdresser is called jamie"],
    ["what's my hairdresser called", "recall", "jamie"],
    ["what did I just ask", "conversation", "what's my hairdresser called"],
  ]),
  dialogue("fresh", "remember", "babysitter", [
    ["remember something for me", "remember", "What should I remember\\?"],
    ["the babysitter is called chloe", "remember", "the babysitter is called chloe"],
    ["what's the babysitter called", "recall", "chloe"],
  ]),
  dialogue("fresh", "remember", "tax-return", [
    ["note that my tax return is due on january 31st", "remember", "your tax return is due on january 31"],
    ["when's my tax return due", "recall", "january 31"],
    ["what did I just say", "conversation", "when's my tax return due"],
  ]),
  dialogue("fresh", "remember", "recycling", [
    ["the recycling goes out on thursdays", "remember", "the recycling goes out on thursdays"],
    ["when does the recycling go out", "recall", "thursdays"],
  ]),
  dialogue("fresh", "remember", "christening", [
    ["my niece's christening is on the 3rd of august", "remember", "your niece's christening is on the 3rd of august"],
    ["when's my niece's christening", "recall", "3rd of august"],
  ]),
  dialogue("fresh", "forget", "padlock", [
    ["the padlock combination is 3591", "remember", "the padlock combination is 3591"],
    ["what's the padlock combination again", "recall", "3591"],
    ["please forget the padlock combination", "forget", forgotten],
    ["what's the padlock combination", "recall", "^(?!.*3591)"],
  ]),
  dialogue("fresh", "forget", "burglar-alarm", [
    ["the burglar alarm pin is 8821", "remember", "the burglar alarm pin is 8821"],
    ["actually, forget that", "forget", forgotten],
    ["what's the burglar alarm pin", "recall", "^(?!.*8821)"],
  ]),
  dialogue("fresh", "forget", "yoga", [
    ["note that my yoga class is on wednesday evenings", "remember", "your yoga class is on wednesday evenings"],
    ["when's my yoga class", "recall", "wednesday evenings"],
    ["you can forget about my yoga class now", "forget", forgotten],
    ["when is my yoga class", "recall", "^(?!.*wednesday)"],
  ]),
  dialogue("fresh", "forget", "vet", [
    ["the vet is called anna", "remember", "the vet is called anna"],
    ["forget the vet's name", "forget", forgotten],
    ["who's the vet", "recall", "^(?!.*anna)"],
  ]),
  dialogue("fresh", "conversation", "sum-repeat", [
    ["what's 6 times 7", "calculate", "\\b42\\b"],
    ["sorry, what was that?", "conversation", "\\b42\\b"],
    ["say that again", "conversation", "\\b42\\b"],
  ]),
  dialogue("fresh", "conversation", "afternoon", [
    ["hello, good afternoon", "small_talk", greetingReply],
    ["hang on, what did I just say", "conversation", "hello, good afternoon"],
  ]),
  dialogue("fresh", "conversation", "date-repeat", [
    ["er, what's the date", "time", "^Today is "],
    ["could you repeat that please", "conversation", "Today is "],
  ]),
  dialogue("fresh", "conversation", "lucky-number", [
    ["my lucky number is seventeen", "remember", "your lucky number is (17|seventeen)"],
    ["what did I just tell you", "conversation", "lucky number is (seventeen|17)"],
    ["what's my lucky number", "recall", "\\b(17|seventeen)\\b"],
  ]),
  dialogue("fresh", "timer", "lasagne", [
    ["set a lasagne timer for 45 minutes", "timer", "your lasagne timer is set for 45 minutes"],
    ["how long's left on the lasagne timer", "timer", "lasagne timer has (44|45) minutes"],
    ["pause it", "timer", "paused"],
    ["unpause it", "timer", "running again"],
    ["actually cancel the lasagne timer", "timer", "cancelled your lasagne timer"],
    ["do I have any timers", "timer", "don't have any timers"],
  ]),
  dialogue("fresh", "timer", "fish-and-chips", [
    ["set a fish timer for 12 minutes", "timer", "your fish timer is set for 12 minutes"],
    ["and a chips timer for 20 minutes", "timer", "your chips timer is set for 20 minutes"],
    ["what timers have I got", "timer", "(2|two) timers"],
    ["cancel the fish timer", "timer", "cancelled your fish timer"],
    ["what timers have I got", "timer", "one timer: your chips timer"],
  ]),
  dialogue("fresh", "timer", "plain", [
    ["set a timer for 10 minutes", "timer", "^Okay, your .*timer is set for 10 minutes"],
    ["how much longer on the timer", "timer", "\\b(9|10) minutes"],
    ["cancel that timer", "timer", "cancelled"],
    ["is there a timer running", "timer", "don't have any timers"],
  ]),
  dialogue("fresh", "reminder", "bins", [
    ["remind me to put the bins out at 7 pm", "reminder", "remind you to put the bins out"],
    ["what reminders have I got", "reminder", "one reminder: put the bins out"],
    ["cancel that reminder", "reminder", "cancelled your reminder to put the bins out"],
    ["have I got any reminders", "reminder", "don't have any reminders"],
  ]),
  dialogue("fresh", "reminder", "council-mot", [
    ["remind me to ring the council in an hour", "reminder", "remind you to ring the council"],
    ["also remind me to book the mot tomorrow", "reminder", "remind you to book the mot"],
    ["what are my reminders", "reminder", "(2|two) reminders"],
    ["delete the reminder to ring the council", "reminder", "cancelled your reminder to ring the council"],
  ]),
  dialogue("fresh", "reminder", "freezer", [
    ["can you remind me to take the chicken out of the freezer at 5 pm", "reminder", "remind you to take the chicken out of the freezer"],
    ["what did I just say", "conversation", "remind me to take the chicken out of the freezer at 5 pm"],
  ]),
  dialogue("fresh", "out_of_domain", "forecast-then-timer", [
    ["what's the forecast for tomorrow", "out_of_domain", "can't help with the weather"],
    ["ok, set a timer for 5 minutes then", "timer", "^Okay, your .*timer is set for 5 minutes"],
  ]),
  dialogue("fresh", "out_of_domain", "football-then-time", [
    ["who won the premier league last season", "out_of_domain", capabilityReply],
    ["fine, what time is it then", "time", "^It's \\d{1,2}:\\d{2} (AM|PM)\\.$"],
  ]),
  dialogue("fresh", "out_of_domain", "telly-then-skills", [
    ["can you turn the telly on", "out_of_domain", capabilityReply],
    ["what can you do then", "small_talk", "private voice assistant|remember"],
  ]),
];

/**
 * Tuned with the router's out-of-domain exemplars and sentence forms (issue 25, second round): requests
 * for outside skills that no topic cue names, status and clock paraphrases, facts stated without
 * "my" or "remember" and the questions that ask for them.
 */
const tunedParaphrases: EvalDialogue[] = [
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "how hot will it get this afternoon", "will there be frost tonight", "any big stories in the papers", "how did the rugby go yesterday",
    "put some relaxing piano on", "skip to the next track", "dim the lamp in the lounge", "close the living room blinds", "start the dishwasher",
    "find me cheap trainers online", "why do cats purr", "how many bones are in the human body", "what does procrastinate mean",
    "who was cleopatra", "is the motorway busy right now", "do you like dogs", "which is better, tea or coffee", "i want to listen to some jazz",
  ]),
  ...single("tuned", "status", "status", "services are up|is up|are up", [
    "are you working properly", "is anything broken", "run a diagnostic", "are all the systems online", "how are the services doing",
  ]),
  ...single("tuned", "time", "time", "^Today is ", ["what's the date today", "what month is it", "tell me today's date"]),
  ...single("tuned", "time", "time", "^It's \\d{1,2}:\\d{2} (AM|PM)\\.$", ["have you got the time", "could you tell me the time please"]),
  ...single("tuned", "time", "time", "^It's \\w+day\\.$", ["which day is it"]),
  dialogue("tuned", "recall", "headphones-not-media", [
    ["my headphones are in the music room", "remember", "your headphones are in the music room"],
    ["where are my headphones", "recall", "music room"],
  ]),
  ...factRoundTrip("tuned", [
    ["the plumber is coming on tuesday", "when is the plumber coming", "tuesday"],
    ["the spare bulbs are in the hall cupboard", "where are the spare bulbs", "hall cupboard"],
    ["our router password is sunflower99", "what is our router password", "sunflower99"],
    ["the bins go out on wednesday night", "when do the bins go out", "wednesday"],
    ["the gas meter is behind the stairs", "where is the gas meter", "behind the stairs"],
    ["the ferry leaves from pier 3", "which pier does the ferry leave from", "pier 3"],
    ["dad's birthday is on march 3", "when is dad's birthday", "march 3"],
    ["the dentist appointment is at 3 pm on friday", "what time is the dentist appointment", "3 pm"],
    ["our landlord is called mr patel", "who is our landlord", "patel"],
  ], "statement"),
];

/*
 * The fresh-2 part: written on 2026-12-06 by someone who had read neither the router's code nor
 * the other parts' sentences nor any results; nothing is tuned on it. Requests as people say them
 * to a home speaker: fillers, politeness, British and American wording, contractions, indirect
 * requests. Every fact's subject appears nowhere else in this file.
 */
const f2Time = "\\b\\d{1,2}:\\d{2} ?(AM|PM)\\b";
const f2DontKnow = "don't know|haven't told me|not sure|no idea";
const f2NothingToForget = "forg[eo]t|don't (know|have)|didn't (know|have)|nothing|couldn't find";
const fresh2Singles: EvalDialogue[] = [
  ...single("fresh-2", "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow",
    "is it going to rain this afternoon",
    "do I need a brolly today",
    "play some jazz",
    "can you put radio 4 on",
    "skip this song",
    "turn the living room lights off please",
    "set the thermostat to 20 degrees",
    "lock the front door",
    "what's the latest news",
    "what were the headlines this morning",
    "who won the football last night",
    "what's the score in the cricket",
    "order some more dishwasher tablets on amazon",
    "can you order us a pizza",
    "book me a table for two at the italian place on friday",
    "ring my sister",
    "send a text to dave saying I'm running late",
    "read me my emails",
    "how's the traffic on the m25",
    "how do I get to the nearest petrol station",
    "what's the capital of australia",
    "who painted the mona lisa",
    "how do you spell necessary",
    "what does serendipity mean",
    "how do you say good morning in spanish",
    "tell me a joke",
    "what's a good recipe for banana bread",
    "how long should I boil an egg for",
    "what time does tesco close tonight",
    "when's the next bus into town",
    "how much is bitcoin worth right now",
    "what's the exchange rate for euros today",
    "what's on telly tonight",
    "find me a plumber near here",
    "can you recommend a good film to watch",
    "sing me a song",
    "how tall is mount everest",
    "what time is sunset today",
    "start the hoover in the kitchen",
  ]),
  ...single("fresh-2", "timer", "timer", "^Okay, your .*timer is set for", [
    "set a timer for ten minutes please",
    "can you set a 5 minute timer",
    "timer, twenty minutes",
    "put a timer on for 45 minutes would you",
    "start a countdown for 90 seconds",
    "set a timer for half an hour",
    "could you time 3 minutes for my tea",
    "I need a timer for an hour and a half",
    "um, set a timer for, uh, eight minutes",
    "set a flapjack timer for 12 minutes",
    "give me a two minute timer",
    "hey, can you start a 25 minute timer for the parsnips",
  ]),
  ...single("fresh-2", "timer", "timer", "don't have any timers", [
    "how much longer on the timer",
    "stop the timer please",
    "is there a timer going",
    "cancel all my timers",
  ]),
  ...single("fresh-2", "reminder", "reminder", "^Okay, I'll remind you to ", [
    "remind me to ring the bank at 4 pm",
    "can you remind me to take my tablets at 9 tonight",
    "remind me in 20 minutes to check the washing",
    "please remind me to move the car at half past eight tomorrow morning",
    "set a reminder to pay the window cleaner on friday at 10 am",
    "don't let me forget to put the recycling out at 7 pm",
    "could you remind me to call grandad in an hour",
    "remind me tomorrow at noon to email the school",
    "I need a reminder to pick up the prescription at 5 pm",
    "give me a nudge at 6 pm to start dinner",
  ]),
  ...single("fresh-2", "reminder", "reminder", "don't have any reminders", [
    "any reminders for me",
    "what reminders are set",
    "read me my reminders",
    "have I got anything I need reminding about",
  ]),
  ...single("fresh-2", "remember", "remember", "What should I remember\\?", [
    "can you remember something for me",
    "I need you to remember something",
    "remember something for me please",
    "take a note",
    "could you save something for me",
    "I've got something for you to remember",
  ]),
  ...singlePairs("fresh-2", "remember", "remember", [
    ["can you remember that my mum's flight lands at gatwick", "your mum's flight lands at gatwick"],
    ["please remember the spare candles are in the biscuit tin", "(the )?spare candles are in the biscuit tin"],
    ["just so you know, my brother-in-law's called rupert", "your brother-in-law('s| is) called rupert"],
    ["remember I left the hedge trimmer at my nan's", "you left the hedge trimmer at your nan's"],
    ["keep in mind that the puppy's flea treatment is due on the 20th", "the puppy's flea treatment is due on the (20th|twentieth)"],
    ["could you make a note that the wheelie bin key is on the hook by the fridge", "the wheelie bin key is on the hook by the fridge"],
    ["remember my tetanus jab is due in march", "your tetanus jab is due in march"],
    ["don't forget, my daughter's tutor is mrs whitlock", "your daughter's tutor is mrs whitlock"],
    ["save this: the guest network password is marmalade77", "the guest network password is marmalade ?(77|seventy.seven)"],
    ["note that the childminder finishes at half five on thursdays", "the childminder finishes at half (five|5) on thursdays"],
  ]),
  ...single("fresh-2", "recall", "recall", f2DontKnow, [
    "where's my tape measure",
    "what's my national insurance number",
    "when's my godson's birthday",
    "do you know where I parked the caravan",
    "what's my physio called",
    "who's feeding the tortoise this weekend",
  ]),
  ...single("fresh-2", "forget", "forget", f2NothingToForget, [
    "forget what I told you about the lawnmower",
    "can you forget my bank sort code",
    "please delete the note about the chimney",
    "erase what you know about my sister-in-law's address",
  ]),
  ...single("fresh-2", "time", "time", f2Time, [
    "what's the time please",
    "got the time?",
    "sorry, what time is it now",
    "can you tell me what time it is",
    "how late is it",
    "time check please",
  ]),
  ...single("fresh-2", "time", "time", "^Today is |\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b", [
    "what's the date today then",
    "what's today's date",
    "what date is it today",
    "what month are we in",
  ]),
  ...single("fresh-2", "time", "time", "\\b\\w+day\\b", ["what day of the week is it today", "which day is it today", "what day is it"]),
  ...single("fresh-2", "time", "time", "\\b2026\\b", ["what year are we in"]),
  ...single("fresh-2", "status", "status", statusReply, [
    "are all your systems working",
    "is everything running ok",
    "any problems with the services",
    "how's the system looking",
    "can you run a quick health check",
    "are all the services up",
    "status update please",
    "is anything down at the moment",
    "check the system status for me",
    "is the speech recogniser running",
  ]),
  ...single("fresh-2", "small_talk", "small_talk", greetingReply, ["hello there", "hi assistant", "evening!", "hey, good morning", "hiya, you there?"]),
  ...single("fresh-2", "small_talk", "small_talk", thanksReply, ["thanks ever so much", "cheers for that", "thank you, that's really helpful", "thanks a bunch"]),
  ...single("fresh-2", "small_talk", "small_talk", goodbyeReply, ["bye for now", "goodnight", "ok, see you tomorrow", "right, I'm off. bye"]),
  ...single("fresh-2", "small_talk", "small_talk", identityReply, ["what's your name then", "who am I speaking to"]),
  ...single("fresh-2", "small_talk", "small_talk", "private voice assistant|remember", ["what can you help me with", "what kind of things can you do"]),
  ...single("fresh-2", "small_talk", "small_talk", wellbeingReply, ["how are you today", "how's your day going", "are you doing ok"]),
  ...singlePairs("fresh-2", "arithmetic", "calculate", [
    ["what's 15 percent of 80", "\\b(12|twelve)\\b"],
    ["what's 144 divided by 12", "\\b(12|twelve)\\b"],
    ["what's the square root of 81", "\\b(9|nine)\\b"],
    ["how many centimetres in an inch", "\\b2\\.54\\b"],
    ["how many ounces are there in a pound", "\\b(16|sixteen)\\b"],
    ["what's 3 and a half times 4", "\\b(14|fourteen)\\b"],
    ["what's a thousand minus 387", "\\b613\\b"],
    ["what's nine squared", "\\b(81|eighty.one)\\b"],
    ["how many feet in a mile", "\\b5,?280\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["what's half of 250", "\\b125\\b"],
    ["convert 5 kilometres to miles", "\\b3\\.1"],
    ["what's 100 fahrenheit in celsius", "\\b37\\.[78]"],
    ["how many seconds are there in an hour", "\\b3,?600\\b"],
    ["how many minutes in a day", "\\b1,?440\\b"],
    ["what's a quarter of 60", "\\b(15|fifteen)\\b"],
    ["um, what's 19 plus 23", "\\b(42|forty.two)\\b"],
    ["twenty five times four", "\\b(100|one hundred|a hundred)\\b"],
    ["what's 17 percent of 200", "\\b(34|thirty.four)\\b"],
    ["if I split 90 pounds three ways how much is that each", "\\b(30|thirty)\\b"],
    ["what's 7 times 8 plus 4", "\\b(60|sixty)\\b"],
    ["how much is 1250 take away 480", "\\b770\\b"],
  ]),
];

const fresh2Dialogues: EvalDialogue[] = [
  dialogue("fresh-2", "timer", "couscous", [
    ["set a timer for 15 minutes for the couscous", "timer", "couscous timer is set for (15|fifteen) minutes"],
    ["how long's left on the couscous", "timer", "couscous timer has (14|15|fourteen|fifteen) minutes"],
    ["ok, cancel the couscous timer", "timer", "cancelled your couscous timer"],
  ]),
  dialogue("fresh-2", "timer", "sprouts-gammon", [
    ["set a 10 minute timer for the sprouts", "timer", "sprouts timer is set for (10|ten) minutes"],
    ["and a 30 minute one for the gammon please", "timer", "gammon timer is set for (30|thirty) minutes"],
    ["what timers have I got", "timer", "(2|two) timers"],
    ["cancel the sprouts timer", "timer", "cancelled your sprouts timer"],
    ["what timers are running now", "timer", "one timer: your gammon timer"],
  ]),
  dialogue("fresh-2", "timer", "noodles", [
    ["put a 4 minute timer on for the noodles", "timer", "noodles timer is set for (4|four) minutes"],
    ["actually, cancel it", "timer", "cancelled your noodles timer"],
    ["do I have any timers left", "timer", "don't have any timers"],
  ]),
  dialogue("fresh-2", "reminder", "surgery", [
    ["remind me to phone the surgery at 3 pm tomorrow", "reminder", "remind you to phone the surgery"],
    ["what reminders do I have", "reminder", "one reminder: phone the surgery"],
    ["actually cancel that reminder", "reminder", "cancelled your reminder to phone the surgery"],
  ]),
  dialogue("fresh-2", "reminder", "lamb-goldfish", [
    ["remind me to defrost the lamb at 4 pm", "reminder", "remind you to defrost the lamb"],
    ["and remind me to feed the goldfish at 6 pm", "reminder", "remind you to feed the goldfish"],
    ["how many reminders have I got", "reminder", "(2|two) reminders"],
  ]),
  dialogue("fresh-2", "reminder", "railcard", [
    ["have I got any reminders", "reminder", "don't have any reminders"],
    ["ok, remind me to renew my railcard at 10 am tomorrow", "reminder", "remind you to renew your railcard"],
    ["what reminders have I got now", "reminder", "one reminder: renew your railcard"],
  ]),
  dialogue("fresh-2", "recall", "kayak", [
    ["remember that my kayak is in my uncle's barn", "remember", "your kayak is in your uncle's barn"],
    ["where's my kayak", "recall", "your kayak is in your uncle's barn"],
    ["what did I just ask you", "conversation", "where's my kayak"],
  ]),
  dialogue("fresh-2", "recall", "chiropodist", [
    ["the chiropodist appointment is on tuesday the 9th at 11", "remember", "the chiropodist appointment is on tuesday the (9th|ninth) at (11|eleven)"],
    ["when's the chiropodist appointment", "recall", "the chiropodist appointment is on tuesday the (9th|ninth) at (11|eleven)"],
  ]),
  dialogue("fresh-2", "recall", "accountant", [
    ["my accountant is called priya shah", "remember", "your accountant is called priya shah"],
    ["thanks", "small_talk", thanksReply],
    ["sorry, who's my accountant again", "recall", "your accountant is called priya shah"],
  ]),
  dialogue("fresh-2", "recall", "flask", [
    ["the flask is in the picnic hamper", "remember", "the flask is in the picnic hamper"],
    ["actually no, the flask is on the top shelf of the pantry", "correct", "the flask is on the top shelf of the pantry"],
    ["where's the flask", "recall", "^(?!.*picnic hamper).*the flask is on the top shelf of the pantry"],
  ]),
  dialogue("fresh-2", "recall", "lodger", [
    ["our lodger is called marguerite", "remember", "your lodger is called marguerite"],
    ["what's our lodger called", "recall", "your lodger is called marguerite"],
  ]),
  dialogue("fresh-2", "recall", "ukulele", [
    ["I lent my ukulele to jo from work", "remember", "you lent your ukulele to jo from work"],
    ["who did I lend my ukulele to", "recall", "you lent your ukulele to jo from work"],
  ]),
  dialogue("fresh-2", "recall", "tree-surgeon", [
    ["the tree surgeon is coming on the 3rd of january", "remember", "the tree surgeon is coming on the (3rd|third) of january"],
    ["when's the tree surgeon coming", "recall", "the tree surgeon is coming on the (3rd|third) of january"],
    ["what did I just say", "conversation", "when's the tree surgeon coming"],
  ]),
  dialogue("fresh-2", "recall", "fuse-box", [
    ["can you remember the fuse box is behind the coats in the hall", "remember", "the fuse box is behind the coats in the hall"],
    ["where's the fuse box", "recall", "the fuse box is behind the coats in the hall"],
    ["brilliant, thank you", "small_talk", thanksReply],
  ]),
  dialogue("fresh-2", "recall", "cottage", [
    ["our holiday cottage is booked for the 14th of july", "remember", "your holiday cottage is booked for the (14th|fourteenth) of july"],
    ["when's the cottage booked for", "recall", "your holiday cottage is booked for the (14th|fourteenth) of july"],
  ]),
  dialogue("fresh-2", "forget", "gate", [
    ["remember the code for the garden gate is 7302", "remember", "the code for the garden gate is (7302|73 ?02)"],
    ["what's the code for the garden gate", "recall", "7302|73 ?02"],
    ["please forget the garden gate code", "forget", forgotten],
    ["what's the code for the garden gate", "recall", "^(?!.*(7302|73 ?02))"],
  ]),
  dialogue("fresh-2", "forget", "godmother", [
    ["my godmother lives in harrogate", "remember", "your godmother lives in harrogate"],
    ["where does my godmother live", "recall", "your godmother lives in harrogate"],
    ["forget where my godmother lives", "forget", forgotten],
    ["where does my godmother live", "recall", "^(?!.*harrogate)"],
  ]),
  dialogue("fresh-2", "conversation", "six-nines", [
    ["what's 6 times 9", "calculate", "\\b(54|fifty.four)\\b"],
    ["what did I just ask", "conversation", "6 times 9"],
  ]),
  dialogue("fresh-2", "conversation", "first-thing", [
    ["hello", "small_talk", greetingReply],
    ["what's the time", "time", f2Time],
    ["what was the first thing I said", "conversation", "hello"],
  ]),
  dialogue("fresh-2", "small_talk", "morning-chat", [
    ["morning!", "small_talk", greetingReply],
    ["how are you doing", "small_talk", wellbeingReply],
    ["lovely. right, bye now", "small_talk", goodbyeReply],
  ]),
  dialogue("fresh-2", "time", "day-then-date", [
    ["what day is it", "time", "\\b\\w+day\\b"],
    ["and the date?", "time", "^Today is |\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"],
  ]),
  dialogue("fresh-2", "arithmetic", "follow-on", [
    ["what's 250 plus 175", "calculate", "\\b425\\b"],
    ["and divide that by 5", "calculate", "\\b(85|eighty.five)\\b"],
  ]),
  dialogue("fresh-2", "out_of_domain", "weather-then-timer", [
    ["what's the weather like today", "out_of_domain", capabilityReply],
    ["ok then, set a timer for 20 minutes", "timer", "^Okay, your .*timer is set for (20|twenty) minutes"],
    ["thanks", "small_talk", thanksReply],
  ]),
  dialogue("fresh-2", "status", "status-then-time", [
    ["are all the services ok", "status", statusReply],
    ["and what time is it", "time", f2Time],
  ]),
];


/**
 * Round 17's own requests (issue 25): a new user's requests that no part holds, written at the start
 * of the round and run before any fix, kept as regression checks. Timers, reminders, facts about a
 * life with corrections and pronouns, the clock, sums, small talk and requests outside the skills, in
 * British and American wording and as speech-to-text writes them (lowercase, numbers as words).
 */
const round17OwnRequests: EvalDialogue[] = [
  ...singlePairs("tuned", "timer", "timer", [
    ["can you time twelve minutes for me", "timer.*12 minutes"],
    ["put a timer on for a quarter of an hour", "timer.*15 minutes"],
    ["timer two minutes", "timer.*2 minutes"],
    ["set a timer for 1 hour 20 minutes", "timer.*1 hour and 20 minutes"],
    ["start a countdown for forty seconds", "timer.*40 seconds"],
    ["cancel all my timers", "cancell?ed|don't have any timers"],
  ]),
  dialogue("tuned", "timer", "round17-potatoes", [
    ["set a timer for twenty five minutes for the roast potatoes", "timer", "potato(es)? timer.*25 minutes"],
    ["how long is left on the potatoes", "timer", "left"],
    ["stop the potato timer", "timer", "cancell?ed"],
  ]),
  dialogue("tuned", "timer", "round17-brew-and-toast", [
    ["set a brew timer for four minutes", "timer", "brew timer.*4 minutes"],
    ["and another one for the crumpets for three minutes", "timer", "crumpets? timer.*3 minutes"],
    ["pause the brew timer", "timer", "paused"],
    ["how many timers are going", "timer", "have (2|two) timers"],
    ["cancel the crumpet timer", "timer", "cancell?ed"],
  ]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["remind me to defrost the chicken at half past four", "remind you to defrost the chicken.*4:30 PM"],
    ["remind me on saturday to renew the paddleboard insurance", "remind you to renew the paddleboard insurance.*Saturday"],
    ["don't let me forget to take the bins out tonight", "remind you to take the bins out"],
    ["remind me in forty five minutes to check on the bread", "remind you to check on the bread"],
    ["set a reminder for quarter to nine tomorrow to ring the gp surgery", "remind you to ring the gp surgery.*8:45 AM"],
    ["could you remind me to pay the farrier on friday", "remind you to pay the farrier.*Friday"],
    ["nudge me in ten minutes to take the washing out", "remind you to take the washing out"],
    ["remind me at 6 pm to feed the guinea pigs", "remind you to feed the guinea pigs.*6:00 PM"],
  ]),
  dialogue("tuned", "reminder", "round17-passport-photos", [
    ["remind me to get passport photos done on thursday at ten am", "reminder", "remind you to get passport photos done.*10:00 AM"],
    ["what reminders have i got", "reminder", "passport photos"],
    ["cancel the passport photos reminder", "reminder", "cancell?ed"],
  ]),
  dialogue("tuned", "recall", "round17-paddleboard", [
    ["my paddleboard is in the garage loft", "remember", "your paddleboard is in the garage loft"],
    ["where's my paddleboard", "recall", "garage loft"],
    ["no it's in the shed", "correct", "^(?=.*corrected)(?=.*shed)"],
    ["where is it", "recall", "shed"],
  ]),
  dialogue("tuned", "recall", "round17-farrier", [
    ["the farrier is called gareth", "remember", "farrier is called gareth"],
    ["whats the farriers name", "recall", "gareth"],
    ["actually his name is gavin", "correct", "^(?=.*corrected)(?=.*gavin)"],
    ["who's the farrier", "recall", "gavin"],
  ]),
  dialogue("tuned", "recall", "round17-bassoon", [
    ["remember my bassoon reeds are in the top drawer of the desk", "remember", "your bassoon reeds are in the top drawer of the desk"],
    ["where did i put my bassoon reeds", "recall", "top drawer"],
  ]),
  dialogue("tuned", "recall", "round17-septic", [
    ["remember our septic tank gets emptied every march", "remember", "septic tank gets emptied every march"],
    ["when does the septic tank get emptied", "recall", "march"],
    ["when is that again", "recall", "march"],
  ]),
  dialogue("tuned", "recall", "round17-cattery", [
    ["remember the cattery door code is four four seven one", "remember", "cattery door code is (4471|four four seven one)"],
    ["what's the code for the cattery", "recall", "4471|four four seven one"],
  ]),
  dialogue("tuned", "recall", "round17-ruby", [
    ["my niece ruby has ballet on thursdays", "remember", "ruby has ballet on thursdays"],
    ["when does she have ballet", "recall", "thursdays"],
  ]),
  dialogue("tuned", "forget", "round17-guinea-pig-food", [
    ["remember the guinea pig food is under the sink", "remember", "guinea pig food is under the sink"],
    ["forget about the guinea pig food", "forget", forgotten],
    ["where's the guinea pig food", "recall", "don't know|haven't told me"],
  ]),
  dialogue("tuned", "recall", "round17-hedge-cutter", [
    ["i lent my hedge cutter to the neighbours at number twelve", "remember", "you lent your hedge cutter to the neighbours at number (12|twelve)"],
    ["who did i lend my hedge cutter to", "recall", "neighbours"],
  ]),
  dialogue("tuned", "recall", "round17-tumble-dryer", [
    ["right so the tumble dryer filter is behind the little flap at the bottom can you remember that", "remember", "tumble dryer filter is behind the little flap"],
    ["where's the tumble dryer filter", "recall", "flap"],
  ]),
  dialogue("tuned", "recall", "round17-pediatrician", [
    ["my kid's pediatrician is doctor alvarez", "remember", "pediatrician is doctor alvarez"],
    ["who's my kid's pediatrician", "recall", "alvarez"],
  ]),
  dialogue("tuned", "recall", "round17-stair-gate", [
    ["the stair gate key is in the blue mug", "remember", "stair gate key is in the blue mug"],
    ["no sorry the green mug", "correct", "^(?=.*corrected)(?=.*green mug)"],
    ["where's the stair gate key", "recall", "green mug"],
  ]),
  dialogue("tuned", "conversation", "round17-loft-hatch", [
    ["the loft hatch pole lives behind the airing cupboard door", "remember", "loft hatch pole lives behind the airing cupboard door"],
    ["what did i just say", "conversation", "loft hatch pole"],
  ]),
  ...singlePairs("tuned", "time", "time", [
    ["whats the time", "\\b\\d{1,2}:\\d{2} ?(AM|PM)\\b"],
    ["what's the date on sunday", "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}"],
    ["what day of the week is the fourth of july", "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"],
    ["how many days till new year's eve", "\\d+ days|tomorrow|today"],
    ["what's the date the day after tomorrow", "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}"],
    ["is it tuesday today", "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"],
  ]),
  ...singlePairs("tuned", "arithmetic", "calculate", [
    ["what's seventeen times twenty three", "\\b391\\b"],
    ["how much is a hundred and twenty divided by eight", "\\b15\\b"],
    ["what's twenty percent of forty five", "\\b9\\b"],
    ["convert 30 miles to km", "\\b48\\.2\\d*\\b|\\b48\\b"],
    ["how many ounces in 250 grams", "\\b8\\.8\\d*\\b|\\b9\\b"],
    ["what's 180 celsius in fahrenheit", "\\b356\\b"],
    ["what's half of three hundred and fifty", "\\b175\\b"],
    ["square root of eighty one", "\\b9\\b"],
    ["how many centimetres is six feet", "\\b182\\.88?\\b|\\b183\\b"],
  ]),
  ...singlePairs("tuned", "small_talk", "small_talk", [
    ["morning", greetingReply],
    ["cheers", thanksReply],
    ["ta very much", thanksReply],
    ["night night", goodbyeReply],
    ["how are you doing", wellbeingReply],
    ["what's your name", identityReply],
  ]),
  ...single("tuned", "status", "status", statusReply, ["is the memory service working", "are you all up and running"]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "is it going to rain this weekend", "what's the forecast for manchester tomorrow", "play radio four", "put on some taylor swift",
    "turn the thermostat up to twenty one", "switch off the kitchen lights", "what's happening in the news today", "who won the premier league last season",
    "how old is king charles", "order more dishwasher tablets", "call my wife", "lock the front door", "how do i get to the nearest a and e",
    "preheat the oven to two hundred degrees", "what's the exchange rate for euros", "read me a bedtime story", "do i need an umbrella today",
    "whats the score in the yankees game",
  ]),
];

// Round 22's own requests (2026-12-07), written before its fixes from the kinds fresh-20 failed on (not its sentences):
// a timer asked for with "do" or a filler before its length, a repeat or a day said before "remind me", a part of the
// day after a weekday's hour, "which ... am i in" with nothing kept, where a string of lights is, the clock in a
// place said tersely or as a follow-up, a reminder moved to a time said in words, and a correction of a fact told
// with "'s".
const round22OwnRequests: EvalDialogue[] = [
  ...singlePairs("tuned", "timer", "timer", [
    ["can you do me a timer for 8 minutes", "timer is set for 8 minutes"],
    ["could you do a 12 minute timer", "timer is set for 12 minutes"],
    ["set a timer for like 20 minutes", "^(?!.*like timer).*timer is set for 20 minutes"],
    ["do a timer for um five minutes", "timer is set for 5 minutes"],
  ]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["every friday at 6 pm remind me to put the recycling out", "remind you to put the recycling out every Friday at 6:00 PM"],
    ["every day at 8 am remind me to take my vitamins", "remind you to take (my|your) vitamins every day at 8:00 AM"],
    ["on mondays at 10 am remind me to water the plants", "remind you to water the plants every Monday at 10:00 AM"],
    ["on weekdays at 8:45 am remind me to pack the school bags", "remind you to pack the school bags (every weekday|on weekdays) at 8:45 AM"],
    ["tomorrow at 5 pm remind me to ring the garage", "remind you to ring the garage tomorrow at 5:00 PM"],
    ["remind me on friday at 6 in the evening to call grandad", "remind you to call grandad (on Friday|tomorrow) at 6:00 PM"],
    ["remind me every thursday at 5 in the afternoon to pick up the dry cleaning", "remind you to pick up the dry cleaning every Thursday at 5:00 PM"],
    ["every wednesday at 7 in the evening remind me to put the bins out", "remind you to put the bins out every Wednesday at 7:00 PM"],
    ["remind me every monday at 8 in the morning to put the bins out", "remind you to put the bins out every Monday at 8:00 AM"],
    ["remind me every day at 9 at night to lock the back door", "remind you to lock the back door every day at 9:00 PM"],
  ]),
  ...single("tuned", "recall", "recall", unknownReply, [
    "which seat am I in", "what row am I in", "which carriage am i in", "where are the fairy lights", "where did I put the bike lights",
    "where are the outdoor lights kept",
  ]),
  dialogue("tuned", "recall", "round22-seat", [
    ["my seat on the train is 42b", "remember", "seat on the train is 42b"],
    ["which seat am I in", "recall", "42b"],
  ]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, ["turn on the christmas lights", "switch the fairy lights off"]),
  ...singlePairs("tuned", "time", "time", [
    ["time in tokyo", `${clockReply} in Tokyo`],
    ["time in los angeles please", `${clockReply} in Los Angeles`],
    ["the time in paris?", `${clockReply} in Paris`],
  ]),
  dialogue("tuned", "time", "round22-places", [
    ["what time is it", "time", clockReply],
    ["what about in tokyo", "time", `${clockReply} in Tokyo`],
    ["and in london?", "time", `${clockReply} in London`],
    ["how about new york", "time", `${clockReply} in New York`],
  ]),
  dialogue("tuned", "out_of_domain", "round22-weather", [
    ["what's the weather in paris", "out_of_domain", capabilityReply],
    ["what about in rome", "out_of_domain", capabilityReply],
  ]),
  dialogue("tuned", "reminder", "round22-mum", [
    ["remind me to call mum at 4 pm", "reminder", "remind you to call (mum|your mum) (tomorrow )?at 4:00 PM"],
    ["make it quarter to five", "reminder", "4:45 PM instead"],
  ]),
  dialogue("tuned", "reminder", "round22-wake", [
    ["wake me up at 6 tomorrow", "reminder", "tomorrow at 6:00 AM"],
    ["actually make it half past five", "reminder", "5:30 AM instead"],
  ]),
  dialogue("tuned", "reminder", "round22-cat", [
    ["set a reminder to feed the cat at 7 pm", "reminder", "remind you to feed the cat (tomorrow )?at 7:00 PM"],
    ["no, make it eight fifteen", "reminder", "8:15 PM instead"],
  ]),
  dialogue("tuned", "reminder", "round22-wake-digits", [
    ["wake me up at 6 tomorrow", "reminder", "tomorrow at 6:00 AM"],
    ["actually make it 5:30", "reminder", "5:30 AM instead"],
  ]),
  dialogue("tuned", "conversation", "round22-van", [
    ["the van's in the yard", "remember", "remember that .*van('s| is) in the yard"],
    ["no, the garage", "correct", correctedReply("garage")],
    ["where is it", "recall", "van('s| is) in the garage"],
  ]),
  dialogue("tuned", "conversation", "round22-ladder", [
    ["the ladder's behind the shed", "remember", "remember that .*ladder('s| is) behind the shed"],
    ["sorry, in the garage", "correct", correctedReply("garage")],
    ["where's the ladder", "recall", "ladder('s| is) in the garage"],
  ]),
  dialogue("tuned", "conversation", "round22-lead", [
    ["the dog's lead is on the hook", "remember", "remember that .*dog's lead is on the hook"],
    ["no, the shelf", "correct", correctedReply("shelf")],
    ["where's the dog's lead", "recall", "lead is on the shelf"],
  ]),
  dialogue("tuned", "conversation", "round22-swimming", [
    ["remember nina's swimming is on fridays", "remember", "remember that .*swimming is on fridays"],
    ["no, it's saturdays", "correct", correctedReply("saturdays")],
    ["when's swimming", "recall", "saturdays"],
  ]),
];

// Round 23's own requests (2026-12-07), written before its fixes from the kinds fresh-21 failed on (not its sentences):
// "no wait" before an order about the timer just set, a timer to run on said bare ("keep going"), a question ended with
// "then", the Swahili "sasa" before a request, letting it go with a contraction ("don't worry about it"), a part of the
// day after "o'clock", and "jot down" for "write down"; cases that must not change among them.
const round23OwnRequests: EvalDialogue[] = [
  dialogue("tuned", "timer", "round23-rice", [
    ["set a timer for 20 minutes for the rice", "timer", "rice timer is set for 20 minutes"],
    ["no hang on, cancel it", "timer", cancelledReply],
  ]),
  dialogue("tuned", "timer", "round23-tea", [
    ["set a 4 minute timer", "timer", "timer is set for 4 minutes"],
    ["no wait, stop it", "timer", cancelledReply],
  ]),
  dialogue("tuned", "reminder", "round23-gas", [
    ["remind me to read the gas meter at 6 pm", "reminder", "remind you to read the gas meter (tomorrow )?at 6:00 PM"],
    ["no wait, make it 7 pm", "reminder", "7:00 PM instead"],
  ]),
  dialogue("tuned", "conversation", "round23-drill", [
    ["the drill is in the garage", "remember", "remember that .*drill is in the garage"],
    ["no, the shed", "correct", correctedReply("shed")],
  ]),
  dialogue("tuned", "timer", "round23-keep-going", [
    ["set a timer for 25 minutes", "timer", "timer is set for 25 minutes"],
    ["pause it", "timer", "paused"],
    ["right, keep going", "timer", "running again|resumed"],
  ]),
  dialogue("tuned", "timer", "round23-continue", [
    ["start a 10 minute timer for the bread", "timer", "bread timer is set for 10 minutes"],
    ["pause the bread timer", "timer", "paused"],
    ["ok continue", "timer", "running again|resumed"],
  ]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, ["carry on playing the album", "keep going with the audiobook"]),
  ...singlePairs("tuned", "time", "time", [
    ["what time is it then", clockReply],
    ["what's the date then", "December"],
    ["sasa what's the date", "December"],
  ]),
  dialogue("tuned", "recall", "round23-locker", [
    ["my locker at the pool is 31", "remember", "remember that your locker at the pool is 31"],
    ["what's my locker at the pool then", "recall", "31"],
  ]),
  dialogue("tuned", "recall", "round23-born", [
    ["I was born on the 14th of june 1990", "remember", "remember that you were born on the 14th of june 1990"],
    ["how old am I then", "recall", "you're 36\\b"],
  ]),
  ...singlePairs("tuned", "timer", "timer", [
    ["sasa, set a timer for 4 minutes", "timer is set for 4 minutes"],
    ["sasa start a 9 minute timer", "timer is set for 9 minutes"],
  ]),
  ...single("tuned", "small_talk", "small_talk", "^Okay", ["oh don't worry about it", "doesn't matter", "ah it doesn't matter now", "never mind then"]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["remind me to take the bread out at 4 o'clock in the afternoon", "remind you to take the bread out (tomorrow )?at 4:00 PM"],
    ["remind me to call the bank tomorrow at 10 o'clock in the morning", "remind you to call the bank tomorrow at 10:00 AM"],
    ["remind me to ring dad at 8 o'clock in the evening", "remind you to ring (your )?dad at 8:00 PM"],
    ["remind me to feed the dog at 5 in the afternoon", "remind you to feed the dog (tomorrow )?at 5:00 PM"],
    ["remind me to take my pills at 7 pm", "remind you to take your pills (tomorrow )?at 7:00 PM"],
  ]),
  ...singlePairs("tuned", "remember", "remember", [
    ["jot down that my bike lock code is 7781", "remember that your bike lock code is 7781"],
    ["jot down the plumber's number is 07700 900123", "remember that the plumber's number is 07700 900123"],
    ["write down that the bins go out on thursday", "remember that the bins go out on thursday"],
  ]),
];

// Round 24's own requests (2026-12-07), written before its fixes from the kinds fresh-22 failed on (not its sentences):
// the assistant's insides asked after in plain words ("everything ok in there"), a fact opened with an aside or a
// "this" ("for the record, ...", "save this please, ...", "aye, ..."), the non-native "remember me to" for "remind me
// to", a repeat said before "remind me", a reminder before an event just told of, "erase that" after a fact, a sum
// split some ways, a draw by chance again, the days a month "has got", Easter's date, "quarter of an hour", two timers,
// "nope" before letting it go, and a person's size asked after; cases that must not change among them. Each turn or
// dialogue is its own, so that its id ("round24-...") names it.
const round24Own = (category: Category, name: string, turns: EvalTurn[][]): EvalDialogue[] =>
  turns.map((dialogueTurns, i) => dialogue("tuned", category, `round24-${name}-${i}`, dialogueTurns));
const round24OwnRequests: EvalDialogue[] = [
  ...round24Own("status", "insides", [
    [["is any of your stuff broken", "status", statusReply]],
    [["are all your bits working", "status", statusReply]],
    [["everything ok in there", "status", statusReply]],
    [["are you ok", "small_talk", wellbeingReply]],
  ]),
  ...round24Own("remember", "aside", [
    [["for the record, the gate code is 4471", "remember", "remember that the gate code is 4471"]],
    [["just for the record my blood type is o negative", "remember", "remember that your blood type is o negative"]],
    [["note this: the recycling goes out on tuesdays", "remember", "remember that the recycling goes out on tuesdays"]],
    [["save this please, the wifi password is orange44", "remember", "remember that the wifi password is orange44"]],
    [["keep this in mind, my sister is vegetarian", "remember", "remember that your sister is vegetarian"]],
    [["aye, the spare fuses are in the kitchen drawer", "remember", "remember that the spare fuses are in the kitchen drawer"]],
    [["yeah, we've run out of teabags", "remember", "remember that you('ve run| are|'re) out of teabags"]],
    [["remember that the record player is in the loft", "remember", "remember that the record player is in the loft"]],
  ]),
  ...round24Own("reminder", "remember-me-to", [
    [["please remember me to call the garage at 3 pm", "reminder", "remind you to call the garage (tomorrow )?at 3:00 PM"]],
    [["remember me to take the washing in at 6 in the evening", "reminder", "remind you to take the washing in (tomorrow )?at 6:00 PM"]],
  ]),
  ...round24Own("reminder", "repeat-first", [
    [["every day remind me at 8 am to take my vitamins", "reminder", "remind you to take your vitamins every day at 8:00 AM"]],
    [["on weekdays remind me at 6:30 to feed the cat", "reminder", "remind you to feed the cat (every weekday|on weekdays) at 6:30 AM"]],
    [["every monday remind me at 7 pm to put the bins out", "reminder", "remind you to put the bins out every Monday at 7:00 PM"]],
  ]),
  ...round24Own("reminder", "before-event", [
    [
      ["i've got a dentist appointment at 2 tomorrow", "remember", "remember that you('ve got| have) a dentist appointment"],
      ["remind me an hour before", "reminder", "dentist appointment.*tomorrow at 1:00 PM"],
    ],
  ]),
  ...round24Own("forget", "delete-that", [
    [
      ["my bike lock code is 1988", "remember", "remember that your bike lock code is 1988"],
      ["erase that", "forget", `${forgotten}.*1988`],
    ],
    [
      ["the spare car key is in the blue tin", "remember", "remember that the spare car key is in the blue tin"],
      ["oh remove that please", "forget", `${forgotten}.*blue tin`],
    ],
    [
      ["my gym locker is 22", "remember", "remember that your gym locker is 22"],
      ["forget that", "forget", `${forgotten}.*22`],
    ],
  ]),
  ...round24Own("arithmetic", "split", [
    [["split 120 three ways", "calculate", "\\b40\\b"]],
    [["split 45.60 between 4 people", "calculate", "11\\.40?\\b"]],
    [["divide 90 by 4", "calculate", "22\\.5"]],
  ]),
  ...round24Own("arithmetic", "chance-again", [
    [
      ["roll a dice", "calculate", "rolled"],
      ["roll again", "calculate", "rolled"],
    ],
  ]),
  ...round24Own("time", "month-days", [
    [["how many days has april got", "time", "30 days"]],
    [["how many days does june have in 2028", "time", "30 days"]],
    [["what date is easter in 2028", "time", "April 16"]],
    [["how many days in february", "time", "28 days"]],
  ]),
  ...round24Own("timer", "spoken-length", [
    [["set a timer for quarter of an hour", "timer", "timer is set for 15 minutes"]],
    [["set two timers, one for 3 minutes and one for 10", "timer", "3 minutes.*10 minutes|10 minutes.*3 minutes"]],
    [["set a timer for half an hour", "timer", "timer is set for 30 minutes"]],
  ]),
  ...round24Own("small_talk", "nah", [
    [["nope, never mind", "small_talk", "^okay"]],
  ]),
  ...round24Own("recall", "size", [
    [["what size jumper does oliver wear", "recall", unknownReply]],
  ]),
];

// Round 25's own requests (2026-12-07), written before its fixes from the kinds fresh-23 failed on (not its sentences):
// a fact said first and "remember that" after it, a correction opened with an apology ("sorry, my mistake, it's
// ..."), a model or make asked of a corrected fact, more of what has run out ("and out of ..."), what has run out asked
// in a learner's word order, an age from a birth date kept, a title with its full stop ("Dr. Patel") read back whole,
// "he" for the person a fact was about, "remind us", "remind me" with its "to" left out, a countdown as a timer, a
// timer's length changed after "oh actually", "anything down", the days a month "has" in a year, what was just asked
// in a learner's word order, and a worker's rights and the power cuts asked after; cases that must not change among
// them. Each turn or dialogue is its own, so that its id ("round25-...") names it.
const round25Own = (category: Category, name: string, turns: EvalTurn[][]): EvalDialogue[] =>
  turns.map((dialogueTurns, i) => dialogue("tuned", category, `round25-${name}-${i}`, dialogueTurns));
/** Every pattern given must match somewhere in the reply, in any order. */
const allOf = (...patterns: string[]): string => "^" + patterns.map((p) => `(?=.*(?:${p}))`).join("");
const round25OwnRequests: EvalDialogue[] = [
  ...round25Own("remember", "fact-then-remember", [
    // Kept as said: the round first expected a "the" the speaker left out (corrected by the lead at the merge).
    [["Spare key for the summer house is under the blue pot. Remember that.", "remember", "remember that (the )?spare key for the summer house is under the blue pot"]],
    [["Code for the bike shed is 5520. Please remember that.", "remember", "remember that (the )?code for the bike shed is 5520"]],
  ]),
  ...round25Own("remember", "sorry-correction", [
    [
      ["remember that my umbrella is in the hall cupboard", "remember", "remember that your umbrella is in the hall cupboard"],
      ["I'm so sorry, it's in the car boot", "correct", correctedReply("car boot")],
      ["where's my umbrella", "recall", "car boot"],
    ],
    [
      ["remember the vet's number is 01632 960123", "remember", "remember that the vet's number is 01632 960123"],
      ["oh, pardon me, it is 01632 960124", "correct", correctedReply("960124")],
    ],
  ]),
  ...round25Own("remember", "model-asked", [
    [
      ["remember the dishwasher is a Bosch Serie 4", "remember", "remember that the dishwasher is a Bosch Serie 4"],
      ["No, wrong, it is a Bosch Serie 6", "correct", correctedReply("Serie 6")],
      ["which model is the dishwasher", "recall", "Serie 6"],
    ],
  ]),
  ...round25Own("remember", "out-of", [
    [
      ["we've run out of kitchen roll", "remember", "kitchen roll"],
      ["and out of porridge oats too", "remember", "porridge oats"],
      ["what things we are out of?", "recall", allOf("kitchen roll", "porridge oats")],
    ],
  ]),
  ...round25Own("recall", "age", [
    [
      ["remember my nephew Rafferty was born on 12 March 2015", "remember", "remember that your nephew Rafferty was born on 12 March 2015"],
      ["how old is Rafferty", "recall", "\\b11\\b|eleven"],
    ],
    [["how old is the eiffel tower", "out_of_domain", capabilityReply]],
  ]),
  ...round25Own("recall", "title", [
    [
      ["remember our vet is Dr. Patel", "remember", "remember that your vet is Dr\\.? Patel"],
      ["who is our vet", "recall", "Patel"],
    ],
    [
      ["remember Mrs. Hughes's number is 0161 496 0188", "remember", "0161 496 0188"],
      ["what is her number", "recall", "0161 496 0188"],
    ],
  ]),
  ...round25Own("recall", "he", [
    [
      ["remember my son Ollie's football coach is called Dave", "remember", "Dave"],
      ["and his locker at school is number 31", "remember", "31"],
      ["what locker does he have", "recall", "\\b31\\b"],
    ],
  ]),
  ...round25Own("reminder", "remind-us", [
    [["remind us to book the vet tomorrow at 10 am", "reminder", "remind you to book the vet tomorrow at 10:00 AM"]],
  ]),
  ...round25Own("reminder", "no-to", [
    [
      ["remind me renew the car tax", "reminder", "when should I remind you"],
      ["tomorrow at 11 am", "reminder", allOf("car tax", "11:00 AM")],
    ],
    [["remind me pay the window cleaner tomorrow at 10 am", "reminder", "remind you to pay the window cleaner tomorrow at 10:00 AM"]],
    [["remind me about the parcel tomorrow at 9 am", "reminder", "parcel.*tomorrow at 9:00 AM"]],
  ]),
  ...round25Own("timer", "count-down", [
    [["count down ten minutes please", "timer", "timer is set for 10 minutes"]],
    [
      ["put a timer on for 8 minutes", "timer", "8 minutes"],
      ["oh actually make it 12", "timer", "12 minutes"],
    ],
  ]),
  ...round25Own("status", "anything-down", [
    [["is anything down", "status", statusReply]],
    [["anything offline?", "status", statusReply]],
  ]),
  ...round25Own("time", "month-has", [
    [["how many days has march in 2029", "time", "31 days"]],
    [["how many days has february in 2028", "time", "29 days"]],
  ]),
  ...round25Own("conversation", "just-ask", [
    [
      ["what's 9 times 7", "calculate", "63"],
      ["what I just say?", "conversation", "9|7"],
    ],
  ]),
  ...round25Own("out_of_domain", "rights-power", [
    [["can my employer make me work on a bank holiday", "out_of_domain", capabilityReply]],
    [["is there a power cut in my area", "out_of_domain", capabilityReply]],
    [["remember the landlord's number is 0207 946 0011", "remember", "remember that the landlord's number is 0207 946 0011"]],
  ]),
];

// Round 26's own requests (2026-12-07), written before its fixes from the kinds fresh-24 failed on (not its sentences):
// an alarm asked for without its article, alone or repeating, a reminder written as a note ("Reminder - ..."), one
// tied to a place, the agenda asked in a learner's order or with "what've", a reminder changed or cancelled after a
// lead ("do one thing", "ach"), a timer cancelled with a reason after it, paused and resumed in other words, another
// named "one", the time left asked in a learner's grammar, the skills asked as a list, praise without its article, a
// conversion with its question after it, what was just said after "eh" or without "did", prices at a market and a
// song to play, "mind that" as "remember that", a code said in groups, a city with its country, a person asked after
// by first name after "his / her" facts, and a question with a tag word after it; cases that must not change among
// them. Each turn or dialogue is its own, so that its id ("round26-...") names it.
const round26Own = (category: Category, name: string, turns: EvalTurn[][]): EvalDialogue[] =>
  turns.map((dialogueTurns, i) => dialogue("tuned", category, `round26-${name}-${i}`, dialogueTurns));
/** Time left on a running timer, said in minutes or seconds. */
const timerTimeLeft = "\\d+ (minutes?|seconds?).*left";
const round26OwnRequests: EvalDialogue[] = [
  ...round26Own("reminder", "alarm-no-article", [
    [["can you set alarm for 6:30 am tomorrow", "reminder", "6:30 AM"]],
    [["alarm 6 am saturdays", "reminder", "every Saturday at 6:00 AM"]],
    [["set an alarm for 7 am tomorrow", "reminder", "7:00 AM"]],
  ]),
  ...round26Own("reminder", "note-form", [
    [["Reminder - renew the passport, Monday, 10 am", "reminder", "passport.*10:00 AM"]],
    [["reminder: pay the gardener tomorrow at 5 pm", "reminder", "gardener.*5:00 PM"]],
  ]),
  ...round26Own("reminder", "at-a-place", [
    [["remind me when I get to the pharmacy to pick up my prescription", "reminder", "can't tell where you are|When should I remind you to pick up my prescription"]],
  ]),
  ...round26Own("reminder", "agenda", [
    // The day may be tomorrow, which the reply rightly says (the round expected only "Tuesday"; widened by the lead at the merge).
    [["what I have on Tuesday?", "reminder", "Tuesday|today|tomorrow"]],
    [
      ["remind me on Saturday at 10 am to wash the car", "reminder", "wash the car.*10:00 AM"],
      ["what've I got on Saturday", "reminder", "wash the car"],
    ],
    [
      ["remember my sister's flight lands on Saturday", "remember", "flight lands on Saturday"],
      ["what is happening on Saturday", "reminder", "flight"],
    ],
  ]),
  ...round26Own("reminder", "change-cancel-lead", [
    [
      ["remind me to water the plants tomorrow at 9 am", "reminder", "water the plants tomorrow at 9:00 AM"],
      ["you know what, make it 10 instead", "reminder", "10:00 AM"],
    ],
    [
      ["remind me to ring the garage tomorrow at 3 pm", "reminder", "garage.*3:00 PM"],
      ["ach, cancel that one", "reminder", cancelledReply],
      ["any reminders left?", "reminder", "don't have any reminders|no reminders"],
    ],
  ]),
  ...round26Own("timer", "cancel-reason", [
    [
      ["set a timer for 5 minutes", "timer", "set for 5 minutes"],
      ["stop it, I'm finished", "timer", cancelledReply],
    ],
  ]),
  ...round26Own("timer", "pause-resume", [
    [
      ["set a timer for 20 minutes for the cake", "timer", "set for 20 minutes"],
      ["hold it there a moment", "timer", "paused"],
      ["right, start it again", "timer", "running again|resumed|restarted"],
      ["add 3 minutes to it", "timer", "added 3 minutes"],
    ],
  ]),
  ...round26Own("timer", "another-one", [
    [
      ["set a pasta timer for 10 minutes", "timer", "pasta timer is set for 10 minutes"],
      ["and a sauce one for 25", "timer", "sauce timer is set for 25 minutes"],
    ],
  ]),
  ...round26Own("timer", "time-remain", [
    [
      ["set a timer for 15 minutes", "timer", "set for 15 minutes"],
      ["how many minutes remain?", "timer", timerTimeLeft],
      ["how much time is left", "timer", timerTimeLeft],
    ],
  ]),
  ...round26Own("small_talk", "skills-praise", [
    [["tell me your capabilities", "small_talk", "timers|remember"]],
    [["you are very clever assistant", "small_talk", "thank|glad|kind|happy|welcome"]],
    [["you're really helpful", "small_talk", "thank|glad|kind|happy|welcome"]],
  ]),
  ...round26Own("arithmetic", "conversion-asked-after", [
    [["50 miles is how many kilometres", "calculate", "80\\.4"]],
    [["2 pounds is how many grams", "calculate", "907"]],
  ]),
  ...round26Own("conversation", "what-said", [
    [
      ["what is 14 times 6", "calculate", "\\b84\\b"],
      ["eh, what did you just say", "conversation", "\\b84\\b"],
    ],
    [
      ["how many ounces in a pound", "calculate", "16"],
      ["what you told?", "conversation", "16"],
    ],
  ]),
  ...round26Own("out_of_domain", "prices-music", [
    [["what are lambs making at the mart today", "out_of_domain", capabilityReply]],
    [["play the track hey jude by the beatles", "out_of_domain", capabilityReply]],
    [["remember the sheep sale is on Tuesday", "remember", "sheep sale is on Tuesday"]],
  ]),
  ...round26Own("remember", "mind-that", [
    [["mind that the spare fuses are in the garage drawer", "remember", "spare fuses are in the garage drawer"]],
    [["the code on the garden gate padlock is 4 12 9", "remember", "garden gate padlock is 4.?12.?9"]],
  ]),
  ...round26Own("time", "city-country", [
    [["what time is it in Toronto, Canada", "time", `${clockReply}.*Toronto|Toronto.*${clockReply}`]],
  ]),
  ...round26Own("recall", "first-name", [
    [
      ["our dentist is Dr Ruth Lee", "remember", "Ruth Lee"],
      ["her number is 0113 496 0555", "remember", "0113\\D?496\\D?0555"],
      ["what's Ruth's number", "recall", "0113\\D?496\\D?0555"],
    ],
    [
      ["remember my locker code is 2468", "remember", "locker code is 2468"],
      ["what's my locker code la", "recall", "2468"],
    ],
  ]),
];

// Round 27's own requests (2026-12-07), written before its fixes from the kinds fresh-25 failed on (not its sentences):
// "in morning" without its article, "please" or "like" inside a reminder, a terse reminder, a learner's "remind me
// of ... at 8 of the night", "the morn", "and what about <day>" after the agenda, a cancel after the list, a timer
// corrected while it is said, a timer killed by its name, time taken off it, the time left asked tersely, a price
// times a count, an area, a conversion of a named thing, a sum split, an address term after a request, cities by
// the world's zone names and nicknames, greetings in Welsh and patois, "never mind" with its reason, a skill asked
// after as working, a shop's price, a learner's way somewhere, a shop's closing time, the days until a remembered
// day, a bare topic asked, and what was said asked after a question about the conversation.
const round27Own = (category: Category, name: string, turns: EvalTurn[][]): EvalDialogue[] =>
  turns.map((dialogueTurns, i) => dialogue("tuned", category, `round27-${name}-${i}`, dialogueTurns));
const round27OwnRequests: EvalDialogue[] = [
  ...round27Own("reminder", "part-of-day-no-article", [
    [["remind me on Thursday at six in evening to phone the bank", "reminder", "remind you to phone the bank\\b.*6:00 PM"]],
    [["remind me tomorrow at 9 in morning to water the tomatoes", "reminder", "remind you to water the tomatoes\\b.*9:00 AM"]],
    // Must not change: the article said.
    [["remind me at 4 in the afternoon to fetch the dog", "reminder", "remind you to fetch the dog\\b.*4:00 PM"]],
  ]),
  ...round27Own("reminder", "fillers-inside", [
    [["remind me please tomorrow at 4 pm to feed the fish", "reminder", "remind you to feed the fish (tomorrow )?at 4:00 PM"]],
    [["remind me to call my brother at like 9 tonight", "reminder", "remind you to call (my|your) brother (today |tonight )?at 9:00 PM"]],
  ]),
  ...round27Own("reminder", "terse", [
    [["remind pay rent fri 9am", "reminder", "pay (the )?rent\\b.*Friday at 9:00 AM"]],
    [["remind gym tues 6pm", "reminder", "gym\\b.*(Tuesday|tomorrow) at 6:00 PM"]],
  ]),
  ...round27Own("reminder", "learner-of-the-night", [
    [["I want that you remind me of the dentist at 3 of the afternoon", "reminder", "dentist\\b.*3:00 PM"]],
    [["remind me at 8 of the night to lock the shed", "reminder", "remind you to lock the shed\\b.*8:00 PM"]],
  ]),
  ...round27Own("reminder", "the-morn", [
    [
      ["remind me the morn at 10 am to phone the joiner", "reminder", "remind you to phone the joiner tomorrow at 10:00 AM"],
      ["what's on the morn", "reminder", "joiner"],
    ],
  ]),
  ...round27Own("reminder", "agenda-what-about", [
    [
      ["remind me on Thursday at 11 am to collect the suit", "reminder", "collect the suit\\b.*11:00 AM"],
      ["what have I got on Thursday", "reminder", "collect the suit"],
      ["and what about Friday?", "reminder", "nothing|don't have any|no reminders|free|clear"],
    ],
  ]),
  ...round27Own("reminder", "cancel-after-list", [
    [
      ["remind me every Monday at 8 pm to put the bins out", "reminder", "bins out\\b.*8:00 PM"],
      ["what reminders do I have", "reminder", "bins out"],
      ["cancel that one please", "reminder", cancelledReply],
    ],
  ]),
  ...round27Own("timer", "corrected-while-said", [
    [["set a timer for eight minutes, no wait, make it ten, for the rolls", "timer", "rolls timer is set for 10 minutes"]],
    [["timer, um, 20 minutes, no, 25", "timer", "set for 25 minutes"]],
    // Must not change: no correction said.
    [["set a timer for 6 minutes for the eggs", "timer", "eggs timer is set for 6 minutes"]],
  ]),
  ...round27Own("timer", "kill-by-name", [
    [
      ["set a tea timer for 4 minutes", "timer", "tea timer is set for 4 minutes"],
      ["and a rice timer for 15 minutes", "timer", "rice timer is set for 15 minutes"],
      ["kill the tea one, it's brewed", "timer", `^(?=.*${cancelledReply})(?=.*tea)`],
      ["how long on the rice one", "timer", "\\b1[45] minutes?\\b.*(left|remaining)"],
    ],
  ]),
  ...round27Own("timer", "terse-and-take-off", [
    [
      ["timer 12 min", "timer", "set for 12 minutes"],
      ["how much time's left on it", "timer", "\\b1[12] minutes?\\b.*(left|remaining)"],
      ["knock 2 minutes off", "timer", "\\b(9|10) minutes|(took|taken|removed|off|less).*2 minutes"],
      ["time left?", "timer", "\\b(9|10|11) minutes?\\b.*(left|remaining)"],
      ["stop", "timer", cancelledReply],
    ],
    [
      // Must not change: the clock asked after a timer.
      ["set a timer for 30 minutes", "timer", "set for 30 minutes"],
      ["what time is it", "time", clockReply],
    ],
  ]),
  ...round27Own("arithmetic", "count-at-price", [
    [["how much is 12 bags at 4.50 each", "calculate", "\\b54\\b"]],
    [["what do 30 lambs at 120 pounds each come to", "calculate", "3,?600"]],
  ]),
  ...round27Own("arithmetic", "area-and-things", [
    [["how many square feet is 12 by 10", "calculate", "\\b120\\b"]],
    [["how many grams is 4 ounces of butter", "calculate", "113"]],
    [["what's 90 quid split three ways", "calculate", "\\b30\\b"]],
    [["flip a coin mate", "calculate", "heads|tails"]],
  ]),
  ...round27Own("time", "address-and-zones", [
    [["what time is it in Mumbai yaar", "time", `^(?=.*${clockReply})(?=.*Mumbai)`]],
    [["what time in Colombo now", "time", `^(?=.*${clockReply})(?=.*Colombo)`]],
    [["what's the time in Jozi", "time", `^(?=.*${clockReply})(?=.*(Jozi|Johannesburg))`]],
  ]),
  ...round27Own("small_talk", "greetings-and-leave", [
    [["Sut mae!", "small_talk", greetingReply]],
    [["Wagwan bredren", "small_talk", greetingReply]],
    [["never mind, the kettle's boiling", "small_talk", "^(Okay|OK|Alright|All right|Sure|No problem|No worries|Fine)"]],
  ]),
  ...round27Own("status", "skill-working", [
    [["is the reminder thing working", "status", statusReply]],
  ]),
  ...round27Own("out_of_domain", "shops-and-ways", [
    [["how much is a pint of milk in Tesco", "out_of_domain", capabilityReply]],
    [["how I get to the airport from here by bus", "out_of_domain", capabilityReply]],
    [["what time does the chemist shut the night", "out_of_domain", capabilityReply]],
    [["when does the Spar in Tongue close", "out_of_domain", capabilityReply]],
  ]),
  ...round27Own("recall", "days-until-and-bare-topic", [
    [
      ["remember our anniversary is on the 20th of December", "remember", "anniversary is on (the 20th of December|December 20)"],
      // The days until a kept day are the memory's to count (the round first wrote "time", a wrong label, corrected).
      ["how many days until our anniversary?", "recall", "\\b\\d+ days?\\b"],
    ],
    [
      ["remember the gate code is 1 9 7 3", "remember", "gate code is 1 ?9 ?7 ?3"],
      ["gate code?", "recall", "1 ?9 ?7 ?3"],
    ],
  ]),
  ...round27Own("conversation", "said-after-meta", [
    [
      ["what's 7 times 8", "calculate", "\\b56\\b"],
      ["what did I ask", "conversation", "7 (times|\\*|x) 8"],
      ["and what did you answer", "conversation", "\\b56\\b"],
    ],
    [
      ["remind me to ring the plumber at 3:45", "reminder", "plumber.*3:45 PM"],
      ["sorry, what was that?", "conversation", "plumber"],
      ["and what did I just say", "conversation", "plumber"],
    ],
  ]),
];

// Round 21's own requests (2026-12-07), written before its fixes from the kinds fresh-19 failed on (not its sentences):
// a reminder on a day of the coming week, alarms asked for as a thing ("i need an alarm ...") or repeating, a day of
// every month, a timer named by a bare word after "for", a reason said before "forget ...", a named person's
// practice or lesson, and whether a medicine is safe to take.
const round21OwnRequests: EvalDialogue[] = [
  ...singlePairs("tuned", "reminder", "reminder", [
    ["remind me to phone the plumber on wednesday at 2 pm", "remind you to phone the plumber (on Wednesday|tomorrow) at 2:00 PM"],
    ["ping me on thursday at 7 pm to put the bins out", "remind you to put the bins out (on Thursday|tomorrow) at 7:00 PM"],
    ["remind me on sunday at 3 pm to buy a birthday card", "remind you to buy a birthday card (on Sunday|tomorrow) at 3:00 PM"],
    ["set a reminder for friday at 4 pm to water the lawn", "remind you to water the lawn (on Friday|tomorrow) at 4:00 PM"],
    ["can i get an alarm for 5 am", "5:00 AM"],
    ["i'd like an alarm at 6:45 tomorrow", "6:45 AM"],
    ["i need an alarm for 5 tomorrow", "5:00 AM"],
    ["set the alarm for quarter past six tomorrow morning", "6:15 AM"],
    ["set an alarm for 8 on saturday morning", "8:00 AM"],
    ["alarm for 6 am every day", "every day at 6:00 AM"],
    ["set an alarm for 5:30 am on weekdays", "every weekday at 5:30 AM"],
    ["i want an alarm every saturday at 9 am", "every Saturday at 9:00 AM"],
    ["remind me to pay the council tax on the fifteenth of every month", "remind you to pay the council tax.*every month"],
    ["remind me on the 3rd of each month to top up the gas meter", "remind you to top up the gas meter.*every month"],
    ["remind me to check the smoke alarms on the first of every month at 10 am", "remind you to check the smoke alarms every month.*10:00 AM"],
  ]),
  dialogue("tuned", "reminder", "round21-vet", [
    ["remind me to book the vet", "reminder", "when should I remind you to book the vet"],
    ["sunday at 11 am", "reminder", "remind you to book the vet (on Sunday|tomorrow) at 11:00 AM"],
  ]),
  ...singlePairs("tuned", "timer", "timer", [
    ["set a 20 minute timer for homework", "homework timer is set for 20 minutes"],
    ["start a timer for meditation for 10 minutes", "meditation timer is set for 10 minutes"],
    ["put on a timer for stretching, 5 minutes", "stretching timer is set for 5 minutes"],
  ]),
  dialogue("tuned", "timer", "round21-revision", [
    ["start a 45 minute timer for revision", "timer", "revision timer is set for 45 minutes"],
    ["pause it", "timer", "paused"],
    ["carry on with the revision timer", "timer", "running again|resumed"],
  ]),
  dialogue("tuned", "forget", "round21-gate", [
    ["remember the gate code is 5521", "remember", "gate code is 5521"],
    ["they've changed it, forget the gate code", "forget", `${forgotten}.*5521`],
  ]),
  dialogue("tuned", "forget", "round21-locker", [
    ["remember my gym locker is number 62", "remember", "locker is number 62"],
    ["i've left the gym now, you can forget about my gym locker", "forget", `${forgotten}.*62`],
  ]),
  dialogue("tuned", "forget", "round21-babysitter", [
    ["the babysitter is coming at 7 tonight", "remember", "babysitter is coming at 7"],
    ["she's cancelled, so forget about the babysitter", "forget", `${forgotten}.*babysitter`],
  ]),
  ...single("tuned", "recall", "recall", unknownReply, [
    "when's Noah's basketball training", "what time is Grace's tennis lesson", "what time is Ben's football training tomorrow",
  ]),
  dialogue("tuned", "recall", "round21-cricket", [
    ["Jack's cricket practice is on wednesday at 6 pm", "remember", "cricket practice is on wednesday at 6"],
    ["when is Jack's cricket practice", "recall", "wednesday.*6"],
  ]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "is it safe to take paracetamol with antibiotics", "is it ok to mix ibuprofen and aspirin", "is it bad to take antihistamines every day",
    "can i take ibuprofen on an empty stomach", "is it safe to drink alcohol on antibiotics",
  ]),
];

// Round 20's own requests (2026-12-07), written before its fixes from the kinds fresh-18 failed on (not its sentences):
// the moon, illness and cooking asked of the world; a reminder wrapped in a favour ("be an angel and ...")
// or whose task names a part of the day ("the morning tablets"); farewells from around Britain; a kept
// thing asked after by another of its kind ("my friday cleaner" beside "my monday cleaner"); and how many
// or how much the user did or spent.
const round20OwnRequests: EvalDialogue[] = [
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "is the moon waxing or waning at the moment", "when does the moon rise tonight", "how many moons does jupiter have",
    "what are the symptoms of shingles", "what are the early warning signs of a stroke", "is chickenpox contagious", "what causes hiccups",
    "what's the treatment for gout", "how do you make a victoria sponge", "how do you bake scones", "how do you cook brisket",
    "what's a normal resting heart rate",
  ]),
  dialogue("tuned", "reminder", "round20-fish", [
    ["do me a favour and remind me to feed the fish", "reminder", "when should I remind you to feed the fish"],
    ["friday at nine in the morning", "reminder", "remind you to feed the fish.*Friday.*9:00 AM"],
  ]),
  dialogue("tuned", "reminder", "round20-mot", [
    ["be a sweetheart and remind me to book the mot", "reminder", "when should I remind you to book the mot"],
    ["on thursday at half ten", "reminder", "remind you to book the mot.*Thursday.*10:30 (AM|PM)"],
  ]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["be an angel and remind me to collect the dry cleaning tomorrow at 4 pm", "remind you to collect the dry cleaning tomorrow at 4:00 PM"],
    ["remind me to take the morning tablets every day at 7 am", "remind you to take (the|your|my) morning tablets every day at 7:00 AM"],
    ["remind me to water the evening primroses every day at 6 pm", "remind you to water the evening primroses every day at 6:00 PM"],
    ["remind me to give the dog his night biscuit at 9 pm", "remind you to give the dog his night biscuit.*9:00 PM"],
    ["set a reminder to book the evening class on wednesday at 10 am", "remind you to book the evening class.*Wednesday.*10:00 AM"],
  ]),
  ...singlePairs("tuned", "small_talk", "small_talk", [
    ["right that's me off then cheerio", goodbyeReply],
    ["ta ta for now", goodbyeReply],
    ["laters", goodbyeReply],
    ["i'm heading off now, see ya", goodbyeReply],
    ["toodle pip", goodbyeReply],
    ["ta muchly", thanksReply],
  ]),
  dialogue("tuned", "recall", "round20-cleaners", [
    ["my monday cleaner is called rosa", "remember", "monday cleaner is called rosa"],
    ["who's my friday cleaner", "recall", unknownReply],
    ["who's my monday cleaner", "recall", "rosa"],
  ]),
  dialogue("tuned", "recall", "round20-brothers", [
    ["my older brother lives in cardiff", "remember", "older brother lives in cardiff"],
    ["where does my younger brother live", "recall", unknownReply],
    ["where does my older brother live", "recall", "cardiff"],
  ]),
  dialogue("tuned", "recall", "round20-run", [
    ["remember i ran eight miles on sunday", "remember", "\\b8\\b|eight"],
    ["how many miles did i run on sunday", "recall", "\\b8\\b|eight"],
  ]),
  dialogue("tuned", "recall", "round20-garden-centre", [
    ["i spent sixty pounds at the garden centre", "remember", "\\b60\\b|sixty"],
    ["how much did i spend at the garden centre", "recall", "\\b60\\b|sixty"],
  ]),
  dialogue("tuned", "recall", "round20-apples", [
    ["remember we picked thirty kilos of apples yesterday", "remember", "\\b30\\b|thirty"],
    ["how many kilos of apples did we pick", "recall", "\\b30\\b|thirty"],
  ]),
];

/**
 * Round 18's own requests (issue 25): a new user's requests that no part holds, written at the start
 * of the round and run before any fix, kept as regression checks (as round 17's above).
 */
// Round 19's own requests (2026-12-07), written before any of its fixes and checked against every part:
// indirect requests, fillers ("um", "right so"), repeating reminders, the clock in another city,
// "never mind", facts told with "i've got" and what is referred back to them.
const round19OwnRequests: EvalDialogue[] = [
  ...singlePairs("tuned", "timer", "timer", [
    ["um set a timer for twelve minutes", "timer.*12 minutes"],
    ["would you mind setting a timer for forty minutes", "timer.*40 minutes"],
    ["right so can you time four minutes for me", "timer.*4 minutes"],
    ["never mind cancel that timer", `${cancelledReply}|don't have any timers`],
  ]),
  dialogue("tuned", "timer", "round19-roast-potatoes", [
    ["put a timer on for the roast potatoes for forty five minutes", "timer", "roast potatoes timer.*45 minutes"],
    ["how's the potato timer doing", "timer", "left"],
    ["actually never mind, cancel it", "timer", cancelledReply],
  ]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["would you mind reminding me to phone the garage at ten", "remind you to phone the garage.*10:00"],
    ["um remind me to take the bins out tonight", "remind you to take the bins out"],
    ["remind me every day at 8 to take my tablets", "remind you to take (your|my) tablets.*every day.*8:00 (AM|PM)|every day.*8:00 (AM|PM).*take (your|my) tablets"],
    ["remind me every monday to put the recycling out", "remind you to put the recycling out.*every Monday|every Monday.*put the recycling out"],
    ["right so remind me on friday to pay the window cleaner", "remind you to pay the window cleaner.*Friday"],
    ["could you possibly remind me in ten minutes to bring the washing in", "remind you to bring the washing in"],
    ["set a reminder for every weekday at seven to check the post", "remind you to check the post.*weekday|weekday.*check the post"],
  ]),
  dialogue("tuned", "reminder", "round19-physio", [
    ["i've got a physio appointment on thursday at ten", "remember", "physio appointment"],
    ["when's my physio appointment", "recall", "thursday"],
    ["remind me about it the day before", "reminder", "physio appointment.*Wednesday|Wednesday.*physio appointment"],
    ["what reminders have i got", "reminder", "physio"],
  ]),
  ...singlePairs("tuned", "time", "time", [
    ["what time is it in tokyo", `(?=.*Tokyo)(?=.*${clockReply})`],
    ["what's the time in new york right now", `(?=.*New York)(?=.*${clockReply})`],
    ["um what's the date today", monthDayReply],
    ["would you mind telling me what day it is", weekdayReply],
    ["right so what time is it", clockReply],
  ]),
  dialogue("tuned", "recall", "round19-bike-lock", [
    ["my bike lock code is four seven one nine", "remember", "bike lock code is (4719|four seven one nine)"],
    ["what's the code for my bike lock", "recall", "4719|four seven one nine"],
    ["would you mind forgetting my bike lock code", "forget", forgotten],
  ]),
  dialogue("tuned", "recall", "round19-haircut", [
    ["i have a haircut booked for saturday at eleven", "remember", "haircut"],
    ["what time's my haircut", "recall", "11|eleven"],
    ["no sorry it's at half eleven", "correct", correctedReply("half (eleven|11)|11:30")],
  ]),
  dialogue("tuned", "recall", "round19-neighbours-cat", [
    ["my neighbour's cat is called biscuit", "remember", "neighbour's cat is called biscuit"],
    ["um what's my neighbour's cat called again", "recall", "biscuit"],
  ]),
  ...singlePairs("tuned", "arithmetic", "calculate", [
    ["um what's seventeen times six", "\\b102\\b"],
    ["would you mind working out twenty percent of sixty five", "\\b13\\b"],
    ["right so how many miles is ten kilometres", "\\b6\\.2\\d*\\b"],
    ["what's a hundred and forty four divided by twelve", "\\b12\\b"],
  ]),
  ...single("tuned", "status", "status", statusReply, ["would you mind checking the system status", "um is everything running alright"]),
  ...singlePairs("tuned", "small_talk", "small_talk", [
    ["um hello there", greetingReply],
    ["cheers for that", thanksReply],
  ]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "would you mind putting the radio on", "um what's the weather doing in leeds", "can you order more dog food", "what's the exchange rate for euros",
    "who won the rugby on saturday", "right so text my wife that i'm running late",
  ]),
];

const round18OwnRequests: EvalDialogue[] = [
  ...singlePairs("tuned", "timer", "timer", [
    ["could you set a timer for six minutes please", "timer.*6 minutes"],
    ["i need a timer for an hour", "timer.*1 hour"],
    ["timer for half an hour please", "timer.*30 minutes"],
    ["set a timer for three and a half minutes", "timer.*3 minutes and 30 seconds"],
    ["kill the timer", "cancell?ed|don't have any timers"],
    ["is my timer still running", "don't have any timers|left"],
  ]),
  dialogue("tuned", "timer", "round18-pasta-and-garlic-bread", [
    ["set a pasta timer for eleven minutes", "timer", "pasta timer.*11 minutes"],
    ["and one for the garlic bread for eight minutes", "timer", "garlic bread timer.*8 minutes"],
    ["how long has the pasta got left", "timer", "left"],
    ["put two more minutes on the garlic bread", "timer", "garlic bread.*left"],
    ["which timers are on at the moment", "timer", "have (2|two) timers"],
    ["cancel both of them", "timer", "cancell?ed"],
  ]),
  ...singlePairs("tuned", "reminder", "reminder", [
    ["remind me to call mum at seven thirty tonight", "remind you to call mum.*7:30 PM"],
    ["i need reminding to water the tomatoes tomorrow morning", "remind you to water the tomatoes"],
    ["remind me in twenty five minutes to shift the car", "remind you to shift the car"],
    ["set a reminder to pick up the dry cleaning at five pm", "remind you to pick up the dry cleaning.*5:00 PM"],
    ["remind me next monday to book the mot", "remind you to book the mot.*Monday"],
    ["wake me up at six fifteen", "(wake up|alarm|remind).*6:15 AM"],
    ["i was wondering if you could remind me to ring the vet at two thirty", "remind you to ring the vet.*2:30 PM"],
  ]),
  dialogue("tuned", "reminder", "round18-dentist", [
    ["remind me about the dentist on tuesday at 2 pm", "reminder", "dentist.*(Tuesday|tomorrow).*2:00 PM"],
    ["what have you got down for me then", "reminder", "dentist"],
    ["delete the dentist reminder", "reminder", "cancell?ed"],
    ["are there any reminders left", "reminder", "don't have any reminders"],
  ]),
  dialogue("tuned", "recall", "round18-spare-key", [
    ["i keep the spare car key in the biscuit tin", "remember", "spare car key in the biscuit tin"],
    ["where do i keep the spare car key", "recall", "biscuit tin"],
    ["actually it's in the fruit bowl", "correct", correctedReply("fruit bowl")],
    ["where is it", "recall", "fruit bowl"],
  ]),
  dialogue("tuned", "recall", "round18-locker", [
    ["my locker number at the gym is three one two", "remember", "locker number at the gym is (312|three one two)"],
    ["what number's my gym locker", "recall", "312|three one two"],
  ]),
  dialogue("tuned", "recall", "round18-sister-birthday", [
    ["my sister's birthday is on the ninth of june", "remember", "sister's birthday is on the ninth of june"],
    ["when's my sister's birthday", "recall", "ninth of june|june 9"],
    ["when is that again", "recall", "ninth of june|june 9"],
  ]),
  dialogue("tuned", "recall", "round18-parking", [
    ["i parked on level four of the multi storey", "remember", "parked on level (4|four)"],
    ["where did i leave the car", "recall", "level (4|four)"],
    ["no wait it was level five", "correct", correctedReply("(5|five)")],
    ["so where's the car then", "recall", "level (5|five)"],
  ]),
  dialogue("tuned", "recall", "round18-teacher", [
    ["my daughter's teacher is mrs patel", "remember", "daughter's teacher is mrs patel"],
    ["who's my daughter's teacher", "recall", "patel"],
    ["sorry no it's mrs shah", "correct", correctedReply("shah")],
    ["what's her name again", "recall", "shah"],
  ]),
  dialogue("tuned", "recall", "round18-bin-men", [
    ["the bin men come on wednesdays", "remember", "bin men come on wednesdays"],
    ["when do the bin men come", "recall", "wednesdays"],
  ]),
  dialogue("tuned", "recall", "round18-passport", [
    ["i was wondering if you could remember that my passport expires in august", "remember", "passport expires in august"],
    ["when does my passport run out", "recall", "august"],
  ]),
  dialogue("tuned", "recall", "round18-plumber", [
    ["note that the plumber is called steve and he's coming on friday", "remember", "plumber"],
    ["what's the plumber called", "recall", "steve"],
    ["when is he coming", "recall", "friday"],
  ]),
  dialogue("tuned", "forget", "round18-wifi", [
    ["the wifi password is bluebird seventy", "remember", "wifi password is bluebird (70|seventy)"],
    ["what's the wifi password", "recall", "bluebird"],
    ["forget what i said about the wifi password", "forget", forgotten],
    ["what's the wifi password", "recall", unknownReply],
  ]),
  dialogue("tuned", "conversation", "round18-what-did-i-say", [
    ["the gas meter reading is four five two one", "remember", "gas meter reading is (4521|four five two one)"],
    ["sorry what did i just tell you", "conversation", "gas meter"],
  ]),
  ...singlePairs("tuned", "time", "time", [
    ["what time is it now", clockReply],
    ["what's today's date", monthDayReply],
    ["what day is it tomorrow", weekdayReply],
    ["what's the date next friday", monthDayReply],
    ["how many sleeps till christmas", "\\d+ days|tomorrow|today"],
    ["which year are we in", "\\b20\\d\\d\\b"],
    ["have you got the time", clockReply],
  ]),
  ...singlePairs("tuned", "arithmetic", "calculate", [
    ["what's twelve plus nineteen", "\\b31\\b"],
    ["how much is fifteen percent of eighty", "\\b12\\b"],
    ["what is two hundred minus seventy five", "\\b125\\b"],
    ["how many pounds is five kilos", "\\b11\\.0\\d*\\b|\\b11\\b"],
    ["convert 10 kilometres to miles", "\\b6\\.2\\d*\\b"],
    ["what's 72 fahrenheit in celsius", "\\b22\\.2\\d*\\b|\\b22\\b"],
    ["divide ninety by six", "\\b15\\b"],
    ["what's eleven squared", "\\b121\\b"],
    ["how many inches are there in two metres", "\\b78\\.7\\d*\\b"],
    ["what's a third of ninety nine", "\\b33\\b"],
  ]),
  ...singlePairs("tuned", "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["thank you so much", thanksReply],
    ["good evening", greetingReply],
    ["see you later", goodbyeReply],
    ["who am i talking to", identityReply],
  ]),
  ...single("tuned", "status", "status", statusReply, ["is everything working ok", "are all your bits running"]),
  ...single("tuned", "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather doing later", "will it be sunny on saturday in leeds", "stick some jazz on", "next track please", "turn the volume up",
    "dim the living room lights", "set the heating to nineteen degrees", "what are the headlines on the bbc", "what was the rugby score yesterday",
    "how long does it take to fly to new zealand", "put eggs on the shopping list", "text my brother i'm running late", "book a table for two at eight",
    "is there much traffic on the a1 this morning", "what's apple's share price", "translate good morning into spanish", "anything good on netflix",
    "find me a recipe for lasagne", "open the garage door", "is the chemist open on sunday", "can you order me a taxi",
    "what year did the titanic sink",
  ]),
];

/** Every dialogue with one turn or more; "dialogues" in the report are those with two or more. */
export const evalSet: readonly EvalDialogue[] = [
  ...tunedSingles, ...tunedDialogues, ...tunedFacts, ...tunedParaphrases, ...round17OwnRequests, ...round18OwnRequests, ...round19OwnRequests, ...round20OwnRequests, ...round21OwnRequests, ...round22OwnRequests, ...round23OwnRequests, ...round24OwnRequests, ...round25OwnRequests, ...round26OwnRequests, ...round27OwnRequests, ...heldOutSingles, ...heldOutDialogues, ...heldOutFacts, ...freshSingles, ...freshDialogues,
  ...fresh2Singles, ...fresh2Dialogues, ...fresh3Singles, ...fresh3Dialogues, ...fresh4Singles, ...fresh4Dialogues, ...fresh5Singles, ...fresh5Dialogues,
  ...fresh6Singles, ...fresh6Dialogues, ...fresh7Singles, ...fresh7Dialogues, ...fresh8Singles, ...fresh8Dialogues, ...fresh9Singles, ...fresh9Dialogues, ...fresh10Singles, ...fresh10Dialogues, ...fresh11Singles, ...fresh11Dialogues,
  ...fresh12Singles, ...fresh12Dialogues, ...fresh13Singles, ...fresh13Dialogues,
  ...fresh14Singles, ...fresh14Dialogues, ...fresh15Singles, ...fresh15Dialogues,
  ...fresh16Singles, ...fresh16Dialogues, ...fresh17Singles, ...fresh17Dialogues,
  ...fresh18Singles, ...fresh18Dialogues, ...fresh19Singles, ...fresh19Dialogues,
  ...fresh20Singles, ...fresh20Dialogues,
  ...fresh21Singles, ...fresh21Dialogues,
  ...fresh22Singles, ...fresh22Dialogues,
  ...fresh23Singles, ...fresh23Dialogues,
  ...fresh24Singles, ...fresh24Dialogues,
  ...fresh25Singles, ...fresh25Dialogues,
  ...fresh26Singles, ...fresh26Dialogues,
].map((d, index) => ({ ...d, id: `${d.id}-${index}` }));
