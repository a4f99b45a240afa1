/**
 * Part "fresh-17", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - a lighthouse volunteer on the Northumberland coast (generator, logging ships, tide times);
 * - a Louisiana crawfish cook (brine, roux, zydeco, Thanksgiving);
 * - a Sikh taxi driver in Leicester (badge number, licence renewal, traffic, his brother Kuldeep);
 * - a funeral director and a vicar (hearse, coroner's office, hymn sheets, lilies, the church boiler);
 * - a signwriter (gold size, stencils, gold leaf, flipping the sign on a shop door);
 * - a Cork hurling coach (training nights, St Patrick's Day, "have i any ...");
 * - a foster carer (the social worker's name, the children's shoes);
 * - a Kenyan marathon runner training in London (plank timers, miles to kilometres, running shoes);
 * - a Bristol bus driver on split shifts (alarms at half five, his route this week);
 * - a piano tuner (Mrs Okafor's and Mrs Patel's pianos);
 * - a window cleaner (his ladder, the van's MOT, the M1);
 * - a Malaysian PhD student (ringgit, the capital of Malaysia, unit conversions);
 * - a retired nurse with arthritis (tablets, physio, stretching);
 * - a market trader (percentages off, stone and kilos);
 * - a widower learning to cook (boiled eggs, pastry, rice and chicken);
 * - an au pair from Brazil (the children's swimming lessons, Portuguese, the tea).
 * Some speak indirectly ("i was wondering if you could ...", "would you mind ...", "any chance you
 * could ..."), some pile a pleasantry and a request in one breath; lowercase, as speech-to-text
 * writes it.
 */
import {
  EvalDialogue,
  single,
  singlePairs,
  dialogue,
  capabilityReply,
  greetingReply,
  thanksReply,
  goodbyeReply,
  statusReply,
  identityReply,
  wellbeingReply,
  forgotten,
  clockReply,
  cancelledReply,
  unknownReply,
  correctedReply,
  monthDayReply,
  weekdayReply,
  timerListReply,
  reminderListReply,
  emptyCaptureReply,
} from "./assistant-eval-kit";

const P = "fresh-17" as const;
const daysUntil = "\\b\\d+ days?\\b|today|tomorrow";

export const fresh17Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for ten minutes", "timer.*\\b10 minutes"],
    ["set a crawfish timer for twenty minutes", "^(?=.*crawfish)(?=.*\\b20 minutes)"],
    ["i was wondering if you could set a timer for twelve minutes", "\\b12 minutes"],
    ["timer forty five minutes", "\\b45 minutes"],
    ["start a timer for an hour and a half for the brisket", "^(?=.*brisket)(?=.*\\b1 hour and 30 minutes)"],
    ["would you mind setting a three minute timer for the tea", "^(?=.*tea)(?=.*\\b3 minutes)"],
    ["set a timer for ninety seconds", "\\b90 seconds|\\b1 minute and 30 seconds"],
    ["set a timer for two and a half minutes", "\\b2 minutes and 30 seconds|\\b150 seconds"],
    ["put a timer on for a quarter of an hour", "\\b15 minutes"],
    ["set a stretching timer for five minutes", "^(?=.*stretching)(?=.*\\b5 minutes)"],
    ["set a timer for twenty five minutes for the stencil", "^(?=.*stencil)(?=.*\\b25 minutes)"],
    ["set a timer for 8 minutes for the boiled eggs", "^(?=.*eggs)(?=.*\\b8 minutes)"],
    ["set a timer called varnish for forty minutes", "^(?=.*varnish)(?=.*\\b40 minutes)"],
    ["set a timer for one hour", "\\b1 hour\\b"],
    ["morning love i'm knackered can you set a timer for twenty minutes", "\\b20 minutes"],
    ["what timers have i got running", timerListReply],
    ["have i any timers on", timerListReply],
  ]),

  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to phone the florist at three pm", "remind you to phone the florist.*(tomorrow )?at 3:00 PM"],
    ["would you mind reminding me to take my tablets at eight tonight", "remind you to take your tablets.*(tomorrow )?at 8:00 PM"],
    ["remind me to put the wheelie bins out tomorrow morning", "remind you to put the wheelie bins out.*tomorrow"],
    ["remind me on friday at ten in the morning to print the hymn sheets", "^(?=.*remind you to print the hymn sheets)(?=.*(Friday|today|tomorrow))(?=.*10:00 AM)"],
    ["remind me in twenty minutes to move the van", "remind you to move the van"],
    ["any chance you could remind me in an hour to check the brine", "remind you to check the brine"],
    ["remind me to stretch my hamstrings in forty five minutes", "remind you to stretch your hamstrings"],
    ["remind me to ring the undertakers on george street", "when.*remind you to ring the undertakers on george street"],
    ["remind me to order the lilies", "when.*remind you to order the lilies"],
    ["wake me up at six am", "wake up.*(tomorrow )?at 6:00 AM"],
    ["set an alarm for half five in the morning", "wake up.*5:30 AM"],
    ["alarm for quarter to seven tomorrow", "wake up.*6:45 AM"],
    ["remind me at noon to collect the proofs from the printers", "^(?=.*remind you to collect the proofs)(?=.*(12:00 PM|noon))"],
    ["remind me to defrost the chicken at seven o'clock tonight", "remind you to defrost the chicken.*(tomorrow )?at 7:00 PM"],
    ["cheers and can you remind me to ring the depot at four pm", "remind you to ring the depot.*(tomorrow )?at 4:00 PM"],
    ["what reminders have i got", reminderListReply],
    ["have i any reminders set", reminderListReply],
  ]),

  ...singlePairs(P, "remember", "remember", [
    ["remember that my ladder is chained up behind the chip shop", "your ladder.*behind the chip shop"],
    ["remember my locker code is three nine one seven", "\\b3917\\b|three nine one seven"],
    ["don't let me forget that the hearse needs washing before friday", "hearse needs washing before friday"],
    ["could you remember that my daughter's school shoes are a size thirteen", "your daughter's school shoes.*\\b(13|thirteen)\\b"],
    ["remember that mrs patel's piano is tuned a semitone flat", "mrs patel's piano.*semitone flat"],
    ["remember my taxi badge number is 4471", "your taxi badge number.*\\b4471\\b"],
    ["remember that the spare generator fuel is in the north shed", "generator fuel.*north shed"],
    ["please remember my physio appointment is on the fourteenth", "your physio appointment.*\\b(14|14th|fourteenth)\\b"],
    ["remember the gold leaf is in the top drawer of the plan chest", "gold leaf.*top drawer"],
    ["remember that my hurling team trains on tuesday evenings", "your hurling team trains on tuesday"],
    ["i'd like you to remember that my nephew's name is tomasz", "your nephew's name.*tomasz"],
    ["remember that the church boiler code is two two eight zero", "church boiler code.*(\\b2280\\b|two two eight zero)"],
    ["remember my bus route this week is the seventy six", "your bus route.*\\b(76|seventy six)\\b"],
    ["remember that the twins are allergic to peanuts", "twins are allergic to peanuts"],
  ]),

  ...single(P, "recall", "recall", unknownReply, [
    "what's my national insurance number",
    "where did i leave my reading glasses",
    "when is my wife's birthday",
    "what's the code for the lighthouse gate",
    "when is my next dentist appointment",
    "what's my sister's phone number",
    "where did i park the car",
    "what size gloves do i take",
    "do you know my blood type",
  ]),

  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["any chance you could tell me the time", clockReply],
    ["hello there what time is it", clockReply],
    ["what's the date today", monthDayReply],
    ["thanks a lot and what's the date today", monthDayReply],
    ["what day is it", weekdayReply],
    ["what's tomorrow's date", monthDayReply],
    ["what day is it tomorrow", weekdayReply],
    ["what day does christmas fall on this year", weekdayReply],
    ["when is halloween", "October 31"],
    ["what date is st patrick's day", "March 17"],
    ["what's the date of new year's day", "January 1\\b"],
    ["when's thanksgiving this year", "November 2[2-8]"],
    ["what date is boxing day", "December 26"],
    ["how many days until christmas", daysUntil],
    ["what year is it", "\\b20\\d\\d\\b"],
  ]),

  ...single(P, "status", "status", statusReply, [
    "are all the services up",
    "is everything running ok on your end",
    "is the task router up",
    "is the timekeeper running",
    "is the health monitor ok",
    "system status please",
    "would you mind checking whether session memory is up",
  ]),

  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hello there", greetingReply],
    ["how are you today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["how's yourself", wellbeingReply],
    ["thanks a million", thanksReply],
    ["cheers for that", thanksReply],
    ["thank you kindly", thanksReply],
    ["ta very much", thanksReply],
    ["goodnight", goodbyeReply],
    ["bye for now", goodbyeReply],
    ["see you tomorrow", goodbyeReply],
    ["who are you", identityReply],
    ["who am i talking to", identityReply],
  ]),

  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather doing in leicester this afternoon",
    "is it going to rain tomorrow",
    "any chance you could play some radio four",
    "put on a bit of zydeco music",
    "would you mind turning the heating up a couple of degrees",
    "switch the landing light off",
    "who won the all ireland hurling final last year",
    "what's the score in the leicester city match",
    "read me the headlines",
    "text my wife that i'm on my way",
    "ring the florist on the high street",
    "give me directions to the royal infirmary",
    "how long will it take me to drive to heathrow",
    "order more printer ink",
    "add crawfish boil seasoning to my shopping list",
    "tell me a joke",
    "how do i make a dark roux",
    "what's the capital of malaysia",
    "translate good morning into portuguese",
    "book me a table for two at the curry house on friday",
    "how tall is the eiffel tower",
    "who wrote the hymn abide with me",
    "what's the exchange rate from ringgit to pounds",
    "find me a plumber near me",
    "what time does the chippy shut tonight",
    "how many calories are in a jam doughnut",
    "what's the best way to get red wine out of a carpet",
    "is the m1 busy at the minute",
    "when's the next train to bristol temple meads",
    "can you check my bank balance",
    "set the oven to two hundred degrees",
    "what are the tide times for whitby tomorrow",
    "who is the prime minister",
    "what does the word lugubrious mean",
    "how do you say thank you in swahili",
  ]),

  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's twelve times seven", "\\b84\\b"],
    ["what's fifteen percent of eighty", "\\b12\\b"],
    ["what's the square root of one hundred and forty four", "\\b12\\b"],
    ["what's nineteen squared", "\\b361\\b"],
    ["how many pounds is five kilos", "\\b11(\\.0\\d*)?\\b"],
    ["one hundred and eighty degrees celsius in fahrenheit", "\\b356\\b"],
    ["how many grams in eight ounces", "\\b22[67](\\.\\d+)?\\b"],
    ["what's three hundred and fifty fahrenheit in celsius", "\\b17[67](\\.\\d+)?\\b"],
    ["what's 26.2 miles in kilometres", "\\b42(\\.[12]\\d*)?\\b"],
    ["how many metres in a mile", "\\b1,?609(\\.\\d+)?\\b"],
    ["what's three stone in kilos", "\\b19(\\.0\\d*)?\\b"],
    ["what's 48 divided by 0.75", "\\b64\\b"],
    ["what's three hundred and twelve plus four hundred and ninety", "\\b802\\b"],
    ["what's seventeen percent of two hundred and forty", "\\b40\\.8\\b"],
    ["how many tablespoons in a cup", "\\b16(\\.0+)?\\b"],
    ["how many teaspoons in a tablespoon", "\\b3(\\.0+)?\\b"],
    ["what's seven to the power of three", "\\b343\\b"],
    ["how many inches is thirty centimetres", "\\b11\\.8\\d*\\b"],
    ["minus forty celsius in fahrenheit", "-40\\b|minus 40\\b"],
    ["i was wondering if you could tell me what fifteen squared is", "\\b225\\b"],
    ["what's the square root of two", "\\b1\\.414\\d*\\b"],
    ["what's nine hundred minus three hundred and seventy five", "\\b525\\b"],
    ["what's twenty percent off forty five", "\\b36\\b"],
    ["how many kilometres is ten miles", "\\b16(\\.09\\d*|\\.1)?\\b"],
    ["what's five foot in centimetres", "\\b152\\.4\\b"],
    ["how much is six times eight times nine", "\\b432\\b"],
  ]),
];

export const fresh17Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "timer-brine", [
    ["set a timer called brine for ten minutes", "timer", "brine.*\\b10 minutes"],
    ["how long's left on the brine", "timer", "brine.*\\b(9|10) minutes"],
    ["pause the brine timer", "timer", "brine.*paused|paused.*brine"],
    ["start the brine timer again", "timer", "brine.*(running|resumed|restarted)|(running|resumed|restarted).*brine"],
    ["cancel the brine timer", "timer", `${cancelledReply}.*brine`],
  ]),
  dialogue(P, "timer", "timer-rice-chicken", [
    ["set a timer for the rice for fifteen minutes", "timer", "^(?=.*rice)(?=.*\\b15 minutes)"],
    ["and another one for the chicken for forty minutes", "timer", "^(?=.*chicken)(?=.*\\b40 minutes)"],
    ["what timers are running", "timer", "^(?=.*(two|2) timers)(?=.*rice)(?=.*chicken)"],
    ["cancel the rice timer", "timer", `${cancelledReply}.*rice`],
  ]),
  dialogue(P, "timer", "timer-add", [
    ["set a timer for fifteen minutes", "timer", "\\b15 minutes"],
    ["add five minutes to that", "timer", "\\b(5|19|20) minutes"],
    ["how long is left", "timer", "\\b(19|20) minutes"],
  ]),
  dialogue(P, "timer", "timer-gold-size", [
    ["set a timer called gold size for thirty minutes", "timer", "^(?=.*gold size)(?=.*\\b30 minutes)"],
    ["take ten minutes off the gold size timer", "timer", "^(?=.*gold size)(?=.*\\b(10|19|20) minutes)"],
    ["cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-pause-unnamed", [
    ["set a timer for six minutes", "timer", "\\b6 minutes"],
    ["pause it", "timer", "paused"],
    ["resume it", "timer", "running|resumed|restarted"],
  ]),
  dialogue(P, "timer", "timer-plank", [
    ["set a plank timer for two minutes", "timer", "^(?=.*plank)(?=.*\\b2 minutes)"],
    ["how much longer on the plank timer", "timer", "plank.*(\\b1 minute|\\b2 minutes|\\bseconds)"],
    ["get rid of the plank timer", "timer", `${cancelledReply}.*plank`],
  ]),
  dialogue(P, "timer", "timer-tea-list", [
    ["do i have any timers", "timer", "don't have any timers"],
    ["set a timer for four minutes for the tea", "timer", "^(?=.*tea)(?=.*\\b4 minutes)"],
    ["list my timers", "timer", "\\b(one|1) timer.*tea"],
  ]),
  dialogue(P, "timer", "timer-pastry-off", [
    ["set a timer for twelve minutes for the pastry", "timer", "^(?=.*pastry)(?=.*\\b12 minutes)"],
    ["knock two minutes off the pastry timer", "timer", "^(?=.*pastry)(?=.*\\b(2|9|10) minutes)"],
  ]),

  // reminders
  dialogue(P, "reminder", "reminder-coroner", [
    ["remind me to phone the coroner's office", "reminder", "when.*remind you to phone the coroner's office"],
    ["at half two", "reminder", "remind you to phone the coroner's office.*2:30 ?(AM|PM)"],
  ]),
  dialogue(P, "reminder", "reminder-lilies", [
    ["remind me to order the lilies for the service", "reminder", "when.*remind you to order the lilies"],
    ["tomorrow at nine in the morning", "reminder", "remind you to order the lilies.*tomorrow at 9:00 AM"],
  ]),
  dialogue(P, "reminder", "reminder-lighthouse-list", [
    ["remind me to feed the cat at five pm", "reminder", "remind you to feed the cat (tomorrow )?at 5:00 PM"],
    ["remind me to log the passing ships at eight pm", "reminder", "remind you to log the passing ships (tomorrow )?at 8:00 PM"],
    ["list my reminders", "reminder", "^(?=.*(two|2) reminders)(?=.*feed the cat)(?=.*passing ships)"],
    ["cancel the reminder to log the passing ships", "reminder", `${cancelledReply}.*passing ships`],
  ]),
  dialogue(P, "reminder", "reminder-sign", [
    ["remind me in ten minutes to flip the sign on the shop door", "reminder", "remind you to flip the sign"],
    ["what reminders have i got", "reminder", "\\b(one|1) reminder.*flip the sign"],
  ]),
  dialogue(P, "reminder", "reminder-alarm", [
    ["set an alarm for five fifteen am", "reminder", "wake up.*5:15 AM"],
    ["what reminders do i have", "reminder", "\\b(one|1) reminder.*wake up.*5:15 AM"],
    ["cancel my alarm", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-hymns-delay", [
    ["remind me to ring the family about the hymns", "reminder", "when.*remind you to ring the family about the hymns"],
    ["in half an hour", "reminder", "remind you to ring the family about the hymns"],
  ]),
  dialogue(P, "reminder", "reminder-licence", [
    ["remind me to renew my taxi licence on monday at nine am", "reminder", "^(?=.*remind you to renew your taxi licence)(?=.*9:00 AM)"],
    ["cancel that reminder", "reminder", `${cancelledReply}.*taxi licence`],
  ]),

  // remember, recall, correct
  dialogue(P, "remember", "remember-spare-key", [
    ["remember that my spare key is under the blue plant pot", "remember", "your spare key is under the blue plant pot"],
    ["where's my spare key", "recall", "your spare key is under the blue plant pot"],
    ["actually it's under the doormat now", "correct", correctedReply("doormat")],
    ["where is it", "recall", "doormat"],
  ]),
  dialogue(P, "remember", "remember-generator", [
    ["don't let me forget that the generator needs diesel on thursdays", "remember", "generator needs diesel on thursday"],
    ["when does the generator need diesel", "recall", "thursday"],
  ]),
  dialogue(P, "remember", "remember-empty-capture", [
    ["remember something", "remember", emptyCaptureReply],
    ["my granddaughter's shoe size is thirteen", "remember", "shoe size.*\\b(13|thirteen)\\b"],
    ["what shoe size is my granddaughter", "recall", "\\b(13|thirteen)\\b"],
  ]),
  dialogue(P, "remember", "remember-social-worker", [
    ["remember that my foster son's social worker is called bernadette", "remember", "social worker.*bernadette"],
    ["what's the social worker called", "recall", "bernadette"],
    ["no it's bernice", "correct", correctedReply("bernice")],
    ["what's the social worker's name", "recall", "bernice"],
  ]),
  dialogue(P, "remember", "remember-piano", [
    ["remember mrs okafor's piano is in the back bedroom", "remember", "okafor's piano.*back bedroom"],
    ["where's mrs okafor's piano", "recall", "back bedroom"],
  ]),
  dialogue(P, "remember", "remember-brother-pronoun", [
    ["remember that my brother kuldeep lives in wolverhampton", "remember", "kuldeep.*wolverhampton"],
    ["where does he live", "recall", "wolverhampton"],
    ["actually it's walsall now", "correct", correctedReply("walsall")],
  ]),
  dialogue(P, "remember", "remember-swimming", [
    ["remember that the children's swimming lessons are on wednesdays", "remember", "swimming lessons.*wednesday"],
    ["when are the swimming lessons", "recall", "wednesday"],
    ["no it's thursdays", "correct", correctedReply("thursday")],
  ]),
  dialogue(P, "recall", "recall-tyres-unknown", [
    ["remember my tyre pressure is thirty two psi", "remember", "tyre pressure.*\\b(32|thirty two)\\b"],
    ["what's my blood type", "recall", unknownReply],
    ["what's my tyre pressure", "recall", "\\b(32|thirty two)\\b"],
  ]),

  // forget
  dialogue(P, "forget", "forget-gym-locker", [
    ["remember my gym locker is number one one seven", "remember", "\\b117\\b|one one seven"],
    ["forget my gym locker", "forget", forgotten],
    ["what's my gym locker number", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-van", [
    ["remember my van's mot is due in march", "remember", "your van's mot.*march"],
    ["delete what i said about the van", "forget", forgotten],
    ["when is my van's mot due", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-running-shoes", [
    ["remember my running shoes are the blue asics", "remember", "running shoes.*blue asics"],
    ["what did i tell you about my running shoes", "recall", "blue asics"],
    ["forget my running shoes", "forget", forgotten],
    ["what are my running shoes", "recall", unknownReply],
  ]),

  // conversation
  dialogue(P, "conversation", "conversation-timer-readback", [
    ["set a timer for eight minutes", "timer", "\\b8 minutes"],
    ["what did i just say", "conversation", "said.*timer for (eight|8) minutes"],
  ]),
  dialogue(P, "conversation", "conversation-time-again", [
    ["what's the time", "time", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "conversation-birthday-repeat", [
    ["remember my mum's birthday is the ninth of may", "remember", "your mum's birthday"],
    ["what did you say", "conversation", "your mum's birthday"],
  ]),
  dialogue(P, "conversation", "conversation-sum-repeat", [
    ["what's twenty two times nine", "calculate", "\\b198\\b"],
    ["sorry what did you say", "conversation", "\\b198\\b"],
  ]),
  dialogue(P, "conversation", "conversation-status-readback", [
    ["is the memory orchestrator up", "status", statusReply],
    ["what did i just say", "conversation", "said.*memory orchestrator"],
  ]),
  dialogue(P, "conversation", "conversation-greeting-readback", [
    ["hiya", "small_talk", greetingReply],
    ["what did i just say", "conversation", "said.*hiya"],
  ]),
];
