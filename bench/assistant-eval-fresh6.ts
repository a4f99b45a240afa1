/**
 * Part "fresh-6" of the assistant's evaluation set: single requests and multi-turn dialogues
 * written blind on 2026-12-07 by someone who had read neither the router's code, nor the other
 * parts' sentences, nor any results; only the evaluation kit and the README's list of skills.
 * Nothing is tuned on it.
 *
 * The speakers are meant to be unlike textbook test sentences: children and teenagers, older
 * people, people in a hurry, the polite and the blunt, speakers from Scotland, Wales, Northern
 * England, Ireland, the US South, Canada, South Africa, Singapore and Nigeria, non-native speakers
 * whose English is a little off, fillers ("um", "okay so", "hey"), requests wrapped in politeness
 * and indirect phrasings, with plain ones kept beside them. Sentences are clean lowercase
 * transcripts. Every request is one an assistant with these skills ought to get.
 */
import {
  cancelledReply,
  capabilityReply,
  clockReply,
  dialogue,
  EvalDialogue,
  forgotten,
  goodbyeReply,
  greetingReply,
  identityReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  weekdayReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-6" as const;

const month = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const dateReply = `${month} \\d{1,2}|\\d{1,2}(st|nd|rd|th)? (of )?${month}`;
const dontKnow = "^I don't know\\. You haven't told me anything about that";
const nothingToForget = "I don't have anything about .*to forget";
const noTimers = "You don't have any timers";
const noReminders = "You don't have any reminders";
/** A correction's reply: says it corrected, and gives the new value. */
const corrected = (value: string): string => `(?=[\\s\\S]*corrected)(?=[\\s\\S]*(${value}))`;

export const fresh6Singles: EvalDialogue[] = [
  // ---- out of domain: weather, news, sport, music, shopping, knowledge, jokes, bookings, smart home
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "is it gonna rain the day",
    "what's the weather like in cardiff tomorrow",
    "hey who won the rugby last night",
    "play some taylor swift",
    "can you turn the heating up a wee bit",
    "would you mind ordering me a large pepperoni pizza",
    "what's the capital of australia",
    "tell me a joke",
    "book a table for two at nando's on friday",
    "what's in the news this morning",
    "switch off the kitchen lights",
    "who is the president of nigeria",
    "what's the score in the united game",
    "y'all got a good recipe for cornbread",
    "send a text to my husband saying i'm running late",
    "how's the traffic on the n1 this morning",
    "tomorrow will be hot or not ah",
    "add milk and eggs to my shopping list",
    "translate good morning into french",
    "abeg recommend a good nollywood film for me",
    "when's the next bus to leeds love",
    "read me a bedtime story please",
    "lock the front door",
    "who sang bohemian rhapsody",
    "what's on the telly",
    "how many people live in toronto eh",
  ]),

  // ---- arithmetic and unit conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 17 times 23", "\\b391\\b"],
    ["um how much is 15 percent of 80", "\\b12\\b"],
    ["what's the square root of 144", "\\b12\\b"],
    ["two to the power of ten", "\\b1,?024\\b"],
    ["how many centimetres in 5 inches", "\\b12\\.7\\b"],
    ["what is 1000 divided by 8", "\\b125\\b"],
    ["convert 100 fahrenheit to celsius", "\\b37\\.(7|8)"],
    ["how many kilometres is 26.2 miles", "\\b42\\.(1|2)"],
    ["okay so what's 250 plus 375", "\\b625\\b"],
    ["what's seven squared, it's for my homework", "\\b49\\b"],
    ["what's twelve times twelve", "\\b144\\b"],
    ["what's 18 percent of 250", "\\b45\\b"],
    ["what is 999 minus 456", "\\b543\\b"],
    ["how many pounds is 70 kilos", "\\b154\\.(3|32)"],
    ["please what is 45 divided by 4", "\\b11\\.25?\\b"],
    ["i was wondering how many feet are in 3 metres", "\\b9\\.8"],
    ["what's half of 37", "\\b18\\.5\\b"],
    ["what's 3 cubed", "\\b27\\b"],
    ["how many millilitres in 2 litres", "\\b2,?000\\b"],
    ["quick, 64 times 5", "\\b320\\b"],
    ["what is 6 factorial", "\\b720\\b"],
    ["how much is 1200 take away 350", "\\b850\\b"],
  ]),

  // ---- time, date, day of the week
  ...single(P, "time", "time", clockReply, [
    "what time is it",
    "hey what's the time",
    "sorry love, have you got the time",
    "do you know what time it is",
    "what time is it eh",
    "the time now is what ah",
    "um excuse me what time is it",
    "what is the time now please",
    "how late is it",
    "tell me the time quick",
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the date today", dateReply],
    ["what's today's date", dateReply],
    ["what's the date the day", dateReply],
    ["what day is it today", weekdayReply],
    ["which day is today", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["is it tuesday today", weekdayReply],
    ["what month are we in", month],
  ]),

  // ---- system status
  ...single(P, "status", "status", statusReply, [
    "are all the systems working",
    "is everything up and running",
    "system status",
    "are your services okay",
    "is the memory service up",
    "run a health check",
    "is anything broken",
    "are you all working properly the now",
    "check if everything's online",
    "is the database up",
    "any services down",
    "give me a status report",
    "are all your bits working",
    "is the system healthy",
    "is the speech recognition working",
  ]),

  // ---- small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["hello there", greetingReply],
    ["good morning", greetingReply],
    ["howdy", greetingReply],
    ["thanks a million", thanksReply],
    ["cheers mate", thanksReply],
    ["ta very much", thanksReply],
    ["thank you so much, that's very kind", thanksReply],
    ["bye for now", goodbyeReply],
    ["night night", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you doing today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["how's it going", `${greetingReply}|${wellbeingReply}`],
    ["who are you", identityReply],
    ["what's your name", identityReply],
    ["what are you exactly", identityReply],
  ]),

  // ---- remember
  ...singlePairs(P, "remember", "remember", [
    ["remember that my bike lock code is 4471", "your bike lock code is 4471"],
    ["can you remember that the boiler man is coming on thursday", "boiler man is coming on thursday"],
    ["please remember my locker number at the gym is 212", "your locker number at the gym is 212"],
    ["remember i parked on level 3 of the car park", "you parked on level 3"],
    ["remember that grandma's birthday is the 14th of march", "grandma's birthday is the (14th|fourteenth|14) of march"],
    ["make a note that the spare key is under the blue plant pot", "spare key is under the blue plant pot"],
    ["keep in mind that i'm allergic to penicillin", "(you're|you are) allergic to penicillin"],
    ["remember the wifi password is in the green notebook", "wifi password is in the green notebook"],
    ["um so remember that my son's shoe size is 4", "your son's shoe size is 4"],
    ["remember that i lent the ladder to dave next door", "you lent the ladder to dave"],
    ["can you remember for me that the car's mot is due in june", "mot is due in june"],
    ["i want you to remember something", "What should I remember"],
  ]),

  // ---- recall with nothing stored
  ...single(P, "recall", "recall", dontKnow, [
    "where did i put my passport",
    "what's my gate code",
    "do you remember where i left my glasses",
    "what's my sister's phone number",
    "what did i tell you about the dentist",
    "when is my brother's birthday",
  ]),

  // ---- forget with nothing stored
  ...single(P, "forget", "forget", nothingToForget, [
    "forget my locker number",
    "forget what i told you about the dentist",
    "please delete the thing about my gate code",
    "forget where i parked",
    "erase what you know about my bank card pin",
    "you can forget about the plumber now",
    "forget my sister's address",
    "forget my son's shoe size",
  ]),

  // ---- timers: starting them, and listing when there are none
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 10 minutes", "timer is set for 10 minutes"],
    ["pasta timer 8 minutes", "pasta timer is set for 8 minutes"],
    ["can you start a timer for twenty five minutes please", "set for 25 minutes"],
    ["timer for an hour and a half", "set for 1 hour and 30 minutes"],
    ["set a tea timer for four minutes", "tea timer is set for 4 minutes"],
    ["put a timer on for half an hour", "set for (30 minutes|half an hour)"],
    ["gimme a 5 minute timer", "set for 5 minutes"],
    ["start a 90 second timer", "set for (90 seconds|1 minute and 30 seconds)"],
    ["set an egg timer for six minutes", "egg timer is set for 6 minutes"],
    ["i need a timer for 2 hours", "set for 2 hours"],
    ["could you time 15 minutes for me", "set for 15 minutes"],
    ["set timer 3 minutes", "set for 3 minutes"],
    ["please can you put timer of ten minutes for the rice", "set for 10 minutes"],
    ["set a timer for forty five seconds", "set for 45 seconds"],
    ["set a roast timer for 1 hour 20 minutes", "roast timer is set for 1 hour and 20 minutes"],
    ["do i have any timers going", noTimers],
    ["what timers have i got", noTimers],
  ]),

  // ---- reminders: at a time, after a delay, without a time, and listing when there are none
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call my mum in 20 minutes", "remind you to call your (mum|mom)"],
    ["remind me tomorrow at 9 am to phone the dentist", "remind you to phone the dentist"],
    ["can you remind me to take the bins out in an hour", "remind you to take the bins out"],
    ["in 30 minutes remind me to check the oven", "remind you to check the oven"],
    ["remind me to take my tablets in two hours", "remind you to take your tablets"],
    ["set a reminder to ring the garage tomorrow at 10 am", "remind you to ring the garage"],
    ["please remind me to pick up the kids from school at 3 pm tomorrow", "remind you to pick up the kids from school"],
    ["yo remind me to text jayden back in 15 minutes", "remind you to text jayden back"],
    ["remind me to move the washing to the dryer in 45 minutes", "remind you to move the washing to the dryer"],
    ["i was wondering if you could remind me to phone aunty ngozi tomorrow at 6 pm", "remind you to phone aunty ngozi"],
    ["would you mind reminding me to defrost the chicken in 2 hours", "remind you to defrost the chicken"],
    ["remind me in 10 minutes to turn off the hob", "remind you to turn off the hob"],
    ["don't let me forget to feed the cat in an hour", "remind you to feed the cat"],
    ["remind me to water the tomatoes", "^When should I remind you to water the tomatoes"],
    ["remind me to renew my passport", "^When should I remind you to renew your passport"],
    ["what reminders do i have", noReminders],
    ["have i got any reminders set", noReminders],
  ]),
];

export const fresh6Dialogues: EvalDialogue[] = [
  // ---- recall, with follow-ups, pronouns and corrections
  dialogue(P, "recall", "recall-passport", [
    ["remember that my passport is in the top drawer of the desk", "remember", "your passport is in the top drawer of the desk"],
    ["where's my passport", "recall", "top drawer"],
  ]),
  dialogue(P, "recall", "recall-parking-correction", [
    ["remember i parked on level 2 in the blue zone", "remember", "you parked on level 2"],
    ["where did i park", "recall", "level 2"],
    ["actually it's on level 4", "correct", corrected("level 4")],
    ["so where did i park again", "recall", "level 4"],
  ]),
  dialogue(P, "recall", "recall-bike-key-pronoun", [
    ["remember that the spare bike lock key is in the blue tin", "remember", "bike lock key is in the blue tin"],
    ["where is it", "recall", "blue tin"],
  ]),
  dialogue(P, "recall", "recall-sister-car-colour", [
    ["remember my sister's new car is a red fiat panda", "remember", "your sister's new car is a red fiat panda"],
    ["what car does my sister drive", "recall", "fiat panda"],
    ["what colour was it", "recall", "\\bred\\b"],
  ]),
  dialogue(P, "recall", "recall-swimming-correction", [
    ["remember the kids' swimming lessons are on wednesday at 5", "remember", "swimming lessons are on wednesday"],
    ["when are the swimming lessons", "recall", "wednesday"],
    ["no, they're on thursday", "correct", corrected("thursday")],
  ]),
  dialogue(P, "recall", "recall-decorations-correction", [
    ["remember that the christmas decorations are in the loft", "remember", "christmas decorations are in the loft"],
    ["where did i put the christmas decorations", "recall", "loft"],
    ["no, they're in the garage", "correct", corrected("garage")],
    ["where are they", "recall", "garage"],
  ]),
  dialogue(P, "recall", "recall-plumber-name", [
    ["remember the plumber's name is gareth, lovely fella", "remember", "gareth"],
    ["what was the plumber called now", "recall", "gareth"],
  ]),
  dialogue(P, "recall", "recall-doctor-appointment", [
    ["please remember my doctor's appointment is on the 9th of january", "remember", "your (doctor|dr\\.?)'?s appointment is on the (9th|ninth|9) of january"],
    ["when's my doctor's appointment", "recall", "(9th|ninth|9) of january|january (9th|ninth|9)"],
  ]),
  dialogue(P, "recall", "recall-locker-code", [
    ["hey remember that my gym locker code is 5190", "remember", "your gym locker code is 5190"],
    ["what's my locker code again", "recall", "\\b5190\\b"],
  ]),

  // ---- forget
  dialogue(P, "forget", "forget-garage-door", [
    ["remember the garage door code is 2580", "remember", "garage door code is 2580"],
    ["forget the garage door code", "forget", forgotten],
    ["what's the garage door code", "recall", dontKnow],
  ]),
  dialogue(P, "forget", "forget-neighbour-dog", [
    ["remember my neighbour's dog is called biscuit", "remember", "your neighbour's dog is called biscuit"],
    ["what's my neighbour's dog called", "recall", "biscuit"],
    ["okay forget about the dog", "forget", forgotten],
  ]),
  dialogue(P, "forget", "forget-presents", [
    ["remember i hid the birthday presents in the wardrobe", "remember", "you hid the birthday presents in the wardrobe"],
    ["actually forget where i hid the presents", "forget", forgotten],
  ]),

  // ---- conversation: what was just said
  dialogue(P, "conversation", "conversation-bin-day", [
    ["remember that bin day is tuesday", "remember", "bin day is tuesday"],
    ["what did i just say", "conversation", 'You said:? "?remember that bin day is tuesday'],
  ]),
  dialogue(P, "conversation", "conversation-time-again", [
    ["what time is it", "time", clockReply],
    ["sorry say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "conversation-timer-what-you-said", [
    ["set a timer for 7 minutes", "timer", "set for 7 minutes"],
    ["what did you say", "conversation", "7 minutes"],
  ]),
  dialogue(P, "conversation", "conversation-sum-again", [
    ["hello", "small_talk", greetingReply],
    ["what's 12 times 9", "calculate", "\\b108\\b"],
    ["sorry, what did you say", "conversation", "\\b108\\b"],
  ]),
  dialogue(P, "conversation", "conversation-bank-reminder", [
    ["remind me to call the bank in 2 hours", "reminder", "remind you to call the bank"],
    ["what did i just say", "conversation", 'You said:? "?remind me to call the bank'],
  ]),
  dialogue(P, "conversation", "conversation-grams-again", [
    ["how many grams in a pound", "calculate", "\\b453\\b|\\b453\\.\\d"],
    ["say that again please", "conversation", "\\b453"],
  ]),

  // ---- timers
  dialogue(P, "timer", "timer-pasta", [
    ["set a pasta timer for 8 minutes", "timer", "pasta timer is set for 8 minutes"],
    ["how long's left on the pasta", "timer", "left"],
    ["cancel the pasta timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-pause-resume", [
    ["start a timer for 20 minutes", "timer", "set for 20 minutes"],
    ["pause it", "timer", "paused"],
    ["okay resume it", "timer", "running again"],
    ["how much time is left", "timer", "left"],
  ]),
  dialogue(P, "timer", "timer-list-cancel", [
    ["set a timer for 5 minutes", "timer", "set for 5 minutes"],
    ["what timers do i have", "timer", "You have one timer"],
    ["cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-bread-hold", [
    ["set a bread timer for 35 minutes please", "timer", "bread timer is set for 35 minutes"],
    ["hold the bread timer", "timer", "paused"],
    ["right, start it again", "timer", "running again"],
  ]),

  // ---- reminders
  dialogue(P, "reminder", "reminder-plants-when", [
    ["remind me to water the plants", "reminder", "^When should I remind you to water the plants"],
    ["in an hour", "reminder", "remind you to water the plants"],
  ]),
  dialogue(P, "reminder", "reminder-vet-list-cancel", [
    ["remind me to phone the vet tomorrow at 11 am", "reminder", "remind you to phone the vet"],
    ["what reminders have i got", "reminder", "You have one reminder"],
    ["cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-bread-oven", [
    ["can you remind me to put the bread in the oven", "reminder", "^When should I remind you to put the bread in the oven"],
    ["in 40 minutes", "reminder", "remind you to put the bread in the oven"],
    ["what reminders do i have", "reminder", "You have one reminder"],
  ]),

  // ---- small talk
  dialogue(P, "small_talk", "small-talk-hiya", [
    ["hiya", "small_talk", greetingReply],
    ["how are you", "small_talk", wellbeingReply],
    ["cheers", "small_talk", thanksReply],
    ["bye now", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "small-talk-who", [
    ["good morning", "small_talk", greetingReply],
    ["who are you then", "small_talk", identityReply],
    ["oh lovely, thank you", "small_talk", thanksReply],
  ]),
  dialogue(P, "small_talk", "small-talk-weather", [
    ["hey", "small_talk", greetingReply],
    ["what's the weather doing outside", "out_of_domain", capabilityReply],
    ["okay never mind, goodbye", "small_talk", goodbyeReply],
  ]),

  // ---- remember
  dialogue(P, "remember", "remember-empty-wifi", [
    ["remember something", "remember", "What should I remember"],
    ["the wifi password is on the back of the router", "remember", "wifi password is on the back of the router"],
    ["where's the wifi password", "recall", "back of the router"],
  ]),
  dialogue(P, "remember", "remember-school-shoes", [
    ["remember that my daughter's school shoes are size 13", "remember", "your daughter's school shoes are size 13"],
    ["what size are my daughter's school shoes", "recall", "\\b13\\b"],
  ]),
];
