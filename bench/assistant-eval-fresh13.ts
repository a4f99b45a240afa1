/**
 * Part "fresh-13", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - Gwyn, a Welsh sheep farmer on a hill farm, out with the quad bike and the ewes;
 * - Darlene, a Texan long-haul trucker talking from the cab;
 * - Aroha's colleague Kate, a New Zealand ward nurse on rotating shifts;
 * - Marisol, a Filipino care worker in a care home, polite and precise;
 * - Tomasz, a Polish builder on London sites, short and practical;
 * - Camille, a French exchange student whose English is careful and slightly formal;
 * - Miss Hyacinth, a Jamaican grandmother in Toronto;
 * - Ray, a blind user who does everything by voice;
 * - Priya, a busy parent of twins (Ella and Noah);
 * - Sam, a baker who starts at 4 am;
 * - Jo, a marathon runner in training;
 * - Callum, a home-brewer;
 * - Kwame, a Ghanaian taxi driver;
 * - Maureen, a gardener who gives a lot of context before she gets to the request.
 */
import {
  cancelledReply,
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
  reminderListReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  timerListReply,
  unknownReply,
  weekdayReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-13" as const;


export const fresh13Singles: EvalDialogue[] = [
  // timers
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for twenty minutes", "timer.*20 minutes"],
    ["could you start a timer for an hour and a half", "timer.*1 hour and 30 minutes"],
    ["timer for three minutes for the eggs", "eggs timer.*3 minutes"],
    ["put a tea timer on for four minutes", "tea timer.*4 minutes"],
    ["set a timer called lamb for two hours", "lamb timer.*2 hours"],
    ["start a 12 minute timer", "timer.*12 minutes"],
    ["give me a timer for 45 seconds", "timer.*45 seconds"],
    ["do i have any timers running", timerListReply],
    ["what timers are on at the moment", timerListReply],
  ]),

  // reminders
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me at 8 am to put the bins out", "remind you to put the bins out.*8:00 AM"],
    ["set a reminder for 4 pm to pick up the twins from nursery", "remind you to pick up the twins from nursery.*4:00 PM"],
    ["in thirty minutes remind me to take the bread out", "remind you to take the bread out"],
    ["remind me in an hour to stretch my calves", "remind you to stretch your calves"],
    ["remind me tomorrow at 7 am to bottle the stout", "remind you to bottle the stout.*7:00 AM"],
    ["can you remind me to pay the gas bill today at 3 pm", "remind you to pay the gas bill.*3:00 PM"],
    ["remind me to renew my visa", "when should I remind you to renew your visa"],
    ["remind me at 10 pm to charge my phone", "remind you to charge your phone.*10:00 PM"],
    ["do i have any reminders", reminderListReply],
    ["what reminders have you got for me", reminderListReply],
  ]),

  // remember
  ...singlePairs(P, "remember", "remember", [
    ["remember that the stopcock is under the kitchen sink", "stopcock is under the kitchen sink"],
    ["please remember my bike lock code is 3917", "bike lock code is 3917"],
    ["remember i put the christmas lights in the loft", "you put the christmas lights in the loft"],
    ["make a note that the recycling goes out on thursdays", "recycling goes out on thursdays"],
  ]),

  // recall of things never told
  ...single(P, "recall", "recall", unknownReply, [
    "what's my passport number",
    "where did i put the allen keys",
    "what's my neighbour's dog called",
    "when is my dentist appointment",
    "what's the name of my plumber",
  ]),

  // forget of things never stored
  ...single(P, "forget", "forget", forgotten, [
    "forget my locker combination",
    "please forget where the ladder is",
    "forget what i told you about the boiler",
    "forget my gym pin",
  ]),

  // time and date
  ...single(P, "time", "time", clockReply, [
    "what time is it",
    "what's the time please",
    "have you got the time",
    "tell me the time",
    "what time do you make it",
    "what's the time now",
    "sorry what time is it right now",
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the date today", monthDayReply],
    ["what's today's date", monthDayReply],
    ["what date is it today", monthDayReply],
    ["can you tell me the date", monthDayReply],
    ["what day is it today", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["which day is it", weekdayReply],
  ]),

  // status
  ...single(P, "status", "status", statusReply, [
    "is everything working",
    "are all your systems up",
    "are your services running ok",
    "is the memory service up",
    "system status",
    "is anything down at the moment",
    "check your services for me",
    "run a health check",
    "are all the services healthy",
    "give me a status report on your systems",
  ]),

  // small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hello there", greetingReply],
    ["hey", greetingReply],
    ["good evening", greetingReply],
    ["thanks a lot", thanksReply],
    ["thank you so much", thanksReply],
    ["ta very much", thanksReply],
    ["that's brilliant thank you", thanksReply],
    ["bye for now", goodbyeReply],
    ["good night", goodbyeReply],
    ["see you later", goodbyeReply],
    ["right i'm off now goodbye", goodbyeReply],
    ["how are you doing", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["how are you today", wellbeingReply],
    ["how have you been", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
    ["what's your name", identityReply],
  ]),

  // out of domain
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow in aberystwyth",
    "is it going to rain this afternoon",
    "read me the news headlines",
    "what's the latest on the election",
    "who won the all blacks game",
    "what was the score in the arsenal match",
    "who wrote pride and prejudice",
    "what's the capital of australia",
    "how do i make jerk chicken",
    "give me a recipe for welsh cakes",
    "play some bob marley",
    "put the radio on",
    "turn on the living room lights",
    "set the heating to 20 degrees",
    "order more dog food from amazon",
    "translate where is the train station into french",
    "call my daughter",
    "ring the depot for me",
    "send an email to my boss saying i'll be late",
    "text my wife that i'm running late",
    "book me a taxi to the airport",
    "what's the best fertiliser for roses",
    "find me a plumber near me",
    "what's on tv tonight",
    "how do you fix a puncture on a wheelbarrow",
  ]),

  // arithmetic and conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 17 times 23", "\\b391\\b"],
    ["how much is 1250 divided by 8", "\\b156\\.(25|3)\\b"],
    ["what is 15 percent of 84", "\\b12\\.6\\b"],
    ["square root of 729", "\\b27\\b"],
    ["what's the square root of 50", "\\b7\\.(07|1)"],
    ["convert 26.2 miles to kilometres", "\\b42\\.(16|2)"],
    ["how many pounds is 18 kilos", "\\b39\\.(68|7)"],
    ["what's 180 degrees fahrenheit in celsius", "\\b82(\\.2\\d*)?\\b"],
    ["convert 22 degrees celsius to fahrenheit", "\\b71\\.6\\b|\\b72\\b"],
    ["how many millilitres in 2.5 litres", "\\b2,?500\\b"],
    ["what's 65 miles per hour in kilometres per hour", "\\b104\\.(61|6)|\\b105\\b"],
    ["how many feet is 3 metres", "\\b9\\.(84|8)"],
    ["what's 4.5 kilograms in grams", "\\b4,?500\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["what's 12 percent of 2400", "\\b288\\b"],
    ["999 plus 2468", "\\b3,?467\\b"],
    ["what's 7500 minus 1849", "\\b5,?651\\b"],
    ["how many inches are in 2 metres", "\\b78\\.(74|7)"],
    ["what's a hundred and twenty divided by 7", "\\b17\\.(14|1)"],
    ["how much is 19.99 times 3", "\\b59\\.97\\b"],
    ["what's 40 kilometres in miles", "\\b24\\.(85|9)"],
  ]),
];

export const fresh13Dialogues: EvalDialogue[] = [
  // ---- timers
  dialogue(P, "timer", "d-bakery-timers", [
    ["morning set a timer called dough for forty five minutes", "timer", "dough timer.*45 minutes"],
    ["and start a croissant timer for 18 minutes", "timer", "croissant timer.*18 minutes"],
    ["what timers have i got going", "timer", "timers?.*(dough|croissant)"],
    ["how long is left on the dough", "timer", "left"],
    ["pause the croissant timer", "timer", "paused"],
    ["ok resume the croissant timer", "timer", "running again"],
    ["cancel the dough timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "d-twins-bottles", [
    ["set a timer for the bottles for 5 minutes", "timer", "bottles timer.*5 minutes"],
    ["how much time is left on the bottles timer", "timer", "left"],
    ["hang on pause the bottles timer", "timer", "paused"],
    ["ok you can resume the bottles timer", "timer", "running again"],
    ["never mind cancel the bottles timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "d-brewday-timers", [
    ["set a hops timer for 60 minutes", "timer", "hops timer.*(60 minutes|1 hour)"],
    ["and a ninety second timer for the sanitiser", "timer", "sanitiser timer.*(90 seconds|1 minute and 30 seconds)"],
    ["list my timers", "timer", "timers?.*(hops|sanitiser)"],
    ["cancel the sanitiser timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "d-long-run-timer", [
    ["timer for 2 hours 30 minutes please", "timer", "timer.*2 hours and 30 minutes"],
    ["how much longer on my timer", "timer", "left"],
    ["pause my timer", "timer", "paused"],
    ["resume my timer", "timer", "running again"],
    ["cancel my timer", "timer", cancelledReply],
  ]),

  // ---- reminders
  dialogue(P, "reminder", "d-farm-reminders", [
    ["remind me to move the ewes to the top field at 6 am", "reminder", "remind you to move the ewes to the top field.*6:00 AM"],
    ["remind me to ring the vet", "reminder", "when should I remind you to ring the vet"],
    ["tomorrow at 9 am", "reminder", "remind you to ring the vet"],
    ["what reminders have i got", "reminder", "(ewes|vet)"],
    ["cancel the reminder about the vet", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "d-trucker-reminders", [
    ["remind me in 45 minutes to check my tire pressure", "reminder", "remind you to check your tire pressure"],
    ["and remind me at 7 pm to call my wife", "reminder", "remind you to call your wife.*7:00 PM"],
    ["list my reminders", "reminder", "(tire|wife)"],
    ["cancel the tire pressure reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "d-nurse-reminders", [
    ["remind me to take my iron tablets", "reminder", "when should I remind you to take your iron tablets"],
    ["in 2 hours", "reminder", "remind you to take your iron tablets"],
    ["remind me tomorrow at 6:30 am to swap shifts with aroha", "reminder", "remind you to swap shifts with aroha.*6:30 AM"],
    ["what are my reminders", "reminder", "(iron|aroha|shifts)"],
  ]),
  dialogue(P, "reminder", "d-care-home-reminders", [
    ["please remind me at 2 pm to give mrs santos her medicine", "reminder", "remind you to give mrs santos her medicine.*2:00 PM"],
    ["also remind me to buy load for my phone", "reminder", "when should I remind you to buy load for your phone"],
    ["today at 5 pm", "reminder", "remind you to buy load for your phone"],
    ["ok cancel the medicine reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "d-grandma-reminders", [
    ["remind me to put the peas to soak tonight at 9 pm", "reminder", "remind you to put the peas to soak.*9:00 PM"],
    ["remind me tomorrow at 11 am to call my grandson marcus", "reminder", "remind you to call your grandson marcus.*11:00 AM"],
    ["what reminders do i have", "reminder", "(peas|marcus)"],
  ]),

  // ---- remember
  dialogue(P, "remember", "d-student-empty-capture", [
    ["can you remember something for me", "remember", "what should I remember"],
    ["my bus pass number is 88213", "remember", "bus pass number is 88213"],
    ["what is my bus pass number", "recall", "\\b88213\\b"],
  ]),
  dialogue(P, "remember", "d-care-empty-capture", [
    ["remember something", "remember", "what should I remember"],
    ["mr dawson takes his tablets with warm milk", "remember", "mr dawson takes his tablets with warm milk"],
    ["how does mr dawson take his tablets", "recall", "warm milk"],
  ]),
  dialogue(P, "remember", "d-taxi-empty-capture", [
    ["i need you to remember something", "remember", "what should I remember"],
    ["my radio call sign is kilo seven", "remember", "radio call sign is kilo seven"],
    ["what's my call sign", "recall", "kilo seven"],
  ]),
  dialogue(P, "remember", "d-rambling-clematis", [
    [
      "ok so i was at the garden centre yesterday and i bought this lovely clematis and the label said it wants pruning in february so could you remember that the clematis needs pruning in february",
      "remember",
      "clematis needs pruning in february",
    ],
    ["when does the clematis need pruning", "recall", "february"],
  ]),
  dialogue(P, "remember", "d-twins-allergy", [
    ["remember that noah is allergic to kiwi", "remember", "noah is allergic to kiwi"],
    ["what is noah allergic to", "recall", "kiwi"],
    ["sorry what did you say", "conversation", "kiwi"],
  ]),

  // ---- recall, with corrections and follow-ups
  dialogue(P, "recall", "d-farm-quad-bike", [
    ["remember that i left the quad bike by the lower gate", "remember", "you left the quad bike by the lower gate"],
    ["where did i leave the quad bike", "recall", "lower gate"],
    ["no it's by the cattle grid", "correct", correctedReply("cattle grid")],
    ["where is it now", "recall", "cattle grid"],
  ]),
  dialogue(P, "recall", "d-builder-gate-code", [
    ["remember the code for the site gate is 4471", "remember", "code for the site gate is 4471"],
    ["what's the site gate code", "recall", "\\b4471\\b"],
    ["wait it's 4417 not 4471", "correct", correctedReply("4417")],
    ["so what's the gate code", "recall", "\\b4417\\b"],
  ]),
  dialogue(P, "recall", "d-blind-kitchen", [
    ["remember that the coffee is in the square tin on the left", "remember", "coffee is in the square tin on the left"],
    ["where's the coffee", "recall", "square tin"],
    ["and remember that my talking watch charger is in the bedside drawer", "remember", "talking watch charger is in the bedside drawer"],
    ["where did i put my watch charger", "recall", "bedside drawer"],
    ["what did i just say", "conversation", 'You said:? "?where did i put my watch charger'],
  ]),
  dialogue(P, "recall", "d-taxi-licence", [
    ["remember that my taxi licence expires on the 14th of march", "remember", "taxi licence expires on the 14th of march"],
    ["when does my taxi licence expire", "recall", "14th of march"],
    ["actually it's the 24th of march", "correct", correctedReply("24th of march")],
    ["when does it expire", "recall", "24th of march"],
  ]),
  dialogue(P, "recall", "d-brew-stout", [
    ["remember that the stout went into the fermenter on the 3rd", "remember", "stout went into the fermenter on the 3rd"],
    ["when did the stout go into the fermenter", "recall", "\\b3rd\\b"],
    ["and remember the original gravity was 1.062", "remember", "original gravity was 1\\.062"],
    ["what was the original gravity", "recall", "\\b1\\.062\\b"],
    ["say that again", "conversation", "\\b1\\.062\\b"],
  ]),
  dialogue(P, "recall", "d-nurse-parking", [
    ["remember i parked in the staff car park on level 2 row f", "remember", "you parked in the staff car park on level 2 row f"],
    ["where did i park", "recall", "level 2 row f"],
    ["no sorry level 3 row f", "correct", correctedReply("level 3 row f")],
    ["where's my car", "recall", "level 3 row f"],
  ]),
  dialogue(P, "recall", "d-bakery-starter", [
    ["remember that the rye starter is on the top shelf of the walk in fridge", "remember", "rye starter is on the top shelf"],
    ["where's the rye starter", "recall", "top shelf"],
    ["actually it's on the bottom shelf", "correct", correctedReply("bottom shelf")],
    ["where is it now", "recall", "bottom shelf"],
  ]),
  dialogue(P, "recall", "d-grandma-church-hat", [
    ["remember my church hat is in the hatbox on top of the wardrobe", "remember", "church hat is in the hatbox on top of the wardrobe"],
    ["where is my church hat", "recall", "hatbox"],
    ["and where's the hatbox", "recall", "top of the wardrobe"],
  ]),
  dialogue(P, "recall", "d-runner-shoes", [
    ["remember that my race shoes are the blue pair with the orange laces", "remember", "race shoes are the blue pair with the orange laces"],
    ["which are my race shoes", "recall", "blue pair"],
    ["actually make that the grey pair", "correct", correctedReply("grey pair")],
    ["which pair is it now", "recall", "grey pair"],
  ]),
  dialogue(P, "recall", "d-student-host-address", [
    ["please remember that my host family lives at 27 maple crescent", "remember", "host family lives at 27 maple crescent"],
    ["where does my host family live", "recall", "27 maple crescent"],
    ["sorry it's 72 not 27", "correct", correctedReply("72")],
    ["where does my host family live now", "recall", "\\b72\\b"],
  ]),

  // ---- forget
  dialogue(P, "forget", "d-runner-pace", [
    ["remember my target marathon pace is 4 minutes 50 per kilometre", "remember", "target marathon pace is 4 minutes 50"],
    ["what's my target pace", "recall", "4 minutes 50"],
    ["forget my target pace", "forget", forgotten],
    ["what's my target pace", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-grandma-spare-key", [
    ["remember that the spare house key is with mrs campbell next door", "remember", "spare house key is with mrs campbell"],
    ["who has the spare house key", "recall", "mrs campbell"],
    ["forget about the spare house key", "forget", forgotten],
    ["who has my spare house key", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-garden-tomatoes", [
    ["remember that i sowed the tomato seeds on the 2nd of april", "remember", "sowed the tomato seeds on the 2nd of april"],
    ["when did i sow the tomato seeds", "recall", "2nd of april"],
    ["forget when i sowed the tomato seeds", "forget", forgotten],
    ["when did i sow the tomato seeds", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-trucker-trailer", [
    ["remember that i dropped the trailer at dock 14", "remember", "you dropped the trailer at dock 14"],
    ["which dock did i drop the trailer at", "recall", "dock 14"],
    ["ok you can forget where i dropped the trailer", "forget", forgotten],
    ["where did i drop the trailer", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-builder-skip", [
    ["remember the skip hire company is called brennan and sons", "remember", "skip hire company is called brennan and sons"],
    ["forget the skip hire company", "forget", forgotten],
    ["what's the skip hire company called", "recall", unknownReply],
  ]),

  // ---- conversation
  dialogue(P, "conversation", "d-blind-time-again", [
    ["what time is it", "time", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "d-garden-echo", [
    ["remind me at 6 pm to water the greenhouse", "reminder", "remind you to water the greenhouse.*6:00 PM"],
    ["what did i just say", "conversation", 'You said:? "?remind me at 6 pm to water the greenhouse'],
  ]),
  dialogue(P, "conversation", "d-builder-sum-again", [
    ["what's 15 times 12", "calculate", "\\b180\\b"],
    ["say that again", "conversation", "\\b180\\b"],
  ]),
  dialogue(P, "conversation", "d-twins-rice-again", [
    ["set a timer for the rice for 15 minutes", "timer", "rice timer.*15 minutes"],
    ["sorry what did you say", "conversation", "rice timer.*15 minutes"],
  ]),
  dialogue(P, "conversation", "d-student-date-echo", [
    ["what is the date today", "time", monthDayReply],
    ["what did i just say", "conversation", 'You said:? "?what is the date today'],
  ]),
  dialogue(P, "conversation", "d-blind-ounces-again", [
    ["what is 250 grams in ounces", "calculate", "\\b8\\.(82|8)"],
    ["can you say that again please", "conversation", "\\b8\\.(82|8)"],
  ]),
  dialogue(P, "conversation", "d-taxi-echo", [
    ["remember the airport drop off bay is zone c", "remember", "airport drop off bay is zone c"],
    ["what did i just say", "conversation", 'You said:? "?remember the airport drop off bay is zone c'],
  ]),
  dialogue(P, "conversation", "d-farm-day-again", [
    ["what day is it today", "time", weekdayReply],
    ["what did you say", "conversation", weekdayReply],
  ]),
];
