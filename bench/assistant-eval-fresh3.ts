/**
 * Part "fresh-3" of the assistant's evaluation set: a blind part.
 *
 * Written on 2026-12-06 by someone who had read neither the router's code, nor the other parts'
 * sentences, nor any results; nothing is tuned on it. The sentences are what different people
 * (British, American, Irish, Australian, Indian English) might say to a home speaker, typed as a
 * clean, mostly lowercase transcript. Fact subjects are unusual and differ per dialogue, because
 * memories are shared across dialogues.
 */
import {
  cancelledReply,
  capabilityReply,
  dialogue,
  emptyCaptureReply,
  forgotten,
  goodbyeReply,
  greetingReply,
  identityReply,
  single,
  singlePairs,
  statusReply,
  thanksReply,
  type EvalDialogue,
  type EvalTurn,
  wellbeingReply,
} from "./assistant-eval-kit";

const part = "fresh-3" as const;

const clock = "\\b\\d{1,2}:\\d{2}\\b";
const months = "January|February|March|April|May|June|July|August|September|October|November|December";
const date = `^Today is |\\b(${months})\\b`;
const weekday = "\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b";
const unknown = "don't know|haven't told";
const nothingToForget = "to forget|don't have anything";
const askWhen = "^When should I remind you";
const noTimers = "don't have any timers";

export const fresh3Singles: EvalDialogue[] = [
  ...single(part, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like tomorrow in leeds",
    "is it going to be roasting this weekend",
    "do i need a brolly today",
    "what's happening in the news",
    "any big headlines this morning",
    "what was the score in the kerry game",
    "who won the cricket, india or australia",
    "how did the brisbane lions go on the weekend",
    "play some fleetwood mac",
    "skip this song",
    "turn the volume up a bit",
    "put the telly on bbc two",
    "switch the landing light off",
    "set the heating to 21 degrees",
    "lock the front door",
    "call mum",
    "send a text to siobhan saying i'm running late",
    "order more cat litter from amazon",
    "add oat milk to my shopping list",
    "search the web for vegan lasagne recipes",
    "google how to descale a kettle",
    "who wrote wuthering heights",
    "what's the capital of mongolia",
    "how tall is mount kosciuszko",
    "tell me a joke",
    "how do you say thank you in portuguese",
    "how do i get to the train station from here",
    "what do you think of taylor swift",
  ]),

  ...singlePairs(part, "arithmetic", "calculate", [
    ["what's 12 times 7", "\\b84\\b"],
    ["what is seven plus eight", "\\b15\\b"],
    ["three hundred minus forty seven", "\\b253\\b"],
    ["what's 1234 plus 4321", "\\b5,?555\\b"],
    ["what's a hundred and twenty divided by eight", "\\b15\\b"],
    ["what is 22 divided by 7", "\\b3\\.14"],
    ["what's 15 percent of 80", "\\b12\\b"],
    ["what's 17.5% of 240", "\\b42\\b"],
    ["what's 2 to the power of 10", "\\b1,?024\\b"],
    ["nine squared", "\\b81\\b"],
    ["what's the square root of 144", "\\b12\\b"],
    ["square root of 2", "\\b1\\.41"],
    ["how many kilometres is 5 miles", "\\b8\\.04"],
    ["10 km in miles", "\\b6\\.21"],
    ["how many inches in a metre", "\\b39\\.3"],
    ["6 feet in centimetres", "\\b182\\.8"],
    ["convert 150 pounds to kilos", "\\b68\\b"],
    ["how many grams in 4 ounces", "\\b113\\.[34]"],
    ["what's 12 stone in kilograms", "\\b76\\.2"],
    ["how many millilitres in 2.5 litres", "\\b2,?500\\b"],
    ["how much is 2 gallons in litres", "\\b9\\.09|\\b7\\.57"],
    ["what's 30 degrees celsius in fahrenheit", "\\b86\\b"],
    ["convert 100 fahrenheit to celsius", "\\b37\\.[78]"],
    ["minus 40 celsius in fahrenheit", "(-|−|minus )40\\b"],
    ["what's 5 minus 12", "(-|−|minus )7\\b"],
    ["what is 12 into 8", "\\b96\\b"],
    ["a thousand divided by 16", "\\b62\\.5"],
    ["what's 18 percent of 250", "\\b45\\b"],
  ]),

  ...singlePairs(part, "time", "time", [
    ["what time is it", clock],
    ["have you got the time", clock],
    ["what's the time please", clock],
    ["kindly tell me the time", clock],
    ["what time do you make it", clock],
    ["is it past five yet", clock],
    ["what's the date today", date],
    ["what's today's date", date],
    ["what date is it", date],
    ["tell me the date today", date],
    ["what day is it today", weekday],
    ["what day of the week is it", weekday],
    ["is it thursday today", weekday],
    ["remind me what day it is", weekday],
    ["what year is it", "\\b20\\d\\d\\b"],
  ]),

  ...single(part, "status", "status", statusReply, [
    "are all your services running",
    "is everything up and running on your end",
    "system status",
    "can you run a quick health check",
    "are any of your services down",
    "status report please",
    "is the memory service working",
    "check your services for me",
    "is your system healthy",
    "are your backend services ok",
    "are any of your components offline",
    "give me a status update on your services",
    "how are your services doing",
    "is the timer service up",
    "are your services all running ok",
  ]),

  ...singlePairs(part, "small_talk", "small_talk", [
    ["hello", greetingReply],
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["hey there", greetingReply],
    ["g'day", greetingReply],
    ["namaste", greetingReply],
    ["thanks", thanksReply],
    ["cheers", thanksReply],
    ["thank you so much", thanksReply],
    ["ta", thanksReply],
    ["bye", goodbyeReply],
    ["see you later", goodbyeReply],
    ["that's all for now, bye", goodbyeReply],
    ["good night", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["who are you", identityReply],
    ["what are you", identityReply],
    ["tell me about yourself", identityReply],
  ]),

  ...singlePairs(part, "remember", "remember", [
    ["remember that my wellies are in the boot of the car", "your wellies are in the boot of the car"],
    ["just so you know, the chimney sweep is coming on the 3rd", "the chimney sweep is coming on the 3rd"],
    ["can you remember that i'm allergic to kiwi fruit", "you're allergic to kiwi fruit"],
    ["note down that the cat's flea treatment is due on the 20th", "the cat's flea treatment is due on the 20th"],
    ["my ukulele tuner is in the piano stool", "your ukulele tuner is in the piano stool"],
    ["the plumber said the stopcock is under the kitchen sink", "stopcock is under the kitchen sink"],
    ["i've put the christmas lights in the blue crate in the attic", "you've put the christmas lights in the blue crate in the attic"],
    ["we're out of dishwasher tablets", "you're out of dishwasher tablets"],
    ["my son's shoe size is 13 now", "your son's shoe size is 13"],
    ["please remember my mechanic is called declan", "your mechanic is called declan"],
    ["the dog's worming tablets are in the top drawer of the dresser", "the dog's worming tablets are in the top drawer of the dresser"],
    ["um, remember that i paid the window cleaner already this month", "you paid the window cleaner already this month"],
    ["my cousin priya lands at heathrow terminal 5 on saturday", "your cousin priya lands at heathrow terminal 5 on saturday"],
    ["i keep the spare fuses in the biscuit tin", "you keep the spare fuses in the biscuit tin"],
    ["our vet is doctor mulcahy in ranelagh", "your vet is doctor mulcahy in ranelagh"],
    ["the boogie boards are under the house", "the boogie boards are under the house"],
    ["my pan card is in the red file", "your pan card is in the red file"],
    ["my reading glasses are on the windowsill in the bathroom", "your reading glasses are on the windowsill in the bathroom"],
  ]),
  ...single(part, "remember", "remember", emptyCaptureReply, [
    "remember this",
    "can you remember something for me",
    "i want you to remember something",
    "so, um, i need you to remember a thing",
  ]),

  ...single(part, "forget", "forget", nothingToForget, [
    "forget where my snorkel is",
    "please forget what i said about the trampoline",
    "forget my hairdresser's number",
    "delete the note about the canoe paddles",
    "you can forget about the gazebo",
    "erase what you know about my accordion",
  ]),

  // Asked before any timer is started in these singles.
  ...single(part, "timer", "timer", noTimers, ["how long is left on my timer", "what timers have i got running"]),
  ...singlePairs(part, "timer", "timer", [
    ["set a timer for ten minutes", "(10|ten) minutes"],
    ["timer for 3 minutes", "(3|three) minutes"],
    ["can you set a timer for 45 seconds", "(45|forty-five) seconds"],
    ["put a timer on for half an hour", "(30|thirty) minutes|half an hour"],
    ["set a tea timer for four minutes", "tea timer is set for (4|four) minutes"],
    ["i need a timer for twenty minutes please", "(20|twenty) minutes"],
    ["start a 2 minute timer", "(2|two) minutes"],
    ["set a timer for one hour", "(1|one|an) hour"],
    ["could you time 90 seconds for me", "(90|ninety) seconds|(1|one) minutes? (and )?(30|thirty) seconds"],
    ["set a rice timer for 12 minutes", "rice timer is set for (12|twelve) minutes"],
    ["timer, 15 minutes", "(15|fifteen) minutes"],
  ]),

  ...singlePairs(part, "reminder", "reminder", [
    ["remind me to put the bins out at 8 tonight", "remind you to put the bins out"],
    ["remind me in twenty minutes to check the oven", "remind you to check the oven"],
    ["can you remind me to ring the vet tomorrow morning", "remind you to ring the vet"],
    ["set a reminder to pay the gas bill on friday", "remind you to pay the gas bill"],
    ["remind me at half six to pick up aoife from camogie", "remind you to pick up aoife from camogie"],
    ["please remind me to take my tablets at 9 pm", "remind you to take your tablets"],
    ["remind me to move the car in an hour", "remind you to move the car"],
    ["i need a reminder to book the dentist on monday", "remind you to book the dentist"],
    ["remind me tomorrow at 10 to submit the timesheet", "remind you to submit the timesheet"],
    ["remind me to feed the sourdough starter this evening", "remind you to feed the sourdough starter"],
    ["could you remind me to water the tomatoes at 7 am", "remind you to water the tomatoes"],
    ["i was wondering if you could remind me to collect the dry cleaning at lunchtime", "remind you to collect the dry cleaning"],
  ]),
  ...single(part, "reminder", "reminder", askWhen, ["remind me to defrost the lamb", "set a reminder to text grainne"]),
];

const hourAndAHalf = "(1|one|an) hours? (and )?(30|thirty) minutes|(90|ninety) minutes|hour and a half";

const d = (category: EvalDialogue["category"], id: string, turns: EvalTurn[]): EvalDialogue => dialogue(part, category, `d-${id}`, turns);

export const fresh3Dialogues: EvalDialogue[] = [
  // recall
  d("recall", "harmonica", [
    ["i've left my harmonica in the glovebox of the van", "remember", "you've left your harmonica in the glovebox of the van"],
    ["where's my harmonica", "recall", "glovebox"],
  ]),
  d("recall", "allotment-key", [
    ["the allotment key is under the blue flowerpot by the water butt", "remember", "the allotment key is under the blue flowerpot"],
    ["where did i say the allotment key was", "recall", "blue flowerpot"],
    ["no wait, it's under the green one", "correct", "green"],
    ["so where is it now", "recall", "^(?!.*blue).*green"],
  ]),
  d("recall", "campervan", [
    ["so we've parked the campervan on level 4 of the multistorey", "remember", "you've parked the campervan on level (4|four)"],
    ["which level is the campervan on", "recall", "level (4|four)"],
    ["actually it's level five, not four", "correct", "level (5|five)"],
    ["where's the campervan again", "recall", "^(?!.*level (4|four)\\b).*level (5|five)"],
  ]),
  d("recall", "neighbour", [
    ["our new neighbour is called thaddeus", "remember", "your new neighbour is called thaddeus"],
    ["what's the new neighbour's name again", "recall", "thaddeus"],
    ["and what about the postman, did i tell you his name", "recall", unknown],
  ]),
  d("recall", "passport", [
    ["please note, my passport is kept in the almirah in the bedroom", "remember", "your passport is kept in the almirah"],
    ["where have i kept my passport", "recall", "almirah"],
    ["and my visa papers?", "recall", unknown],
  ]),
  d("recall", "esky", [
    ["the esky's in the back of the ute", "remember", "esky('s| is) in the back of the ute"],
    ["where'd i put the esky", "recall", "\\bute\\b"],
  ]),
  d("recall", "cottage-wifi", [
    ["the wifi password for the holiday cottage is marmalade77", "remember", "the wifi password for the holiday cottage is marmalade77"],
    ["what was the wifi password for the cottage", "recall", "marmalade77"],
  ]),
  d("recall", "medals", [
    ["grandad's war medals are in a shoebox in the loft", "remember", "grandad's war medals are in a shoebox in the loft"],
    ["where are grandad's medals", "recall", "loft"],
    ["which box were they in again", "recall", "shoebox"],
  ]),

  // forget: tell, recall, forget, recall again
  d("forget", "gate-padlock", [
    ["the code for the garden gate padlock is 4729", "remember", "the code for the garden gate padlock is 4729"],
    ["what's the code for the gate padlock", "recall", "4729"],
    ["forget the padlock code", "forget", forgotten],
    ["what's the code for the gate padlock", "recall", "^(?!.*4729)"],
  ]),
  d("forget", "ladder", [
    ["I lent my ladder to Mrs Okafor at number 9", "remember", "you lent your ladder to Mrs Okafor"],
    ["who did i lend the ladder to", "recall", "okafor"],
    ["you can forget about the ladder now, she gave it back", "forget", forgotten],
    ["who's got my ladder", "recall", "^(?!.*okafor)"],
  ]),
  d("forget", "leisure-locker", [
    ["my locker at the leisure centre is number 112", "remember", "your locker at the leisure centre is number 112"],
    ["what number is my locker at the leisure centre", "recall", "\\b112\\b"],
    ["please delete what i told you about the locker", "forget", forgotten],
    ["what's my locker number", "recall", "^(?!.*112)"],
  ]),
  d("forget", "caravan-key", [
    ["the caravan's spare key is taped under the step", "remember", "caravan's spare key is taped under the step"],
    ["where's the caravan key", "recall", "under the step"],
    ["forget where the caravan key is", "forget", forgotten],
    ["where's the caravan key hidden", "recall", "^(?!.*under the step)"],
  ]),

  // conversation
  d("conversation", "ask-sum", [
    ["what's 9 times 13", "calculate", "\\b117\\b"],
    ["what did i just ask you", "conversation", "9 times 13"],
  ]),
  d("conversation", "repeat-timer", [
    ["set a timer for six minutes", "timer", "(6|six) minutes"],
    ["sorry, what did you just say", "conversation", "timer is set for (6|six) minutes"],
  ]),
  d("conversation", "recycling", [
    ["remember that the recycling goes out every second tuesday", "remember", "the recycling goes out every second tuesday"],
    ["what did i just say", "conversation", "recycling goes out every second tuesday"],
  ]),
  d("conversation", "galway-weather", [
    ["what's the weather like in galway", "out_of_domain", capabilityReply],
    ["what did i just ask", "conversation", "galway"],
  ]),
  d("conversation", "repeat-time", [
    ["what time is it", "time", clock],
    ["what did you just say", "conversation", clock],
  ]),
  d("conversation", "spaniel", [
    ["my sister's spaniel is called biscuit", "remember", "your sister's spaniel is called biscuit"],
    ["sorry, what was that?", "conversation", "biscuit"],
  ]),
  d("conversation", "foot", [
    ["how many centimetres in a foot", "calculate", "\\b30\\.48"],
    ["what was my last question", "conversation", "centimetres in a foot"],
    ["and what did you just say", "conversation", "30\\.48|centimetres in a foot"],
  ]),

  // timer
  d("timer", "ten-minutes", [
    ["could you set a timer for ten minutes", "timer", "(10|ten) minutes"],
    ["how long's left on it", "timer", "left"],
    ["pause it", "timer", "paused"],
    ["ok, unpause the timer", "timer", "running|resumed"],
  ]),
  d("timer", "pasta-egg", [
    ["put a pasta timer on for eight minutes", "timer", "pasta timer is set for (8|eight) minutes"],
    ["and an egg timer for four minutes", "timer", "egg timer is set for (4|four) minutes"],
    ["what timers have i got going", "timer", "^(?=.*pasta)(?=.*egg)"],
    ["cancel the pasta one", "timer", cancelledReply],
    ["how long's left on the egg timer", "timer", "left"],
  ]),
  d("timer", "hour-and-a-half", [
    ["timer for an hour and a half please", "timer", hourAndAHalf],
    ["thanks", "small_talk", thanksReply],
    ["actually, cancel that timer", "timer", cancelledReply],
  ]),
  d("timer", "rain-then-washing", [
    ["is it going to rain this afternoon", "out_of_domain", capabilityReply],
    ["never mind, set a 25 minute timer for the washing", "timer", "(25|twenty-five) minutes"],
    ["how much time is left", "timer", "left"],
  ]),
  d("timer", "bread", [
    ["start a timer called bread for forty minutes", "timer", "bread timer is set for (40|forty) minutes"],
    ["how long has the bread got", "timer", "left"],
    ["cancel the bread timer", "timer", cancelledReply],
  ]),

  // reminder
  d("reminder", "chicken", [
    ["remind me to defrost the chicken at 4 o'clock", "reminder", "remind you to defrost the chicken"],
    ["what reminders have i got", "reminder", "defrost the chicken"],
    ["cancel the chicken reminder", "reminder", cancelledReply],
    ["any reminders left?", "reminder", "^(?!.*chicken)"],
  ]),
  d("reminder", "ferns", [
    ["can you remind me to water the ferns", "reminder", askWhen],
    ["this evening at seven", "reminder", "remind you to water the ferns"],
  ]),
  d("reminder", "bread-out", [
    ["remind me in 20 minutes to take the bread out", "reminder", "remind you to take the bread out"],
    ["thanks a million", "small_talk", thanksReply],
  ]),
  d("reminder", "tv-licence", [
    ["i need to renew the tv licence, remind me on friday", "reminder", "remind you to renew the tv licence"],
    ["what reminders do i have", "reminder", "tv licence"],
  ]),

  // remember: an empty request, then the fact
  d("remember", "tortoise", [
    ["remember this", "remember", emptyCaptureReply],
    ["my tortoise is called horatio", "remember", "your tortoise is called horatio"],
  ]),
  d("remember", "boiler-engineer", [
    ["i was wondering if you could keep a note of something for me", "remember", emptyCaptureReply],
    ["the boiler engineer's number is stuck on the fridge", "remember", "the boiler engineer's number is stuck on the fridge"],
  ]),

  // out_of_domain
  d("out_of_domain", "music-lights", [
    ["play some christy moore", "out_of_domain", capabilityReply],
    ["turn the kitchen lights off then", "out_of_domain", capabilityReply],
    ["okay, thanks anyway", "small_talk", thanksReply],
  ]),

  // arithmetic
  d("arithmetic", "divide-then-times", [
    ["what's 250 divided by 8", "calculate", "\\b31\\.25"],
    ["and times 4?", "calculate", "\\b125\\b"],
    ["what did i just ask", "conversation", "times 4"],
  ]),

  // small_talk
  d("small_talk", "evening-chat", [
    ["good evening", "small_talk", greetingReply],
    ["how are you getting on", "small_talk", wellbeingReply],
    ["what are you exactly", "small_talk", identityReply],
    ["grand so, bye", "small_talk", goodbyeReply],
  ]),
];
