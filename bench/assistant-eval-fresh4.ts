/**
 * The "fresh-4" part of the assistant's evaluation set: written blind on 2026-12-06 by someone who
 * had read neither the router's code, nor the other parts' sentences, nor any results. Nothing is
 * tuned on it; it measures how the assistant handles requests worded by someone who doesn't know
 * its rules: older and younger speakers, British, American, Scottish, Canadian, South African,
 * Nigerian and Indian English wording, fillers, politeness, indirect requests and terse commands.
 *
 * Memories are shared across dialogues, so every fact has its own unusual subject; timers and
 * reminders belong to each dialogue's own user, so a single "what timers do I have" sees none.
 * No request depends on the time of day it is run at.
 */
import {
  capabilityReply,
  dialogue,
  forgotten,
  goodbyeReply,
  greetingReply,
  identityReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  type EvalDialogue,
  unknownReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const part = "fresh-4" as const;

const clock = "\\b\\d{1,2}:\\d{2}\\b";
const weekday = "\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b";
const month = "\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b";
const greetOrWell = `${greetingReply}|${wellbeingReply}`;
const noTimers = "don't have any timers|no timers";
const noReminders = "don't have any reminders|no reminders";
const askFact = "What should I remember";
const neverTold = "don't have anything.*forget";

export const fresh4Singles: EvalDialogue[] = [
  ...single(part, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather doing in glasgow tomorrow",
    "is it going to rain today",
    "will i need a brolly this afternoon",
    "what's the latest news",
    "any headlines this morning",
    "did arsenal win last night",
    "what's the score in the cricket",
    "can you play some fleetwood mac",
    "skip this song",
    "turn the volume down a wee bit",
    "switch off the lounge lights",
    "turn the heating up to 21 degrees",
    "ring my mum",
    "send a text to dayo saying i'm running late",
    "order more dishwasher tablets",
    "search the web for cheap flights to lagos",
    "what's the capital of burkina faso",
    "who won the world cup in 1966",
    "how tall is mount kilimanjaro",
    "know any good jokes",
    "how do you say good morning in zulu",
    "translate thank you into hindi",
    "how do i get to the nearest petrol station",
    "what do you think of the new bond film",
    "how do i make jollof rice",
    "what time does the post office close on saturdays",
    "how long should i boil an egg for",
    "could you look up the opening hours for the leisure centre",
    "put the telly on channel four",
  ]),
  ...singlePairs(part, "arithmetic", "calculate", [
    ["what's 17 times 23", "\\b391\\b"],
    ["how much is two hundred and fifty divided by eight", "\\b31\\.25\\b"],
    ["what's 15 percent of 80", "\\b12\\b"],
    ["what is 12 squared", "\\b144\\b"],
    ["square root of 169", "\\b13\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["add 345 and 1278", "\\b1,?623\\b"],
    ["what's nine hundred minus three hundred and seventy five", "\\b525\\b"],
    ["how many centimetres in 6 feet", "\\b182\\.88\\b"],
    ["convert 70 kilograms to pounds", "\\b154\\.32"],
    ["what's 100 fahrenheit in celsius", "\\b37\\.[78]"],
    ["how many miles is 10 kilometres", "\\b6\\.21"],
    ["how many millilitres in 2.5 litres", "\\b2,?500\\b"],
    ["how many liters are in a gallon", "\\b3\\.78|\\b4\\.54"],
    ["what's 20 degrees celsius in fahrenheit", "\\b68\\b"],
    ["what's 3 stone in kilograms", "\\b19\\.05"],
    ["umm what's 18 percent of 64", "\\b11\\.52\\b"],
    ["a thousand divided by 7", "\\b142\\.85"],
    ["what's the cube root of 27", "\\b3\\b"],
    ["what is 3 to the power of 4", "\\b81\\b"],
    ["what's half of 346", "\\b173\\b"],
    ["how many grams is 8 ounces", "\\b226\\.[78]"],
    ["what's 45 multiplied by 12", "\\b540\\b"],
    ["take 19 away from 103", "\\b84\\b"],
    ["how many metres in a mile", "\\b1,?609"],
  ]),
  ...singlePairs(part, "time", "time", [
    ["what time is it", clock],
    ["what's the time please", clock],
    ["have you got the time", clock],
    ["tell me the time", clock],
    ["excuse me, what time is it now", clock],
    ["what's the time, love", clock],
    ["what's the date today", month],
    ["what's today's date", month],
    ["can you tell me the date please", month],
    ["what's the date the day", month],
    ["what year is it", "\\b20\\d\\d\\b"],
    ["what month are we in", month],
    ["what day is it", weekday],
    ["what day of the week is it today", weekday],
    ["is it thursday today", weekday],
    ["remind me what day it is", weekday],
    ["what day is it today, i've completely lost track", weekday],
  ]),
  ...single(part, "status", "status", statusReply, [
    "are all your services up",
    "is everything running",
    "system status",
    "are your systems working",
    "check your services for me",
    "is anything down",
    "give me a status report",
    "are all the services running okay",
    "is the system healthy",
    "run a quick health check on yourself",
    "status check please",
    "are any of your services down at the moment",
    "how are your services doing",
    "is everything up and running on your side",
    "are all your bits and pieces working properly",
  ]),
  ...singlePairs(part, "small_talk", "small_talk", [
    ["hello there", greetingReply],
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["howzit", greetingReply],
    ["hey", greetingReply],
    ["how far", greetOrWell],
    ["you alright?", greetOrWell],
    ["how are you doing today", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["how are you keeping these days", wellbeingReply],
    ["thanks a million", thanksReply],
    ["cheers", thanksReply],
    ["thank you kindly", thanksReply],
    ["bye for now", goodbyeReply],
    ["good night", goodbyeReply],
    ["see you later", goodbyeReply],
    ["who am i talking to", identityReply],
    ["what are you exactly", identityReply],
    ["who are you", identityReply],
  ]),
  ...singlePairs(part, "remember", "remember", [
    ["remember that the spare fuses are in the biscuit tin", "remember.*spare fuses.*biscuit tin"],
    ["my locker number at the gym is 214", "remember.*your locker number.*214"],
    ["please remember my nephew tobenna's birthday is on the 3rd of march", "remember.*your nephew tobenna.*birthday.*(3rd of march|march 3)"],
    ["i parked the car on level 4, bay 17", "remember.*parked the car on level (4|four)"],
    ["don't let me forget that the bin men come on wednesdays", "remember.*bin men come on wednesday"],
    ["i'm allergic to kiwi fruit", "remember.*(you're|you are) allergic to kiwi"],
    ["our landlord is called mr okonkwo", "remember.*your landlord is called mr okonkwo"],
    ["can you remember that the combination for the bike lock is 4 7 1 9", "remember.*combination.*bike lock.*4 ?7 ?1 ?9"],
    ["the stopcock is under the kitchen sink behind the bleach", "remember.*stopcock.*under the kitchen sink"],
    ["make a note that i lent my ladder to gordon next door", "remember.*lent your ladder to gordon"],
    ["remember my passport's in the top drawer of the bureau", "remember.*your passport.*top drawer"],
    ["we keep the christmas lights in the loft", "remember.*you keep the christmas lights in the loft"],
    ["my blood type is o negative", "remember.*your blood type is o negative"],
    ["keep in mind that priya takes her tea with no sugar", "remember.*priya takes her tea with no sugar"],
    ["my granddaughter's shoe size is a junior 11", "remember.*your granddaughter's shoe size.*11"],
    ["the dog's flea treatment is due on the 14th", "remember.*flea treatment.*14"],
    ["i've put the warranty for the washing machine in the blue folder", "remember.*warranty.*washing machine.*blue folder"],
    ["remember this", askFact],
    ["can you remember something for me", askFact],
  ]),
  ...singlePairs(part, "forget", "forget", [
    ["forget where my wellies are", neverTold],
    ["forget what i said about the caravan keys", neverTold],
    ["please forget my mother-in-law's phone number", neverTold],
    ["delete what you know about my snorkel", neverTold],
    ["forget about the boat shed code", neverTold],
    ["erase whatever i told you about the trombone", neverTold],
  ]),
  ...singlePairs(part, "timer", "timer", [
    ["set a timer for 10 minutes", "timer is set for 10 minutes"],
    ["timer for 3 minutes please", "timer is set for 3 minutes"],
    ["can you set a pasta timer for 8 minutes", "pasta timer is set for 8 minutes"],
    ["start a timer for twenty five minutes", "timer is set for (25|twenty[- ]five) minutes"],
    ["set a 45 second timer", "timer is set for 45 seconds"],
    ["put a timer on for an hour", "timer is set for (1|one|an) hour"],
    ["set an egg timer for six minutes", "egg timer is set for (6|six) minutes"],
    ["timer, 90 seconds", "timer is set for .*(90 seconds|1 minute.*30 seconds|a minute and a half)"],
    ["could you time 12 minutes for me", "timer is set for 12 minutes"],
    ["set a timer for 2 hours", "timer is set for (2|two) hours"],
    ["set a timer for an hour and a half", "timer is set for .*(1 hour.*30 minutes|90 minutes|an hour and a half|1\\.5 hours)"],
    ["i need a timer for the roast, 1 hour 20 minutes", "timer is set for (1|one) hour.*20 minutes"],
    ["set the laundry timer for forty minutes", "laundry timer is set for (40|forty) minutes"],
    ["give me a 5 minute timer", "timer is set for (5|five) minutes"],
    ["set a timer for 7 and a half minutes", "timer is set for .*(7 minutes.*30 seconds|7\\.5 minutes|seven and a half)"],
    ["set a tea timer for four minutes", "tea timer is set for (4|four) minutes"],
    ["what timers do i have", noTimers],
    ["are there any timers running", noTimers],
    ["how long's left on my timer", noTimers],
  ]),
  ...singlePairs(part, "reminder", "reminder", [
    ["remind me to call the plumber in 20 minutes", "I'll remind you to call the plumber"],
    ["remind me to take the bins out tomorrow at 7", "I'll remind you to take the bins out"],
    ["can you remind me to ring my sister on friday", "I'll remind you to ring your sister"],
    ["please remind me to pick up my prescription tomorrow at half past ten", "I'll remind you to pick up your prescription"],
    ["in an hour remind me to check the oven", "I'll remind you to check the oven"],
    ["remind me to water the tomatoes tomorrow morning", "I'll remind you to water the tomatoes"],
    ["set a reminder to renew the car tax on monday", "I'll remind you to renew the car tax"],
    ["remind me in 45 minutes to move the car", "I'll remind you to move the car"],
    ["remind me to feed the fish in two hours", "I'll remind you to feed the fish"],
    ["remind me to phone aunty ngozi on saturday at 4 pm", "I'll remind you to phone aunty ngozi"],
    ["give me a nudge in 30 minutes to take my tablets", "I'll remind you to take your tablets"],
    ["tomorrow at 9 remind me to call the bank", "I'll remind you to call the bank"],
    ["remind me to send the invoice", "When should I remind you to send the invoice"],
    ["remind me to book the mot", "When should I remind you to book the mot"],
    ["what reminders have i got", noReminders],
    ["do i have any reminders set", noReminders],
  ]),
];

export const fresh4Dialogues: EvalDialogue[] = [
  // recall: tell first, then ask; some with a correction or a pronoun follow-up
  dialogue(part, "recall", "recall-car-key", [
    ["the spare car key is hanging behind the pantry door", "remember", "remember.*spare car key.*behind the pantry door"],
    ["where's the spare car key", "recall", "behind the pantry door"],
  ]),
  dialogue(part, "recall", "recall-flight", [
    ["my sister-in-law's flight number is ba 2037", "remember", "remember.*flight number.*2037"],
    ["what's my sister-in-law's flight number again", "recall", "2037"],
  ]),
  dialogue(part, "recall", "recall-title-deeds", [
    ["i put the title deeds in the fireproof box under the bed", "remember", "remember.*title deeds.*fireproof box"],
    ["where did i put the title deeds", "recall", "fireproof box"],
    ["no, they're in the safe at the bank", "correct", "corrected.*safe at the bank"],
    ["where are they now", "recall", "safe at the bank"],
  ]),
  dialogue(part, "recall", "recall-neighbours-cat", [
    ["our neighbour's cat is called biscuit", "remember", "remember.*cat is called biscuit"],
    ["what's the neighbour's cat called", "recall", "biscuit"],
  ]),
  dialogue(part, "recall", "recall-harmonica", [
    ["where did i leave my harmonica", "recall", unknownReply],
    ["my harmonica is in the glovebox", "remember", "remember.*your harmonica is in the glovebox"],
    ["where is it", "recall", "glovebox"],
  ]),
  dialogue(part, "recall", "recall-boiler", [
    ["the boiler engineer is coming on the 19th", "remember", "remember.*boiler engineer.*19"],
    ["when's the boiler engineer coming", "recall", "19"],
  ]),
  dialogue(part, "recall", "recall-reading-glasses", [
    ["my reading glasses are on the piano", "remember", "remember.*your reading glasses are on the piano"],
    ["have you any idea where my reading glasses are", "recall", "piano"],
    ["no wait, they're on the windowsill in the bathroom", "correct", "corrected.*windowsill"],
    ["where are they", "recall", "windowsill"],
  ]),
  dialogue(part, "recall", "recall-barrier-code", [
    ["the code for the office car park barrier is 3 9 0 6", "remember", "remember.*car park barrier.*3 ?9 ?0 ?6"],
    ["what's the code for the car park barrier", "recall", "3 ?9 ?0 ?6"],
  ]),
  dialogue(part, "recall", "recall-doctor", [
    ["my doctor is dr adeyemi at the riverside practice", "remember", "remember.*your doctor is dr adeyemi"],
    ["who's my doctor", "recall", "adeyemi"],
  ]),
  dialogue(part, "recall", "recall-unknown-canoe", [
    ["what colour did i paint the canoe", "recall", unknownReply],
  ]),

  // forget: tell, recall, forget, recall again (the fact must be gone)
  dialogue(part, "forget", "forget-paddling-pool", [
    ["the paddling pool is folded up in the garage", "remember", "remember.*paddling pool.*garage"],
    ["where's the paddling pool", "recall", "garage"],
    ["forget where the paddling pool is", "forget", forgotten],
    ["where's the paddling pool", "recall", "^(?!.*garage)"],
  ]),
  dialogue(part, "forget", "forget-tripod", [
    ["the telescope's tripod is behind the sofa", "remember", "remember.*tripod.*behind the sofa"],
    ["where's the tripod for the telescope", "recall", "behind the sofa"],
    ["you can forget about the tripod now", "forget", forgotten],
    ["where did i put the tripod", "recall", "^(?!.*sofa)"],
  ]),
  dialogue(part, "forget", "forget-side-gate", [
    ["the pin for the side gate keypad is 6 6 1 4", "remember", "remember.*side gate.*6 ?6 ?1 ?4"],
    ["what's the pin for the side gate", "recall", "6 ?6 ?1 ?4"],
    ["please delete the side gate pin", "forget", forgotten],
    ["what's the side gate pin", "recall", "^(?!.*6 ?6 ?1 ?4)"],
  ]),
  dialogue(part, "forget", "forget-presents", [
    ["i've hidden the birthday presents on top of the wardrobe", "remember", "remember.*birthday presents.*wardrobe"],
    ["where did i hide the birthday presents", "recall", "wardrobe"],
    ["forget that, the kids might hear", "forget", forgotten],
    ["where are the birthday presents", "recall", "^(?!.*wardrobe)"],
  ]),

  // conversation: what did I / you just say
  dialogue(part, "conversation", "conv-division", [
    ["what's 48 divided by 6", "calculate", "\\b8\\b"],
    ["what did you just say", "conversation", "\\b8\\b"],
  ]),
  dialogue(part, "conversation", "conv-timer", [
    ["set a timer for 4 minutes", "timer", "timer is set for (4|four) minutes"],
    ["sorry, what did i just say", "conversation", "You said.*timer for (4|four) minutes"],
  ]),
  dialogue(part, "conversation", "conv-weekday", [
    ["which day is it today", "time", weekday],
    ["say that again please", "conversation", weekday],
  ]),
  dialogue(part, "conversation", "conv-raffle", [
    ["hello", "small_talk", greetingReply],
    ["remember that the raffle tickets are in my coat pocket", "remember", "remember.*raffle tickets.*coat pocket"],
    ["what did i just say", "conversation", "You said.*raffle tickets"],
  ]),
  dialogue(part, "conversation", "conv-date", [
    ["what's the date", "time", month],
    ["can you repeat that", "conversation", month],
  ]),
  dialogue(part, "conversation", "conv-status", [
    ["is everything up and running", "status", statusReply],
    ["what was that you said", "conversation", statusReply],
  ]),
  dialogue(part, "conversation", "conv-joke", [
    ["tell me a joke", "out_of_domain", capabilityReply],
    ["what did i just say", "conversation", "You said.*joke"],
  ]),
  dialogue(part, "conversation", "conv-morning", [
    ["morning all", "small_talk", greetingReply],
    ["what did i say just now", "conversation", "You said.*morning all"],
  ]),

  // timers: start, list, time left, pause, resume, cancel
  dialogue(part, "timer", "timer-pizza", [
    ["set a pizza timer for 12 minutes", "timer", "pizza timer is set for 12 minutes"],
    ["how long's left on the pizza", "timer", "left"],
    ["pause it", "timer", "paused"],
    ["okay resume it", "timer", "running again"],
    ["cancel the pizza timer", "timer", "cancelled"],
  ]),
  dialogue(part, "timer", "timer-ten", [
    ["start a ten minute timer", "timer", "timer is set for (10|ten) minutes"],
    ["what timers have i got", "timer", "You have one timer"],
    ["cancel it", "timer", "cancelled"],
    ["any timers still going", "timer", noTimers],
  ]),
  dialogue(part, "timer", "timer-rice", [
    ["set a timer for 15 minutes for the rice", "timer", "timer is set for (15|fifteen) minutes"],
    ["how much time is left", "timer", "left"],
    ["hold the timer", "timer", "paused"],
    ["start it again", "timer", "running again"],
  ]),
  dialogue(part, "timer", "timer-two", [
    ["set a bread timer for 20 minutes", "timer", "bread timer is set for (20|twenty) minutes"],
    ["and an egg timer for 5 minutes", "timer", "egg timer is set for (5|five) minutes"],
    ["what timers are running", "timer", "You have (two|2) timers"],
    ["stop the egg timer", "timer", "cancelled"],
  ]),

  // reminders: set, ask when, list, cancel
  dialogue(part, "reminder", "reminder-chicken", [
    ["remind me to defrost the chicken", "reminder", "When should I remind you to defrost the chicken"],
    ["in half an hour", "reminder", "I'll remind you to defrost the chicken"],
    ["what reminders do i have", "reminder", "You have one reminder"],
  ]),
  dialogue(part, "reminder", "reminder-dry-cleaning", [
    ["remind me to collect the dry cleaning tomorrow at 5 pm", "reminder", "I'll remind you to collect the dry cleaning"],
    ["cancel that reminder", "reminder", "cancelled"],
    ["have i got any reminders", "reminder", noReminders],
  ]),
  dialogue(part, "reminder", "reminder-recycling-vet", [
    ["can you remind me on thursday to put the recycling out", "reminder", "I'll remind you to put the recycling out"],
    ["and remind me to call the vet in 2 hours", "reminder", "I'll remind you to call the vet"],
    ["what reminders are set", "reminder", "You have (two|2) reminders"],
    ["cancel the one about the vet", "reminder", "cancelled"],
  ]),
  dialogue(part, "reminder", "reminder-chidi", [
    ["remind me to text chidi happy birthday", "reminder", "When should I remind you to text chidi"],
    ["tomorrow at 8 in the morning", "reminder", "I'll remind you to text chidi"],
  ]),

  // remember: a correction, and a fact given after being asked for it
  dialogue(part, "remember", "remember-smoke-alarm", [
    ["i've left the spare battery for the smoke alarm in the cutlery drawer", "remember", "remember.*spare battery.*cutlery drawer"],
    ["actually it's in the drawer under the oven", "correct", "corrected.*under the oven"],
  ]),
  dialogue(part, "remember", "remember-emergency-vet", [
    ["can you remember something", "remember", askFact],
    ["the emergency vet's number is stuck on the fridge", "remember", "remember.*emergency vet.*fridge"],
  ]),

  // a few other categories in conversation
  dialogue(part, "small_talk", "small-talk-chat", [
    ["hi there", "small_talk", greetingReply],
    ["how are you keeping", "small_talk", wellbeingReply],
    ["and what are you", "small_talk", identityReply],
    ["right, bye then", "small_talk", goodbyeReply],
  ]),
  dialogue(part, "out_of_domain", "ood-weather-follow-up", [
    ["what's the weather like", "out_of_domain", capabilityReply],
    ["what about tomorrow", "out_of_domain", capabilityReply],
  ]),
  dialogue(part, "arithmetic", "arithmetic-follow-up", [
    ["what's 12 times 12", "calculate", "\\b144\\b"],
    ["and divide that by 3", "calculate", "\\b48\\b"],
  ]),
  dialogue(part, "time", "time-then-date", [
    ["what's the time now then", "time", clock],
    ["and what's the date", "time", month],
  ]),
];
