/**
 * Part "fresh-12", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - Nkechi, a Nigerian-English night-shift nurse in Leeds (meds, tea breaks, her locker, her mummy);
 * - Callum, a Scottish plumber in Glasgow who says "right" and "cheers mate" (the van, solder, fuses);
 * - Josh, fifteen, who says "um", "like" and "so" (homework, maths test, gaming);
 * - Rosa, caring for her elderly father at home (eye drops, his GP, his tablets);
 * - Priya, an Indian-English software engineer in Bangalore ("kindly", "almirah", "which date");
 * - Gord, a cattle farmer in Alberta (gates, troughs, the vet, the hayloft);
 * - Denise, an Ontario hockey parent (jerseys, rinks, practice);
 * - Dev, a session drummer and bass player (scales, capo, amp settings, the studio);
 * - Siobhán, a student in Dublin (essay, library books, student number);
 * - Arthur, a retired gentleman who speaks in long, polite sentences;
 * - someone who speaks only in very short commands.
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

const P = "fresh-12" as const;


export const fresh12Singles: EvalDialogue[] = [
  // timers
  ...singlePairs(P, "timer", "timer", [
    ["start a twenty five minute timer", "timer.*25 minutes"],
    ["timer twelve minutes", "timer.*12 minutes"],
    ["could you please set a timer for half an hour", "timer.*30 minutes"],
    ["set a laundry timer for 45 minutes", "laundry timer.*45 minutes"],
    ["put a timer on for the bread for two hours", "bread timer.*2 hours"],
    ["can you set a timer called porridge for four minutes", "porridge timer.*4 minutes"],
    ["um set a timer for like an hour and a half", "timer.*1 hour and 30 minutes"],
    ["what timers have i got going", timerListReply],
    ["do i have any timers running", timerListReply],
  ]),

  // reminders
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call the pharmacy at 4 pm", "remind you to call the pharmacy.*4:00 PM"],
    ["at seven thirty pm remind me to put the bins out", "remind you to put the bins out.*7:30 PM"],
    ["remind me in 20 minutes to take the chicken out of the freezer", "remind you to take the chicken out of the freezer"],
    ["can you remind me to ring my landlord tomorrow at 9 am", "remind you to ring your landlord.*9:00 AM"],
    ["set a reminder to move the cattle to the top field at 6 am", "remind you to move the cattle to the top field.*6:00 AM"],
    ["in two hours remind me to check on dad", "remind you to check on dad"],
    ["remind me to order more test strips today at 3 pm", "remind you to order more test strips.*3:00 PM"],
    ["remind me to text the coach about the tournament in 45 minutes", "remind you to text the coach about the tournament"],
    ["what reminders have i got", reminderListReply],
    ["have i got any reminders set", reminderListReply],
  ]),

  // remember
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker number is 317", "your locker number is 317"],
    ["please remember the gate code for the farm is 4471", "gate code for the farm is 4471"],
    ["remember i left the spare key with mrs o'brien next door", "left the spare key with mrs o'brien"],
    ["can you remember that dad's blood pressure tablets are in the blue box", "blood pressure tablets are in the blue box"],
    ["remember my bass is in the case under the stairs", "your bass is in the case under the stairs"],
    ["note that my student number is 21459873", "your student number is 21459873"],
    ["remember that the boiler pressure should be 1.5 bar", "boiler pressure should be 1\\.5 bar"],
    ["i want you to remember that my parking bay is number 62", "your parking bay is number 62"],
    ["remember that tyler's jersey number is 19", "tyler's jersey number is 19"],
    ["kindly remember that my aadhaar card is in the top drawer", "your aadhaar card is in the top drawer"],
    ["remember the amp settings are gain on 4 and treble on 6", "amp settings are gain on 4"],
    ["remember i parked in the blue zone row f", "you parked in the blue zone row f"],
  ]),

  // recall of things never told
  ...single(P, "recall", "recall", unknownReply, [
    "where did i leave my umbrella",
    "what's my sister's phone number",
    "what is my dentist's name",
    "where did i put the allen keys",
  ]),

  // forget what was never stored
  ...single(P, "forget", "forget", forgotten, [
    "forget my old address",
    "forget the alarm code",
    "please forget my bank pin",
    "forget about my car registration",
    "could you forget what i told you about the spare tyre",
    "erase my brother's email address from your memory",
  ]),

  // time, date, day
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time", clockReply],
    ["time please", clockReply],
    ["have you got the time", clockReply],
    ["what time is it right now", clockReply],
    ["um so what time is it", clockReply],
    ["what's the date today", monthDayReply],
    ["what is today's date", monthDayReply],
    ["which date is it today", monthDayReply],
    ["what date is it", monthDayReply],
    ["tell me the date please", monthDayReply],
    ["what day is it", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["what day is it today", weekdayReply],
    ["which day of the week is it today", weekdayReply],
  ]),

  // status
  ...single(P, "status", "status", statusReply, [
    "is everything working",
    "are all your services up",
    "system status",
    "are you working properly",
    "is the memory service up",
    "are your systems ok",
    "check your status",
    "is everything running ok on your end",
    "are all the services running",
    "status report",
  ]),

  // small talk
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hello", greetingReply],
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["hey there", greetingReply],
    ["morning", greetingReply],
    ["good evening", greetingReply],
    ["thanks", thanksReply],
    ["cheers mate", thanksReply],
    ["thank you so much", thanksReply],
    ["thank you very much indeed", thanksReply],
    ["thanks a million", thanksReply],
    ["bye", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["see you later", goodbyeReply],
    ["that's all for now bye", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["how are you today", wellbeingReply],
    ["who are you", identityReply],
    ["what are you", identityReply],
  ]),

  // out of domain
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like in glasgow tomorrow",
    "will it rain today",
    "what's in the news this morning",
    "who won the hockey game last night",
    "what's the score in the celtic match",
    "play some jazz",
    "turn on the living room lights",
    "turn the heating up",
    "order me a pizza",
    "how do you say thank you in irish",
    "translate good morning into hindi",
    "what's the capital of canada",
    "who wrote ulysses",
    "how do i make jollof rice",
    "give me a recipe for shepherd's pie",
    "how tall is mount everest",
    "book me a taxi to the hospital",
    "send a text to callum",
    "what's the price of bitcoin",
    "what's on telly tonight",
    "skip this song",
    "how many calories are in a banana",
    "when does the next bus leave for town",
    "what's the traffic like on the m8",
    "find me a plumber near me",
  ]),

  // arithmetic and conversions
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's seventeen times twelve", "\\b204\\b"],
    ["what is fifteen percent of eighty", "\\b12\\b"],
    ["what's the square root of 169", "\\b13\\b"],
    ["how much is 2450 divided by 7", "\\b350\\b"],
    ["convert 10 miles to kilometres", "\\b16\\.(09|1)"],
    ["how many pounds is 70 kilos", "\\b154\\.3"],
    ["what's 38 celsius in fahrenheit", "\\b100\\.4\\b"],
    ["convert 350 fahrenheit to celsius", "\\b176\\.(6|7)|\\b177\\b"],
    ["how many millilitres are in 1.5 litres", "\\b1,?500\\b"],
    ["convert 100 kilometres per hour to miles per hour", "\\b62\\.1"],
    ["what's 6 feet in centimetres", "\\b182\\.(88|9)"],
    ["what is 25 percent of 360", "\\b90\\b"],
    ["what's 1250 plus 3875", "\\b5,?125\\b"],
    ["what's 900 minus 462", "\\b438\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["how much is 12.5 percent of 200", "\\b25\\b"],
    ["how many grams in 2.5 pounds", "\\b1,?133\\.98|\\b1,?134\\b"],
    ["what's the square root of 2", "\\b1\\.414"],
    ["what's 7.5 times 4", "\\b30\\b"],
    ["convert 5 kilometres to miles", "\\b3\\.1"],
    ["what's 365 times 24", "\\b8,?760\\b"],
  ]),
];

export const fresh12Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "timer-nurse-meds-tea", [
    ["set a timer called meds for 4 hours", "timer", "meds timer.*4 hours"],
    ["and a tea timer for 5 minutes", "timer", "tea timer.*5 minutes"],
    ["what timers do i have", "timer", "timers?.*(meds|tea)"],
    ["how long is left on the tea timer", "timer", "left"],
    ["cancel the meds timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-plumber-solder", [
    ["set a timer for the solder for three minutes", "timer", "solder timer.*3 minutes"],
    ["pause the timer", "timer", "paused"],
    ["right resume it", "timer", "running again"],
    ["how much time is left", "timer", "left"],
  ]),
  dialogue(P, "timer", "timer-teen-homework", [
    ["um so like set a homework timer for forty minutes", "timer", "homework timer.*40 minutes"],
    ["how long have i got left", "timer", "left"],
    ["pause it", "timer", "paused"],
    ["ok resume the timer", "timer", "running again"],
    ["cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-hockey-practice", [
    ["set a timer for ninety seconds", "timer", "timer.*(90 seconds|1 minute and 30 seconds)"],
    ["cancel the timer", "timer", cancelledReply],
    ["set a timer called practice for an hour and a half", "timer", "practice timer.*1 hour and 30 minutes"],
    ["list my timers", "timer", "practice"],
  ]),
  dialogue(P, "timer", "timer-drummer-scales", [
    ["start a timer called scales for 15 minutes", "timer", "scales timer.*15 minutes"],
    ["how long left on scales", "timer", "left"],
    ["pause scales", "timer", "paused"],
    ["resume scales", "timer", "running again"],
  ]),

  // reminders
  dialogue(P, "reminder", "reminder-carer-eye-drops", [
    ["remind me to give dad his eye drops", "reminder", "when should I remind you to give dad his eye drops"],
    ["at 8 pm", "reminder", "remind you to give dad his eye drops"],
    ["what reminders do i have", "reminder", "eye drops"],
  ]),
  dialogue(P, "reminder", "reminder-dublin-essay", [
    ["remind me to submit my essay", "reminder", "when should I remind you to submit your essay"],
    ["tomorrow at 10 am", "reminder", "remind you to submit your essay"],
    ["and remind me to return the library books in 3 hours", "reminder", "remind you to return the library books"],
    ["list my reminders", "reminder", "(essay|library)"],
    ["cancel the library books reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-bangalore-invoice", [
    ["please remind me to send the invoice to the client", "reminder", "when should I remind you to send the invoice to the client"],
    ["in 1 hour", "reminder", "remind you to send the invoice"],
    ["cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-nurse-scrubs", [
    ["remind me to collect my scrubs from the laundry at 6 am tomorrow", "reminder", "remind you to collect your scrubs from the laundry.*6:00 AM"],
    ["also remind me to call my mummy at 2 pm", "reminder", "remind you to call your mummy.*2:00 PM"],
    ["which reminders do i have now", "reminder", "(scrubs|mummy)"],
  ]),
  dialogue(P, "reminder", "reminder-farmer-troughs-vet", [
    ["i need a reminder to check the water troughs", "reminder", "when should I remind you to check the water troughs"],
    ["at 5 pm", "reminder", "remind you to check the water troughs"],
    ["remind me to phone the vet tomorrow at eight am", "reminder", "remind you to phone the vet.*8:00 AM"],
    ["cancel the vet reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-hockey-jerseys", [
    ["remind me to wash the hockey jerseys", "reminder", "when should I remind you to wash the hockey jerseys"],
    ["in 90 minutes", "reminder", "remind you to wash the hockey jerseys"],
  ]),

  // remember, with empty captures
  dialogue(P, "remember", "remember-teen-bike-lock", [
    ["remember something for me", "remember", emptyCaptureReply],
    ["my bike lock code is 5093", "remember", "your bike lock code is 5093"],
  ]),
  dialogue(P, "remember", "remember-plumber-fuses", [
    ["can you remember something", "remember", emptyCaptureReply],
    ["the spare fuses are in the van glovebox", "remember", "spare fuses are in the van glovebox"],
  ]),
  dialogue(P, "remember", "remember-nurse-extension", [
    ["i need you to remember something", "remember", emptyCaptureReply],
    ["the ward extension is 4420", "remember", "ward extension is 4420"],
  ]),
  dialogue(P, "remember", "remember-farmer-hayloft", [
    ["remember that the hayloft key is on the nail by the door", "remember", "hayloft key is on the nail by the door"],
    ["and remember the feed delivery comes on thursdays", "remember", "feed delivery comes on thursdays"],
  ]),

  // recall, with corrections and follow-ups
  dialogue(P, "recall", "recall-plumber-van", [
    ["remember the van is parked on carrick street", "remember", "van is parked on carrick street"],
    ["where's the van", "recall", "carrick street"],
    ["no it's on argyle street", "correct", correctedReply("argyle street")],
    ["where did i say the van was", "recall", "argyle street"],
  ]),
  dialogue(P, "recall", "recall-nurse-locker-code", [
    ["remember my locker code is 8831", "remember", "your locker code is 8831"],
    ["what's my locker code", "recall", "8831"],
    ["sorry it's 8813 not 8831", "correct", correctedReply("8813")],
    ["what is it now", "recall", "8813"],
  ]),
  dialogue(P, "recall", "recall-teen-maths-room", [
    ["um remember that my maths test is in room b12", "remember", "your maths test is in room b12"],
    ["like which room is my maths test in", "recall", "b12"],
    ["wait no it's room b14", "correct", correctedReply("b14")],
    ["so where is it", "recall", "b14"],
  ]),
  dialogue(P, "recall", "recall-carer-gp", [
    ["remember that dad's gp is doctor okafor", "remember", "dad's gp is doctor okafor"],
    ["who is dad's gp", "recall", "okafor"],
  ]),
  dialogue(P, "recall", "recall-bangalore-passport", [
    ["please remember that my passport is in the steel almirah", "remember", "your passport is in the steel almirah"],
    ["where is my passport", "recall", "almirah"],
    ["where is it again", "recall", "almirah"],
  ]),
  dialogue(P, "recall", "recall-farmer-gate", [
    ["remember the north field gate combination is 2608", "remember", "north field gate combination is 2608"],
    ["what's the combination for the north field gate", "recall", "2608"],
    ["actually make that 2680", "correct", correctedReply("2680")],
    ["what is the north field gate combination", "recall", "2680"],
  ]),
  dialogue(P, "recall", "recall-drummer-capo", [
    ["remember the capo goes on the third fret for the new song", "remember", "capo goes on the third fret"],
    ["where does the capo go", "recall", "third fret"],
  ]),
  dialogue(P, "recall", "recall-dublin-library-card", [
    ["remember my library card number is 70425", "remember", "your library card number is 70425"],
    ["what's my library card number", "recall", "70425"],
  ]),
  dialogue(P, "recall", "recall-hockey-rink", [
    ["remember the tournament rink is the kinsmen arena", "remember", "tournament rink is the kinsmen arena"],
    ["which rink is the tournament at", "recall", "kinsmen arena"],
    ["no it's the civic centre", "correct", correctedReply("civic centre")],
    ["where is it", "recall", "civic centre"],
  ]),
  dialogue(P, "recall", "recall-polite-glasses", [
    ["would you be so kind as to remember that my reading glasses are on the piano", "remember", "your reading glasses are on the piano"],
    ["i do apologise but where did i say my reading glasses were", "recall", "piano"],
  ]),

  // forget
  dialogue(P, "forget", "forget-farmer-shed-key", [
    ["remember the shed key is under the flower pot", "remember", "shed key is under the flower pot"],
    ["forget where the shed key is", "forget", forgotten],
    ["where is the shed key", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-dublin-gym-pin", [
    ["remember my gym pin is 6612", "remember", "your gym pin is 6612"],
    ["forget my gym pin", "forget", forgotten],
    ["what's my gym pin", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-drummer-kit", [
    ["please remember that the drum kit is in studio 2", "remember", "drum kit is in studio 2"],
    ["you can forget about the drum kit now", "forget", forgotten],
    ["where is the drum kit", "recall", unknownReply],
  ]),

  // conversation
  dialogue(P, "conversation", "conversation-terse-timer", [
    ["set a timer for 6 minutes", "timer", "timer.*6 minutes"],
    ["what did i just say", "conversation", 'You said:? "?set a timer for 6 minutes'],
  ]),
  dialogue(P, "conversation", "conversation-nurse-time-again", [
    ["what time is it", "time", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "conversation-dublin-flight", [
    ["remember my cousin's flight lands at terminal 2", "remember", "cousin's flight lands at terminal 2"],
    ["what did you say", "conversation", "cousin's flight lands at terminal 2"],
  ]),
  dialogue(P, "conversation", "conversation-polite-wellbeing", [
    ["how are you doing", "small_talk", wellbeingReply],
    ["hang on what did i just say", "conversation", 'You said:? "?how are you doing'],
  ]),
  dialogue(P, "conversation", "conversation-teen-sum", [
    ["what's twelve times eight", "calculate", "\\b96\\b"],
    ["say that again please", "conversation", "\\b96\\b"],
  ]),
  dialogue(P, "conversation", "conversation-farmer-calves", [
    ["remind me to feed the calves in 30 minutes", "reminder", "remind you to feed the calves"],
    ["can you repeat that", "conversation", "remind you to feed the calves"],
  ]),
];
