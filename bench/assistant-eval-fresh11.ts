/**
 * Part "fresh-11", a blind part written on 2026-12-07 by someone who had read neither the
 * router's code, nor the other parts' sentences, nor any results; only the evaluation kit and the
 * README's account of what the assistant can do. Nothing is tuned on it.
 *
 * Speakers: a house of flatmates who work from home (terse, a little sarcastic), a dad cooking
 * Sunday lunch in Cornwall, a grandmother in Birmingham learning to use the speaker (polite,
 * hesitant, "dear"), a road cyclist in Tasmania, a woman who runs a corner shop and lives above
 * it, a dog owner, a Liverpudlian ("ta", "cheers", "see ya"), a man from Kampala with family
 * back in Uganda, a cook from Sri Lanka, a retired teacher from Barbados, a family in Minnesota,
 * a New Yorker who has to move his car for street cleaning, a Cape Town flat-dweller, and
 * Spanish and Brazilian speakers of English with small slips ("is on thursday", "in the friday").
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
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-11" as const;

const weekday = "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";

export const fresh11Singles: EvalDialogue[] = [
  // timers: started, with and without a name, durations in words and digits
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 8 minutes for the pasta", "pasta timer.*8 minutes"],
    ["start a roast potatoes timer for 45 minutes", "roast potatoes timer.*45 minutes"],
    ["timer for the yorkshire puddings twenty minutes", "yorkshire puddings timer.*20 minutes"],
    ["can you set a tea timer for four minutes please", "tea timer.*4 minutes"],
    ["put a laundry timer on for an hour and a half", "laundry timer.*1 hour and 30 minutes"],
    ["set an egg timer for 7 minutes", "timer.*7 minutes"],
    ["start a timer called bread for 35 minutes", "bread timer.*35 minutes"],
    ["set a 25 minute timer for my focus session", "focus session timer.*25 minutes"],
    ["pizza timer 12 minutes", "pizza timer.*12 minutes"],
    ["set a timer for the gravy for 10 minutes", "gravy timer.*10 minutes"],
    ["set a timer for ten minutes", "timer.*10 minutes"],
    ["timer 90 seconds", "timer.*(90 seconds|1 minute and 30 seconds)"],
    ["start a timer for half an hour", "timer.*30 minutes"],
    ["can you set a timer for three minutes", "timer.*3 minutes"],
    ["um set a timer for uh two hours", "timer.*2 hours"],
    ["set timer one hour fifteen minutes", "timer.*1 hour and 15 minutes"],
    ["start a countdown for five minutes", "timer.*5 minutes"],
  ]),
  // timers: listed
  ...single(P, "timer", "timer", timerListReply, [
    "what timers have i got",
    "do i have any timers going",
    "list my timers",
    "how many timers are running",
  ]),

  // reminders: at a time, after a delay, with no time, listed
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call my mum at 7 pm", "remind you to call your mum.*7:00 PM"],
    ["remind me at 6:30 tomorrow morning to put the bins out", "remind you to put the bins out.*6:30 AM"],
    ["remind me to take my tablets at 9 pm", "remind you to take your tablets.*9:00 PM"],
    ["can you remind me to ring the vet at half past two this afternoon", "remind you to ring the vet.*2:30 PM"],
    ["remind me tomorrow at 10 am to pay the window cleaner", "remind you to pay the window cleaner.*10:00 AM"],
    ["remind me to collect the parcel from the post office at noon", "remind you to collect the parcel from the post office.*12:00 PM"],
    ["remind me in 20 minutes to take the bread out", "remind you to take the bread out"],
    ["in an hour remind me to move the van", "remind you to move the van"],
    ["remind me to check the oven in 15 minutes", "remind you to check the oven"],
    ["remind me in two hours to stretch my legs", "remind you to stretch your legs"],
    ["remind me to water the tomatoes", "when should I remind you to water the tomatoes"],
    ["remind me to send the invoice to mr patel", "when should I remind you to send the invoice to mr patel"],
    ["set a reminder to renew my bus pass", "when should I remind you to renew your bus pass"],
  ]),
  ...single(P, "reminder", "reminder", reminderListReply, [
    "what reminders do i have",
    "have i got any reminders set",
    "read me my reminders",
  ]),

  // remember, two of them empty
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker number at the pool is 214", "your locker number at the pool is 214"],
    ["remember the combination for the shed padlock is 4471", "the combination for the shed padlock is 4471"],
    ["please remember the spare key is under the blue plant pot", "the spare key is under the blue plant pot"],
    ["remember that the boiler service is due in march", "the boiler service is due in march"],
    ["remember my niece's birthday is on the 14th of february", "your niece's birthday is on the 14th of february"],
    ["can you remember that the wifi password for the shop is mango2024", "the wifi password for the shop is mango2024"],
    ["remember that biscuit had his flea treatment on the 1st", "biscuit had his flea treatment on the 1st"],
    ["remember that the van's mot runs out in june", "the van's mot runs out in june"],
    ["remember something", "what should I remember"],
    ["i need you to remember something", "what should I remember"],
  ]),

  // recall of facts never told
  ...single(P, "recall", "recall", unknownReply, [
    "where did i put my passport",
    "what's my national insurance number",
    "when is my dentist appointment",
    "what's the name of the plumber",
    "where are my reading glasses",
    "what's my blood type",
    "what time does the flight from entebbe land",
  ]),

  // forget, nothing of it stored
  ...single(P, "forget", "forget", forgotten, [
    "forget my old work address",
    "forget what i told you about the allotment",
    "forget the name of the babysitter",
    "delete the note about my landlord",
    "forget where i left the ladder",
    "forget which hotel we're staying at in kandy",
    "please forget the dry cleaning ticket",
    "forget about the boat trip",
  ]),

  // time, date, day
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time please", clockReply],
    ["have you got the time", clockReply],
    ["time check", clockReply],
    ["what time is it now", clockReply],
    ["tell me the time", clockReply],
    ["what's the date today", monthDayReply],
    ["what's today's date", monthDayReply],
    ["what date is it", monthDayReply],
    ["what's the date", monthDayReply],
    ["what's the date today dear", monthDayReply],
    ["what day is it", weekday],
    ["what day of the week is it", weekday],
    ["what day is it today", weekday],
    ["which day is it", weekday],
  ]),

  // the assistant's own health
  ...single(P, "status", "status", statusReply, [
    "are all your services up",
    "system status",
    "run a health check",
    "are any of your services down",
    "is the memory service running",
    "is the timekeeper up",
    "check the status of your services",
    "is the speech recognition service running",
    "how are your systems doing",
    "give me a status report",
    "is the backup service working",
    "are your services healthy",
    "is everything up and running on your end",
    "is the health monitor running",
    "is the audio service up",
  ]),

  // small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hello", greetingReply],
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hey there", greetingReply],
    ["thanks", thanksReply],
    ["thank you so much", thanksReply],
    ["cheers love", thanksReply],
    ["ta very much", thanksReply],
    ["bye for now", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
  ]),

  // out of domain
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like in liverpool tomorrow",
    "is it going to rain this afternoon",
    "what's in the news today",
    "read me the headlines",
    "play some bob marley",
    "put radio 2 on",
    "turn the living room lights off",
    "set the heating to 20 degrees",
    "lock the front door",
    "who wrote pride and prejudice",
    "what's the capital of uganda",
    "how tall is table mountain",
    "order more dog food from amazon",
    "how much is a pint of milk at tesco",
    "call my brother",
    "send a text to aunty grace saying i'm running late",
    "how do i make jollof rice",
    "give me a recipe for cornish pasties",
    "how do you say thank you in portuguese",
    "translate good morning into sinhala",
    "what was the score in the everton match",
    "when do the minnesota twins play next",
    "when's the next train to penzance",
    "book me a flight to bridgetown",
    "what's the traffic like on the m5",
  ]),

  // arithmetic and unit conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 15 percent of 80", "\\b12\\b"],
    ["what is 347 plus 289", "\\b636\\b"],
    ["how much is 12 times 17", "\\b204\\b"],
    ["what's 1000 divided by 8", "\\b125\\b"],
    ["what's 63 minus 28", "\\b35\\b"],
    ["what is the square root of 144", "\\b12\\b"],
    ["what's 7 squared", "\\b49\\b"],
    ["what is three hundred and twenty divided by four", "\\b80\\b"],
    ["what's 45 times 3", "\\b135\\b"],
    ["what is 19.99 times 3", "\\b59\\.97\\b"],
    ["how many kilometres is 10 miles", "\\b16\\.(09|1)"],
    ["convert 180 centimetres to feet", "\\b5\\.9"],
    ["what's 350 fahrenheit in celsius", "\\b(176\\.[67]|177)\\b"],
    ["how many grams in 8 ounces", "\\b(226\\.[89]|227)"],
    ["convert 5 kilograms to pounds", "\\b11\\.0[23]?"],
    ["what is 30 degrees celsius in fahrenheit", "\\b86\\b"],
    ["how many metres in 3 miles", "\\b4,?828"],
    ["convert 60 miles per hour to kilometres per hour", "\\b(96\\.[56]|97)"],
    ["how many inches is 50 centimetres", "\\b(19\\.[67]|20)\\b"],
    ["how many seconds in a day", "\\b86,?400\\b"],
  ]),
];

export const fresh11Dialogues: EvalDialogue[] = [
  // recall, with corrections and pronouns
  dialogue(P, "recall", "car-park-level", [
    ["remember that i parked the car on level 3 of the station car park", "remember", "you parked the car on level 3"],
    ["where did i park the car", "recall", "level 3"],
    ["no sorry, it's level 4", "correct", correctedReply("level 4")],
    ["where is it then", "recall", "level 4"],
  ]),
  dialogue(P, "recall", "complex-gate-code", [
    ["remember the gate code for the complex is 5590", "remember", "the gate code for the complex is 5590"],
    ["what's the gate code", "recall", "5590"],
    ["sorry it's 5509 not 5590", "correct", correctedReply("5509")],
  ]),
  dialogue(P, "recall", "recycling-day", [
    ["remember that the recycling goes out on thursdays", "remember", "the recycling goes out on thursdays"],
    ["when does the recycling go out", "recall", "thursdays"],
    ["no wait, it's wednesdays", "correct", correctedReply("wednesdays")],
  ]),
  dialogue(P, "recall", "brother-number", [
    ["remember that my brother's new number ends in 7781", "remember", "your brother's new number ends in 7781"],
    ["what does my brother's number end in", "recall", "7781"],
  ]),
  dialogue(P, "recall", "accountant-meeting", [
    ["remember that the meeting with the accountant is in the friday", "remember", "meeting with the accountant.*friday"],
    ["when is the meeting with the accountant", "recall", "friday"],
    ["no, is on thursday", "correct", correctedReply("thursday")],
  ]),
  dialogue(P, "recall", "road-bike-pressure", [
    ["remember my tyre pressure for the road bike is 80 psi", "remember", "your tyre pressure for the road bike is 80 psi"],
    ["what tyre pressure do i run on the road bike", "recall", "80 psi"],
    ["actually make that 85", "correct", correctedReply("85")],
    ["what is it now", "recall", "85"],
  ]),
  dialogue(P, "recall", "pepper-worming", [
    ["remember that pepper's worming tablet is due on the 20th", "remember", "pepper's worming tablet is due on the 20th"],
    ["when is pepper's worming tablet due", "recall", "20th"],
  ]),
  dialogue(P, "recall", "snow-tires", [
    ["remember that the snow tires are in the back of the garage", "remember", "the snow tires are in the back of the garage"],
    ["where are the snow tires", "recall", "back of the garage"],
    ["oh no wait, they're at my dad's place", "correct", correctedReply("dad's place")],
    ["where are they", "recall", "dad's place"],
  ]),

  // forget, then recall
  dialogue(P, "forget", "caravan-booking", [
    ["remember that the caravan booking reference is k7734", "remember", "the caravan booking reference is k7734"],
    ["forget the caravan booking reference", "forget", forgotten],
    ["what's the caravan booking reference", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "aunty-june-house", [
    ["remember that aunty june's house is the yellow one past the rum shop", "remember", "aunty june's house is the yellow one past the rum shop"],
    ["forget about aunty june's house", "forget", forgotten],
    ["which house is aunty june's", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "library-pin", [
    ["remember my library card pin is 3306", "remember", "your library card pin is 3306"],
    ["forget my library card pin", "forget", forgotten],
    ["what's my library card pin", "recall", unknownReply],
  ]),

  // what did I say, what did you say, say that again
  dialogue(P, "conversation", "just-said-rice", [
    ["set a timer for 6 minutes for the rice", "timer", "rice timer.*6 minutes"],
    ["what did i just say", "conversation", 'You said:? "?set a timer for 6 minutes for the rice'],
  ]),
  dialogue(P, "conversation", "repeat-product", [
    ["what's 24 times 15", "calculate", "\\b360\\b"],
    ["sorry what did you say", "conversation", "\\b360\\b"],
  ]),
  dialogue(P, "conversation", "repeat-time", [
    ["what time is it", "time", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "just-said-electrician", [
    ["remember that the electrician is coming on tuesday at 9", "remember", "the electrician is coming on tuesday at 9"],
    ["what did i just say", "conversation", 'You said:? "?remember that the electrician is coming on tuesday at 9'],
  ]),
  dialogue(P, "conversation", "repeat-date-slower", [
    ["what's the date today", "time", monthDayReply],
    ["could you say that again a bit slower", "conversation", monthDayReply],
  ]),
  dialogue(P, "conversation", "repeat-grams", [
    ["how many grams in a pound", "calculate", "\\b(453\\.[56]|454)"],
    ["say that again please", "conversation", "\\b(453\\.[56]|454)"],
  ]),
  dialogue(P, "conversation", "repeat-defrost", [
    ["remind me to defrost the chicken at 5 pm", "reminder", "remind you to defrost the chicken.*5:00 PM"],
    ["what did you say", "conversation", "defrost the chicken"],
  ]),

  // timers: time left, pause, resume, cancel, list
  dialogue(P, "timer", "beef-sunday", [
    ["set a timer for the beef for an hour and 20 minutes", "timer", "beef timer.*1 hour and 20 minutes"],
    ["how long is left on the beef", "timer", "left"],
    ["pause the beef timer", "timer", "paused"],
    ["ok resume it", "timer", "running again"],
  ]),
  dialogue(P, "timer", "washing-machine", [
    ["set a timer called washing machine for 40 minutes", "timer", "washing machine timer.*40 minutes"],
    ["cancel the washing machine timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "fudge-and-biscuits", [
    ["set a fudge timer for 15 minutes", "timer", "fudge timer.*15 minutes"],
    ["and set a timer for the biscuits for 12 minutes", "timer", "biscuits timer.*12 minutes"],
    ["what timers do i have", "timer", "timers?.*(fudge|biscuits)"],
  ]),
  dialogue(P, "timer", "pasty", [
    ["pasty timer for 50 minutes please", "timer", "pasty timer.*50 minutes"],
    ["how much time is left on it", "timer", "left"],
    ["actually cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "dhal", [
    ["set a timer for 18 minutes for the dhal", "timer", "dhal timer.*18 minutes"],
    ["pause it", "timer", "paused"],
    ["resume the dhal timer", "timer", "running again"],
    ["how long left", "timer", "left"],
  ]),

  // reminders: a time given afterwards, listed, cancelled
  dialogue(P, "reminder", "ring-garage", [
    ["remind me to ring the garage", "reminder", "when should I remind you to ring the garage"],
    ["tomorrow at 10 am", "reminder", "remind you to ring the garage"],
  ]),
  dialogue(P, "reminder", "shop-milk", [
    ["remind me to order more milk for the shop", "reminder", "when should I remind you to order more milk for the shop"],
    ["in 2 hours", "reminder", "remind you to order more milk"],
    ["what reminders have i got", "reminder", "milk"],
  ]),
  dialogue(P, "reminder", "karate-pickup", [
    ["remind me to pick up the kids from karate at 4:30 pm", "reminder", "remind you to pick up the kids from karate.*4:30 PM"],
    ["cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "street-cleaning", [
    ["remind me to move the car for street cleaning", "reminder", "when should I remind you to move the car for street cleaning"],
    ["tomorrow at 8 am", "reminder", "remind you to move the car for street cleaning"],
    ["actually cancel the street cleaning reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "cousin-photos", [
    ["remind me to send the photos for my cousin", "reminder", "when should I remind you to send the photos for your cousin"],
    ["today at 9 pm", "reminder", "remind you to send the photos for your cousin"],
  ]),

  // small talk
  dialogue(P, "small_talk", "grandmother-hello", [
    ["hello dear", "small_talk", greetingReply],
    ["what are you then", "small_talk", identityReply],
    ["thank you", "small_talk", thanksReply],
    ["bye bye", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "scouse-chat", [
    ["how are you doing", "small_talk", wellbeingReply],
    ["ah nice one, cheers", "small_talk", thanksReply],
    ["see ya later", "small_talk", goodbyeReply],
  ]),

  // remember with an empty first turn, then the fact
  dialogue(P, "remember", "christmas-decorations", [
    ["remember something for me", "remember", "what should I remember"],
    ["the christmas decorations are in the loft above the bathroom", "remember", "the christmas decorations are in the loft above the bathroom"],
    ["where are the christmas decorations", "recall", "loft above the bathroom"],
  ]),
  dialogue(P, "remember", "gym-membership", [
    ["can you remember this", "remember", "what should I remember"],
    ["my gym membership number is 60021", "remember", "your gym membership number is 60021"],
  ]),
  dialogue(P, "remember", "fuse-box", [
    ["um remember", "remember", "what should I remember"],
    ["that the fuse box is under the stairs", "remember", "the fuse box is under the stairs"],
  ]),
];
