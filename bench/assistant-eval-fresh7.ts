/**
 * Part "fresh-7" of the assistant's evaluation set: a blind part, written on 2026-12-07 by someone
 * who had read neither the router's code, nor the other parts' sentences, nor any results; only
 * the evaluation kit and the README's account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers are a busy household talking to a kitchen or living-room speaker: parents cooking,
 * kids doing homework, a visiting grandparent, a lodger; people who talk to it like to a person
 * ("could you be a dear and..."), terse power users ("timer 10"), people who think aloud, speakers
 * of regional and international English (Yorkshire, Glasgow, Belfast, Texas, Boston, Toronto,
 * Sydney, Johannesburg, Lagos, Mumbai, Manila, Kingston) and non-native speakers with small
 * grammar slips. Transcripts are clean and lowercase. Every dialogue has its own user and its own
 * subject.
 */
import {
  capabilityReply,
  clockReply,
  correctedReply,
  dialogue,
  EvalDialogue,
  forgotten,
  goodbyeReply,
  greetingReply,
  identityReply,
  monthDayReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  unknownReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-7" as const;

const dayReply = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const timerList = "don't have any timers|no timers|you have \\w+ timers?";
const reminderList = "don't have any reminders|no reminders|you have \\w+ reminders?";

export const fresh7Singles: EvalDialogue[] = [
  // timers: starting, with and without a name
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for ten minutes", "timer is set for 10 minutes"],
    ["timer 10", "10 minutes"],
    ["could you be a dear and set a timer for twenty minutes", "20 minutes"],
    ["right, so, pasta timer, eight minutes", "pasta timer is set for 8 minutes"],
    ["start an egg timer for 6 minutes", "6 minutes"],
    ["put a timer on for half an hour", "30 minutes"],
    ["gie us a timer for fifteen minutes", "15 minutes"],
    ["set timer one hour thirty minutes", "1 hour and 30 minutes"],
    ["can you time 90 seconds for me", "90 seconds|1 minute and 30 seconds"],
    ["i need a timer for the rice, twelve minutes", "12 minutes"],
    ["timer for the cake 45 minutes please", "45 minutes"],
    ["set me a timer of 3 minutes for the tea", "3 minutes"],
    ["ehm, a timer, two and a half minutes", "2 minutes and 30 seconds|150 seconds|2\\.5 minutes"],
  ]),
  ...single(P, "timer", "timer", timerList, ["what timers have i got", "any timers going", "list my timers"]),

  // reminders: at a time, after a delay, without a time, and the list
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to ring the plumber in 20 minutes", "remind you to ring the plumber"],
    ["remind me in an hour to take the chicken out of the freezer", "remind you to take the chicken out of the freezer"],
    ["could you remind me to call my mum at 7 pm", "remind you to call your mum"],
    ["set a reminder to put the bins out in 2 hours", "remind you to put the bins out"],
    ["in 45 minutes remind me to move the car", "remind you to move the car"],
    ["remind me to feed the fish at half past five", "remind you to feed the fish"],
    ["remind me to check the oven in ten minutes, yeah", "remind you to check the oven"],
    ["abeg remind me to pay the electricity bill tomorrow at 9 am", "remind you to pay the electricity bill"],
    ["please remind me to take my tablets at 8 o'clock", "remind you to take your tablets"],
    ["remind me to pick up the kids from football at four pm", "remind you to pick up the kids from football"],
    ["remind me to water my tomatoes", "when should i remind you to water your tomatoes"],
    ["can you remind me to book the car in for its mot", "when should i remind you"],
  ]),
  ...single(P, "reminder", "reminder", reminderList, [
    "what reminders do i have",
    "have i got any reminders set",
    "read me my reminders",
  ]),

  // remembering facts, and an empty "remember"
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker number is 214", "your locker number is 214"],
    ["remember the boiler service is due in march", "boiler service is due in march"],
    ["could you remember for me that the spare fuses are in the kitchen drawer", "spare fuses are in the kitchen drawer"],
    ["note that my nephew's birthday is on the 14th of june", "14th of june"],
    ["remember my blood type is o negative", "your blood type is o negative"],
    ["please remember that the bin men come on thursdays", "bin men come on thursdays"],
    ["keep in mind that my mother in law is allergic to peanuts", "allergic to peanuts"],
    ["remember this, the gate code is 1984", "gate code is 1984"],
    ["remember something", "what should i remember"],
    ["can you remember something for me", "what should i remember"],
  ]),

  // asking about things never told
  ...single(P, "recall", "recall", unknownReply, [
    "where did i leave my reading glasses",
    "what's my national insurance number",
    "when is my sister's wedding anniversary",
    "what's the name of the plumber",
    "hmm what was my gym pin again",
    "do you know where i put the torch",
    "what did i say the babysitter's number was",
  ]),

  // forgetting (stored or not: either reply says forget or forgot)
  ...single(P, "forget", "forget", forgotten, [
    "forget my locker number",
    "forget what i said about the gate code",
    "please forget my blood type",
    "delete the thing about the boiler",
    "you can forget about the bin day now",
    "forget where i parked",
    "wipe what you know about my router password",
    "erase the note about the spare fuses",
  ]),

  // time, date, day
  ...single(P, "time", "time", clockReply, [
    "what time is it",
    "time",
    "what's the time, love",
    "have you got the time",
    "tell me the time would you",
    "what time is it now please",
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the date today", monthDayReply],
    ["what's today's date", monthDayReply],
    ["what date is it", monthDayReply],
    ["what's the date, hen", monthDayReply],
    ["which date is today", monthDayReply],
    ["what day is it", dayReply],
    ["what day of the week is it", dayReply],
    ["what day is it today, eh", dayReply],
    ["which day is today", dayReply],
  ]),

  // system status
  ...single(P, "status", "status", statusReply, [
    "is everything working",
    "are all your services up",
    "system status",
    "status",
    "is the memory service running",
    "are you all up and running",
    "check the system for me",
    "is anything down",
    "how are the servers doing",
    "run a health check",
    "is the speech recognition working",
    "is the timer service up",
    "are all systems go",
    "is the database ok",
    "give me a status report",
  ]),

  // small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["howdy", greetingReply],
    ["well hello there", greetingReply],
    ["g'day mate", greetingReply],
    ["cheers love", thanksReply],
    ["thanks a million", thanksReply],
    ["ta very much", thanksReply],
    ["bye for now", goodbyeReply],
    ["night night", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you keeping", wellbeingReply],
    ["how's it going", `${greetingReply}|${wellbeingReply}`],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
  ]),

  // what it cannot do
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like in glasgow tomorrow",
    "is it gonna rain this afternoon",
    "play some fleetwood mac",
    "turn the living room lights off",
    "put the heating up a couple of degrees",
    "what's the latest news",
    "who won the match last night",
    "what's the score in the sox game",
    "tell me a joke",
    "order more dishwasher tablets",
    "book a table for four at the italian on saturday",
    "who was the first president of nigeria",
    "how tall is mount kilimanjaro",
    "what's the capital of australia",
    "can you recommend a good film for us to watch",
    "call my husband",
    "send a text to jess saying i'm running late",
    "how do i make jollof rice",
    "what's on telly later",
    "who sang la bamba",
    "how far is it to manchester from here",
    "what's the traffic like on the m1",
    "lock the front door",
    "translate thank you into tagalog",
    "define serendipity",
    "what's the rugby score",
  ]),

  // arithmetic and conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["hmm what's, uh, eight times nine", "\\b72\\b"],
    ["what's 15 percent of 240", "\\b36\\b"],
    ["2 to the power of 10", "\\b1,?024\\b"],
    ["square root of 144", "\\b12\\b"],
    ["how many grams in 3 pounds", "1,?36(0\\.7|0\\.8|1\\b)"],
    ["convert 30 celsius to fahrenheit", "\\b86\\b"],
    ["what's 156 divided by 12", "\\b13\\b"],
    ["10 kilometres in miles", "\\b6\\.2"],
    ["whats 1200 minus 347", "\\b853\\b"],
    ["25 times 4 divided by 5", "\\b20\\b"],
    ["three hundred and sixty five times 24", "\\b8,?760\\b"],
    ["what is twelve squared", "\\b144\\b"],
    ["what's 20 percent of 85", "\\b17\\b"],
    ["how many feet is 2 metres", "\\b6\\.(56|6)"],
    ["how many ounces in a kilo", "\\b35\\.(27|3)"],
    ["cube root of 27", "\\b3\\b"],
    ["what's 3.5 times 4", "\\b14\\b"],
    ["half of 375", "\\b187\\.5\\b"],
    ["calculate 17 times 23", "\\b391\\b"],
    ["65 miles per hour in kilometres per hour", "\\b104\\.(6|61)"],
    ["what's 450 fahrenheit in celsius", "\\b232\\.2"],
    ["right so what's a third of 210", "\\b70\\b"],
    ["what's 6 percent of fifteen hundred", "\\b90\\b"],
  ]),
];

export const fresh7Dialogues: EvalDialogue[] = [
  // recall, corrections and pronouns
  dialogue(P, "recall", "bike-lock-correction", [
    ["remember my bike lock code is 4471", "remember", "4471"],
    ["what's the code for my bike lock", "recall", "4471"],
    ["no sorry, it's 4417", "correct", correctedReply("4417")],
    ["what's my bike lock code then", "recall", "4417"],
  ]),
  dialogue(P, "recall", "car-park-level", [
    ["remember i parked on level 3 of the trafford centre car park", "remember", "level 3"],
    ["actually it's on level 4", "correct", correctedReply("level 4")],
    ["where did i park", "recall", "level 4"],
  ]),
  dialogue(P, "recall", "passport-where-is-it", [
    ["remember that my passport is in the blue folder in the study", "remember", "passport is in the blue folder"],
    ["where is it", "recall", "blue folder"],
  ]),
  dialogue(P, "recall", "umbrella-colour", [
    ["remember my new umbrella is green with white spots", "remember", "umbrella is green with white spots"],
    ["what colour was it", "recall", "green"],
  ]),
  dialogue(P, "recall", "ladder-garage", [
    ["remember the ladder is in the shed", "remember", "ladder is in the shed"],
    ["where's the ladder", "recall", "shed"],
    ["no, it's in the garage", "correct", correctedReply("garage")],
    ["where's the ladder again", "recall", "garage"],
  ]),
  dialogue(P, "recall", "guest-wifi", [
    ["remember the guest wifi password is sunflower42", "remember", "sunflower42"],
    ["hey what's the guest wifi password", "recall", "sunflower42"],
  ]),
  dialogue(P, "recall", "doctor-appointment", [
    ["please remember my doctor appointment is on the 19th at the apollo clinic", "remember", "19th"],
    ["when is my doctor appointment", "recall", "19th"],
    ["and where is it", "recall", "apollo clinic"],
  ]),
  dialogue(P, "recall", "landlord-number", [
    ["what's my landlord's phone number", "recall", unknownReply],
    ["remember that my landlord's number is 0161 496 0732", "remember", "0161 ?496 ?0732"],
    ["so what's my landlord's number", "recall", "0161 ?496 ?0732"],
  ]),

  // forget
  dialogue(P, "forget", "gym-locker", [
    ["remember my gym locker is number 52", "remember", "\\b52\\b"],
    ["ok forget that", "forget", forgotten],
    ["what's my gym locker number", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "alarm-code", [
    ["remember the alarm code at my daughter's house is 2580", "remember", "2580"],
    ["forget the alarm code", "forget", forgotten],
    ["what's the alarm code at my daughter's", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "shoe-size-never-told", [
    ["forget my shoe size", "forget", forgotten],
    ["do you know my shoe size", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "lodger-rent", [
    ["remember the lodger's rent is due on the 1st of the month", "remember", "rent is due on the 1st"],
    ["actually forget about the rent", "forget", forgotten],
    ["when is the lodger's rent due", "recall", unknownReply],
  ]),

  // what was said
  dialogue(P, "conversation", "recycling-what-did-i-say", [
    ["remember the recycling goes out on alternate fridays", "remember", "recycling goes out on alternate fridays"],
    ["what did i just say", "conversation", 'You said:? "?remember the recycling goes out on alternate fridays'],
  ]),
  dialogue(P, "conversation", "sum-what-did-you-say", [
    ["what's 48 times 12", "calculate", "\\b576\\b"],
    ["sorry what did you say", "conversation", "\\b576\\b"],
  ]),
  dialogue(P, "conversation", "time-say-again", [
    ["what time is it", "time", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "bread-timer-what-did-you-say", [
    ["set a timer for 25 minutes for the bread", "timer", "25 minutes"],
    ["what did you say", "conversation", "25 minutes"],
  ]),
  dialogue(P, "conversation", "dentist-what-did-i-say", [
    ["hello there", "small_talk", greetingReply],
    ["remind me to phone the dentist in 30 minutes", "reminder", "remind you to phone the dentist"],
    ["what did i just say", "conversation", 'You said:? "?remind me to phone the dentist'],
  ]),
  dialogue(P, "conversation", "date-say-again", [
    ["what's the date", "time", monthDayReply],
    ["can you say that again", "conversation", monthDayReply],
  ]),

  // timers
  dialogue(P, "timer", "pasta-pause-resume", [
    ["set a pasta timer for 8 minutes", "timer", "pasta timer is set for 8 minutes"],
    ["how long's left on the pasta", "timer", "left"],
    ["pause it", "timer", "paused"],
    ["resume it", "timer", "running again"],
  ]),
  dialogue(P, "timer", "roast-list-cancel", [
    ["set a roast timer for an hour and a half", "timer", "roast timer is set for 1 hour and 30 minutes"],
    ["what timers are running", "timer", "You have one timer"],
    ["cancel the roast timer", "timer", "cancell?ed"],
  ]),
  dialogue(P, "timer", "five-minutes-cancel", [
    ["timer five minutes", "timer", "5 minutes"],
    ["how much time is left", "timer", "left"],
    ["cancel it", "timer", "cancell?ed"],
  ]),
  dialogue(P, "timer", "homework-pause", [
    ["set a homework timer for 40 minutes", "timer", "homework timer is set for 40 minutes"],
    ["pause the homework timer", "timer", "paused"],
    ["resume the homework timer", "timer", "running again"],
    ["how long left", "timer", "left"],
  ]),

  // reminders
  dialogue(P, "reminder", "brother-when", [
    ["remind me to phone my brother", "reminder", "when should i remind you to phone your brother"],
    ["in an hour", "reminder", "remind you to phone your brother"],
  ]),
  dialogue(P, "reminder", "washing-list-cancel", [
    ["remind me to take the washing out in 40 minutes", "reminder", "remind you to take the washing out"],
    ["what reminders have i got", "reminder", "You have one reminder"],
    ["cancel that reminder", "reminder", "cancell?ed"],
  ]),
  dialogue(P, "reminder", "car-insurance-when", [
    ["can you remind me to renew the car insurance", "reminder", "when should i remind you"],
    ["tomorrow at 10 am", "reminder", "remind you to renew the car insurance"],
    ["list my reminders", "reminder", "one reminder"],
  ]),
  dialogue(P, "reminder", "prescription-none-then-one", [
    ["what reminders do i have", "reminder", "don't have any reminders"],
    ["remind me to collect the prescription in 2 hours", "reminder", "remind you to collect the prescription"],
    ["do i have any reminders now", "reminder", "one reminder"],
  ]),

  // small talk
  dialogue(P, "small_talk", "evening-chat", [
    ["good evening", "small_talk", greetingReply],
    ["how are you tonight", "small_talk", wellbeingReply],
    ["and what are you then", "small_talk", identityReply],
    ["ok goodnight", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "thanks-and-off", [
    ["hey there", "small_talk", greetingReply],
    ["thanks for your help earlier", "small_talk", thanksReply],
    ["right, i'm off, bye", "small_talk", goodbyeReply],
  ]),

  // remember
  dialogue(P, "remember", "spare-key-empty-first", [
    ["remember something", "remember", "what should i remember"],
    ["the spare key is under the blue plant pot", "remember", "spare key is under the blue plant pot"],
    ["where's the spare key", "recall", "blue plant pot"],
  ]),
  dialogue(P, "remember", "sister-flight", [
    ["can you remember that my sister's flight lands at 6:40 on friday", "remember", "6:40"],
    ["when does my sister's flight land", "recall", "6:40"],
  ]),
];
