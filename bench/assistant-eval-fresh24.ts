/**
 * Part "fresh-24": a blind part of the assistant's evaluation set, written on 2026-12-07 by
 * someone who had read neither the router's code, nor the other parts' sentences, nor any
 * results; only the kit and the README. The sentences come from imagining these speakers, each
 * talking in their own way:
 *
 *  - Maureen, 74, a retired nurse in Harrogate, Yorkshire: very polite, "love", "dear", "would you be so kind".
 *  - Brett, 55, a tradie in Brisbane: terse, Australian ("ute", "arvo", "chuck a timer on", "rego").
 *  - Kai, 8, in Auckland: a child, excited, short words, "can you do a timer for my egg".
 *  - Deepa, 41, a software manager from Bengaluru living in Melbourne: Indian English ("kindly", "do one thing", "itself").
 *  - Tayo, 29, a Nigerian-born accountant in London: clear, polite, cooks a lot.
 *  - Siobhán, 33, a nurse in Dublin: Irish English ("grand", "would ya", "put on a timer").
 *  - Marco, 46, an Italian chef in Toronto: non-native, drops articles, "how much time remain".
 *  - Hyun-woo, 24, a Korean graduate student in Vancouver: non-native, careful, short clauses.
 *  - Latisha, 38, a mother of three in Atlanta: talking to her kids at the same time.
 *  - Gordon, 67, a retired engineer in Glasgow: Scots English ("wee", "aye", "och", "have I any").
 *  - Anneke, 52, a Dutch-born architect in Cape Town: non-native, direct, South African words ("braai").
 *  - Jamal, 17, a high-schooler in Chicago: slangy and terse ("yo", "aight", "ur").
 *  - Ruth, 81, in rural Vermont: fillers ("um", "oh dear"), loses her thread, corrects herself.
 *  - Carlos, 60, a rancher in Texas: drawling, "much obliged", "howdy".
 *  - Fatima, 30, a British-Pakistani pharmacist in Birmingham: doing two things at once, interrupted.
 *  - Leo, 11, in Singapore: Singlish ("can or not", "lah", "ah").
 *  - Grace, 26, a call-centre worker in Manila: Filipino English ("po", "pls").
 *  - Sione, 35, a Tongan-New Zealander rugby coach in Wellington: friendly, quick.
 *  - Yusuf, 43, a Turkish taxi driver in Berlin: non-native English, word order of his own.
 *  - Helen, 49, a lab scientist in Edinburgh: clipped, note-like commands ("Timer. Seventeen minutes.").
 */
import {
  EvalDialogue,
  EvalTurn,
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

const P = "fresh-24" as const;

/** A clock time in a named city, whichever order the reply gives them in. */
const cityClock = (city: string) => `${clockReply}.*${city}|${city}.*${clockReply}`;
/** A reminder after a delay: the clock time it falls at, or the delay said back. */
const later = (what: string, delay: string) => `${what}.*(\\d{1,2}:\\d{2} ?(AM|PM)|${delay})|(${delay}|\\d{1,2}:\\d{2} ?(AM|PM)).*${what}`;
/** Time left on a running timer. */
const timeLeft = "\\d+ (minutes?|seconds?).*left";
/** No timers at all (a fresh user). */
const noTimers = "don't have any timers?|no timers?";
/** What the assistant can do. */
const skills = "timers|remember";
/** Praise answered. */
const praiseReply = "thank|glad|kind|happy|welcome";

export const fresh24Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["Could you set a timer for ten minutes for me please, dear?", "set for 10 minutes"],
    ["timer 25 minutes", "set for 25 minutes"],
    ["can you do a timer for 3 minutes for my egg", "set for 3 minutes"],
    ["Kindly set one timer for 7 minutes for the tea", "set for 7 minutes"],
    ["Set a jollof rice timer for 45 minutes", "jollof.*set for 45 minutes|set for 45 minutes"],
    ["would ya put a timer on for an hour and a half", "1 hours?,?( and)? 30 minutes|90 minutes|an hour and a half|1\\.5 hours"],
    ["put timer of 90 seconds for the espresso cups", "90 seconds|1 minute,?( and)? 30 seconds"],
    ["Please start timer 30 minutes, I study now", "set for 30 minutes"],
    ["set a wee timer for 4 minutes for the porridge", "set for 4 minutes"],
    ["Timer for 2 hours for the roast please", "set for 2 hours"],
    ["yo set a 5 min timer", "set for 5 minutes"],
    ["I'd like a timer for, um, twenty... no, twenty-five minutes", "set for 25 minutes"],
    ["set a timer for 6 hours for the brisket", "set for 6 hours"],
    ["set a 20 minute timer for the daal", "set for 20 minutes"],
    ["can set timer 1 minute or not", "set for 1 minute"],
    ["pls set timer for 8 minutes for the pancit", "set for 8 minutes"],
    ["Timer. Seventeen minutes.", "set for 17 minutes"],
    ["Set a timer for 1 hour 15 minutes for the biryani", "1 hours?,?( and)? 15 minutes|75 minutes"],
    ["A timer for half an hour please, for the scones", "set for 30 minutes|half an hour"],
    ["what timers do I have running", timerListReply],
    ["how much time is left on my timer", noTimers],
    ["cancel me timer", noTimers],
  ]),

  ...singlePairs(P, "reminder", "reminder", [
    ["Would you remind me to ring my sister Pauline tomorrow at 11 in the morning, please", "Pauline.*tomorrow at 11:00 AM"],
    ["remind me 6am tomorrow to grab the esky", "esky.*tomorrow at 6:00 AM|tomorrow at 6:00 AM.*esky"],
    ["remind me to feed Biscuit at 5 pm", "feed Biscuit.*(tomorrow )?at 5:00 PM"],
    ["remind me in 20 minutes to check on the stew", later("check on the stew", "in 20 minutes")],
    ["remind me every Monday at 9 am to put the green bin out", "green bin.*every Monday at 9:00 AM|every Monday at 9:00 AM.*green bin"],
    ["remind me every day at 8 pm to check the fish order", "fish order.*every day at 8:00 PM|every day at 8:00 PM.*fish order"],
    ["Please set alarm 7 am tomorrow", "7:00 AM"],
    ["remind me on weekdays at 7:15 in the morning to pack the lunches", "lunches.*every weekday at 7:15 AM|every weekday at 7:15 AM.*lunches"],
    ["remind me to phone the surgery", "When should I remind you to phone the surgery"],
    ["Remind me when I'm at the hardware store to buy wood glue", "can't tell where you are|When should I remind you to buy wood glue"],
    ["remind me in an hour to start my essay", later("start (your|my) essay", "in an hour|in 1 hour|in 60 minutes")],
    ["Remind me... oh, what was it... remind me to water the African violets on Sunday at 10 am", "African violets.*10:00 AM"],
    ["wake me up at 4:30 tomorrow morning", "4:30 AM"],
    ["remind me at 6 pm to defrost the lamb", "defrost the lamb.*(tomorrow )?at 6:00 PM|(tomorrow )?at 6:00 PM.*defrost the lamb"],
    ["remind me to do my Chinese homework at 4 pm can", "Chinese homework.*(tomorrow )?at 4:00 PM"],
    ["pls remind me on the 15th at 9 am to pay the Meralco bill", "Meralco bill.*9:00 AM|9:00 AM.*Meralco bill"],
    ["Remind me to renew my taxi licence on 2 January at 10 o'clock in morning", "taxi licen[cs]e.*10:00 AM|10:00 AM.*taxi licen[cs]e"],
    ["Reminder: calibrate the pH meter, Friday, 8:30 am.", "pH meter.*8:30 AM|8:30 AM.*pH meter"],
    ["what reminders have I got", reminderListReply],
    ["Could you set me an alarm for a quarter to seven tomorrow morning, please", "6:45 AM"],
    ["Remind me to renew the car insurance", "When should I remind you to renew the car insurance"],
    ["What I have on Sunday?", "Sunday|today"],
    ["alarm 5:15 am weekdays", "every weekday at 5:15 AM"],
  ]),

  ...singlePairs(P, "remember", "remember", [
    ["Please remember that my library card number is 20041873", "library card number is 20041873"],
    ["the trailer rego is 473 QXL", "trailer rego is 473 ?QXL"],
    ["remember my favourite dinosaur is the stegosaurus", "favou?rite dinosaur is (the )?stegosaurus"],
    ["My son's school bus number is 27, please remember", "bus number is 27"],
    ["remember that I lent Chidi my drill", "lent Chidi (your|my) drill"],
    ["Remember, the parmesan is in the second fridge, bottom shelf", "parmesan is in the second fridge"],
    ["my student number is 30912258", "student number is 30912258"],
    ["remember the kids' dentist is Dr. Patel on Peachtree", "dentist is Dr\\.? Patel"],
    ["mind that the boiler pressure should be 1.5 bar", "boiler pressure should be 1\\.5 bar"],
    ["We are out of rooibos", "rooibos"],
    ["remember this", emptyCaptureReply],
    ["I want you to remember that my pharmacist is, uh, Linda at the Rite Aid", "pharmacist is.*Linda"],
    ["the combination on the tack room lock is 3 19 27", "tack room lock is 3.?19.?27"],
    ["remember I've put the Eid money in the blue envelope in my wardrobe", "Eid money in the blue envelope"],
    ["pls remember my passport expires in June 2029", "passport expires in June 2029"],
    ["Note: the centrifuge booking code is C-118.", "centrifuge booking code is C-?118"],
    ["Remember, the tyre pressure for my taxi is 2.4 bar", "tyre pressure.*2\\.4 bar"],
    ["we're out of taro", "taro"],
  ]),

  ...singlePairs(P, "time", "time", [
    ["what time is it, love?", clockReply],
    ["what's the date", monthDayReply],
    ["what day is it today", weekdayReply],
    ["What is the time in Delhi now?", cityClock("Delhi")],
    ["what time is it in Lagos", cityClock("Lagos")],
    ["is 2028 a leap year", "^(?!.*\\b(not|isn't)\\b).*leap year"],
    ["Which week number are we in?", "week \\d{1,2}\\b"],
    ["how many days till christmas", "\\d+ days?|tomorrow|today"],
    ["what day of the week does the Fourth of July fall on in 2027", "Sunday"],
    ["what time is it in Sydney, Australia", cityClock("Sydney")],
    ["What's time in Tokyo right now", cityClock("Tokyo")],
    ["how many days in February 2028", "\\b29\\b"],
    ["What time it will be in 3 hours?", clockReply],
    ["Day of the week, please.", weekdayReply],
    ["when is Easter in 2027", "March 28"],
  ]),

  ...single(P, "status", "status", statusReply, [
    "Are all your services working properly, dear?",
    "system status",
    "Is the memory service up?",
    "Health check: are all services up?",
    "Are your systems all running?",
    "Is the timekeeper service running?",
    "are ur servers down or what",
    "is the speech recognition service working",
  ]),

  ...singlePairs(P, "small_talk", "small_talk", [
    ["Good morning, dear", greetingReply],
    ["g'day", greetingReply],
    ["hello robot!", greetingReply],
    ["thank you so much", thanksReply],
    ["cheers, you're a star", `${thanksReply}|${praiseReply}`],
    ["cheerio then", goodbyeReply],
    ["Who are you exactly?", identityReply],
    ["How are you today, dear?", wellbeingReply],
    ["What can you do?", skills],
    ["good night", goodbyeReply],
    ["are you a robot ah", identityReply],
    ["thank you po", thanksReply],
    ["List your capabilities.", skills],
    ["howdy", greetingReply],
    ["you are very good assistant", praiseReply],
  ]),

  ...singlePairs(P, "arithmetic", "calculate", [
    ["What's 15 percent of 80, please?", "\\b12\\b"],
    ["what is 7 times 8", "\\b56\\b"],
    ["Convert 5 miles into kilometres", "8\\.0\\d"],
    ["how much is 45 pounds in kilograms", "20\\.4"],
    ["what's 350 fahrenheit in celsius", "176\\.\\d|\\b177\\b"],
    ["how many ounces in 500 grams", "17\\.6"],
    ["flip a coin", "heads|tails"],
    ["roll a dice", "\\b[1-6]\\b"],
    ["what's 6 feet in centimetres", "182\\.\\d|\\b183\\b"],
    ["what's 2 to the power of 10", "1,?024"],
    ["Pick a random number between 1 and 100", "\\b([1-9]\\d?|100)\\b"],
    ["what's 20 percent of 64.50", "12\\.9"],
    ["square root of 144", "\\b12\\b"],
    ["Three hundred and twelve minus forty-seven.", "\\b265\\b"],
    ["100 kilometre is how many miles", "62\\.1"],
  ]),

  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "What's the weather going to be like tomorrow, love?",
    "who won the footy last night",
    "play the Bluey theme song",
    "Turn off the living room lights",
    "call my mum",
    "add milk and rashers to the shopping list",
    "How do you say fork in French?",
    "What's the exchange rate from won to Canadian dollars?",
    "text Marcus I'm running late",
    "Is it going to rain in Cape Town this weekend?",
    "who's the richest person in the world",
    "Can I take ibuprofen with my blood pressure pills?",
    "what are cattle fetching at the sale barn this week",
    "how long do I roast a 2 kilo leg of lamb",
    "what is the capital of Australia",
    "order me a Grab to Makati",
    "what's in the news today",
    "Navigate to Alexanderplatz",
    "Summarise the latest paper on CRISPR off-target effects.",
    "play the song remember me from Coco",
    "can my boss make me work on a public holiday without extra pay",
    "Set the AC to 24 degrees",
    "book a table for two at Gusto 501 on Friday at 8",
    "how many calories in a pint of Guinness",
    "read me my emails",
  ]),
];

const d = (category: Parameters<typeof dialogue>[1], id: string, turns: EvalTurn[]) => dialogue(P, category, id, turns);

export const fresh24Dialogues: EvalDialogue[] = [
  // Maureen: a fact, asked after, thanks.
  d("recall", "d01-reading-glasses", [
    ["Would you be so kind as to remember that my reading glasses are in the sewing tin", "remember", "reading glasses are in the sewing tin"],
    ["Where did I say my reading glasses were, love?", "recall", "sewing tin"],
    ["Thank you ever so much", "small_talk", thanksReply],
  ]),
  // Brett: a correction after a fact.
  d("remember", "d02-ute-level", [
    ["ute's on level 3 of the Wickham Street car park", "remember", "ute.*level 3"],
    ["no, level 4", "correct", correctedReply("level 4")],
    ["where's the ute", "recall", "level 4"],
  ]),
  // Tayo: a person named, then asked after by role and by pronoun.
  d("recall", "d03-landlord", [
    ["My landlord's name is Femi Adeyemi", "remember", "landlord.*Femi Adeyemi"],
    ["His phone number is 0207 946 0321", "remember", "0207\\D?946\\D?0321"],
    ["What's my landlord's name again?", "recall", "Femi Adeyemi"],
    ["And his number?", "recall", "0207\\D?946\\D?0321"],
  ]),
  // Kai: a timer, how long left, cancel it.
  d("timer", "d04-teeth-timer", [
    ["set a teeth timer for 2 minutes", "timer", "set for 2 minutes"],
    ["how long is left", "timer", timeLeft],
    ["cancel it I'm done", "timer", cancelledReply],
  ]),
  // Siobhán: pause, resume, add time.
  d("timer", "d05-brown-bread", [
    ["put on a timer for 40 minutes for the brown bread", "timer", "set for 40 minutes"],
    ["pause it there a sec", "timer", "paused"],
    ["grand, start it again", "timer", "running again|resumed|restarted"],
    ["add 5 minutes to it", "timer", "added 5 minutes.*4[45] minutes"],
  ]),
  // Fatima: two timers while cooking, listed, both cancelled.
  d("timer", "d06-rice-and-chicken", [
    ["set a rice timer for 18 minutes", "timer", "rice timer is set for 18 minutes"],
    ["and a chicken one for 35", "timer", "chicken timer is set for 35 minutes"],
    ["sorry, what timers have I got on", "timer", "(two|2) timers|rice.*chicken|chicken.*rice"],
    ["cancel both of them", "timer", cancelledReply],
  ]),
  // Marco: "make it 15" after a timer.
  d("timer", "d07-risotto", [
    ["timer 12 minutes for the risotto please", "timer", "set for 12 minutes"],
    ["no, make it 15", "timer", "15 minutes"],
    ["how much time remain?", "timer", "1[45] minutes.*left"],
  ]),
  // Deepa: a reminder moved to another time, then listed.
  d("reminder", "d08-electrician", [
    ["Remind me to call the electrician tomorrow at 4 pm", "reminder", "call the electrician tomorrow at 4:00 PM"],
    ["Do one thing, make it 6 instead", "reminder", "6:00 PM"],
    ["What all reminders I have?", "reminder", "have (one|1|a) reminder|electrician.*6:00 PM"],
  ]),
  // Gordon: a reminder cancelled straight away.
  d("reminder", "d09-bins", [
    ["remind me to put the bins out on Thursday at 7 in the evening", "reminder", "bins out.*7:00 PM"],
    ["och, cancel that", "reminder", cancelledReply],
    ["have I any reminders left?", "reminder", "don't have any reminders|no reminders"],
  ]),
  // Anneke: forget, then recall.
  d("forget", "d10-gate-code", [
    ["Remember the gate code for the complex is 4471", "remember", "gate code for the complex is 4471"],
    ["Forget the gate code", "forget", forgotten],
    ["What is the gate code for the complex?", "recall", unknownReply],
  ]),
  // Jamal: "scratch that" right after a fact.
  d("forget", "d11-gym-locker", [
    ["my gym locker is 58", "remember", "gym locker is 58"],
    ["scratch that", "forget", forgotten],
    ["whats my gym locker", "recall", unknownReply],
  ]),
  // Ruth: fillers, then what did I just say.
  d("conversation", "d12-furnace-filter", [
    ["oh dear, um, remember that the, uh, the furnace filter is size 16 by 25", "remember", "furnace filter is size 16 ?(by|x) ?25"],
    ["what did I just say?", "conversation", "furnace filter"],
    ["say that again, dear, I didn't catch it", "conversation", "furnace filter.*16"],
  ]),
  // Carlos: two facts, each recalled.
  d("recall", "d13-ranch", [
    ["the well pump breaker is number 14", "remember", "well pump breaker is number 14"],
    ["and the horse feed is in the north barn", "remember", "horse feed is in the north barn"],
    ["which breaker's the well pump on", "recall", "\\b14\\b"],
    ["where'd I say the horse feed was", "recall", "north barn"],
    ["much obliged", "small_talk", thanksReply],
  ]),
  // Grace: a fact naming a day, a reminder on another, each day asked after.
  d("reminder", "d14-cousin-marites", [
    ["pls remember my cousin Marites arrives on Friday", "remember", "Marites arrives on Friday"],
    ["what's happening on Friday po", "reminder", "Marites"],
    ["remind me Thursday at 7 pm to clean the guest room", "reminder", "guest room.*7:00 PM"],
    ["what have I got on Thursday", "reminder", "guest room"],
  ]),
  // Leo: a sum, then what the assistant just said.
  d("arithmetic", "d15-times-table", [
    ["what is 23 times 17", "calculate", "\\b391\\b"],
    ["huh what did you just say", "conversation", "\\b391\\b"],
    ["ok thank you lah", "small_talk", thanksReply],
  ]),
  // Hyun-woo: the time at home, in London, and the date.
  d("time", "d16-seoul", [
    ["What time is it in Seoul now?", "time", cityClock("Seoul")],
    ["And in London?", "time", cityClock("London")],
    ["What is the date today?", "time", monthDayReply],
  ]),
  // Sione: a person by name and by role, with a pronoun.
  d("recall", "d17-physio", [
    ["our team physio is Mele Tupou", "remember", "physio is Mele Tupou"],
    ["her number is 021 555 0192", "remember", "021\\D?555\\D?0192"],
    ["who's the physio again", "recall", "Mele Tupou"],
    ["what's Mele's number", "recall", "021\\D?555\\D?0192"],
  ]),
  // Latisha: a reminder without a time, then the time.
  d("reminder", "d18-field-trip", [
    ["remind me to sign Jaylen's field trip form", "reminder", "When should I remind you"],
    ["tonight at 8", "reminder", "field trip form.*8:00 PM|8:00 PM.*field trip form"],
  ]),
  // Helen: a terse correction.
  d("remember", "d19-lab-flat-key", [
    ["The spare key for the lab flat is under the blue plant pot.", "remember", "spare key for the lab flat is under the blue plant pot"],
    ["Actually, the green one.", "correct", correctedReply("green")],
    ["Where's the spare key for the lab flat?", "recall", "green"],
  ]),
  // Tayo: what the household has run out of.
  d("recall", "d20-out-of", [
    ["We're out of plantain", "remember", "plantain"],
    ["We're also out of palm oil", "remember", "palm oil"],
    ["What are we out of?", "recall", "plantain.*palm oil|palm oil.*plantain"],
  ]),
  // Brett: a timer, time left, killed.
  d("timer", "d21-smoko", [
    ["chuck a timer on for 20 minutes", "timer", "set for 20 minutes"],
    ["how long's left on it", "timer", timeLeft],
    ["kill it", "timer", cancelledReply],
  ]),
  // Siobhán: a daily reminder, listed, cancelled by name.
  d("reminder", "d22-tablet", [
    ["remind me every day at 9 pm to take my tablet", "reminder", "take (your|my) tablet.*every day at 9:00 PM|every day at 9:00 PM.*tablet"],
    ["what reminders have I", "reminder", "have (one|1|a) reminder|tablet"],
    ["cancel the tablet reminder", "reminder", `${cancelledReply}.*tablet`],
  ]),
  // Deepa: a password kept and asked, then what she asked.
  d("conversation", "d23-guest-wifi", [
    ["Please note down that the guest wifi password is mango tree 42", "remember", "guest wifi password is mango ?tree ?42"],
    ["What is the guest wifi password?", "recall", "mango ?tree ?42"],
    ["What did I just ask you?", "conversation", "guest wifi password"],
  ]),
  // Gordon: a birth date, an age, a pronoun.
  d("recall", "d24-isla", [
    ["my granddaughter Isla was born on the 3rd of March 2015", "remember", "Isla.*(3(rd)? (of )?March,? 2015|March 3(rd)?,? 2015)"],
    ["how old is Isla now", "recall", "\\b1[12]\\b"],
    ["and when's her birthday", "recall", "3(rd)? (of )?March|March 3"],
  ]),
  // Kai: hello, a coin, a die, bye.
  d("arithmetic", "d25-coin-and-dice", [
    ["hi!", "small_talk", greetingReply],
    ["flip a coin", "calculate", "heads|tails"],
    ["now roll a dice", "calculate", "\\b[1-6]\\b"],
    ["bye bye", "small_talk", goodbyeReply],
  ]),
  // Ruth: a fact, recalled, forgotten, gone.
  d("forget", "d26-hearing-aid", [
    ["Remember my hearing aid batteries are in the top drawer of the hutch", "remember", "hearing aid batteries are in the top drawer of the hutch"],
    ["Now where are the hearing aid batteries?", "recall", "top drawer of the hutch|hutch"],
    ["Oh, forget about the hearing aid batteries", "forget", forgotten],
    ["Where are my hearing aid batteries?", "recall", unknownReply],
  ]),
  // Anneke: what is in a place, and where a thing is.
  d("recall", "d27-braai", [
    ["The braai tongs are in the drawer left of the stove", "remember", "braai tongs are in the drawer left of the stove"],
    ["What is in the drawer left of the stove?", "recall", "braai tongs"],
    ["And the firelighters are in the garage cupboard", "remember", "firelighters are in the garage cupboard"],
    ["Where are the firelighters?", "recall", "garage cupboard"],
  ]),
  // Marco: a conversion, what the assistant said, another conversion.
  d("arithmetic", "d28-conversions", [
    ["How many grams is one pound?", "calculate", "453\\.\\d|\\b454\\b"],
    ["What you said?", "conversation", "453|454"],
    ["Convert 180 celsius in fahrenheit", "calculate", "\\b356\\b"],
  ]),
  // Fatima: interrupted while telling a fact, the agenda, a reminder with a pronoun.
  d("reminder", "d29-photo-day", [
    ["Ayaan, shoes on! Sorry. Remember that Ayaan's school photo day is on Wednesday", "remember", "photo day is on Wednesday"],
    ["what've I got on Wednesday", "reminder", "photo day"],
    ["remind me Tuesday at 8 pm to iron his uniform", "reminder", "iron.*uniform.*8:00 PM|8:00 PM.*iron.*uniform"],
  ]),
  // Grace: a self-correction on a code.
  d("remember", "d30-service-tag", [
    ["pls remember my laptop service tag is 7H2KQ93", "remember", "service tag is 7H2KQ93"],
    ["no wait, it's 7H2KQ98", "correct", correctedReply("7H2KQ98")],
    ["what's my laptop service tag", "recall", "7H2KQ98"],
  ]),
  // Latisha: a timer, then "say that again" over a crying baby.
  d("conversation", "d31-cookies", [
    ["set a timer for 12 minutes for the cookies", "timer", "set for 12 minutes"],
    ["sorry, say that again, the baby was crying", "conversation", "set for 12 minutes"],
    ["thanks", "small_talk", thanksReply],
  ]),
  // Yusuf: a place corrected, then a pronoun for the thing kept.
  d("recall", "d32-taxi-papers", [
    ["I put the taxi papers in the glovebox", "remember", "taxi papers in the glovebox"],
    ["No sorry, in the door pocket", "correct", correctedReply("door pocket")],
    ["Where are they?", "recall", "door pocket"],
  ]),
  // Sione: a reminder pushed back.
  d("reminder", "d33-jerseys", [
    ["remind me to pick up the jerseys at 4 pm", "reminder", "jerseys.*(tomorrow )?at 4:00 PM"],
    ["push it to half past five", "reminder", "5:30 PM"],
  ]),
  // Leo: a code, asked with another word, forgotten.
  d("forget", "d34-bike-lock", [
    ["remember my bicycle lock code is 5821", "remember", "bicycle lock code is 5821"],
    ["what's my bike lock code ah", "recall", "5821"],
    ["ok forget it", "forget", forgotten],
    ["what's my bike lock code", "recall", unknownReply],
  ]),
];
