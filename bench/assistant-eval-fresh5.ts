/**
 * The fifth blind part of the assistant's evaluation set ("fresh-5"), written on 2026-12-06 by
 * someone who had read neither the router's code, nor the other parts' sentences, nor any results;
 * nothing is tuned on it. Sentences are what people of different ages and backgrounds (UK regions,
 * US, Ireland, Australia, New Zealand, India, the Caribbean, non-native speakers) might say to a
 * home speaker, as clean lowercase transcripts. Every dialogue has its own user; memories are
 * shared, so each dialogue uses its own subject.
 */
import {
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
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-5" as const;

const dateReply = "^Today is |\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b";
const dayReply = "\\b(sun|mon|tues|wednes|thurs|fri|satur)day\\b";
const noTimers = "You don't have any timers running";
const noReminders = "You don't have any reminders";
const unknownReply = "^I don't know\\. You haven't told me anything about that";
const nothingToForget = "I don't have anything about .*to forget";

export const fresh5Singles: EvalDialogue[] = [
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "is it gonna rain in leeds this afternoon",
    "what's the weather like in auckland tomorrow",
    "any news headlines this morning",
    "who won the hurling final",
    "what was the score in the cricket, india versus australia",
    "play some bob marley please",
    "put the next episode of the crown on",
    "switch the landing light off",
    "turn the heating up to twenty one degrees",
    "ring my daughter on her mobile",
    "send a text to dave saying i'm running late",
    "add teabags and milk to the shopping list",
    "order me more dog food from the usual place",
    "look up opening hours for the garden centre",
    "how tall is mount kilimanjaro",
    "tell us a joke mate",
    "how do you say thank you very much in japanese",
    "what's the quickest way to get to the train station from here",
    "how do i make proper jerk chicken",
    "what do you reckon about pineapple on pizza",
    "who wrote pride and prejudice",
    "book me a taxi to the airport for tomorrow at six",
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's seven times eight", "\\b56\\b"],
    ["what is 1234 plus 4321", "\\b5,?555\\b"],
    ["three hundred and fifty minus one hundred and seventy five", "\\b175\\b"],
    ["hundred divided by eight", "\\b12\\.5\\b"],
    ["what's fifteen percent of eighty", "\\b12\\b"],
    ["can you work out twelve and a half percent of two hundred", "\\b25\\b"],
    ["square root of one hundred forty four", "\\b12\\b"],
    ["two to the power of ten", "\\b1,?024\\b"],
    ["what's nine squared", "\\b81\\b"],
    ["three cubed please", "\\b27\\b"],
    ["how many centimetres in three inches", "\\b7\\.62?\\b"],
    ["convert 100 fahrenheit to celsius", "\\b37\\.[78]"],
    ["five miles in kilometres", "\\b8\\.0[45]"],
    ["how many grams is two pounds", "\\b907"],
    ["how many seconds are there in a day", "\\b86,?400\\b"],
    ["six feet in metres", "\\b1\\.8"],
    ["kindly tell me 45 multiplied by 12", "\\b540\\b"],
    ["what's two point five times four", "\\b10\\b"],
    ["how many ounces in a kilo", "\\b35\\.[23]"],
    ["um, what's a third of ninety nine", "\\b33\\b"],
  ]),
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time please", clockReply],
    ["have you got the time", clockReply],
    ["tell me the time now", clockReply],
    ["what time do you make it", clockReply],
    ["what's the time, love", clockReply],
    ["what's the date today", dateReply],
    ["what's today's date", dateReply],
    ["what is the date please", dateReply],
    ["which date is today", dateReply],
    ["what's the date", dateReply],
    ["could you tell me the date please", dateReply],
    ["what day is it", dayReply],
    ["what day is it today, love", dayReply],
    ["what day of the week is it today", dayReply],
    ["is it friday today", dayReply],
    ["remind me what day it is, i've lost track", dayReply],
  ]),
  ...single(P, "status", "status", statusReply, [
    "are your services up",
    "is everything running okay on your end",
    "are all your systems working",
    "system status please",
    "are you working properly",
    "is anything down at the moment",
    "run a status check",
    "how are your services doing",
    "are all the services up and running",
    "is the assistant system healthy",
    "check if everything's running",
    "any of your services down",
    "give me a status report on the system",
    "are your backend services working",
    "is the whole system okay today",
    "everything alright with your servers",
    "quick health check on the system please",
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hello there", greetingReply],
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hey, how's it going", `${greetingReply}|${wellbeingReply}`],
    ["thanks a million", thanksReply],
    ["cheers mate", thanksReply],
    ["thank you so much, that's grand", thanksReply],
    ["ta very much", thanksReply],
    ["goodnight", goodbyeReply],
    ["bye for now", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you today", wellbeingReply],
    ["how you doing", wellbeingReply],
    ["are you keeping well", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["remember that my spare glasses are in the glovebox", "I'll remember that your spare glasses are in the glovebox"],
    ["please remember my locker number is 42", "I'll remember that your locker number is (42|forty[- ]two)"],
    ["can you remember that the wifi password is on the fridge", "I'll remember that the wifi password is on the fridge"],
    ["remember i parked on level three", "I'll remember that you parked on level (3|three)"],
    ["note that the bins go out on a tuesday", "I'll remember that the bins go out on a tuesday"],
    ["remember that my nephew is allergic to peanuts", "I'll remember that your nephew is allergic to peanuts"],
    ["remember we keep the torch under the stairs", "I'll remember that you keep the torch under the stairs"],
    ["remember that i'm allergic to penicillin", "I'll remember that you're allergic to penicillin"],
    ["remember our landlord is called mr okafor", "I'll remember that your landlord is called mr okafor"],
    ["keep in mind that the boiler code is in the blue folder", "I'll remember that the boiler code is in the blue folder"],
    ["remember my bike lock combination is seven seven one", "I'll remember that your bike lock combination is (seven seven one|771|7 7 1)"],
    ["please remember that the plant on the windowsill needs water every sunday", "I'll remember that the plant on the windowsill needs water every sunday"],
    ["remember this", "^What should I remember\\?"],
    ["can you remember something for me", "^What should I remember\\?"],
    ["i want you to remember something", "^What should I remember\\?"],
  ]),
  ...single(P, "forget", "forget", nothingToForget, [
    "forget where my snorkel is",
    "forget about my harmonica",
    "please forget my gym membership number",
    "forget what i said about the canoe",
    "delete what you know about my telescope",
    "can you forget the bit about my allotment key",
  ]),
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 10 minutes", "timer is set for 10 minutes"],
    ["timer for fifteen minutes please", "timer is set for 15 minutes"],
    ["start a timer for half an hour", "timer is set for (30 minutes|half an hour)"],
    ["set a pasta timer for eight minutes", "pasta timer is set for 8 minutes"],
    ["can you set an egg timer for six minutes", "(egg )?timer is set for 6 minutes"],
    ["put a timer on for 45 seconds", "timer is set for 45 seconds"],
    ["set me a timer for an hour and a half", "timer is set for (1 hour and 30 minutes|90 minutes|an hour and a half|1\\.5 hours)"],
    ["timer two minutes", "timer is set for 2 minutes"],
    ["please you set timer twenty minute", "timer is set for 20 minutes"],
    ["could you time three minutes for me", "timer is set for 3 minutes"],
    ["set a timer for the rice, twelve minutes", "rice.*12 minutes|12 minutes.*rice"],
    ["what timers do i have", noTimers],
    ["are there any timers going", noTimers],
    ["list my timers", noTimers],
    ["have i got a timer on", noTimers],
  ]),
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call the plumber in 20 minutes", "^Okay, I'll remind you to call the plumber"],
    ["remind me to take the bread out of the oven in ten minutes", "^Okay, I'll remind you to take the bread out of the oven"],
    ["can you remind me to ring my mum tomorrow at 9", "^Okay, I'll remind you to ring your mum"],
    ["remind me to put the bins out on friday", "^Okay, I'll remind you to put the bins out"],
    ["set a reminder to renew my passport tomorrow morning", "^Okay, I'll remind you to renew your passport"],
    ["please remind me to feed the cat in an hour", "^Okay, I'll remind you to feed the cat"],
    ["remind me in five minutes to check the washing", "^Okay, I'll remind you to check the washing"],
    ["kindly remind me to pay the electricity bill on monday", "^Okay, I'll remind you to pay the electricity bill"],
    ["don't let me forget to water the tomatoes tomorrow at 7", "^Okay, I'll remind you to water the tomatoes"],
    ["remind me to phone the dentist", "^When should I remind you to phone the dentist"],
    ["remind me to pick up the dry cleaning", "^When should I remind you to pick up the dry cleaning"],
    ["set a reminder to defrost the chicken", "^When should I remind you to defrost the chicken"],
    ["what reminders do i have", noReminders],
    ["have i got any reminders set", noReminders],
    ["list my reminders please", noReminders],
  ]),
];

export const fresh5Dialogues: EvalDialogue[] = [
  // recall
  dialogue(P, "recall", "recall-kayak", [
    ["remember that the kayak paddles are in the loft", "remember", "I'll remember that the kayak paddles are in the loft"],
    ["where are the kayak paddles", "recall", "kayak paddles are in the loft"],
  ]),
  dialogue(P, "recall", "recall-grandad", [
    ["my grandad's birthday is on the ninth of may, remember that", "remember", "I'll remember that your grandad's birthday is on the (ninth|9th|9) of may"],
    ["when is my grandad's birthday", "recall", "your grandad's birthday is on the (ninth|9th|9) of may"],
    ["and what month is that in", "recall", "\\bmay\\b"],
  ]),
  dialogue(P, "recall", "recall-vet", [
    ["remember the vet is called doctor maharaj", "remember", "I'll remember that the vet is called (doctor|dr\\.?) maharaj"],
    ["what's the vet called again", "recall", "vet is called (doctor|dr\\.?) maharaj"],
  ]),
  dialogue(P, "recall", "recall-ukulele", [
    ["where did i leave my ukulele", "recall", unknownReply],
    ["do you know where my ukulele is", "recall", unknownReply],
  ]),
  dialogue(P, "recall", "recall-wellies", [
    ["remember my wellies are in the shed", "remember", "I'll remember that your wellies are in the shed"],
    ["no, they're in the garage actually", "correct", "corrected.*garage"],
    ["where are my wellies", "recall", "your wellies are in the garage"],
  ]),
  dialogue(P, "recall", "recall-microwave", [
    ["remember that the spare key for the caravan is in the microwave drawer", "remember", "I'll remember that the spare key for the caravan is in the microwave drawer"],
    ["where is the spare key for the caravan", "recall", "spare key for the caravan is in the microwave drawer"],
    ["sorry, where was it again", "recall", "microwave drawer"],
  ]),
  // forget
  dialogue(P, "forget", "forget-banjo", [
    ["remember my banjo is behind the sofa", "remember", "I'll remember that your banjo is behind the sofa"],
    ["where's my banjo", "recall", "your banjo is behind the sofa"],
    ["forget where my banjo is", "forget", forgotten],
    ["where's my banjo", "recall", "^(?!.*sofa)"],
  ]),
  dialogue(P, "forget", "forget-pin", [
    ["remember that the alarm code is hidden in the recipe book", "remember", "I'll remember that the alarm code is hidden in the recipe book"],
    ["where's the alarm code", "recall", "alarm code is hidden in the recipe book"],
    ["actually forget that", "forget", forgotten],
    ["where is the alarm code", "recall", "^(?!.*recipe)"],
  ]),
  dialogue(P, "forget", "forget-hedgehog", [
    ["remember the hedgehog house is under the apple tree", "remember", "I'll remember that the hedgehog house is under the apple tree"],
    ["where's the hedgehog house", "recall", "hedgehog house is under the apple tree"],
    ["please forget about the hedgehog house", "forget", forgotten],
    ["where is the hedgehog house", "recall", "^(?!.*apple tree)"],
  ]),
  // conversation
  dialogue(P, "conversation", "conv-weather", [
    ["what's the weather in cork", "out_of_domain", capabilityReply],
    ["what did i just say", "conversation", 'You said:? "?what\'s the weather in cork'],
  ]),
  dialogue(P, "conversation", "conv-maths", [
    ["what's twelve times twelve", "calculate", "\\b144\\b"],
    ["sorry, what did you just say", "conversation", "\\b144\\b"],
  ]),
  dialogue(P, "conversation", "conv-greeting", [
    ["good evening", "small_talk", greetingReply],
    ["how are you keeping", "small_talk", wellbeingReply],
    ["what did i say just now", "conversation", 'You said:? "?how are you keeping'],
  ]),
  dialogue(P, "conversation", "conv-repeat", [
    ["remember that the dog's lead is on the coat hook", "remember", "I'll remember that the dog's lead is on the coat hook"],
    ["come again? what did you say", "conversation", "dog's lead is on the coat hook"],
  ]),
  dialogue(P, "conversation", "conv-timer", [
    ["set a timer for four minutes", "timer", "timer is set for 4 minutes"],
    ["say that again please", "conversation", "timer is set for 4 minutes"],
  ]),
  dialogue(P, "conversation", "conv-joke", [
    ["tell me a knock knock joke", "out_of_domain", capabilityReply],
    ["what did i just say", "conversation", 'You said:? "?tell me a knock knock joke'],
    ["and what did you just say", "conversation", "knock knock joke"],
  ]),
  dialogue(P, "conversation", "conv-date", [
    ["what's the date today", "time", dateReply],
    ["pardon, what did you say", "conversation", dateReply],
  ]),
  // timer
  dialogue(P, "timer", "timer-pasta", [
    ["set a spaghetti timer for nine minutes", "timer", "spaghetti timer is set for 9 minutes"],
    ["how long is left on it", "timer", "left"],
    ["cancel the spaghetti timer", "timer", "cancell?ed your spaghetti timer"],
  ]),
  dialogue(P, "timer", "timer-pause", [
    ["timer for twenty five minutes please", "timer", "timer is set for 25 minutes"],
    ["pause the timer", "timer", "paused"],
    ["ok resume it", "timer", "running again"],
    ["how much time is left", "timer", "left"],
  ]),
  dialogue(P, "timer", "timer-list", [
    ["set a timer for 5 minutes", "timer", "timer is set for 5 minutes"],
    ["what timers have i got", "timer", "^You have one timer"],
    // Once set, an unnamed timer is named by its length ("your 5 minute timer"); the reply is right, the pattern was too strict.
    ["stop the timer", "timer", "cancell?ed your (\\d+ (second|minute|hour) )?timer"],
    ["have i got any timers now", "timer", noTimers],
  ]),
  dialogue(P, "timer", "timer-cake", [
    ["set a cake timer for forty minutes", "timer", "cake timer is set for 40 minutes"],
    ["hold the cake timer", "timer", "paused"],
    ["right, carry on with the cake timer", "timer", "running again"],
  ]),
  // reminder
  dialogue(P, "reminder", "reminder-plants", [
    ["remind me to water the plants in 30 minutes", "reminder", "^Okay, I'll remind you to water the plants"],
    ["what reminders have i got", "reminder", "^You have one reminder"],
    ["cancel that reminder", "reminder", "^Okay, I've cancell?ed"],
    ["have i got any reminders now", "reminder", noReminders],
  ]),
  dialogue(P, "reminder", "reminder-when", [
    ["remind me to take my tablets", "reminder", "^When should I remind you to take your tablets"],
    ["in two hours", "reminder", "^Okay, I'll remind you to take your tablets"],
  ]),
  dialogue(P, "reminder", "reminder-car", [
    ["remind me tomorrow at 8 to move the car", "reminder", "^Okay, I'll remind you to move the car"],
    ["list my reminders", "reminder", "^You have one reminder.*move the car"],
    ["delete the reminder about the car", "reminder", "^Okay, I've cancell?ed"],
  ]),
  // small talk
  dialogue(P, "small_talk", "chat-aussie", [
    ["g'day", "small_talk", greetingReply],
    ["how are ya", "small_talk", wellbeingReply],
    ["good stuff, thanks", "small_talk", thanksReply],
    ["see ya", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "chat-who", [
    ["morning", "small_talk", greetingReply],
    ["what's your name then, who are you", "small_talk", identityReply],
    ["lovely, thank you", "small_talk", thanksReply],
  ]),
  // remember
  dialogue(P, "remember", "remember-empty", [
    ["remember something", "remember", "^What should I remember\\?"],
    ["remember that the gas meter reading is due on the first", "remember", "I'll remember that the gas meter reading is due on the (first|1st)"],
  ]),
];
