/**
 * Part "fresh-26" of the assistant's evaluation set: a blind part, written on 2026-12-07 by
 * someone who read neither the router's code, nor the other parts' sentences, nor any results;
 * only the kit (bench/assistant-eval-kit.ts) and the README. Each turn's reply pattern is what a
 * good assistant should answer, not a guess at what this one does.
 *
 * The imagined speakers, and how they talk:
 * - Callum, 52, night-shift baker in Glasgow: "och", "aye", "wee", "the now", "the night", "half ten".
 * - Desmond, 71, retired bus driver in Kingston, Jamaica: a little patois ("mi", "seh", "fi"), unhurried.
 * - Einar, 44, Icelandic fisherman learning English: learner word order, "please" everywhere.
 * - Gurpreet ("Biji"), 78, Punjabi grandmother in Vancouver: "beta", "haanji", "dawai", "dabba".
 * - Terry, 60, London black-cab driver: "guv", "mate", "innit", "quid", "me" for "my".
 * - Boudreaux, 55, Louisiana crawfish farmer: "cher", "y'all", "where's it at", "I done".
 * - Hemi, 39, Maori teacher in Rotorua: "kia ora", "ka pai", "whanau", te reo names.
 * - Maricel, 34, Filipino nurse in Dubai: "po", polite, 24-hour times ("21:00", "19:00 to 07:00").
 * - Tendai, 49, Zimbabwean farmer in Bulawayo: formal and polite, "eish", "kindly".
 * - Wade, 38, Texan oil-rig worker on rotation: "fixin' to", "gimme", "hitch", clipped.
 * - Linnea, 21, Swedish au pair in Boston: careful English, "Could you ...?", Swedish names.
 * - Yiannis, 63, Greek restaurant owner in Melbourne: quick, kitchen talk, "ela", "yiayia".
 * - Arthur, 67, Yorkshire dairy farmer: "us" for "me", "t'", "nowt", "summat", "lass".
 * - Aisyah, 20, Malaysian student in Sheffield: "lah", "can or not", short and direct.
 * - Earl, 74, US Army veteran in Tennessee: "ma'am", "reckon", slow, VA appointments.
 * - Lucia, 45, flamenco teacher in Seville speaking English: Spanish word order, "perdon".
 * - Rebecca, 41, Manhattan lawyer dictating between meetings: terse, "correction", case names.
 * - Gord, 50, Newfoundland snow-plough driver: "b'y", "where's it to", "some cold".
 * - Karthik, 29, Tamil software tester in Chennai: "kindly", "only", "itself", "once more".
 * - Father Declan, 81, retired Irish priest in Galway: "grand", "God bless", long-winded.
 */
import {
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
  type EvalDialogue,
} from "./assistant-eval-kit";

const P = "fresh-26" as const;

/** Every pattern given must be found in the reply, in any order. */
const all = (...parts: string[]): string => "^" + parts.map((p) => `(?=.*(${p}))`).join("");
/** A clock time as the replies say it: at("10:30", "AM"). */
const at = (time: string, half: "AM" | "PM"): string => `\\b${time} ?${half}\\b`;
/** A duration: dur(25, "minute"). */
const dur = (n: number, unit: string): string => `\\b${n} ${unit}s?\\b`;
/** Tomorrow, said as "tomorrow", its weekday (the run's clock is a Monday) or its date. */
const tomorrow = "tomorrow|Tuesday|December 8";
/** "In N minutes" said as a span or as the clock time it falls at. */
const inMinutes = (n: number): string => `in ${n} minutes|${clockReply}`;
const skills = "remember|timers?|remind";
const nothingToForget = "don't know|haven't told me|nothing|don't have|couldn't find|no (such )?(memory|fact)";
const nothingSaidYet = "haven't said|didn't say|not said|nothing|anything yet|no (earlier|previous)";
const okay = "^(OK|Okay|Alright|All right|Sure|No problem|No worries|Fine|Never mind)";

export const fresh26Singles: EvalDialogue[] = [
  ...singlePairs(P, "reminder", "reminder", [
    ["och, remind me to feed the sourdough starter at half ten tomorrow morning", all("feed (your |the )?sourdough starter", at("10:30", "AM"), tomorrow)],
    ["remind me to collect mi pension Thursday morning at nine", all("pension", at("9:00", "AM"), "Thursday|December 10")],
    ["Remind me please tomorrow at six in morning to check the nets", all("check (the )?nets", at("6:00", "AM"), tomorrow)],
    ["beta, remind me to take my BP dawai at 8 o'clock tonight", all("dawai", at("8:00", "PM"))],
    ["remind me to renew me cab licence on the fifteenth, yeah", all("licen[cs]e", "December 15|15th|fifteenth")],
    ["hey cher, remind me to check them crawfish traps in twenty minutes", all("crawfish traps", inMinutes(20))],
    ["Kia ora, can you remind me to mark the year nine essays at 7:30 tonight", all("year (nine|9) essays", at("7:30", "PM"))],
    ["Remind me po to call my mama in Iloilo at 21:00", all("mama", at("9:00", "PM"))],
    ["Please remind me to pay the farm workers every Friday at four in the afternoon", all("pay (the )?farm workers", "every Friday|Fridays", at("4:00", "PM"))],
    ["remind me to call the crew boat dispatcher at a quarter to six tomorrow evening", all("crew boat dispatcher", at("5:45", "PM"), tomorrow)],
    ["Could you remind me to pick up Oliver from hockey at ten past four?", all("pick up Oliver", at("4:10", "PM"))],
    ["remind me to order the lamb from the butcher every Wednesday at 7 am", all("order (the )?lamb", "every Wednesday|Wednesdays", at("7:00", "AM"))],
    ["remind us to ring t' vet about t' heifer tomorrow at eleven", all("vet", at("11:00", "AM"), tomorrow)],
    ["remind me to submit my dissertation draft on Friday lah", all("dissertation draft", "Friday|December 11", at("9:00", "AM"))],
    ["remind me about my VA appointment on the 14th at a quarter past ten in the morning", all("VA appointment", at("10:15", "AM"), "December 14|14th|Monday")],
    ["Remind me for to buy new castanets tomorrow in the afternoon at five", all("castanets", at("5:00", "PM"), tomorrow)],
    ["Remind me to send the Henderson redlines in an hour and a half", all("Henderson redlines", `in (an|1|one) hour and (a half|30 minutes)|in 90 minutes|${clockReply}`)],
    ["remind me to fuel up the plough at four in the morning", all("fuel", at("4:00", "AM"))],
    ["Kindly remind me to start the regression run on weekdays at 9:45 in the morning", all("regression run", "weekday|Monday to Friday", at("9:45", "AM"))],
    ["remind me to say the Angelus at six o'clock every evening", all("Angelus", "every day|daily|every evening|each day", at("6:00", "PM"))],
    ["what reminders have I got set, mate", reminderListReply],
    ["what have I got on for Sunday, b'y", "nothing|don't have any|no reminders|Sunday|free"],
  ]),
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for twenty-five minutes for the rolls", dur(25, "minute")],
    ["set a timer fifteen minutes, the ackee on the fire", dur(15, "minute")],
    ["Timer please, for the fish, eight minutes", dur(8, "minute")],
    ["beta, put a timer on for the dal, forty minutes", dur(40, "minute")],
    ["stick a timer on for two minutes, guv, kettle's on", dur(2, "minute")],
    ["set me a timer for the boil, twenty-two minutes", dur(22, "minute")],
    ["Start a timer for three hours for the hangi", dur(3, "hour")],
    ["Timer for 45 minutes po, I will take a nap", dur(45, "minute")],
    ["Set a timer for one hour and a quarter", "\\b1 hour(,| and)? 15 minutes|\\b75 minutes|\\b1\\.25 hours"],
    ["gimme a timer for ninety seconds", "\\b90 seconds|\\b1 minute(,| and)? 30 seconds|\\b1\\.5 minutes"],
    ["Could you set a bath timer for ten minutes?", all("bath", dur(10, "minute"))],
    ["timer for the moussaka, an hour and ten", "\\b1 hour(,| and)? 10 minutes|\\b70 minutes"],
    ["set a timer for half an hour, lass", "\\b30 minutes|half an hour"],
    ["set timer 50 minutes for study can", dur(50, "minute")],
    ["set a timer for six minutes, for my eggs", dur(6, "minute")],
    ["Put a timer of three minutes for the rehearsal", dur(3, "minute")],
    ["timer, twelve minutes, go", dur(12, "minute")],
    ["set a timer for four minutes to warm up the truck", dur(4, "minute")],
    ["Set one timer for 7 minutes kindly", dur(7, "minute")],
    ["put on a timer there for the tea, five minutes", dur(5, "minute")],
    ["how long's left on me timer", "don't have any|no (active |running )?timers?|\\d+ (minutes?|seconds?) left"],
    ["what timers have I got going", timerListReply],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker at the bakery is number 312", all("locker", "\\b312\\b")],
    ["remember seh mi granddaughter Shanice birthday is the 3rd of March", all("Shanice", "3rd of March|March 3|third of March")],
    ["Remember, my boat it is in the harbour berth number 14", all("boat", "berth (number )?14")],
    ["remember that my sugar tablets are in the steel dabba on the fridge", all("sugar tablets", "steel dabba on the fridge")],
    ["remember I parked the cab on Tooley Street", "parked the cab on Tooley Street"],
    ["remember that the fish supplier is called Nikos and his number is 0412 778 903", all("Nikos", "0412 ?778 ?903")],
    ["remember that t' spare tractor key's in t' biscuit tin", all("spare tractor key", "biscuit tin")],
    ["please remember my student ID is 200487311", "200487311"],
    ["Remember that my studio door code is 1 9 3 6", "1\\W?9\\W?3\\W?6"],
    ["remember that I've a funeral Mass on Thursday for Mrs Kearney", all("funeral Mass", "Mrs\\.? Kearney")],
  ]),
  ...single(P, "remember", "remember", emptyCaptureReply, ["remember something for me, would ya"]),
  ...single(P, "recall", "recall", unknownReply, [
    "where did I leave me reading glasses",
    "what's my sister Kiran's phone number",
    "when's the tractor due its MOT",
    "what's the code for the cold room at work",
    "where'd I put the spare keys to the pickup",
    "what size shoe does my grandson wear",
    "what is my passport number please",
  ]),
  ...single(P, "forget", "forget", nothingToForget, [
    "forget my gym locker combination",
    "please delete what you know about my landlord's email",
    "forget the wifi password for the caravan",
  ]),
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "is it gonnae be pishing down in Glasgow the night",
    "who win the cricket yesterday, West Indies or England?",
    "How much is the price of cod at the fish market today?",
    "play some Gurdas Maan songs beta",
    "what's the quickest way to Heathrow from Paddington",
    "what's the price of diesel in Lafayette",
    "who was the first captain of the Maori All Blacks",
    "Book me a flight to Manila for Christmas po",
    "will it rain in Bulawayo this week",
    "turn the AC down to 68 in the bunkhouse",
    "What time does Trader Joe's on Boylston Street close tonight?",
    "order two cases of olive oil from the wholesaler",
    "what's milk fetching per litre this month",
    "what's the news in Malaysia today",
    "who won the Titans game last night",
    "translate good evening into German for me",
    "email opposing counsel that we need an extension",
    "is the Trans-Canada open to Gander",
    "what is the capital of Australia",
    "switch on the lamp in the parlour",
    "what's the score in the Celtic match",
    "how do I say thank you in Arabic",
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's seventeen times twenty-three", "\\b391\\b"],
    ["how much is 250 dollars take away 85", "\\b165\\b"],
    ["How many kilos is 40 pounds?", "\\b18\\.1\\d*"],
    ["beta, what is 15 percent of 1200", "\\b180\\b"],
    ["what's a fifteen percent tip on forty-six quid", "\\b6\\.90?\\b"],
    ["how many pounds is 30 kilos", "\\b66\\.1\\d*"],
    ["what's 360 divided by 24", "\\b15\\b"],
    ["what is 38.5 celsius in fahrenheit", "\\b101\\.3\\b"],
    ["how many acres is 20 hectares", "\\b49\\.4\\d*"],
    ["how many liters in 55 gallons", "\\b208\\.[12]\\d*|\\b250(\\.0+)?\\b"],
    ["what's 12 squared", "\\b144\\b"],
    ["what is 240 times 1.1", "\\b264(\\.0+)?\\b"],
    ["flip a coin for us", "heads|tails"],
    ["roll a dice for me", "\\b[1-6]\\b"],
    ["what's 72 Fahrenheit in Celsius", "\\b22\\.2\\d*"],
    ["how much is 3 times 12 plus 8", "\\b44\\b"],
    ["what's 1850 times 6.5", "\\b12,?025\\b"],
    ["what's minus 30 celsius in fahrenheit", "(-|\\u2212|minus )22\\b"],
    ["what is 2 to the power 10", "\\b1,?024\\b"],
    ["pick a number between one and a hundred", "\\b([1-9]\\d?|100)\\b"],
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the time the now", clockReply],
    ["what's today date?", monthDayReply],
    ["Which day is it today?", weekdayReply],
    ["what time is it in Delhi right now", all(clockReply, "Delhi")],
    ["what time is it in Manila po", all(clockReply, "Manila")],
    ["What's the date on Friday?", "December 11|" + monthDayReply],
    ["how many days till Christmas, guv", "\\b\\d+ days?\\b"],
    ["what time will it be in fourteen hours", clockReply],
    ["what time is it in Stockholm", all(clockReply, "Stockholm")],
    ["what day of the week is Christmas this year", "Friday"],
    ["is this year a leap year", "(not|isn't) a leap year"],
    ["what time is it in Kuala Lumpur", all(clockReply, "Kuala Lumpur")],
    ["what is the time in London now", all(clockReply, "London")],
    ["what date is Easter Sunday next year", "March 28"],
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["Morning! How's she cuttin'?", `${greetingReply}|${wellbeingReply}`],
    ["Kia ora", `${greetingReply}|^Kia ora`],
    ["good evening to you", greetingReply],
    ["cheers pal, you're a star", thanksReply],
    ["thank you po", thanksReply],
    ["how are you keeping", wellbeingReply],
    ["who are you anyway", identityReply],
    ["what sort of things can you do for me", skills],
    ["right, that's me away to my bed, goodnight", goodbyeReply],
    ["ach never mind", okay],
    ["bye now", goodbyeReply],
    ["thanks a million, God bless", thanksReply],
  ]),
  ...single(P, "status", "status", statusReply, [
    "is everything up and running",
    "are all your services up",
    "is the memory thing working the day",
    "is the timekeeper service up",
    "system status please",
    "is anything down at the moment",
    "are your systems all good, b'y",
  ]),
  ...single(P, "conversation", "conversation", nothingSaidYet, ["what did I just say"]),
];

export const fresh26Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "baker-proving", [
    ["set a proving timer for forty minutes", "timer", all("proving", dur(40, "minute"))],
    ["how long's left on the proving", "timer", "\\b(39|40) minutes"],
    ["add ten minutes to it, the dough's sluggish the night", "timer", "\\b(49|50) minutes"],
    ["ach cancel it, it's fine", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "crawfish-boil", [
    ["set a timer for fifteen minutes, cher", "timer", dur(15, "minute")],
    ["pause the timer", "timer", "paused"],
    ["okay start it back up", "timer", "resumed|\\b(14|15) minutes"],
    ["how much time's on it", "timer", "\\b(14|15) minutes"],
  ]),
  dialogue(P, "timer", "nurse-two-timers", [
    ["set a timer for 20 minutes for my break", "timer", dur(20, "minute")],
    ["and another one for the laundry, 35 minutes", "timer", all("laundry", dur(35, "minute"))],
    ["what timers do I have", "timer", "(2|two) timers"],
    ["cancel the laundry one", "timer", all(cancelledReply, "laundry")],
  ]),
  dialogue(P, "timer", "cab-kettle", [
    ["set a timer for 5 minutes, mate", "timer", dur(5, "minute")],
    ["take a minute off that", "timer", "\\b(3|4) minutes"],
    ["scratch that", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "tester-suite", [
    ["Kindly set timer for 1 hour for the test suite", "timer", "\\b1 hour|\\b60 minutes"],
    ["how much time remaining", "timer", "\\b59 minutes|\\b1 hour|\\b60 minutes"],
    ["cancel the timer, the build has failed only", "timer", cancelledReply],
  ]),
  // reminders
  dialogue(P, "reminder", "veteran-pills", [
    ["remind me to take my heart pills at 8 tonight", "reminder", all("heart pills", at("8:00", "PM"))],
    ["what reminders have I got, ma'am", "reminder", "heart pills"],
    ["cancel the pills reminder, my wife'll do it", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "au-pair-mamma", [
    ["Remind me to call my mamma in Uppsala on Sunday at 2 pm", "reminder", all("mamma", "Sunday|December 13", at("2:00", "PM"))],
    ["actually make it 3 pm", "reminder", at("3:00", "PM")],
    ["what have I got on Sunday", "reminder", all("mamma", at("3:00", "PM"))],
  ]),
  dialogue(P, "reminder", "lawyer-motions", [
    ["remind me to file the Kessler motion at 4:30 this afternoon", "reminder", all("Kessler motion", at("4:30", "PM"))],
    ["also remind me to call Dr. Patel first thing tomorrow", "reminder", all("Patel", tomorrow)],
    ["what are my reminders", "reminder", all("Kessler", "Patel")],
    ["scratch the Patel one", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "dairy-cows", [
    ["remind us to move t' cows to the top field tomorrow at half seven in t' morning", "reminder", all("cows", at("7:30", "AM"), tomorrow)],
    ["make it eight", "reminder", at("8:00", "AM")],
    ["what's on tomorrow", "reminder", "cows"],
  ]),
  dialogue(P, "reminder", "priest-brennan", [
    ["remind me to ring Father Brennan in 45 minutes", "reminder", all("Father Brennan", inMinutes(45))],
    ["what did I just say", "conversation", "Father Brennan"],
    ["grand, now cancel that reminder, he's after ringing me himself", "reminder", cancelledReply],
  ]),
  // remember, recall and corrections
  dialogue(P, "remember", "fisherman-pier", [
    ["Remember that I parked the truck at pier seven", "remember", "parked the truck at pier (seven|7)"],
    ["Where I have parked the truck?", "recall", "pier (seven|7)"],
    ["No, is pier eight, not seven", "correct", correctedReply("pier (eight|8)")],
    ["so where is it now", "recall", "pier (eight|8)"],
  ]),
  dialogue(P, "remember", "biji-arjun", [
    ["remember that my grandson Arjun's phone number is 604 555 0178", "remember", all("Arjun", "604 ?555 ?0178")],
    ["what's Arjun's number", "recall", "604 ?555 ?0178"],
    ["No beta, it's 604 555 0187", "correct", correctedReply("604 ?555 ?0187")],
    ["haanji, so what's his number", "recall", "604 ?555 ?0187"],
  ]),
  dialogue(P, "remember", "teacher-kapa-haka", [
    ["Remember that kapa haka practice is on Wednesday at 3:15", "remember", all("kapa haka", "Wednesday", "3:15")],
    ["when's kapa haka practice", "recall", all("Wednesday", "3:15")],
    ["actually it's moved to Thursday", "correct", correctedReply("Thursday")],
    ["what day's the practice then", "recall", "Thursday"],
  ]),
  dialogue(P, "remember", "nurse-shift", [
    ["remember that my shift next week is nights, 19:00 to 07:00", "remember", all("shift", "night")],
    ["no, sorry po, it's days next week, 07:00 to 19:00", "correct", correctedReply("days")],
    ["am I on nights next week?", "recall", "days"],
  ]),
  dialogue(P, "recall", "crawfish-boat-key", [
    ["remember my boat key is hanging on the nail by the back door", "remember", "boat key is hanging on the nail by the back door"],
    ["where's my boat key at", "recall", "nail by the back door"],
    ["where's it at again, cher", "recall", "nail by the back door"],
    ["forget where the boat key is, I done moved it", "forget", forgotten],
    ["where's the boat key", "recall", unknownReply],
  ]),
  dialogue(P, "recall", "student-supervisor", [
    ["remember that my supervisor is Dr. Hollins and her office is room 2.14", "remember", all("Hollins", "2\\.14")],
    ["what's my supervisor's name", "recall", "Hollins"],
    ["which room is her office", "recall", "2\\.14"],
    ["sorry lah, it's room 2.41, not 2.14", "correct", correctedReply("2\\.41")],
    ["where is her office again", "recall", "2\\.41"],
    ["ok can forget about Dr. Hollins already", "forget", forgotten],
  ]),
  dialogue(P, "remember", "lawyer-deposition", [
    ["remember that the Kessler deposition is in conference room B", "remember", "Kessler deposition is in conference room B"],
    ["where's the Kessler deposition", "recall", "room B\\b"],
    ["correction, it's conference room D", "correct", correctedReply("room D\\b")],
    ["where's the deposition again", "recall", "room D\\b"],
  ]),
  dialogue(P, "remember", "tester-ticket", [
    ["Please remember that my Jira ticket for the login bug is QA-4821", "remember", all("login bug", "QA-4821")],
    ["what is the ticket number for the login bug", "recall", "QA-4821"],
    ["sorry, it is QA-4812 only", "correct", correctedReply("QA-4812")],
    ["tell me the login bug ticket once more", "recall", "QA-4812"],
    ["okay, now forget the login bug ticket, it is closed", "forget", forgotten],
  ]),
  dialogue(P, "recall", "flamenco-carmen", [
    ["Remember that my student Carmen pays 40 euros each Thursday", "remember", all("Carmen", "40 euros")],
    ["How much pays Carmen?", "recall", "40 euros"],
    ["And what day she pays?", "recall", "Thursday"],
    ["Vale, now forget about Carmen", "forget", forgotten],
  ]),
  dialogue(P, "remember", "rig-badge", [
    ["remember my rig badge number is 7734", "remember", "7734"],
    ["what's my badge number", "recall", "7734"],
    ["say that again", "conversation", "7734"],
  ]),
  // forget
  dialogue(P, "forget", "baker-flour", [
    ["remember that the flour order is due on Thursday", "remember", all("flour order", "Thursday")],
    ["forget about the flour order", "forget", forgotten],
    ["when's the flour order due", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "au-pair-allergy", [
    ["remember that Oliver's allergy medicine is in the blue backpack", "remember", all("allergy medicine", "blue backpack")],
    ["where's Oliver's allergy medicine", "recall", "blue backpack"],
    ["okay, forget that", "forget", forgotten],
    ["where is it", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "dairy-ai-man", [
    ["remember that the AI man is coming for the heifers on Friday", "remember", all("AI man", "Friday")],
    ["when's the AI man coming", "recall", "Friday"],
    ["forget that, he's called it off", "forget", forgotten],
  ]),
  dialogue(P, "forget", "veteran-case", [
    ["remember my VA case number is 88-2041", "remember", "88-2041"],
    ["forget my case number", "forget", forgotten],
    ["what's my VA case number", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "teacher-boots", [
    ["remember that my nephew Rawiri's rugby boots are size 9", "remember", all("Rawiri", "size (9|nine)")],
    ["forget Rawiri's boot size", "forget", forgotten],
    ["what size are Rawiri's boots", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "priest-siobhan", [
    ["remember that Mrs Kearney's daughter is called Siobhan", "remember", all("Kearney", "Siobhan")],
    ["what's Mrs Kearney's daughter called", "recall", "Siobhan"],
    ["forget about Mrs Kearney's daughter, God rest her mother", "forget", forgotten],
    ["what's her name again", "recall", unknownReply],
  ]),
  // conversation
  dialogue(P, "conversation", "tester-sum", [
    ["what is 45 times 12", "calculate", "\\b540\\b"],
    ["what did I just say", "conversation", "45 (times|x|\\*) 12"],
    ["and what did you say", "conversation", "\\b540\\b"],
  ]),
  dialogue(P, "conversation", "farmer-borehole", [
    ["remember that the borehole pump was serviced on the 2nd of November", "remember", all("borehole pump", "2nd of November|November 2")],
    ["what did I just say", "conversation", "borehole pump"],
    ["say that again please", "conversation", "borehole pump"],
  ]),
  dialogue(P, "conversation", "flamenco-break", [
    ["Set a timer for 25 minutes for the class break", "timer", dur(25, "minute")],
    ["Perdon, what did you say?", "conversation", dur(25, "minute")],
    ["And what did I say before?", "conversation", "25 minutes"],
  ]),
  // the rest
  dialogue(P, "time", "nurse-clocks", [
    ["what time is it in Manila po", "time", all(clockReply, "Manila")],
    ["and in London?", "time", all(clockReply, "London")],
    ["what's the date today", "time", monthDayReply],
  ]),
  dialogue(P, "arithmetic", "greek-takings", [
    ["what's 340 plus 275", "calculate", "\\b615\\b"],
    ["divide that by 5", "calculate", "\\b123\\b"],
    ["and add 15 percent to that", "calculate", "\\b141\\.45\\b"],
  ]),
  dialogue(P, "small_talk", "teacher-chat", [
    ["Kia ora, how are you today", "small_talk", `${greetingReply}|${wellbeingReply}|^Kia ora`],
    ["what can you help me with", "small_talk", skills],
    ["ka pai, thanks", "small_talk", thanksReply],
  ]),
  dialogue(P, "status", "lawyer-status", [
    ["is the system up", "status", statusReply],
    ["is the reminders service working", "status", statusReply],
    ["good, thanks", "small_talk", thanksReply],
  ]),
  dialogue(P, "out_of_domain", "crawfish-weather", [
    ["what's the weather gonna do tomorrow in Breaux Bridge", "out_of_domain", capabilityReply],
    ["well can you remind me to check the weather at 6 tomorrow morning then", "reminder", all("check the weather", at("6:00", "AM"), tomorrow)],
    ["and who won the LSU game", "out_of_domain", capabilityReply],
  ]),
];
