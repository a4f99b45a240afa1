/**
 * Part "fresh-8", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers, all talking to one kitchen speaker in turn:
 * - an elderly couple in Glasgow, unhurried and polite ("how are you keeping", "ta very much, hen",
 *   "night night"), who keep the spuds, the lamb and the boiler service in order;
 * - a night-shift nurse in Cardiff, terse, between shifts ("timer 90 seconds", "iron my uniform");
 * - a shared flat of students: a teenager's shorthand ("hiya", "where's my hoodie", "ta"), a Nigerian
 *   software tester ("please remember", a cousin's flight), a Singaporean student ("eh", "ah"), a Kiwi
 *   ("sweet as, thanks");
 * - a small home office: an Indian-English bookkeeper ("kindly remember", "what is my ... number",
 *   "actually it is"), a Polish colleague with small grammar slips ("which day is today", "which
 *   date is today", "my appointment at hairdresser");
 * - relatives who visit: an Australian ("the ute", "the esky", "righto"), a woman from Georgia in the
 *   US South ("mama's birthday", "thank you kindly"), a Caribbean grandmother (rum cake, "darlin");
 * - a hesitant speaker who says "um" and "erm", and a chatty one who adds "for me" and "please".
 * Transcripts are lowercase and clean, as a good recogniser would write them.
 */
import {
  cancelledReply,
  capabilityReply,
  clockReply,
  correctedReply,
  dialogue,
  emptyCaptureReply,
  EvalDialogue,
  forgotten,
  goodbyeReply,
  greetingReply,
  identityReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  unknownReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-8" as const;

const timerList = "(don't have any|you have \\w+) timers?";
const reminderList = "(don't have any|you have \\w+) reminders?";
const months = "January|February|March|April|May|June|July|August|September|October|November|December";
const date = `\\b(${months}) \\d{1,2}\\b|\\b\\d{1,2}(st|nd|rd|th)? (of )?(${months})\\b`;
const weekday = "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";

export const fresh8Singles: EvalDialogue[] = [
  // timers: starting, with and without names, durations in words and digits; and listing
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for the spuds for 20 minutes", "spuds.*\\b20 minutes"],
    ["start a timer called tea for 4 minutes", "\\btea\\b.*\\b4 minutes"],
    ["set a rice timer for twelve minutes", "\\brice\\b.*\\b12 minutes"],
    ["timer for the yorkshire puddings 25 minutes", "yorkshire puddings.*\\b25 minutes"],
    ["can you set a timer for the oven chips for 18 minutes please", "oven chips.*\\b18 minutes"],
    ["put a timer on for the washing machine, 1 hour 10 minutes", "washing machine.*\\b1 hour and 10 minutes"],
    ["set a laundry timer for forty five minutes", "laundry.*\\b45 minutes"],
    ["erm set a timer for the hair dye, half an hour", "hair dye.*\\b30 minutes"],
    ["set a nap timer for 25 minutes", "\\bnap\\b.*\\b25 minutes"],
    ["set a timer for 5 minutes", "set for 5 minutes"],
    ["timer 90 seconds", "set for (90 seconds|1 minute and 30 seconds)"],
    ["set a timer for two and a half hours", "set for 2 hours and 30 minutes"],
    ["start a timer for fifteen minutes", "set for 15 minutes"],
    ["could you set a timer for 3 minutes for me", "set for 3 minutes"],
    ["set a timer for an hour", "set for 1 hour(?! and)"],
    ["ten minute timer please", "set for 10 minutes"],
    ["set a timer for one hour and twenty minutes", "set for 1 hour and 20 minutes"],
    ["what timers have i got", timerList],
    ["are there any timers going", timerList],
    ["list my timers", timerList],
  ]),

  // reminders: at a time, after a delay, with no time given, and listing
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call my sister at 7 pm", "remind you to call your sister.*7:00 ?PM"],
    ["remind me at half past six to put the heating on", "remind you to put the heating on.*6:30"],
    ["remind me to pay the milkman tomorrow at 10 am", "remind you to pay the milkman.*10:00 ?AM"],
    ["please remind me to take the chicken out of the freezer at 5 o'clock", "remind you to take the chicken out of the freezer.*5:00"],
    ["remind me at 9:15 to ring the surgery", "remind you to ring the surgery.*9:15"],
    ["can you remind me on friday at noon to renew the car tax", "remind you to renew the car tax.*(12:00 ?PM|noon)"],
    ["remind me in 20 minutes to take the bread out", "remind you to take the bread out"],
    ["in an hour remind me to move the car", "remind you to move the car"],
    ["remind me to check the washing in 45 minutes", "remind you to check the washing"],
    ["um remind me in ten minutes to turn the hob off", "remind you to turn the hob off"],
    ["remind me to book the mot", "when should I remind you to book the mot"],
    ["remind me to text my brother about sunday", "when should I remind you to text your brother about sunday"],
    ["set a reminder to defrost the mince", "when should I remind you to defrost the mince"],
    ["what reminders have i got", reminderList],
    ["have i got any reminders set", reminderList],
  ]),

  // remember: facts in the first person read back in the second, and two empty requests
  ...singlePairs(P, "remember", "remember", [
    ["remember that the electricity meter reading was 18342 on sunday", "electricity meter reading was 18342"],
    ["remember the dog's flea treatment is due on the 3rd", "dog's flea treatment is due on the 3rd"],
    ["um remember that i lent the ladder to the neighbour at number 9", "you lent the ladder to the neighbour at number 9"],
    ["remember my seat on the coach is 14c", "your seat on the coach is 14c"],
    ["remember the spare duvet is in the loft above the bathroom", "spare duvet is in the loft above the bathroom"],
    ["remember that the lad who does the gardening is called ryan", "lad who does the gardening is called ryan"],
    ["remember i've paid the council tax for december", "(you've|you have) paid the council tax for december"],
    ["remember that the cat's next vaccination is in april", "cat's next vaccination is in april"],
    ["remember something", emptyCaptureReply],
    ["i need you to remember something", emptyCaptureReply],
  ]),

  // recall of facts nobody told it
  ...single(P, "recall", "recall", unknownReply, [
    "where did i put the spare fuse for the kettle",
    "what's the name of the man who fixed the guttering",
    "what's the combination for the padlock on the garden gate",
    "which platform does my sleeper train go from",
    "what's my gran's landline number",
    "when is my nephew's christening",
    "erm where did i leave the key for the roof box",
  ]),

  // forget, whether or not anything was stored
  ...single(P, "forget", "forget", forgotten, [
    "forget the number for the chimney sweep",
    "forget what i told you about the darts fixture",
    "please forget my old pin for the campsite gate",
    "forget about the greenhouse heater",
    "forget the thing about the hen do",
    "erm forget my cousin's moped registration",
    "you can forget the date of the school fair now",
    "delete what i told you about the broken strimmer",
  ]),

  // time, date and day of the week
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time", clockReply],
    ["have you got the time", clockReply],
    ["erm what time is it now", clockReply],
    ["tell me the time please", clockReply],
    ["what time's it", clockReply],
    ["what's the date today", date],
    ["what's today's date", date],
    ["what date is it", date],
    ["what's the date", date],
    ["which date is today", date],
    ["what day is it", weekday],
    ["what day is it today", weekday],
    ["what day of the week is it", weekday],
    ["which day is today", weekday],
  ]),

  // system status, all services or one
  ...single(P, "status", "status", statusReply, [
    "is everything running",
    "system status",
    "are all the services up",
    "is the memory service running",
    "is the timekeeper running",
    "is the backup service running",
    "is the health monitor up",
    "is the coordinator running",
    "status report",
    "is anything down",
    "check the services",
    "are the services healthy",
    "how's the system doing",
    "give me a system status",
    "are all your services running okay",
  ]),

  // small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["hello there", greetingReply],
    ["hey", greetingReply],
    ["cheers", thanksReply],
    ["thank you very much", thanksReply],
    ["sweet as, thanks", thanksReply],
    ["bye for now", goodbyeReply],
    ["good night", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how are you doing today", wellbeingReply],
    ["how are you getting on", wellbeingReply],
    ["who are you", identityReply],
    ["what are you", identityReply],
  ]),

  // things it can't do: no internet, no general knowledge, no device control
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow",
    "is it going to rain this afternoon",
    "what's the news this morning",
    "put radio 2 on",
    "play the new taylor swift album",
    "turn the living room lights off",
    "set the thermostat to 20 degrees",
    "who won the football last night",
    "what's the capital of new zealand",
    "how tall is ben nevis",
    "order some more dog food",
    "add kitchen roll to my amazon basket",
    "call my daughter",
    "ring the chinese takeaway",
    "send a message to dave saying i'll be late",
    "how do i make a white sauce",
    "give me a recipe for banana bread",
    "how do you say good morning in spanish",
    "translate where is the toilet into italian",
    "what's on the telly tonight",
    "when's the next bus into town",
    "what's the traffic like on the m62",
    "lock the front door",
    "who sings that song about the umbrella",
    "what time does tesco shut",
  ]),

  // arithmetic and unit conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 7 times 8", "\\b56\\b"],
    ["what is twelve times twelve", "\\b144\\b"],
    ["what's 45 plus 37", "\\b82\\b"],
    ["250 minus 87", "\\b163\\b"],
    ["what's 1000 divided by 8", "\\b125\\b"],
    ["what's 15 percent of 80", "\\b12\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["what's the square root of 144", "\\b12\\b"],
    ["what's 19.99 times 3", "\\b59\\.97\\b"],
    ["how many grams in 8 ounces", "\\b(226\\.8|226\\.79|227)"],
    ["convert 5 miles to kilometres", "\\b8\\.0[45]"],
    ["what's 180 fahrenheit in celsius", "\\b82(\\.2\\d*)?\\b"],
    ["how many pounds is 70 kilos", "\\b154(\\.3\\d*)?\\b"],
    ["6 feet in centimetres", "\\b(182\\.88|182\\.9|183)\\b"],
    ["how many seconds in an hour", "\\b3,?600\\b"],
    ["what's 12.5 percent of 240", "\\b30\\b"],
    ["convert 30 centimetres to inches", "\\b11\\.8"],
    ["what's 17 times 23", "\\b391\\b"],
    ["how many kilos is 1500 grams", "\\b1\\.5\\b"],
    ["erm what's 64 divided by 4", "\\b16\\b"],
  ]),
];

export const fresh8Dialogues: EvalDialogue[] = [
  // recall, with corrections and pronouns
  dialogue(P, "recall", "bike-shed-code", [
    ["remember that the code for the bike shed is 5829", "remember", "bike shed is 5829"],
    ["what's the code for the bike shed again", "recall", "\\b5829\\b"],
    ["no, it's 5928", "correct", correctedReply("5928")],
  ]),
  dialogue(P, "recall", "caravan-key", [
    ["remember the caravan key is on the hook behind the pantry door", "remember", "caravan key is on the hook behind the pantry door"],
    ["where is it", "recall", "hook behind the pantry door"],
    ["actually it's in my coat pocket", "correct", correctedReply("coat pocket")],
  ]),
  dialogue(P, "recall", "allotment-door-colour", [
    ["remember that my allotment shed door is painted teal", "remember", "your allotment shed door is painted teal"],
    ["what colour was it", "recall", "\\bteal\\b"],
    ["no, it's sage green", "correct", correctedReply("sage green")],
  ]),
  dialogue(P, "recall", "gas-cylinder-booking", [
    ["kindly remember that my gas cylinder booking number is 4417823", "remember", "your gas cylinder booking number is 4417823"],
    ["what is my gas cylinder booking number", "recall", "\\b4417823\\b"],
    ["actually it is 4417832", "correct", correctedReply("4417832")],
  ]),
  dialogue(P, "recall", "hairdresser-appointment", [
    ["please remember my appointment at hairdresser is on friday at 11", "remember", "appointment at (the )?hairdresser is on friday at 11"],
    ["when is my appointment at hairdresser", "recall", "friday at 11"],
    ["no, it's on friday at 12", "correct", correctedReply("friday at 12")],
  ]),
  dialogue(P, "recall", "skip-collection", [
    ["remember that the skip is being collected on monday", "remember", "skip is being collected on monday"],
    ["actually it's wednesday", "correct", correctedReply("wednesday")],
    ["when's the skip being collected", "recall", "wednesday"],
  ]),
  dialogue(P, "recall", "grey-hoodie", [
    ["remember my grey hoodie is at jayden's", "remember", "your grey hoodie is at jayden's"],
    ["where's my hoodie", "recall", "jayden's"],
    ["what did i just say", "conversation", "You said:? \"?where's my hoodie"],
  ]),
  dialogue(P, "recall", "cousin-flight", [
    ["please remember that my cousin chidi's flight lands at 6:40 on saturday", "remember", "cousin chidi's flight lands at 6:40"],
    ["what time does chidi's flight land", "recall", "6:40"],
  ]),
  dialogue(P, "recall", "parcel-locker-pin", [
    ["remember my parcel locker pin is 739201", "remember", "your parcel locker pin is 739201"],
    ["eh what's my parcel locker pin ah", "recall", "\\b739201\\b"],
    ["sorry what did you say", "conversation", "\\b739201\\b"],
  ]),
  dialogue(P, "recall", "mamas-birthday", [
    ["remember that mama's birthday is march 9th", "remember", "mama's birthday is march 9"],
    ["when's mama's birthday", "recall", "march 9"],
    ["thank you kindly", "small_talk", thanksReply],
  ]),
  dialogue(P, "recall", "rum-cake-recipe", [
    ["remember the rum cake recipe is in the biscuit tin on top of the fridge", "remember", "rum cake recipe is in the biscuit tin on top of the fridge"],
    ["where's the rum cake recipe darlin", "recall", "biscuit tin on top of the fridge"],
  ]),

  // forget, then recall
  dialogue(P, "forget", "lodgers-rent", [
    ["remember that the lodger's rent is due on the 28th", "remember", "lodger's rent is due on the 28th"],
    ["forget about the lodger's rent", "forget", forgotten],
    ["when's the lodger's rent due", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "ute-key", [
    ["remember the spare key for the ute is in the esky in the garage", "remember", "spare key for the ute is in the esky in the garage"],
    ["where's the spare key for the ute", "recall", "\\besky\\b"],
    ["righto, you can forget about the ute key now", "forget", forgotten],
    ["where's the spare key for the ute", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "nanas-door-code", [
    ["remember the door code for nana's flats is 1966", "remember", "door code for nana's flats is 1966"],
    ["forget the door code for nana's flats", "forget", forgotten],
    ["what's the door code for nana's flats", "recall", unknownReply],
  ]),

  // what did I just say, what did you say, say that again
  dialogue(P, "conversation", "plumber-thursday", [
    ["remember that the plumber is coming on thursday morning", "remember", "plumber is coming on thursday morning"],
    ["what did i just say", "conversation", "You said:? \"?remember that the plumber is coming on thursday morning"],
  ]),
  dialogue(P, "conversation", "window-cleaner-owed", [
    ["remember that we owe the window cleaner 15 pounds", "remember", "owe the window cleaner"],
    ["what did you say", "conversation", "owe the window cleaner"],
  ]),
  dialogue(P, "conversation", "time-pardon", [
    ["what time is it please", "time", clockReply],
    ["pardon, what did you say", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "sum-again", [
    ["what's 18 times 7", "calculate", "\\b126\\b"],
    ["say that again", "conversation", "\\b126\\b"],
  ]),
  dialogue(P, "conversation", "flapjacks-again", [
    ["set a timer for 25 minutes for the flapjacks", "timer", "flapjacks.*\\b25 minutes"],
    ["can you say that again", "conversation", "\\b25 minutes"],
  ]),

  // remember with an empty first turn, then the fact
  dialogue(P, "remember", "boiler-service", [
    ["can you remember something for me", "remember", emptyCaptureReply],
    ["the boiler service is booked for the 14th of january", "remember", "boiler service is booked for the 14th of january"],
    ["when's the boiler service booked for", "recall", "14th of january"],
  ]),
  dialogue(P, "remember", "library-card-pin", [
    ["remember this", "remember", emptyCaptureReply],
    ["my library card pin is 8163", "remember", "your library card pin is 8163"],
    ["what's my library card pin", "recall", "\\b8163\\b"],
  ]),

  // timers: time left, pause and resume, cancel, list
  dialogue(P, "timer", "lamb", [
    ["start a 40 minute timer for the lamb", "timer", "lamb.*\\b40 minutes"],
    ["how long's left on the lamb", "timer", "left"],
    ["pause the lamb timer", "timer", "paused"],
    ["ok resume it", "timer", "running again"],
  ]),
  dialogue(P, "timer", "sourdough", [
    ["set a sourdough timer for 45 minutes", "timer", "sourdough.*\\b45 minutes"],
    ["cancel the sourdough timer", "timer", cancelledReply],
    ["what timers have i got now", "timer", `^(?!.*sourdough)(?=.*(${timerList}))`],
  ]),
  dialogue(P, "timer", "chips-and-peas", [
    ["set a 10 minute timer for the chips", "timer", "chips.*\\b10 minutes"],
    ["and a 3 minute one for the peas", "timer", "peas.*\\b3 minutes"],
    ["what timers are going", "timer", "^(?=.*chips)(?=.*peas)"],
  ]),
  dialogue(P, "timer", "hesitant-twelve", [
    ["erm set a timer for um 12 minutes", "timer", "set for 12 minutes"],
    ["how much time is left on it", "timer", "left"],
    ["ok cancel it", "timer", cancelledReply],
  ]),

  // reminders: no time, then the time; list; cancel
  dialogue(P, "reminder", "recycling", [
    ["remind me to put the recycling out", "reminder", "when should I remind you to put the recycling out"],
    ["at 9 tonight", "reminder", "remind you to put the recycling out"],
  ]),
  dialogue(P, "reminder", "vet", [
    ["remind me to ring the vet", "reminder", "when should I remind you to ring the vet"],
    ["tomorrow at 10 am", "reminder", "remind you to ring the vet.*10:00 ?AM"],
    ["oh cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "casserole", [
    ["remind me in an hour to check on the casserole", "reminder", "remind you to check on the casserole"],
    ["which reminders are set", "reminder", "casserole"],
  ]),
  dialogue(P, "reminder", "tablets", [
    ["remind me to take my tablets", "reminder", "when should I remind you to take your tablets"],
    ["in half an hour", "reminder", "remind you to take your tablets"],
  ]),
  dialogue(P, "reminder", "uniform", [
    ["remind me to iron my uniform", "reminder", "when should I remind you to iron your uniform"],
    ["at 6 pm", "reminder", "remind you to iron your uniform.*6:00 ?PM"],
  ]),

  // small talk
  dialogue(P, "small_talk", "glasgow-evening", [
    ["good evening", "small_talk", greetingReply],
    ["how are you keeping", "small_talk", wellbeingReply],
    ["ta very much, hen", "small_talk", thanksReply],
    ["night night", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "flat-hiya", [
    ["hiya", "small_talk", greetingReply],
    ["what are you exactly", "small_talk", identityReply],
    ["ta", "small_talk", thanksReply],
  ]),
];
