/**
 * Part "fresh-10", a blind part written on 2026-12-07 by someone who had read neither the
 * router's code, nor the other parts' sentences, nor any results; only the evaluation kit and the
 * README's account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers: Rhys and Bethan, a couple in Cardiff renovating a terraced house (tilers, skips,
 * paint colours); Fiona in Glasgow, who looks after her elderly dad; a secondary-school teacher in
 * Leeds marking homework late at night; Wanjiru, a nurse in Nairobi just home from a night shift;
 * Mei Ling in Penang, cooking for a big family, whose English drops the odd article; Darnell, a
 * steelpan player in Port of Spain; Shaz, a station hand in the outback, terse; Boudreaux, cooking
 * in Lafayette, Louisiana; Genevieve from Quebec City, English as a second language with small
 * grammar slips; Tanvir, a student in Dhaka with exams coming; Tendai in Harare, polite and
 * chatty. Some hedge or restart ("um", "uh", "sorry"), some speak in two words.
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
  unknownReply,
  weekdayReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-10" as const;

const date = "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b";
const timerList = "don't have any timers|you have (one|\\w+) timers?";
const reminderList = "don't have any reminders|you have (one|\\w+) reminders?";

export const fresh10Singles: EvalDialogue[] = [
  // timers: start with and without a name, durations in words and digits, and lists
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for twenty minutes", "\\b20 minutes"],
    ["put a timer on for 8 minutes for the pasta", "pasta timer.*\\b8 minutes"],
    ["timer for the rice fifteen minutes", "rice timer.*\\b15 minutes"],
    ["can you set a timer for an hour and a half please", "\\b1 hour and 30 minutes"],
    ["start a ninety second timer", "\\b90 seconds|\\b1 minute and 30 seconds"],
    ["set a tea timer for four minutes", "tea timer.*\\b4 minutes"],
    ["give us a timer for half an hour", "\\b30 minutes"],
    ["put one timer of 45 minutes for the roast", "roast timer.*\\b45 minutes"],
    ["set a timer for 3 minutes for the eggs", "eggs? timer.*\\b3 minutes"],
    ["timer two hours", "\\b2 hours"],
    ["um set a timer for uh twelve minutes", "\\b12 minutes"],
    ["set the laundry timer for 55 minutes", "laundry timer.*\\b55 minutes"],
    ["start a timer for 25 minutes i need to study", "\\b25 minutes"],
    ["set a timer for 1 hour 15 minutes", "\\b1 hour and 15 minutes"],
    ["set a timer for six minutes for the chapatis", "chapatis? timer.*\\b6 minutes"],
    ["timer for 10 minutes please the bread is proving", "\\b10 minutes"],
    ["what timers have i got", timerList],
    ["do i have any timers running", timerList],
    ["list my timers", timerList],
    ["how many timers are on at the minute", timerList],
  ]),

  // reminders: at a time, after a delay, with no time given, and lists
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call my mum at 7 pm", "remind you to call your mum (?:tomorrow )?at 7:00 ?PM"],
    ["remind me to put the bins out at 9 tonight", "remind you to put the bins out"],
    ["remind me at half past six to take my tablets", "remind you to take your tablets"],
    ["remind me in 20 minutes to check the oven", "remind you to check the oven"],
    ["in an hour remind me to move the car", "remind you to move the car"],
    ["remind me to ring the school at 8:45 am", "remind you to ring the school (?:tomorrow )?at 8:45 ?AM"],
    ["remind me tomorrow at 10 am to pay the electricity bill", "remind you to pay the electricity bill.*10:00 ?AM"],
    ["remind me in two hours to take the washing in", "remind you to take the washing in"],
    ["remind me in 45 minutes to get the kids from football", "remind you to get the kids from football"],
    ["remind me to feed the dog", "When should I remind you to feed the dog"],
    ["can you remind me to text my brother", "When should I remind you to text your brother"],
    ["remind me to book the car in for its service", "When should I remind you to book the car in for its service"],
    ["what reminders do i have", reminderList],
    ["have i got any reminders set", reminderList],
    ["list my reminders please", reminderList],
  ]),

  // remember, two of them empty requests
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker number is 214", "remember.*your locker number is 214"],
    ["remember my bike lock code is 4471", "remember.*your bike lock code is 4471"],
    ["please remember the plumber's name is gareth", "remember.*plumber's name is gareth"],
    ["remember that the gas meter reading was 40213", "remember.*gas meter reading was 40213"],
    ["remember that dad's next blood test is on the 19th", "remember.*dad's next blood test is on the 19th"],
    ["can you remember that my wifi password is on the back of the router", "remember.*your wifi password is on the back of the router"],
    ["remember the spare key is under the blue plant pot", "remember.*spare key is under the blue plant pot"],
    ["remember that my exam hall is room b12", "remember.*your exam hall is room b12"],
    ["remember something", "What should I remember"],
    ["i need you to remember something for me", "What should I remember"],
  ]),

  // recall of facts never told, on subjects nothing in this part remembers
  ...single(P, "recall", "recall", unknownReply, [
    "what's my passport number",
    "where did i put my reading glasses",
    "what is my neighbour's phone number",
    "when is my dentist appointment",
    "what's the name of my landlord",
    "where's the torch",
    "what's my car registration",
  ]),

  // forget, on subjects nothing in this part remembers
  ...single(P, "forget", "forget", forgotten, [
    "forget the gate code",
    "forget what i told you about the garage door",
    "please forget my sister's address",
    "delete the memory about my swimming club membership",
    "forget about the church hall booking",
    "you can forget the allotment number now",
    "forget the wifi name for the cottage",
    "erase what i said about my cousin's flight",
  ]),

  // time, date and day of the week
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time", clockReply],
    ["time please", clockReply],
    ["what time is it now", clockReply],
    ["tell me the time", clockReply],
    ["have you got the time", clockReply],
    ["what's the date today", date],
    ["what's today's date", date],
    ["what is the date", date],
    ["what date is it today", date],
    ["which date is today", date],
    ["what day is it", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["is it tuesday today", weekdayReply],
    ["what day is today", weekdayReply],
  ]),

  // the assistant's own health, asked in many ways
  ...single(P, "status", "status", statusReply, [
    "are all your services up",
    "is everything working okay with you",
    "is your memory working",
    "is your speech recognition working",
    "system status",
    "is anything broken",
    "run a health check",
    "are you working properly",
    "is the timekeeper service running",
    "is the task router up",
    "check your services",
    "is the backup service running",
    "are any of your services down",
    "is your hearing working alright",
    "give me a status report",
  ]),

  ...singlePairs(P, "small_talk", "small_talk", [
    ["hello", greetingReply],
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hey there", greetingReply],
    ["thanks", thanksReply],
    ["cheers for that", thanksReply],
    ["thank you very much", thanksReply],
    ["goodnight", goodbyeReply],
    ["bye for now", goodbyeReply],
    ["see you later", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how are you doing today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
  ]),

  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like tomorrow",
    "is it going to rain this afternoon",
    "what's the news today",
    "play some bob marley",
    "turn off the kitchen lights",
    "set the heating to 20 degrees",
    "who won the football last night",
    "what's the capital of australia",
    "order more dog food on amazon",
    "call my daughter",
    "how do i make jollof rice",
    "how do you say cupboard in french",
    "what time does the chemist close",
    "when is the next train to manchester",
    "how much is a flight to kuala lumpur",
    "what's the cricket score",
    "who wrote things fall apart",
    "play radio 2",
    "lock the front door",
    "what's on telly tonight",
    "how many calories in a mango",
    "how's the traffic on the m62",
    "read me my messages",
    "find me a recipe for pecan pie",
    "what's the exchange rate from pounds to ringgit",
  ]),

  // arithmetic and unit conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 17 times 24", "\\b408\\b"],
    ["what is 15 percent of 80", "\\b12\\b"],
    ["how much is 250 divided by 8", "\\b31\\.25\\b"],
    ["what's nine times seven", "\\b63\\b"],
    ["convert 5 miles to kilometres", "\\b8\\.0[45]"],
    ["how many pounds is 3 kilos", "\\b6\\.6"],
    ["what's 180 fahrenheit in celsius", "\\b82\\.2"],
    ["200 celsius in fahrenheit", "\\b392\\b"],
    ["square root of 144", "\\b12\\b"],
    ["what's 1200 minus 375", "\\b825\\b"],
    ["how many grams in 8 ounces", "\\b226\\.8|\\b227\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["what's 3.5 plus 4.75", "\\b8\\.25\\b"],
    ["what is 12 squared", "\\b144\\b"],
    ["how many centimetres in 6 feet", "\\b182\\.88|\\b183\\b"],
    ["add 45 and 78", "\\b123\\b"],
    ["what's 270 divided by 3", "\\b90\\b"],
    ["convert 100 kilometres to miles", "\\b62\\.1"],
    ["how many seconds in a day", "\\b86,?400\\b"],
    ["what's 7 percent of 1350", "\\b94\\.5\\b"],
  ]),
];

export const fresh10Dialogues: EvalDialogue[] = [
  // recall with corrections and pronouns
  dialogue(P, "recall", "tiler-day-corrected", [
    ["remember the tiler is coming on thursday", "remember", "tiler is coming on thursday"],
    ["sorry i meant friday", "correct", "^(?=.*corrected)(?=.*friday)"],
    ["when is the tiler coming", "recall", "friday"],
  ]),
  dialogue(P, "recall", "landing-paint-corrected", [
    ["remember the paint for the landing is sage mist", "remember", "paint for the landing is sage mist"],
    ["actually it's pale sage", "correct", "^(?=.*corrected)(?=.*pale sage)"],
    ["what colour was it again", "recall", "pale sage"],
  ]),
  dialogue(P, "recall", "walking-stick-where", [
    ["remember dad's walking stick is in the boot of the car", "remember", "walking stick is in the boot of the car"],
    ["where is it", "recall", "boot of the car"],
    ["wait it's in the hall cupboard", "correct", "^(?=.*corrected)(?=.*hall cupboard)"],
    ["where is it now", "recall", "hall cupboard"],
  ]),
  dialogue(P, "recall", "parents-evening-when", [
    ["remember that year 9 parents evening is on the 14th", "remember", "year 9 parents evening is on the 14th"],
    ["when is it", "recall", "14th"],
    ["what did i just say", "conversation", 'You said:? "?when is it'],
  ]),
  dialogue(P, "recall", "night-shift-corrected", [
    ["remember my next night shift starts on wednesday", "remember", "your next night shift starts on wednesday"],
    ["no it's tuesday", "correct", "^(?=.*corrected)(?=.*tuesday)"],
    ["when does my next night shift start", "recall", "tuesday"],
  ]),
  dialogue(P, "recall", "flight-lands-when", [
    ["remember that my mother in law's flight lands at 6:40 pm", "remember", "flight lands at 6:40"],
    ["what time does it land", "recall", "6:40"],
  ]),
  dialogue(P, "recall", "song-title-called", [
    ["remember the new song we're rehearsing is called sunrise over laventille", "remember", "sunrise over laventille"],
    ["what's it called", "recall", "sunrise over laventille"],
    ["say that again", "conversation", "sunrise over laventille"],
  ]),
  dialogue(P, "recall", "bore-pump-key-corrected", [
    ["remember the bore pump key is hanging up in the shed", "remember", "bore pump key is hanging up in the shed"],
    ["where is it", "recall", "shed"],
    ["actually it's on the nail beside the ute", "correct", "^(?=.*corrected)(?=.*nail beside the ute)"],
    ["where's the bore pump key", "recall", "nail beside the ute"],
  ]),
  dialogue(P, "recall", "hockey-practice-corrected", [
    ["remember that my son hockey practice is on tuesday at the arena", "remember", "hockey practice is on tuesday"],
    ["no sorry it is on wednesday", "correct", "^(?=.*corrected)(?=.*wednesday)"],
    ["when is it", "recall", "wednesday"],
  ]),
  dialogue(P, "recall", "physics-exam-corrected", [
    ["remember that my physics exam is on the 11th", "remember", "your physics exam is on the 11th"],
    ["wait it's the 12th", "correct", "^(?=.*corrected)(?=.*12th)"],
    ["when is my physics exam", "recall", "12th"],
  ]),
  dialogue(P, "recall", "ladder-lent", [
    ["remember that i lent the ladder to baba chipo", "remember", "lent the ladder to baba chipo"],
    ["who did i lend the ladder to", "recall", "baba chipo"],
    ["thank you so much", "small_talk", thanksReply],
  ]),
  dialogue(P, "recall", "condo-gym-code-corrected", [
    ["remember the condo gym code is 3390", "remember", "condo gym code is 3390"],
    ["no it's 3309", "correct", "^(?=.*corrected)(?=.*3309)"],
    ["what's the gym code", "recall", "3309"],
  ]),
  dialogue(P, "recall", "admit-card-where", [
    ["remember my admit card is inside the green folder", "remember", "your admit card is inside the green folder"],
    ["where is it", "recall", "green folder"],
  ]),

  // forget, then recall
  dialogue(P, "forget", "boat-key-forgotten", [
    ["remember that the boat key is in the tackle box", "remember", "boat key is in the tackle box"],
    ["forget where the boat key is", "forget", forgotten],
    ["where's the boat key", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "skip-collection-forgotten", [
    ["remember the skip is getting collected on monday", "remember", "skip is getting collected on monday"],
    ["forget about the skip", "forget", forgotten],
    ["when is the skip getting collected", "recall", unknownReply],
  ]),

  // what did I say, what did you say
  dialogue(P, "conversation", "pelau-what-did-i-say", [
    ["set a timer for 40 minutes for the pelau", "timer", "pelau timer.*\\b40 minutes"],
    ["what did i just say", "conversation", 'You said:? "?set a timer for 40 minutes for the pelau'],
  ]),
  dialogue(P, "conversation", "time-what-did-you-say", [
    ["what time is it", "time", clockReply],
    ["sorry what did you say", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "sum-come-again", [
    ["what's 48 times 12", "calculate", "\\b576\\b"],
    ["come again", "conversation", "\\b576\\b"],
  ]),
  dialogue(P, "conversation", "prescription-say-again", [
    ["remind me to collect the prescription at 5 pm", "reminder", "remind you to collect the prescription (?:tomorrow )?at 5:00 ?PM"],
    ["say that again", "conversation", "collect the prescription"],
  ]),

  // timers: time left, pause and resume, cancel, list
  dialogue(P, "timer", "soup-pause-resume", [
    ["set a timer for 25 minutes for dad's soup", "timer", "soup timer.*\\b25 minutes"],
    ["how long is left on the soup timer", "timer", "left"],
    ["pause it", "timer", "paused"],
    ["okay start it again", "timer", "running again"],
  ]),
  dialogue(P, "timer", "damper-cancel", [
    ["set a timer for 35 minutes for the damper", "timer", "damper timer.*\\b35 minutes"],
    ["cancel the damper timer", "timer", cancelledReply],
    ["what timers have i got now", "timer", timerList],
  ]),
  dialogue(P, "timer", "rendang-time-left", [
    ["set timer 50 minutes for the rendang", "timer", "rendang timer.*\\b50 minutes"],
    ["how much time left on the rendang", "timer", "left"],
  ]),
  dialogue(P, "timer", "gumbo-cornbread-list", [
    ["set a timer for 45 minutes for the gumbo", "timer", "gumbo timer.*\\b45 minutes"],
    ["and another one for 10 minutes for the cornbread", "timer", "cornbread timer.*\\b10 minutes"],
    ["what timers do i have going", "timer", "you have (one|\\w+) timers?"],
    ["cancel the cornbread timer", "timer", cancelledReply],
  ]),

  // reminders: no time given then the time, list, cancel
  dialogue(P, "reminder", "revise-chemistry-tomorrow", [
    ["remind me to revise organic chemistry", "reminder", "When should I remind you to revise organic chemistry"],
    ["tomorrow at 10 am", "reminder", "remind you to revise organic chemistry.*10:00 ?AM"],
  ]),
  dialogue(P, "reminder", "defrost-chicken-hour", [
    ["remind me to defrost the chicken", "reminder", "When should I remind you to defrost the chicken"],
    ["in an hour", "reminder", "remind you to defrost the chicken"],
  ]),
  dialogue(P, "reminder", "head-of-year-list-cancel", [
    ["remind me to email the head of year at 7:30 am", "reminder", "remind you to email the head of year (?:tomorrow )?at 7:30 ?AM"],
    ["what reminders have i got", "reminder", "you have (one|\\w+) reminders?"],
    ["cancel the reminder to email the head of year", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "call-mother-evening", [
    ["can you remind me to call my mother", "reminder", "When should I remind you to call your mother"],
    ["at 8 pm", "reminder", "remind you to call your mother (?:tomorrow )?at 8:00 ?PM"],
    ["thank you", "small_talk", thanksReply],
  ]),

  // small talk
  dialogue(P, "small_talk", "evening-chat", [
    ["good evening", "small_talk", greetingReply],
    ["how are you", "small_talk", wellbeingReply],
    ["and what are you", "small_talk", identityReply],
  ]),
  dialogue(P, "small_talk", "gday-thanks-bye", [
    ["g'day", "small_talk", greetingReply],
    ["thanks mate", "small_talk", thanksReply],
    ["see ya", "small_talk", goodbyeReply],
  ]),

  // remember with an empty first turn, then the fact
  dialogue(P, "remember", "dads-gp-empty-first", [
    ["can you remember something for me", "remember", "What should I remember"],
    ["dad's gp is doctor mcallister", "remember", "dad's gp is doctor mcallister"],
    ["who's dad's gp", "recall", "mcallister"],
  ]),
  dialogue(P, "remember", "matatu-pass-empty-first", [
    ["remember this", "remember", "What should I remember"],
    ["my matatu pass number is 5520", "remember", "your matatu pass number is 5520"],
    ["what's my matatu pass number", "recall", "5520"],
  ]),
];
