/**
 * Part "fresh-15", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - a Cornish fisherman out of Newlyn (crab pots, the harbour master, his boat);
 * - a Mumbai chef running a restaurant kitchen (dal, rice, the tandoor, the spice supplier);
 * - a Canadian ski instructor in Whistler (wax, the lodge locker);
 * - a Yorkshire pub landlady (barrels, the cellar key, sums at the till);
 * - a Lagos banker (loan reports, her driver);
 * - a Berlin-born cellist living in Bristol (lessons, reeds, the landlord);
 * - a student nurse on nights (sleeping by day, her ward);
 * - a community pharmacist (the fridge, the controlled drugs register, deliveries);
 * - a lorry dispatcher (the depot, pallets, the yard gate);
 * - a primary school teacher (spelling tests, the class trip);
 * - a pensioner with a hearing aid who asks things twice;
 * - a commuter on a noisy train;
 * - an Uber driver (parking, tyres, the airport pickup);
 * - an allotment holder (the plot);
 * - a new dad at 3 am (bottles, calpol);
 * - a gamer (screen time, the clan, the headset).
 */
import {
  EvalDialogue,
  cancelledReply,
  capabilityReply,
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

const P = "fresh-15" as const;

export const fresh15Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for eight minutes", "timer.*8 minutes"],
    ["start a twenty minute timer for the dal", "dal timer.*20 minutes"],
    ["timer for ninety seconds", "timer.*(90 seconds|1 minute and 30 seconds)"],
    ["put a forty five minute timer on for the bread", "bread timer.*45 minutes"],
    ["set a timer for an hour and a half", "timer.*1 hour and 30 minutes"],
    ["three minute timer please", "timer.*3 minutes"],
    ["set a crab timer for twelve minutes", "crab timer.*12 minutes"],
    ["can you set a timer for the pasties for twenty five minutes", "past(y|ies) timer.*25 minutes"],
    ["give me a thirty five minute timer for the lasagne", "lasagne timer.*35 minutes"],
    ["how many timers have i got", timerListReply],
    ["what timers are running", timerListReply],
  ]),
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to ring the vet at four pm", "remind you to ring the vet.*4:00 PM"],
    ["remind me to take my tablets at eight tonight", "remind you to take your tablets.*8:00 PM"],
    ["wake me up at six am", "remind you to wake up.*6:00 AM"],
    ["wake me up at six forty five in the morning", "remind you to wake up.*6:45 AM"],
    ["set an alarm for five thirty am", "(wake up|alarm).*5:30 AM"],
    ["remind me in twenty minutes to move the car", "remind you to move the car"],
    ["in an hour remind me to check the proving dough", "remind you to check the proving dough"],
    ["remind me to order more rosin", "when should I remind you to order more rosin"],
    ["remind me to call my mum at seven pm", "remind you to call your mum.*7:00 PM"],
    ["can you remind me to put the bins out at nine pm", "remind you to put the bins out.*9:00 PM"],
    ["remind me at noon to phone the brewery", "remind you to phone the brewery.*12:00 PM"],
    ["what reminders do i have", reminderListReply],
    ["have i got any reminders set", reminderListReply],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["remember my locker is two hundred and fourteen", "your locker is (214|two hundred and fourteen)"],
    ["remember that the boat's mooring is on the north quay", "mooring is on the north quay"],
    ["please remember my cello is insured with allianz", "your cello is insured with allianz"],
    ["remember i parked on level three", "you parked on level (3|three)"],
    ["remember that my wifi password is taped to the fridge", "your wifi password is taped to the fridge"],
    ["can you remember that my gas meter number is on the blue card", "your gas meter number is on the blue card"],
    ["remember my hire car is a silver corsa", "your hire car is a silver corsa"],
    ["remember that i take two sugars", "you take (2|two) sugars"],
  ]),
  ...single(P, "recall", "recall", unknownReply, [
    "what's my dentist called",
    "where did i leave my reading glasses",
    "what's my national insurance number",
  ]),
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time please", clockReply],
    ["have you got the time", clockReply],
    ["what time is it right now", clockReply],
    ["what's the date today", monthDayReply],
    ["what's today's date", monthDayReply],
    ["what's the date tomorrow", monthDayReply],
    ["what day is it today", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["what day is it tomorrow", weekdayReply],
    ["what day is christmas day", "December 25"],
    ["what day is boxing day", "December 26"],
    ["what day is new year's eve", "December 31"],
    ["what day is halloween", "October 31"],
    ["what date is valentine's day", "February 14"],
  ]),
  ...single(P, "status", "status", statusReply, [
    "are all your services running",
    "is everything up and running",
    "system status",
    "is the memory service up",
    "give me a status report",
    "are all the services healthy",
    "is the timekeeper service up",
    "how are the services doing",
    "check the system health",
    "is anything down",
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hey there", greetingReply],
    ["good evening", greetingReply],
    ["cheers", thanksReply],
    ["thanks a lot", thanksReply],
    ["ta very much", thanksReply],
    ["thank you kindly", thanksReply],
    ["bye for now", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["see you later", goodbyeReply],
    ["that's all for now bye", goodbyeReply],
    ["how are you doing", wellbeingReply],
    ["how are you today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["are you feeling ok", wellbeingReply],
    ["who are you", identityReply],
    ["what are you", identityReply],
    ["what's your name", identityReply],
    ["who am i talking to", identityReply],
  ]),
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like in lagos today",
    "will it snow on the mountain tomorrow",
    "what are the tide times at newlyn",
    "who won the football last night",
    "what's the score in the cricket",
    "play some jazz",
    "play radio cornwall",
    "order me a taxi to the station",
    "what's the capital of canada",
    "turn the lights off in the lounge",
    "send a text to dave saying i'm running late",
    "book a table for four at the curry house",
    "translate thank you into german",
    "what's on telly tonight",
    "tell me the news",
    "how tall is ben nevis",
    "read me my emails",
    "what's the traffic like on the m5",
    "find me a recipe for chicken biryani",
    "who wrote the bach cello suites",
    "is the chemist on the high street open on sunday",
    "add nappies to my shopping basket",
    "how do i get to paddington from here",
    "recommend a good game for the switch",
    "what's the meaning of life",
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's seventeen plus twenty six", "\\b43\\b"],
    ["what is a hundred and forty four divided by twelve", "\\b12\\b"],
    ["what's fifteen percent of eighty", "\\b12\\b"],
    ["how much is three hundred minus eighty seven", "\\b213\\b"],
    ["what's nine squared", "\\b81\\b"],
    ["convert five kilometres to miles", "\\b3\\.1\\d*\\b|\\b3\\b"],
    ["how many grams in two pounds", "\\b907(\\.\\d+)?\\b"],
    ["convert thirty degrees celsius to fahrenheit", "\\b86(\\.0+)?\\b"],
    ["what is two thousand four hundred divided by six", "\\b400\\b"],
    ["what's seven times thirteen", "\\b91\\b"],
    ["how many feet is three metres", "\\b9\\.8\\d*\\b|\\b10\\b"],
    ["convert sixty miles to kilometres", "\\b96\\.[56]\\d*\\b|\\b97\\b"],
    ["what's eighteen point five plus two point two five", "\\b20\\.75\\b"],
    ["what's the square root of one hundred and sixty nine", "\\b13\\b"],
    ["how many ounces in five hundred grams", "\\b17\\.6\\d*\\b|\\b18\\b"],
    ["convert minus five celsius to fahrenheit", "\\b23(\\.0+)?\\b"],
    ["what's six hundred and fifty times four", "\\b2,?600\\b"],
    ["how many kilograms is twelve stone", "\\b76(\\.\\d+)?\\b"],
    ["what's twenty five percent of three hundred and sixty", "\\b90\\b"],
    ["what's ninety nine divided by three", "\\b33\\b"],
  ]),
];

export const fresh15Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "timer-chef-rice-onions", [
    ["set a rice timer for eighteen minutes", "timer", "rice timer.*18 minutes"],
    ["and a timer for the onions for six minutes", "timer", "onions? timer.*6 minutes"],
    ["what timers have i got", "timer", "rice.*onion|onion.*rice"],
    ["how long left on the rice", "timer", "left"],
    ["cancel the onion timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-ski-wax", [
    ["start a wax timer for fifteen minutes", "timer", "wax timer.*15 minutes"],
    ["pause the wax timer", "timer", "paused"],
    ["resume the wax timer", "timer", "running again"],
    ["add five minutes to the wax timer", "timer", "added 5 minutes"],
  ]),
  dialogue(P, "timer", "timer-newdad-bottle", [
    ["set a timer for four minutes for the bottle", "timer", "bottle timer.*4 minutes"],
    ["how much time is left on it", "timer", "left"],
    ["put another two minutes on the bottle timer", "timer", "added 2 minutes"],
    ["cancel the bottle timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-gamer-screen-time", [
    ["set a timer for one hour called screen time", "timer", "screen time timer.*1 hour"],
    ["take ten minutes off the screen time timer", "timer", "\\b(10|50) minutes"],
    ["how long is left on the screen time timer", "timer", "left"],
  ]),
  dialogue(P, "timer", "timer-uber-parking", [
    ["set a parking timer for twenty minutes", "timer", "parking timer.*20 minutes"],
    ["how long's left on the parking timer", "timer", "left"],
    ["cancel the parking timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-fisherman-pots", [
    ["set a timer for two hours for the pots", "timer", "pots? timer.*2 hours"],
    ["pause the pots timer", "timer", "paused"],
    ["unpause the pots timer", "timer", "running again"],
    ["how long have the pots got left", "timer", "left"],
  ]),

  // reminders
  dialogue(P, "reminder", "reminder-landlady-barrel", [
    ["remind me to change the barrel", "reminder", "when should I remind you to change the barrel"],
    ["at six pm", "reminder", "remind you to change the barrel.*6:00 PM"],
    ["what reminders have i got", "reminder", "barrel"],
    ["cancel the barrel reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-pharmacist-fridge-register", [
    ["remind me to check the fridge temperature at two pm", "reminder", "remind you to check the fridge temperature.*2:00 PM"],
    ["remind me to sign the controlled drugs register at five pm", "reminder", "remind you to sign the controlled drugs register.*5:00 PM"],
    ["what are my reminders", "reminder", "fridge|register"],
  ]),
  dialogue(P, "reminder", "reminder-teacher-spelling", [
    ["remind me to print the spelling tests", "reminder", "when should I remind you to print the spelling tests"],
    ["in thirty minutes", "reminder", "remind you to print the spelling tests"],
  ]),
  dialogue(P, "reminder", "reminder-nurse-alarm", [
    ["wake me up at two pm", "reminder", "remind you to wake up.*2:00 PM"],
    ["actually cancel that alarm", "reminder", cancelledReply],
    ["list my reminders", "reminder", reminderListReply],
  ]),
  dialogue(P, "reminder", "reminder-dispatcher-depot-pallets", [
    ["remind me to call the depot in ten minutes", "reminder", "remind you to call the depot"],
    ["remind me to chase the pallet delivery at three pm", "reminder", "remind you to chase the pallet delivery.*3:00 PM"],
    ["what reminders do i have", "reminder", "depot|pallet"],
    ["cancel the depot reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-banker-loan-report", [
    ["remind me to send the loan report at eleven am", "reminder", "remind you to send the loan report.*11:00 AM"],
    ["show me my reminders", "reminder", "loan report"],
  ]),

  // remember, with an empty capture first
  dialogue(P, "remember", "remember-allotment-plot", [
    ["can you remember something", "remember", emptyCaptureReply],
    ["my plot number is forty two", "remember", "your plot number is (42|forty two)"],
    ["what's my plot number", "recall", "\\b(42|forty two)\\b"],
  ]),
  dialogue(P, "remember", "remember-pensioner-batteries", [
    ["remember this", "remember", emptyCaptureReply],
    ["my hearing aid batteries are size thirteen", "remember", "your hearing aid batteries are size (13|thirteen)"],
    ["what size are my hearing aid batteries", "recall", "\\b(13|thirteen)\\b"],
    ["what size are my hearing aid batteries", "recall", "\\b(13|thirteen)\\b"],
  ]),
  dialogue(P, "remember", "remember-chef-supplier", [
    ["i want you to remember something", "remember", emptyCaptureReply],
    ["the spice supplier is called kohinoor traders", "remember", "spice supplier is called kohinoor traders"],
    ["who's the spice supplier", "recall", "kohinoor traders"],
  ]),

  // recall
  dialogue(P, "recall", "recall-cellist-lesson", [
    ["remember my cello lesson is on thursdays", "remember", "your cello lesson is on thursdays"],
    ["when is my cello lesson", "recall", "thursdays"],
    ["no, it's on fridays", "correct", correctedReply("fridays")],
    ["when is my cello lesson", "recall", "fridays"],
  ]),
  dialogue(P, "recall", "recall-landlady-cellar-key", [
    ["remember the cellar key is behind the optics", "remember", "cellar key is behind the optics"],
    ["where's the cellar key", "recall", "behind the optics"],
    ["where is it again", "recall", "behind the optics"],
  ]),
  dialogue(P, "recall", "recall-commuter-coach", [
    ["remember i always sit in coach c", "remember", "you always sit in coach c"],
    ["which coach do i sit in", "recall", "coach c"],
  ]),
  dialogue(P, "recall", "recall-uber-tyres", [
    ["remember my tyre pressure should be thirty five psi", "remember", "your tyre pressure should be (35|thirty five) psi"],
    ["what should my tyre pressure be", "recall", "\\b(35|thirty five)\\b"],
  ]),
  dialogue(P, "recall", "recall-ski-locker", [
    ["remember my locker at the lodge is number nine", "remember", "your locker at the lodge is number (9|nine)"],
    ["what's my locker number at the lodge", "recall", "\\b(9|nine)\\b"],
    ["no, it's number eleven", "correct", correctedReply("(11|eleven)")],
    ["what's my locker number at the lodge", "recall", "\\b(11|eleven)\\b"],
  ]),
  dialogue(P, "recall", "recall-gamer-clan", [
    ["remember my clan tag is frost wolves", "remember", "your clan tag is frost wolves"],
    ["what's my clan tag", "recall", "frost wolves"],
  ]),
  dialogue(P, "recall", "recall-banker-driver", [
    ["remember my driver's name is tunde", "remember", "your driver's name is tunde"],
    ["what's my driver called", "recall", "tunde"],
    ["what was his name again", "recall", "tunde"],
  ]),
  dialogue(P, "recall", "recall-pharmacist-insulin", [
    ["remember the insulin delivery comes on wednesdays", "remember", "insulin delivery comes on wednesdays"],
    ["when does the insulin delivery come", "recall", "wednesdays"],
    ["no, tuesdays", "correct", correctedReply("tuesdays")],
    ["when does it come", "recall", "tuesdays"],
  ]),
  dialogue(P, "recall", "recall-newdad-calpol", [
    ["remember the baby's calpol dose is five ml", "remember", "calpol dose is (5|five) ?ml"],
    ["how much calpol does the baby have", "recall", "\\b(5|five) ?ml"],
  ]),
  dialogue(P, "recall", "recall-teacher-trip", [
    ["remember the class trip is to the science museum", "remember", "class trip is to the science museum"],
    ["where's the class trip going", "recall", "science museum"],
  ]),
  dialogue(P, "recall", "recall-fisherman-about-me", [
    ["remember my boat is called the morwenna", "remember", "your boat is called the morwenna"],
    ["remember the harbour master is called jago", "remember", "harbour master is called jago"],
    ["what do you know about me", "recall", "morwenna.*jago|jago.*morwenna"],
  ]),

  // forget
  dialogue(P, "forget", "forget-nurse-ward", [
    ["remember my ward is bramble ward", "remember", "your ward is bramble ward"],
    ["forget my ward", "forget", forgotten],
    ["which ward am i on", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-dispatcher-gate-code", [
    ["remember the yard gate code is four four one nine", "remember", "gate code is (4 ?4 ?1 ?9|four four one nine)"],
    ["forget the yard gate code", "forget", forgotten],
    ["what's the yard gate code", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-cellist-landlord", [
    ["remember my landlord is called mr pemberton", "remember", "your landlord is called mr pemberton"],
    ["forget what i told you about my landlord", "forget", forgotten],
    ["who's my landlord", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-gamer-headset", [
    ["remember my headset is charging in the kitchen", "remember", "your headset is charging in the kitchen"],
    ["forget that", "forget", forgotten],
    ["where's my headset", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-uber-pickup", [
    ["remember the airport pickup point is zone b", "remember", "airport pickup point is zone b"],
    ["forget the airport pickup point", "forget", forgotten],
    ["where's the airport pickup point", "recall", unknownReply],
  ]),

  // conversation
  dialogue(P, "conversation", "conversation-commuter-text-jo", [
    ["remind me to text jo at six pm", "reminder", "remind you to text jo.*6:00 PM"],
    ["what did i just say", "conversation", 'You said:? "?remind me to text jo at six pm'],
  ]),
  dialogue(P, "conversation", "conversation-pensioner-time", [
    ["what time is it", "time", clockReply],
    ["what did you say", "conversation", clockReply],
    ["say that again", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "conversation-landlady-till", [
    ["what's twelve times eight", "calculate", "\\b96\\b"],
    ["say that again", "conversation", "\\b96\\b"],
  ]),
  dialogue(P, "conversation", "conversation-newdad-timer", [
    ["set a timer for ten minutes", "timer", "timer.*10 minutes"],
    ["what did you say", "conversation", "timer.*10 minutes"],
  ]),
  dialogue(P, "conversation", "conversation-chef-tandoor", [
    ["remember the tandoor needs cleaning on sundays", "remember", "tandoor needs cleaning on sundays"],
    ["what did i just say", "conversation", 'You said:? "?remember the tandoor needs cleaning on sundays'],
  ]),
  dialogue(P, "conversation", "conversation-gamer-hello", [
    ["hello", "small_talk", greetingReply],
    ["what did i just say", "conversation", 'You said:? "?hello'],
  ]),
];
