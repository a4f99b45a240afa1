/**
 * Part "fresh-19": a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined, each saying the kind of thing they would say to a kitchen or bedside
 * voice assistant, in their own way:
 * - Margaret, 74, retired primary teacher in Harrogate: polite, full sentences, "could you please".
 * - Dev, 29, software tester in Leeds: terse, clipped commands.
 * - Tunde, 41, Nigerian-born night-shift nurse in London: "please help me", early alarms.
 * - Kayla, 16, high-schooler in Ohio: "um", "like", homework and screen time.
 * - Ray, 58, long-haul lorry driver from Glasgow: Scottish, short, "aye", "wee".
 * - Priya, 35, GP in Birmingham with two small children: rushed, several things at once.
 * - Hank, 67, retired farmer in Texas: slow, "reckon", roasts and livestock.
 * - Siobhan, 45, café owner in Dublin: Irish English, "would you ever", baking timers.
 * - Liam, 23, barista in Melbourne: Australian, casual, "mate", "reckon".
 * - Mei, 31, PhD student from Singapore in Manchester: precise, a little formal, lab timers.
 * - Carlos, 38, line cook in Miami: fast kitchen talk, several timers at once.
 * - Anjali, 52, accountant in Bangalore: Indian English, "kindly", tax deadlines.
 * - Greg, 44, plumber in Bristol: "right so", trade numbers, the van.
 * - Doris, 81, widow in Vermont: rambling, tablets, her grandchildren.
 * - Jamal, 27, delivery rider in Toronto: quick, parking and bike locks.
 * - Femke, 33, Dutch engineer in Cambridge: non-native but careful English.
 * - Ollie, 10, in Leicester: sums, the hamster, "what's".
 * - Bronwen, 60, choir leader in Cardiff: Welsh English, cheerful, "lovely".
 */
import {
  EvalDialogue,
  capabilityReply,
  cancelledReply,
  clockReply,
  correctedReply,
  dialogue,
  emptyCaptureReply,
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

const P = "fresh-19" as const;

export const fresh19Singles: EvalDialogue[] = [
  // Timers (30)
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 12 minutes for the rice", "rice timer is set for 12 minutes"],
    ["um can you set a timer for like five minutes", "timer is set for 5 minutes"],
    ["timer 20 minutes", "timer is set for 20 minutes"],
    ["right so set me a 35 minute timer for the chicken", "chicken timer is set for 35 minutes"],
    ["could you please set a timer for three quarters of an hour", "timer is set for 45 minutes"],
    ["start a timer for 2 hours called slow cooker", "slow cooker timer is set for 2 hours"],
    ["put the pizza timer on for 14 minutes", "pizza timer is set for 14 minutes"],
    ["set a 90 second timer for the noodles", "noodles? timer is set for (1 minute and 30 seconds|90 seconds)"],
    ["would you ever set a timer for ten minutes for the scones", "scones? timer is set for 10 minutes"],
    ["egg timer, 7 minutes", "eggs? timer is set for 7 minutes"],
    ["set a timer for one hour", "timer is set for 1 hour"],
    ["I need a timer for 25 minutes for my nap", "nap timer is set for 25 minutes"],
    ["set a timer for four and a half minutes", "timer is set for 4 minutes and 30 seconds"],
    ["timer for the washing machine, 55 minutes", "washing machine timer is set for 55 minutes"],
    ["set two minute timer", "timer is set for 2 minutes"],
    ["start a three minute timer for my tea please", "tea timer is set for 3 minutes"],
    ["set a timer for 1 hour 15 minutes for the ham", "ham timer is set for 1 hour and 15 minutes"],
    ["can you time 30 seconds for me", "timer is set for 30 seconds"],
    ["set a timer for 18 minutes", "timer is set for 18 minutes"],
    ["what timers have I got going", timerListReply],
    ["do I have any timers running", timerListReply],
    ["set a timer for a quarter of an hour", "timer is set for 15 minutes"],
    ["hey set a timer for 6 minutes for the steak", "steak timer is set for 6 minutes"],
    ["timer for forty minutes please, for the lasagne", "lasagne timer is set for 40 minutes"],
    ["set an 8 minute timer", "timer is set for 8 minutes"],
    ["please could you start a timer of 50 minutes for the fruit cake", "fruit cake timer is set for 50 minutes"],
    ["set a timer for 3 hours", "timer is set for 3 hours"],
    ["list my timers", timerListReply],
    ["gimme a 22 minute timer", "timer is set for 22 minutes"],
    ["set a timer for 5 minutes called hair dye", "hair dye timer is set for 5 minutes"],
  ]),

  // Reminders and alarms (24)
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to put the bins out at 8 pm", "remind you to put the bins out (tomorrow )?at 8:00 PM"],
    ["remind me to call my sister on saturday at 11 am", "remind you to call your sister.*Saturday at 11:00 AM"],
    ["wake me up at 5:45 am", "5:45 AM"],
    ["set an alarm for 7 tomorrow morning", "7:00 AM"],
    ["remind me every weekday at 8:15 am to take the dog out", "remind you to take the dog out every weekday at 8:15 AM"],
    ["remind me to pay the window cleaner", "when should I remind you to pay the window cleaner"],
    ["um remind me to email Mr Patel tomorrow at 10 am", "remind you to email Mr\\.? Patel tomorrow at 10:00 AM"],
    ["remind me on the first of every month to pay the rent", "remind you to pay the rent.*every month"],
    ["what reminders have I got", reminderListReply],
    ["have I got any reminders set", reminderListReply],
    ["remind me at 6 to start the dinner", "remind you to start the dinner (tomorrow )?at 6:00 (AM|PM)"],
    ["please remind me to take my blood pressure tablet every day at 9 am", "remind you to take your blood pressure tablet every day at 9:00 AM"],
    ["remind me every sunday at 6 pm to iron my shirts", "remind you to iron your shirts every Sunday at 6:00 PM"],
    ["remind me to ring the garage", "when should I remind you to ring the garage"],
    ["I need an alarm at 4:30 am please", "4:30 AM"],
    ["remind me to defrost the chicken tonight at 9 pm", "remind you to defrost the chicken.*9:00 PM"],
    ["remind me to check the lottery numbers on friday at 8 pm", "remind you to check the lottery numbers.*Friday at 8:00 PM"],
    ["kindly remind me to file the GST return on thursday at 3 pm", "remind you to file the GST return.*Thursday at 3:00 PM"],
    ["set an alarm for half six tomorrow morning", "6:30 AM"],
    ["remind me tomorrow at noon to move the car", "remind you to move the car.*tomorrow at 12:00 PM"],
    ["remind me in half an hour to take the washing out", "remind you to take the washing out.*(30 minutes|half an hour|\\d:\\d{2})"],
    ["remind me every wednesday at 7:30 pm about choir practice", "choir practice.*every Wednesday at 7:30 PM"],
    ["alarm at 7 am every weekday", "every weekday at 7:00 AM"],
    ["remind me to feed the fish every day at 6 pm", "remind you to feed the fish every day at 6:00 PM"],
  ]),

  // Recall from an empty memory (18)
  ...single(P, "recall", "recall", unknownReply, [
    "where did I leave my reading glasses",
    "what's my national insurance number",
    "when is my dentist appointment",
    "what's the code for the bike lock",
    "um what did I say my cousin's new address was",
    "what's the name of the fella who fixed the boiler",
    "where's the spare key",
    "what's my car registration",
    "do you remember where I parked",
    "what's my library card number",
    "when does my passport expire",
    "what size is my wife's ring",
    "what's the pin for the garage door",
    "which bay did I park in",
    "what's the door code at work",
    "when's Ethan's football practice",
    "what's my blood type",
    "what was the name of that wine we liked",
  ]),

  // Remember (20)
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker at the gym is number 62", "remember that your locker at the gym is (number )?62"],
    ["my reading glasses are on the bookshelf in the hall", "remember that your reading glasses are on the bookshelf in the hall"],
    ["remember the wifi password is sunflower 2024", "wifi password is sunflower ?2024"],
    ["please remember that my granddaughter's birthday is on the 3rd of March", "your granddaughter's birthday is.*(3|third).*March"],
    ["remember I parked on level 2 near the lifts", "parked on level (2|two) near the lifts"],
    ["right so the boiler pressure should be 1.5 bar, remember that", "boiler pressure should be 1\\.5 bar"],
    ["remember that the bin men come on tuesdays", "remember that the bin men come on tuesdays"],
    ["my neighbour's name is Eileen", "remember that your neighbour's name is Eileen"],
    ["remember that the car's MOT is due in August", "MOT is due in August"],
    ["make a note that I lent the ladder to Dave", "lent the ladder to Dave"],
    ["remember my son's shoe size is 4", "your son's shoe size is (4|four)"],
    ["the plumber's number is 07700 900461", "plumber's number is .*900 ?461"],
    ["remember that I'm allergic to penicillin", "allergic to penicillin"],
    ["remember that the christmas decorations are in the loft above the garage", "christmas decorations are in the loft above the garage"],
    ["um my bike lock combination is 3 8 1 9", "your bike lock combination is (3 ?8 ?1 ?9|three eight one nine)"],
    ["my daughter's teacher is called Mrs Okafor", "your daughter's teacher is called Mrs\\.? Okafor"],
    ["remember that the spare fuse is in the blue tin in the shed", "spare fuse is in the blue tin in the shed"],
    ["remember that the dog had his worming tablet on the 1st", "dog had his worming tablet on the 1(st)?"],
    ["remember that my hotel room is 1207", "your hotel room is 1207"],
    ["remember my insurance policy number is HX 44 2190", "your insurance policy number is HX ?44 ?2190"],
  ]),

  // Time and date (10)
  ...single(P, "time", "time", clockReply, ["what time is it", "what's the time please", "have you got the time", "um what time is it now"]),
  ...singlePairs(P, "time", "time", [
    ["what's the date today", monthDayReply],
    ["what day is it today", weekdayReply],
    ["what time is it in new york", `${clockReply}.*New York`],
    ["what's the time in sydney right now", `${clockReply}.*Sydney`],
    ["what day of the week is christmas this year", "Friday"],
    ["what's tomorrow's date", "December 8"],
  ]),

  // Small talk (13)
  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hello there", greetingReply],
    ["thank you so much", thanksReply],
    ["cheers mate", thanksReply],
    ["goodnight", goodbyeReply],
    ["bye for now", goodbyeReply],
    ["how are you today", wellbeingReply],
    ["you alright?", `${wellbeingReply}|${greetingReply}`],
    ["who am I talking to", identityReply],
    ["what can you do", identityReply],
    ["what are you able to help me with", identityReply],
    ["never mind", "^Okay"],
  ]),

  // Out of domain (20)
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow",
    "play some jazz in the kitchen",
    "turn off the living room lights",
    "who won the rugby last night",
    "call my mum",
    "order more dishwasher tablets",
    "how do I get red wine out of a carpet",
    "what's the capital of Australia",
    "read me the news headlines",
    "is it alright to take ibuprofen with a cold",
    "translate good morning into Spanish",
    "how tall is Mount Everest",
    "what's on telly tonight",
    "book a table for two at the Italian on Friday",
    "set the thermostat to 20 degrees",
    "what time does Tesco close today",
    "send a text to Gary saying I'm running late",
    "how many calories are in a banana",
    "find me a recipe for flapjacks",
    "is it going to rain this arvo",
  ]),

  // Status (4)
  ...single(P, "status", "status", statusReply, [
    "are all the services up",
    "is everything running okay",
    "system status please",
    "is anything down at the moment",
  ]),

  // Arithmetic (11)
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 15 percent of 80", "\\b12\\b"],
    ["how many grams in an ounce", "28\\.3"],
    ["what's 144 divided by 12", "\\b12\\b"],
    ["how many minutes are there in 3 hours", "\\b180\\b"],
    ["convert 5 miles to kilometres", "8\\.04"],
    ["what is 7 times 8", "\\b56\\b"],
    ["what's 23 plus 19", "\\b42\\b"],
    ["what's the square root of 144", "\\b12\\b"],
    ["what's 250 minus 75", "\\b175\\b"],
    ["what's 15% of 60", "\\b9\\b"],
    ["how many seconds in an hour", "3,?600"],
  ]),
];

export const fresh19Dialogues: EvalDialogue[] = [
  // Timers
  dialogue(P, "timer", "timer-lamb", [
    ["put a timer on for an hour and a half for the lamb", "timer", "lamb timer is set for 1 hour and 30 minutes"],
    ["how much longer on the lamb", "timer", "lamb timer has (1 hour|89 minutes|90 minutes)"],
  ]),
  dialogue(P, "timer", "timer-study-pause", [
    ["start a 25 minute timer for study", "timer", "study timer is set for 25 minutes"],
    ["pause it", "timer", "paused"],
    ["okay resume the study timer", "timer", "running again|resumed"],
  ]),
  dialogue(P, "timer", "timer-eggs-add", [
    ["set a timer for 8 minutes for the eggs", "timer", "eggs? timer is set for 8 minutes"],
    ["add two more minutes to the egg timer", "timer", "eggs? timer.*(9|10) minutes"],
    ["actually cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-bread-potatoes", [
    ["set a 40 minute timer for the bread", "timer", "bread timer is set for 40 minutes"],
    ["and another one for 15 minutes for the potatoes", "timer", "potato(es)? timer is set for 15 minutes"],
    ["what timers have I got", "timer", "have (2|two) timers"],
    ["cancel the potato timer", "timer", `${cancelledReply}.*potato`],
  ]),
  dialogue(P, "timer", "timer-take-off", [
    ["set a timer for half an hour", "timer", "timer is set for 30 minutes"],
    ["take 10 minutes off the timer", "timer", "(19|20) minutes"],
    ["how long's left", "timer", "(19|20) minutes"],
  ]),
  dialogue(P, "timer", "timer-laundry", [
    ["laundry timer for 45 minutes please", "timer", "laundry timer is set for 45 minutes"],
    ["how long is left on the laundry", "timer", "laundry timer has (44|45) minutes"],
    ["lovely, thank you", "small_talk", thanksReply],
  ]),
  dialogue(P, "timer", "timer-pasta-sauce", [
    ["okay set a timer for 11 minutes for the pasta", "timer", "pasta timer is set for 11 minutes"],
    ["and a 20 minute one for the sauce", "timer", "sauce timer is set for 20 minutes"],
    ["pause the sauce timer", "timer", "sauce timer is paused"],
    ["how long on the pasta", "timer", "pasta timer has (10|11) minutes"],
  ]),

  // Reminders
  dialogue(P, "reminder", "reminder-insurance", [
    ["remind me to renew the car insurance", "reminder", "when should I remind you to renew the car insurance"],
    ["friday at 10 am", "reminder", "renew the car insurance.*Friday at 10:00 AM"],
  ]),
  dialogue(P, "reminder", "reminder-two-list", [
    ["remind me every monday at 7 pm to put the recycling out", "reminder", "remind you to put the recycling out every Monday at 7:00 PM"],
    ["remind me to pick up the dry cleaning tomorrow at 5 pm", "reminder", "remind you to pick up the dry cleaning tomorrow at 5:00 PM"],
    ["what reminders have I got", "reminder", "(?=.*have (2|two) reminders)(?=.*recycling)(?=.*dry cleaning)"],
  ]),
  dialogue(P, "reminder", "reminder-alarm-cancel", [
    ["wake me up at 6:15 am", "reminder", "6:15 AM"],
    ["what alarms have I got", "reminder", "6:15 AM"],
    ["cancel that alarm", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-tablets-pharmacy", [
    ["remind me to take my tablets every day at 8 am", "reminder", "remind you to take your tablets every day at 8:00 AM"],
    ["and remind me to ring the pharmacy on thursday at 11 am", "reminder", "remind you to ring the pharmacy.*Thursday at 11:00 AM"],
  ]),
  dialogue(P, "reminder", "reminder-tomatoes", [
    ["can you remind me to water the tomatoes", "reminder", "when should I remind you to water the tomatoes"],
    ["at 7 this evening", "reminder", "water the tomatoes.*7:00 PM"],
    ["what reminders do I have", "reminder", "(?=.*have (1|one) reminders?)(?=.*tomatoes)"],
  ]),

  // Recall: told first, then asked
  dialogue(P, "recall", "recall-passport", [
    ["my passport is in the top drawer of the desk", "remember", "remember that your passport is in the top drawer of the desk"],
    ["where's my passport", "recall", "your passport is in the top drawer of the desk"],
  ]),
  dialogue(P, "recall", "recall-wifi", [
    ["remember the wifi password is bluefish 77", "remember", "wifi password is bluefish ?77"],
    ["what's the wifi password", "recall", "wifi password is bluefish ?77"],
  ]),
  dialogue(P, "recall", "recall-boiler-engineer", [
    ["remember that the boiler engineer is coming on the 14th", "remember", "boiler engineer is coming on the 14"],
    ["when is the boiler engineer coming", "recall", "14"],
  ]),
  dialogue(P, "recall", "recall-brother-shoes", [
    ["remember my brother's shoe size is 11", "remember", "your brother's shoe size is 11"],
    ["what shoe size is my brother", "recall", "brother's shoe size is 11"],
  ]),
  dialogue(P, "recall", "recall-parking-bay", [
    ["remember that I parked in bay C12", "remember", "parked in bay C ?12"],
    ["um where did I park", "recall", "bay C ?12"],
  ]),
  dialogue(P, "recall", "recall-flight", [
    ["remember that mum's flight lands at 4:20", "remember", "flight lands at 4:20"],
    ["what time does mum's flight land", "recall", "4:20"],
  ]),
  dialogue(P, "recall", "recall-spare-key", [
    ["remember the spare key is under the blue plant pot", "remember", "spare key is under the blue plant pot"],
    ["right, where's the spare key", "recall", "spare key is under the blue plant pot"],
  ]),
  dialogue(P, "recall", "recall-know-about-me", [
    ["remember that my allotment is plot 17", "remember", "your allotment is plot 17"],
    ["my neighbour's cat is called Bernard", "remember", "your neighbour's cat is called Bernard"],
    ["what do you know about me", "recall", "(?=.*plot 17)(?=.*Bernard)"],
  ]),

  // Conversation: corrections, pronouns and follow-ups
  dialogue(P, "conversation", "conv-vet-thursday", [
    ["the dog's vet appointment is on wednesday", "remember", "remember that the dog's vet appointment is on wednesday"],
    ["sorry, thursday", "correct", correctedReply("thursday")],
    ["when is it", "recall", "vet appointment is on thursday"],
  ]),
  dialogue(P, "conversation", "conv-gym-locker", [
    ["my gym locker is 112", "remember", "your gym locker is 112"],
    ["no wait, 121", "correct", correctedReply("121")],
    ["what was it again", "recall", "121"],
  ]),
  dialogue(P, "conversation", "conv-battery", [
    ["the spare battery for the smoke alarm is in the kitchen drawer", "remember", "spare battery for the smoke alarm is in the kitchen drawer"],
    ["where did I say it was", "recall", "kitchen drawer"],
  ]),
  dialogue(P, "conversation", "conv-just-said", [
    ["remember that the plumber's name is Gary", "remember", "plumber's name is Gary"],
    ["what did I just say", "conversation", "Gary"],
  ]),
  dialogue(P, "conversation", "conv-permit-april", [
    ["my parking permit runs out in march", "remember", "your parking permit runs out in march"],
    ["actually it's april", "correct", correctedReply("april")],
    ["when does it run out", "recall", "april"],
  ]),
  dialogue(P, "conversation", "conv-niece-birthday", [
    ["my niece's birthday is on the 9th of june", "remember", "your niece's birthday is.*9(th)?.*june"],
    ["no, the 19th", "correct", correctedReply("19")],
    ["when's her birthday", "recall", "19"],
  ]),

  // Forget
  dialogue(P, "forget", "forget-garage-code", [
    ["remember the garage code is 5190", "remember", "garage code is 5190"],
    ["forget the garage code", "forget", `${forgotten}.*5190`],
    ["what's the garage code", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-pool-locker", [
    ["my locker at the pool is 38", "remember", "your locker at the pool is 38"],
    ["forget that", "forget", forgotten],
  ]),
  dialogue(P, "forget", "forget-hotel-room", [
    ["remember our hotel room is 414", "remember", "hotel room is 414"],
    ["we've checked out now, forget about the hotel room", "forget", `${forgotten}.*414`],
  ]),
  dialogue(P, "forget", "forget-sarah", [
    ["remember that Sarah owes me 20 pounds", "remember", "Sarah owes you (20|twenty) pounds"],
    ["you can forget about Sarah owing me money now", "forget", `${forgotten}.*Sarah`],
  ]),
  dialogue(P, "forget", "forget-guest-wifi", [
    ["remember that the guest wifi password is welcome123", "remember", "guest wifi password is welcome ?123"],
    ["please forget the guest wifi password", "forget", forgotten],
    ["what's the guest wifi password", "recall", unknownReply],
  ]),

  // Remember, asked what
  dialogue(P, "remember", "remember-meter", [
    ["remember", "remember", emptyCaptureReply],
    ["the gas meter reading is 45120", "remember", "gas meter reading is 45,?120"],
  ]),
  dialogue(P, "remember", "remember-tyres", [
    ["can you remember something for me", "remember", emptyCaptureReply],
    ["my tyre pressure is 36 psi", "remember", "your tyre pressure is 36 psi"],
  ]),

  // Small talk, time, arithmetic, status, out of domain
  dialogue(P, "small_talk", "small-talk-morning", [
    ["hiya", "small_talk", greetingReply],
    ["how are you doing", "small_talk", wellbeingReply],
    ["right, bye then", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "time", "time-date-and-new-york", [
    ["what's the date today", "time", monthDayReply],
    ["and what time is it in new york", "time", `${clockReply}.*New York`],
  ]),
  dialogue(P, "arithmetic", "arith-tips", [
    ["what's 20 percent of 65", "calculate", "\\b13\\b"],
    ["and 15 percent of 65", "calculate", "9\\.75"],
  ]),
  dialogue(P, "status", "status-then-thanks", [
    ["is everything running alright", "status", statusReply],
    ["good, thanks", "small_talk", thanksReply],
  ]),
  dialogue(P, "out_of_domain", "ood-weather-then-timer", [
    ["what's the weather like this afternoon", "out_of_domain", capabilityReply],
    ["okay then set a timer for 20 minutes", "timer", "timer is set for 20 minutes"],
  ]),
];
