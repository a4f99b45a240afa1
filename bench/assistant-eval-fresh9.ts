/**
 * Part "fresh-9", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers, all imagined, talking to a speaker on a kitchen counter:
 * - Thandi, in Johannesburg, getting two children through breakfast; she restarts sentences and
 *   says "sorry" a lot. Her son Lwazi, 9, asks for sums and says "um".
 * - Gerald, a retired electrical engineer in Wellington, New Zealand, who speaks precisely and
 *   asks about the system's services by name.
 * - Kofi, born in Accra, who drives for a ride-hailing app and talks while busy: terse, clipped.
 * - Maricel, a nurse from Cebu working in Winnipeg, Canada; fluent, with small grammar slips.
 * - Wing, a home baker in Hong Kong, who sets many timers and converts recipe units.
 * - Siobhan, a gardener in County Clare, Ireland, chatty, says "cheers" and "how are you keeping".
 * - Dale, in Texas, who smokes brisket and asks about football.
 * - Marcia, in Kingston, Jamaica, and Asif, a shopkeeper in Lahore, Pakistan, with the odd slip.
 * Transcripts are lowercase and clean. Every dialogue has a subject of its own, and the recall and
 * forget singles about things never told use subjects no remembered fact uses.
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
  single,
  singlePairs,
  statusReply,
  thanksReply,
  unknownReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-9" as const;

const month = "\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b";
const weekday = "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
const timerList = "don't have any timers|you have \\w+ timers?";
const reminderList = "don't have any reminders|you have \\w+ reminders?";

export const fresh9Singles: EvalDialogue[] = [
  // timers: 20
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 10 minutes", "timer is set for 10 minutes"],
    ["set a timer for three minutes", "timer is set for 3 minutes"],
    ["set a pasta timer for 8 minutes", "pasta timer is set for 8 minutes"],
    ["start a timer for an hour and a half", "timer is set for 1 hour and 30 minutes"],
    ["sorry, can you set a timer for half an hour", "timer is set for 30 minutes"],
    ["set a 45 minute timer", "timer is set for 45 minutes"],
    ["set a timer for 90 seconds", "timer is set for (90 seconds|1 minute and 30 seconds)"],
    ["put a timer on for twenty five minutes for the chicken", "chicken timer is set for 25 minutes"],
    ["timer 15 minutes please", "timer is set for 15 minutes"],
    ["set a timer called cookies for 12 minutes", "cookies timer is set for 12 minutes"],
    ["can you set a timer for 2 hours", "timer is set for 2 hours"],
    ["set a timer for 1 hour 15 minutes", "timer is set for 1 hour and 15 minutes"],
    ["um, set a timer for, uh, six minutes", "timer is set for 6 minutes"],
    ["start a 4 minute timer for the tea", "tea timer is set for 4 minutes"],
    ["set a timer for two and a half minutes", "timer is set for (2 minutes and 30 seconds|150 seconds)"],
    ["please you set a timer for the roti, 7 minutes", "roti timer is set for 7 minutes"],
    ["set a laundry timer for 50 minutes", "laundry timer is set for 50 minutes"],
    ["how many timers have i got going", timerList],
    ["what timers are running", timerList],
    ["list my timers", timerList],
  ]),
  // reminders: 15
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to call my mum at 7 pm", "remind you to call your mum (?:tomorrow )?at 7:00 PM"],
    ["remind me to put the bins out at 9 pm", "remind you to put the bins out.*9:00 ?PM"],
    ["remind me in 40 minutes to take the cake out of the oven", "remind you to take the cake out of the oven"],
    ["in half an hour remind me to move the car", "remind you to move the car"],
    ["remind me to pay the electricity bill tomorrow at 10 am", "remind you to pay the electricity bill.*10:00 ?AM"],
    ["remind me to water the tomatoes", "when should i remind you to water the tomatoes"],
    ["can you remind me to ring the garage", "when should i remind you to ring the garage"],
    ["remind me to send the invoice to mr ahmed", "when should i remind you to send the invoice to mr ahmed"],
    ["remind me to collect the kids from swimming at 4:15 pm", "remind you to collect the kids from swimming.*4:15 ?PM"],
    ["set a reminder for 8 am to take my tablets", "remind you to take your tablets.*8:00 ?AM"],
    ["remind me in two hours to check the tyre pressure", "remind you to check the tyre pressure"],
    ["remind me at 5 to start the rice", "remind you to start the rice"],
    ["remind me at noon to phone the school", "remind you to phone the school"],
    ["what reminders do i have", reminderList],
    ["have i got any reminders set", reminderList],
  ]),
  // remember: 10, two of them with nothing to remember yet
  ...singlePairs(P, "remember", "remember", [
    ["remember that my badge number at the hospital is 214", "your badge number at the hospital is 214"],
    ["please remember my nephew's birthday is on the 3rd of march", "your nephew's birthday is on the 3rd of march"],
    ["remember that the guest wifi password is sunflower42", "guest wifi password is sunflower42"],
    ["remember i put the christmas lights in the loft", "you put the christmas lights in the loft"],
    ["um, remember that the focaccia needs 25 minutes at 220 degrees", "focaccia needs 25 minutes at 220 degrees"],
    ["remember that i planted the runner beans on april 2nd", "you planted the runner beans on april 2nd"],
    ["remember that my blood pressure this morning was 128 over 84", "your blood pressure this morning was 128 over 84"],
    ["remember the kids' swimming bag is in the hallway cupboard", "swimming bag is in the hallway cupboard"],
    ["remember something for me", "what should i remember"],
    ["hey, i need you to remember something", "what should i remember"],
  ]),
  // recall of things never told: 7
  ...single(P, "recall", "recall", unknownReply, [
    "where did i put the pump for the paddling pool",
    "what's my library card number",
    "what's the name of my son's football coach",
    "when does my driving licence expire",
    "what size is the furnace filter",
    "what's my membership number for the golf club",
    "where's the receipt for the washing machine",
  ]),
  // forget: 8
  ...single(P, "forget", "forget", forgotten, [
    "forget my old bank pin",
    "forget what i said about the dog's grooming",
    "forget what i told you about the office alarm",
    "forget about the storage unit number",
    "delete what you know about my netflix account",
    "forget where the torch is",
    "forget my cousin's old address",
    "can you forget the hockey tickets",
  ]),
  // time, date, day: 15
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time", clockReply],
    ["what is the time now please", clockReply],
    ["tell me the time", clockReply],
    ["what's the time right now", clockReply],
    ["sorry, what time is it", clockReply],
    ["what's the date today", month],
    ["what's today's date", month],
    ["what date is it", month],
    ["can you tell me the date", month],
    ["what's the date", month],
    ["what day is it today", weekday],
    ["what day of the week is it", weekday],
    ["what day is it", weekday],
    ["um, what day is today", weekday],
  ]),
  // status: 15
  ...single(P, "status", "status", statusReply, [
    "are all the services running",
    "system status",
    "is everything up and running",
    "is the memory service running",
    "how are the services doing",
    "check the system health",
    "is the database up",
    "are any services down",
    "is the timekeeper running",
    "give me a status report",
    "is the task router running",
    "run a status check",
    "is the backup service running",
    "is the health monitor up",
    "what's the status of the system",
  ]),
  // small talk: 15
  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hey", greetingReply],
    ["hello there", greetingReply],
    ["good evening", greetingReply],
    ["thank you", thanksReply],
    ["thanks very much", thanksReply],
    ["cheers, thanks", thanksReply],
    ["bye", goodbyeReply],
    ["good night", goodbyeReply],
    ["okay, see you later", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how are you doing today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["who are you", identityReply],
    ["what are you", identityReply],
  ]),
  // out of domain: 25
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow",
    "is it going to rain in auckland today",
    "what's the latest news",
    "any news on the load shedding schedule",
    "play some bob marley",
    "put on some music",
    "turn off the kitchen lights",
    "set the heating to 21 degrees",
    "lock the front door",
    "who won the rugby world cup in 2019",
    "what's the capital of canada",
    "how far away is the moon",
    "order more nappies on amazon",
    "find me a cheap flight to manila",
    "phone kwame",
    "send a text to my brother saying i'm on my way",
    "how do i make jollof rice",
    "give me a recipe for banana bread",
    "how do you say thank you in cantonese",
    "translate where is the train station into french",
    "what was the score in the leafs game last night",
    "when do the all blacks play next",
    "how did the cowboys do on sunday",
    "what's the traffic like on the n1",
    "book me a taxi to the airport",
  ]),
  // arithmetic and unit conversions: 20
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's twelve times fourteen", "\\b168\\b"],
    ["what is 245 plus 378", "\\b623\\b"],
    ["what's 1000 minus 365", "\\b635\\b"],
    ["what's 15 percent of 64", "\\b9\\.6\\b"],
    ["divide 120 by 8", "\\b15\\b"],
    ["what's the square root of 144", "\\b12\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["convert 180 celsius to fahrenheit", "\\b356\\b"],
    ["what's 350 fahrenheit in celsius", "\\b17[67](\\.\\d+)?\\b"],
    ["how many kilometres is 26.2 miles", "\\b42(\\.\\d+)?\\b"],
    ["how many centimetres in 6 feet", "\\b18[23](\\.\\d+)?\\b"],
    ["what's 2.5 kilos in pounds", "\\b5\\.5\\d*\\b"],
    ["how many ounces in 250 grams", "\\b8\\.8\\d*\\b"],
    ["how many grams in 3 ounces", "\\b85(\\.\\d+)?\\b"],
    ["um, what's 48 divided by 6", "\\b8\\b"],
    ["how many minutes is 3.5 hours", "\\b210\\b"],
    ["what's 17 times 23", "\\b391\\b"],
    ["how many miles is 100 kilometres", "\\b62(\\.\\d+)?\\b"],
    ["what is 7.5 percent of 2400", "\\b180\\b"],
    ["add 19.99 and 4.50", "\\b24\\.49?\\b"],
  ]),
];

export const fresh9Dialogues: EvalDialogue[] = [
  // recall with corrections
  dialogue(P, "recall", "d-gate-code-sorry-i-meant", [
    ["remember that the gate code at my sister's complex is 4471", "remember", "gate code.*4471"],
    ["sorry, i meant 4417", "correct", correctedReply("4417")],
    ["what's the gate code at my sister's complex", "recall", "^(?!.*4471).*4417"],
  ]),
  dialogue(P, "recall", "d-mall-parking-no-its", [
    ["remember i parked on level 3 at the mall", "remember", "you parked on level 3"],
    ["no, it's level 4", "correct", correctedReply("level 4")],
    ["where did i park at the mall", "recall", "level 4"],
  ]),
  dialogue(P, "recall", "d-flight-terminal-actually", [
    ["remember that my flight to accra leaves from terminal 2", "remember", "your flight to accra leaves from terminal 2"],
    ["actually it's terminal 3", "correct", correctedReply("terminal 3")],
    ["which terminal does my flight to accra leave from", "recall", "terminal 3"],
  ]),
  dialogue(P, "recall", "d-dentist-when-is-it", [
    ["remember that my dentist appointment is on the 14th", "remember", "your dentist appointment is on the 14th"],
    ["actually it's on the 15th", "correct", correctedReply("15th")],
    ["when is it", "recall", "15th"],
  ]),
  dialogue(P, "recall", "d-roses-sprayed-correction", [
    ["remember that i sprayed the roses for greenfly on the 20th", "remember", "you sprayed the roses for greenfly on the 20th"],
    ["no, it was the 22nd", "correct", correctedReply("22nd")],
    ["when did i spray the roses", "recall", "22nd"],
  ]),
  // pronouns
  dialogue(P, "recall", "d-rental-car-colour", [
    ["remember that the rental car is a silver toyota corolla", "remember", "rental car is a silver toyota corolla"],
    ["what colour was it", "recall", "silver"],
  ]),
  dialogue(P, "recall", "d-school-concert-when", [
    ["remember that zodwa's school concert is on thursday at 6 pm", "remember", "concert is on thursday"],
    ["when is it", "recall", "thursday"],
  ]),
  dialogue(P, "recall", "d-spare-car-key-where", [
    ["remember that the spare car key is in the top drawer of the dresser", "remember", "spare car key is in the top drawer of the dresser"],
    ["where is it", "recall", "top drawer of the dresser"],
  ]),
  dialogue(P, "recall", "d-stopcock-where-again", [
    ["remember the stopcock is under the kitchen sink behind the bleach", "remember", "stopcock is under the kitchen sink"],
    ["sorry, where is it again", "recall", "under the kitchen sink"],
  ]),
  // forget, then recall
  dialogue(P, "forget", "d-shed-padlock-forget", [
    ["remember that the padlock code for the shed is 2580", "remember", "padlock code for the shed is 2580"],
    ["forget the shed padlock code", "forget", forgotten],
    ["what's the padlock code for the shed", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-neighbour-dog-forget", [
    ["remember that the neighbour's dog is called biscuit", "remember", "neighbour's dog is called biscuit"],
    ["forget the neighbour's dog's name", "forget", forgotten],
    ["what's the neighbour's dog called", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "d-medication-forget-that", [
    ["remember that my mother's medication is in the bathroom cabinet", "remember", "your mother's medication is in the bathroom cabinet"],
    ["forget that", "forget", forgotten],
    ["where is my mother's medication", "recall", unknownReply],
  ]),
  // remember with an empty first turn
  dialogue(P, "remember", "d-empty-then-gym-locker", [
    ["can you remember something for me", "remember", "what should i remember"],
    ["my locker at the gym is number 52", "remember", "your locker at the gym is number 52"],
    ["what's my gym locker number", "recall", "\\b52\\b"],
  ]),
  dialogue(P, "remember", "d-empty-then-bike-lock", [
    ["remember this", "remember", "what should i remember"],
    ["the combination for my bike lock is 9306", "remember", "your bike lock is 9306"],
  ]),
  // what did I say, what did you say
  dialogue(P, "conversation", "d-plumber-what-did-i-say", [
    ["remember that the plumber's name is sipho", "remember", "plumber's name is sipho"],
    ["what did i just say", "conversation", "You said:? \"?remember that the plumber's name is sipho"],
  ]),
  dialogue(P, "conversation", "d-dry-cleaning-what-did-i-say", [
    ["remind me to pick up the dry cleaning at 4 pm", "reminder", "remind you to pick up the dry cleaning.*4:00 ?PM"],
    ["what did i just say", "conversation", "You said:? \"?remind me to pick up the dry cleaning at 4 pm"],
  ]),
  dialogue(P, "conversation", "d-time-what-did-you-say", [
    ["what's the time", "time", clockReply],
    ["sorry, what did you say", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "d-plantain-timer-say-again", [
    ["set a timer for 12 minutes for the plantains", "timer", "plantains? timer is set for 12 minutes"],
    ["say that again", "conversation", "12 minutes"],
  ]),
  dialogue(P, "conversation", "d-meter-reading-what-did-you-say", [
    ["remember that the gas meter reading was 48213", "remember", "gas meter reading was 48213"],
    ["what did you say", "conversation", "48213"],
  ]),
  dialogue(P, "conversation", "d-sum-say-again", [
    ["what's 18 times 12", "calculate", "\\b216\\b"],
    ["say that again please", "conversation", "\\b216\\b"],
  ]),
  // timers
  dialogue(P, "timer", "d-rice-pause-resume", [
    ["set a rice timer for 18 minutes", "timer", "rice timer is set for 18 minutes"],
    ["how long is left on the rice", "timer", "left"],
    ["pause the rice timer", "timer", "paused"],
    ["okay, resume the rice timer", "timer", "running again"],
  ]),
  dialogue(P, "timer", "d-lasagne-cancel", [
    ["start a timer for 25 minutes for the lasagne", "timer", "lasagne timer is set for 25 minutes"],
    ["cancel the lasagne timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "d-eggs-and-toast-list", [
    ["set a timer for the eggs for 6 minutes", "timer", "eggs? timer is set for 6 minutes"],
    ["and a toast timer for 3 minutes", "timer", "toast timer is set for 3 minutes"],
    ["what timers have i got", "timer", "you have \\w+ timers"],
  ]),
  dialogue(P, "timer", "d-brisket-time-left", [
    ["set a brisket timer for 3 hours", "timer", "brisket timer is set for 3 hours"],
    ["how much time is left on the brisket", "timer", "left"],
    ["cancel the brisket timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "d-proving-dough-pause", [
    ["set a timer called dough for 40 minutes", "timer", "dough timer is set for 40 minutes"],
    ["pause the dough timer", "timer", "paused"],
    ["resume the dough timer", "timer", "running again"],
    ["how long left on the dough", "timer", "left"],
  ]),
  // reminders
  dialogue(P, "reminder", "d-washing-in-an-hour", [
    ["remind me to take the washing in", "reminder", "when should i remind you to take the washing in"],
    ["in an hour", "reminder", "remind you to take the washing in"],
  ]),
  dialogue(P, "reminder", "d-car-service-tomorrow", [
    ["remind me to book the car in for a service", "reminder", "when should i remind you to book the car in for a service"],
    ["tomorrow at 10 am", "reminder", "remind you to book the car in for a service"],
  ]),
  dialogue(P, "reminder", "d-chicken-freezer-list-cancel", [
    ["remind me at 5 pm to take the chicken out of the freezer", "reminder", "remind you to take the chicken out of the freezer.*5:00 ?PM"],
    ["what reminders have i got", "reminder", "you have \\w+ reminders?"],
    ["cancel the reminder about the chicken", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "d-sourdough-starter-cancel", [
    ["remind me in 20 minutes to feed the sourdough starter", "reminder", "remind you to feed the sourdough starter"],
    ["oh, cancel that reminder", "reminder", cancelledReply],
  ]),
  // small talk
  dialogue(P, "small_talk", "d-morning-chat", [
    ["hi there", "small_talk", greetingReply],
    ["how are you today", "small_talk", wellbeingReply],
    ["okay, bye for now", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "small_talk", "d-evening-who-are-you", [
    ["good evening", "small_talk", greetingReply],
    ["who am i talking to", "small_talk", identityReply],
    ["lovely, thank you", "small_talk", thanksReply],
  ]),
];
