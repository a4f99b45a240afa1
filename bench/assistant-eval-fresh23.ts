/**
 * Part "fresh-23": a blind part of the assistant's evaluation set, written on 2026-12-07 by
 * someone who had read neither the router's code, nor the other parts' sentences, nor any
 * results; only the kit and the README.
 *
 * The sentences come from imagining these speakers, each talking in their own way:
 *  - Margaret, 74, retired schoolteacher in Harrogate (Yorkshire): very polite, full sentences, "would you".
 *  - Jayden, 9, Columbus (Ohio): "um", "like", excited, wanders mid-sentence.
 *  - Priya, 34, software engineer born in Bengaluru, living in Toronto: "kindly", "put a timer of".
 *  - Liam, 27, barista in Dublin: "stick on", "there", "grand", "would ya".
 *  - Aroha, 45, night-shift nurse in Auckland: brisk, kind, "sweet as".
 *  - Bruce, 58, cattle farmer in central Queensland: terse, "arvo", "mate", drops verbs.
 *  - Kwame, 40, Ghanaian accountant in south London: formal, "please", "kindly".
 *  - Mei, 22, Chinese student in Melbourne: drops articles and plurals, simple word order.
 *  - Dieter, 61, German engineer retired to Aberdeenshire: German word order, "please" at odd places.
 *  - Tasha, 31, mother of two in Atlanta: "okay so", "uh", corrects herself mid-sentence.
 *  - Carlos, 38, barbecue cook in San Antonio (Texas): relaxed, food everywhere.
 *  - Fiona, 50, Glasgow: "wee", "ye", "aye".
 *  - Zainab, 29, pharmacist in Lagos: Nigerian English, "please I want", "abeg" rarely.
 *  - Tom, 16, London: as few words as possible, "mins", "innit".
 *  - Yuki, 55, Japanese homemaker in Vancouver: extremely polite, "excuse me", careful grammar.
 *  - Dolores, 82, widow in Sarasota (Florida): "dear", "oh", loses the thread, self-corrections.
 *  - Olek, 44, Polish builder in Manchester: telegraphic, "please" at the end, few articles.
 *  - Nomvula, 36, teacher in Johannesburg: "howzit", "just now", South African turns of phrase.
 *  - Ethan, 12, hockey player in Winnipeg: "can you", "like", Canadian kid.
 *  - Grace, 67, Jamaican-born retired nurse in Birmingham: warm, "darling", churchgoer.
 *
 * Memories are shared across the part, so every fact below has a subject nobody else here uses.
 */
import {
  EvalDialogue,
  EvalTurn,
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
  cancelledReply,
  weekdayReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-23" as const;

/** Every pattern given must match somewhere in the reply, in any order. */
const all = (...patterns: string[]): string => "^" + patterns.map((p) => `(?=.*(?:${p}))`).join("");
/** A clock time in a named city. */
const inCity = (city: string): string => all(clockReply, city);
/** A delay said back as the delay or as the clock time it ends at. */
const delayOrClock = (delay: string): string => `(?:${delay}|${clockReply})`;
/** Time left on a timer. */
const left = "(hours?|minutes?|seconds?) left";
/** A reminder kept: the task's key word and the time (and the day). */
const remind = (task: string, ...when: string[]): string => all(task, ...when);
/** A fact kept: "remember" and the fact's key content. */
const kept = (...content: string[]): string => all("remember", ...content);
const whenReply = "when should I remind you";
const skillsReply = "timers|remember";
const t = (say: string, intent: string, reply: string): EvalTurn => [say, intent, reply];

export const fresh23Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["Could you set a timer for twenty minutes, please?", "20 minutes"],
    ["um can you do a timer for, like, 5 minutes", "5 minutes"],
    ["Put a timer of 12 minutes for the pressure cooker", "12 minutes"],
    ["stick on a timer for half an hour there would ya", "30 minutes|half an hour"],
    ["timer for 90 seconds please", "90 seconds|1 minute and 30 seconds"],
    ["Timer. Eight minutes.", "8 minutes"],
    ["Please start a 35 minute timer for the plantain", "35 minutes"],
    ["set timer 3 minute for noodle", "3 minutes"],
    ["Make me please a timer of one hour and fifteen minutes for the bread", "1 hour and 15 minutes|75 minutes"],
    ["okay so set a timer for, uh, seven, no, eight minutes", "8 minutes"],
    ["start a pizza timer for 14 minutes", "14 minutes"],
    ["can ye put a timer on for four minutes for the eggs", "4 minutes"],
    ["Please I want a timer for 45 minutes", "45 minutes"],
    ["timer 2 mins", "2 minutes"],
    ["Excuse me, could you please set a timer for six minutes for the udon?", "6 minutes"],
    ["I need one of those timers, dear, for, oh, twenty-five minutes", "25 minutes"],
    ["timer one hour please", "1 hour|60 minutes"],
    ["set a timer for 2 hours for the roast", "2 hours"],
    ["can you set a one minute timer for my plank", "1 minute"],
    ["set the timer for forty-five seconds darling", "45 seconds"],
    ["set a laundry timer for 52 minutes", "52 minutes"],
    ["count down fifteen minutes for me", "15 minutes"],
    ["what timers have I got running", timerListReply],
    ["how long is left on my timer", `don't have any timers?|${left}`],
    ["cancel my timer", `don't have any timers?|${cancelledReply}`],
  ]),
  ...singlePairs(P, "reminder", "reminder", [
    ["Would you remind me to ring my sister at four o'clock this afternoon, please?", remind("sister", "4:00 PM")],
    ["remind me to feed my fish at 7 tonight", remind("fish", "7:00 PM")],
    ["Remind me tomorrow morning at 8:30 to send the invoice", remind("invoice", "tomorrow at 8:30 AM")],
    ["remind me to put the bins out at 9 tonight", remind("bins", "9:00 PM")],
    ["set an alarm for 6:15 am", "6:15 AM"],
    ["wake me at 4:45", "4:45 ?(AM|PM)"],
    ["Please remind me every Friday at 5 pm to call my mother", remind("mother", "every Friday at 5:00 PM")],
    ["remind me in 2 hours do laundry", remind("laundry", delayOrClock("2 hours"))],
    ["Remind me on Monday at 10 in the morning that I must phone the tax office", remind("tax office", "Monday", "10:00 AM")],
    ["remind me every weekday at 7:15 to pack the lunches", remind("lunches", "every weekday at 7:15 AM")],
    ["remind me to order more brisket from the butcher at noon", remind("brisket", "12:00 PM|noon")],
    ["remind us to phone the gas board tomorrow at 11", remind("gas board", "tomorrow at 11:00 ?(AM|PM)")],
    ["Please remind me by 6 pm to buy fuel", remind("fuel", "6:00 PM")],
    ["remind me to text Jess in 10 mins", remind("Jess", delayOrClock("10 minutes"))],
    ["Please remind me to water the bonsai every day at 8 am", remind("bonsai", "every day at 8:00 AM")],
    ["remind me to take my pills, dear", whenReply],
    ["alarm 5 am tomorrow please", "5:00 AM"],
    ["remind me at half past five to fetch the kids", remind("kids", "5:30 ?(PM|AM)")],
    ["can you remind me to bring my skates when I get to school", `can't tell where you are|${whenReply}`],
    ["remind me every Wednesday at 2 pm to phone the pharmacy", remind("pharmacy", "every Wednesday at 2:00 PM")],
    ["what reminders do I have", reminderListReply],
    ["cancel my reminder to call the dentist", `don't have|no reminder|couldn't find|can't find|${cancelledReply}`],
    ["remind me in 45 minutes to check the washing machine", remind("washing machine", delayOrClock("45 minutes"))],
    ["remind me on Saturday at 10 am to mow the lawn", remind("lawn", "Saturday", "10:00 AM")],
    ["remind me every day at 9 pm to lock the back door", remind("back door", "every day at 9:00 PM")],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["Would you please remember that my reading glasses are on the piano.", kept("reading glasses", "piano")],
    ["um remember that my goldfish is called Bubbles", kept("goldfish", "Bubbles")],
    ["Please note that my PAN card is in the second drawer of the study table", kept("PAN card", "second drawer")],
    ["Remember the kids' swimming lessons are at the Parnell pool", kept("swimming", "Parnell")],
    ["Gate combo for the back paddock is 7719. Remember that.", kept("7719")],
    ["Kindly remember that my brother Kofi's flat is number 14B", kept("Kofi", "14B")],
    ["remember my student number is 1098234", kept("student number", "1098234")],
    ["Remember please: the spare fuses are in the garage, in the left cabinet", kept("fuses", "left cabinet")],
    ["okay so remember the kids' pediatrician is Dr. Alvarez", kept("pediatrician", "Alvarez")],
    ["remember I keep the good knives in the top drawer by the stove", kept("knives", "top drawer")],
    ["remember the electric meter is in the cupboard under the stairs", kept("meter", "under the stairs")],
    ["Please remember my NIN is 7741 2290 315", kept("NIN", "7741 ?2290 ?315")],
    ["Please remember that my hanko stamp is in the small wooden box", kept("hanko", "wooden box")],
    ["remember that, um, my neighbour Betty has the spare key", kept("Betty", "spare key")],
    ["we are out of coffee", "coffee"],
    ["we've run out of dishwasher tablets darling", "dishwasher tablets"],
    ["remember that the gate remote takes a CR2032 battery", kept("gate remote", "CR2032")],
    ["remember my hockey bag is in my dad's trunk", kept("hockey bag", "trunk")],
  ]),
  ...singlePairs(P, "recall", "recall", [
    ["where did I put my umbrella", unknownReply],
    ["what's my library card number", unknownReply],
    ["when is my cousin Bethan's birthday", unknownReply],
  ]),
  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["Could you tell me the time, please?", clockReply],
    ["um what day is it today", weekdayReply],
    ["What is today's date?", monthDayReply],
    ["what time is it in Boston", inCity("Boston")],
    ["what's the time in London right now", inCity("London")],
    ["date", monthDayReply],
    ["How many days until Christmas?", "\\d+ days?|today|tomorrow"],
    ["what time is in Shanghai now", inCity("Shanghai")],
    ["Is 2028 a leap year?", "2028 is a leap year|\\byes\\b"],
    ["okay so what day is Christmas on this year", weekdayReply],
    ["what week number is it", "week \\d+|\\b\\d{1,2}\\b"],
    ["Excuse me, what time will it be in three hours?", clockReply],
    ["what day is it, dear? I lose track", weekdayReply],
    ["how many days has February in 2027", "\\b28\\b"],
    ["how many sleeps till new year's", "\\d+ (days?|sleeps?)|today|tomorrow"],
  ]),
  ...single(P, "status", "status", statusReply, [
    "are all your services up",
    "Is everything working properly on your end?",
    "system status",
    "Kindly check whether all the services are running",
    "Is the memory service running?",
    "anything down?",
    "Please check if your system is okay",
    "run a health check on yourself",
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hello", greetingReply],
    ["Good morning to you", greetingReply],
    ["hiya", greetingReply],
    ["g'day", greetingReply],
    ["howzit", greetingReply],
    ["Thank you so much, you are very kind", thanksReply],
    ["cheers", thanksReply],
    ["bye for now, dear", goodbyeReply],
    ["good night", goodbyeReply],
    ["who are you?", identityReply],
    ["What are you, exactly?", identityReply],
    ["how are you doing", wellbeingReply],
    ["you alright?", wellbeingReply],
    ["what things you can do?", skillsReply],
    ["you're awesome", "thank|glad|kind|happy|appreciate"],
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 12 times 7", "\\b84\\b"],
    ["What is fifteen percent of eighty?", "\\b12\\b"],
    ["convert 5 miles to kilometres", "8\\.0[45]"],
    ["how many grams in a pound", "453\\.\\d"],
    ["flip a coin", "heads|tails"],
    ["roll a die for me", "\\b[1-6]\\b"],
    ["pick a number between one and ten", "\\b([1-9]|10)\\b"],
    ["what is 100 divided by 8", "12\\.5"],
    ["Square root of 144?", "\\b12\\b"],
    ["350 fahrenheit in celsius", "176\\.\\d|\\b177\\b"],
    ["twenty kilos in pounds", "44\\.\\d"],
    ["what's 3450 minus 1275", "2,?175"],
    ["how much is 7 times 8 please", "\\b56\\b"],
    ["Kindly calculate 18 percent of 2500", "\\b450\\b"],
    ["how many centimetres in 6 feet", "182\\.\\d|\\b183\\b"],
  ]),
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "What's the weather going to be like tomorrow in Harrogate?",
    "can you play the Minecraft song",
    "What is the current dollar to rupee exchange rate?",
    "who won the hurling on Sunday",
    "turn the heat pump up to 22",
    "is it gonna rain this arvo",
    "Call my brother Kofi",
    "how to say receipt in Chinese",
    "Read me the news headlines, please",
    "order more diapers on Amazon",
    "what's a good substitute for buttermilk",
    "text my daughter I'll be late",
    "What is the capital of Canada?",
    "play some Stormzy",
    "Please turn off the living room lights",
    "is it all right to take my blood pressure pill with grapefruit juice",
    "can landlord keep my deposit for painting the walls",
    "is there load shedding tonight",
    "who has the most goals in NHL history",
    "find me a recipe for rice and peas",
    "how's the traffic on the M6",
    "book a table for two at eight at Nando's",
    "what's Apple's stock price today",
    "how tall is Mount Kilimanjaro",
    "read my emails to me",
  ]),
];

export const fresh23Dialogues: EvalDialogue[] = [
  // Margaret: where the car is, corrected.
  dialogue(P, "recall", "car-level", [
    t("Would you remember for me that I've parked the car on level 3, please?", "remember", kept("level 3")),
    t("Oh, I do beg your pardon, it's level 4.", "correct", correctedReply("level 4")),
    t("Now, where did I leave the car?", "recall", "level 4"),
  ]),
  // Jayden: a cookie timer, paused and resumed.
  dialogue(P, "timer", "cookie-timer", [
    t("can you set a timer for 15 minutes for my cookies", "timer", "15 minutes"),
    t("um how long is left", "timer", left),
    t("pause it", "timer", "paused"),
    t("okay start it again", "timer", "running again|resumed|restarted"),
  ]),
  // Priya: a reminder moved, then cancelled.
  dialogue(P, "reminder", "bank-reminder", [
    t("Remind me to call the bank tomorrow at 10 am", "reminder", remind("bank", "tomorrow at 10:00 AM")),
    t("Make it 11 instead", "reminder", "11:00 AM"),
    t("Actually, cancel that", "reminder", cancelledReply),
  ]),
  // Liam: what did I just say.
  dialogue(P, "conversation", "bike-lock", [
    t("remember the code for my bike lock is 3390", "remember", kept("3390")),
    t("what did I just say?", "conversation", "3390"),
    t("grand, thanks", "small_talk", thanksReply),
  ]),
  // Aroha: two facts, each recalled.
  dialogue(P, "recall", "ward-locker-badge", [
    t("remember my locker at work is number 57", "remember", kept("locker", "57")),
    t("and my staff badge number is 88213", "remember", kept("badge", "88213")),
    t("what's my locker number", "recall", "\\b57\\b"),
    t("what's my badge number", "recall", "88213"),
  ]),
  // Bruce: forgotten, then asked for.
  dialogue(P, "forget", "tractor-key", [
    t("tractor key's on the hook in the machinery shed. remember that", "remember", kept("tractor key", "hook|shed")),
    t("forget where the tractor key is", "forget", forgotten),
    t("where's the tractor key", "recall", unknownReply),
  ]),
  // Kwame: time added to a timer.
  dialogue(P, "timer", "jollof-timer", [
    t("Please set a timer for 40 minutes for the jollof rice", "timer", "40 minutes"),
    t("Kindly add 5 minutes to it", "timer", "added 5 minutes|4[45] minutes"),
    t("How much time is left on it?", "timer", left),
  ]),
  // Mei: a friend's birthday, asked for with "her".
  dialogue(P, "recall", "roommate-birthday", [
    t("remember my roommate Lin birthday is 14 March", "remember", kept("Lin", "14 March|March 14")),
    t("when is her birthday?", "recall", "14 March|March 14"),
  ]),
  // Dieter: a model number corrected.
  dialogue(P, "remember", "heating-pump", [
    t("Remember please that the heating pump is a Grundfos UPS 25-60", "remember", kept("Grundfos|25-60")),
    t("No, wrong, it is the 25-80", "correct", correctedReply("25-80")),
    t("Which model is the heating pump?", "recall", "25-80"),
  ]),
  // Tasha: a pick-up reminder moved, then listed.
  dialogue(P, "reminder", "practice-pickup", [
    t("okay so remind me to pick up Jaylen from practice at 5 pm", "reminder", remind("Jaylen|practice", "5:00 PM")),
    t("wait, no, make it 6", "reminder", "6:00 PM"),
    t("what reminders do I have", "reminder", "have (one|1|a) reminder|Jaylen|practice"),
  ]),
  // Carlos: two timers, listed, one cancelled.
  dialogue(P, "timer", "brisket-beans", [
    t("set a brisket timer for 3 hours", "timer", "3 hours"),
    t("and a timer for the beans, 45 minutes", "timer", "45 minutes"),
    t("what timers do I have going", "timer", "have (two|2) timers|brisket.*beans|beans.*brisket"),
    t("cancel the beans timer", "timer", cancelledReply),
  ]),
  // Fiona: a shoe size, then "say that again".
  dialogue(P, "conversation", "callum-shoes", [
    t("remember my wee lad Callum's shoe size is 12", "remember", kept("Callum", "12")),
    t("what's Callum's shoe size", "recall", "\\b12\\b"),
    t("sorry, say that again", "conversation", "\\b12\\b"),
  ]),
  // Zainab: a password kept, recalled, forgotten.
  dialogue(P, "forget", "guest-wifi", [
    t("Please remember the guest wifi password is Adaeze77", "remember", kept("guest wifi", "Adaeze77")),
    t("What's the guest wifi password again?", "recall", "Adaeze77"),
    t("Forget the guest wifi password", "forget", forgotten),
    t("What is the guest wifi password?", "recall", unknownReply),
  ]),
  // Tom: a timer cancelled with "it".
  dialogue(P, "timer", "tom-timer", [
    t("timer 20 mins", "timer", "20 minutes"),
    t("cancel it", "timer", cancelledReply),
    t("any timers?", "timer", "don't have any timers"),
  ]),
  // Yuki: where the passport is, corrected.
  dialogue(P, "remember", "passport-suitcase", [
    t("Excuse me, please remember that I put my passport in the blue suitcase", "remember", kept("passport", "blue suitcase")),
    t("I am sorry, it is in the black suitcase", "correct", correctedReply("black suitcase")),
    t("Where is my passport, please?", "recall", "black suitcase"),
  ]),
  // Dolores: a pill reminder moved.
  dialogue(P, "reminder", "heart-pills", [
    t("remind me to take my heart pills at 8 tonight, dear", "reminder", remind("pills", "8:00 PM")),
    t("oh no, make that 9", "reminder", "9:00 PM"),
    t("thank you, sweetheart", "small_talk", thanksReply),
  ]),
  // Olek: what the household has run out of.
  dialogue(P, "remember", "out-of-supplies", [
    t("we are out of washing up liquid", "remember", "washing.?up liquid"),
    t("also out of bin bags", "remember", "bin bags"),
    t("what we are out of?", "recall", all("washing.?up liquid", "bin bags")),
  ]),
  // Nomvula: a pudding timer paused and resumed.
  dialogue(P, "timer", "malva-pudding", [
    t("set a timer for 25 minutes for the malva pudding", "timer", "25 minutes"),
    t("pause the timer quickly", "timer", "paused"),
    t("okay resume it", "timer", "running again|resumed|restarted"),
    t("how long left", "timer", left),
  ]),
  // Ethan: a jersey number, then what did I just ask.
  dialogue(P, "conversation", "jersey-number", [
    t("remember my jersey number is 19", "remember", kept("jersey", "19")),
    t("what number is my jersey", "recall", "\\b19\\b"),
    t("what did I just ask you", "conversation", "jersey"),
  ]),
  // Grace: a weekly reminder, listed and cancelled.
  dialogue(P, "reminder", "sunday-sister", [
    t("remind me every Sunday at 9 am to call my sister Marcia", "reminder", remind("Marcia|sister", "every Sunday at 9:00 AM")),
    t("what reminders have I got, darling", "reminder", reminderListReply),
    t("cancel the reminder to call my sister", "reminder", cancelledReply),
  ]),
  // Margaret: an age from a kept birth date.
  dialogue(P, "recall", "imogen-age", [
    t("Would you remember that my granddaughter Imogen was born on the 3rd of June 2019?", "remember", kept("Imogen", "June|2019")),
    t("How old is Imogen now?", "recall", "\\b(7|8)\\b|seven|eight"),
  ]),
  // Priya: a number asked for with "his".
  dialogue(P, "recall", "plumber-dsouza", [
    t("Save this: our plumber Mr. Dsouza's number is 416 555 0193", "remember", kept("Dsouza", "416.?555.?0193")),
    t("What is his number?", "recall", "416.?555.?0193"),
  ]),
  // Liam: a timer changed with "make it 15".
  dialogue(P, "timer", "tea-timer", [
    t("put on a 10 minute timer there", "timer", "10 minutes"),
    t("ah actually make it 15", "timer", "15 minutes"),
    t("how long's left on that", "timer", left),
  ]),
  // Aroha: an alarm moved.
  dialogue(P, "reminder", "early-alarm", [
    t("set an alarm for 5:30 am", "reminder", "5:30 AM"),
    t("change it to quarter to six", "reminder", "5:45 AM"),
    t("sweet as, cheers", "small_talk", thanksReply),
  ]),
  // Bruce: where a switch is.
  dialogue(P, "recall", "bore-pump", [
    t("remember the bore pump switch is behind the water tank", "remember", kept("bore pump", "water tank")),
    t("where's the bore pump switch", "recall", "behind the water tank"),
    t("ta", "small_talk", thanksReply),
  ]),
  // Kwame: small talk.
  dialogue(P, "small_talk", "kwame-chat", [
    t("Good evening", "small_talk", greetingReply),
    t("How are you today?", "small_talk", wellbeingReply),
    t("What can you do for me?", "small_talk", skillsReply),
    t("Thank you very much", "small_talk", thanksReply),
  ]),
  // Mei: a reminder whose time comes in the next turn.
  dialogue(P, "reminder", "assignment", [
    t("remind me submit the assignment", "reminder", whenReply),
    t("tomorrow at 9 am", "reminder", remind("assignment", "9:00 AM")),
  ]),
  // Dieter: the time in two cities.
  dialogue(P, "time", "berlin-new-york", [
    t("What time is it now in Berlin?", "time", inCity("Berlin")),
    t("And in New York?", "time", inCity("New York")),
  ]),
  // Tasha: two facts about her son, asked for with "he".
  dialogue(P, "recall", "jaylen-school", [
    t("okay so remember Jaylen's teacher is Ms. Okafor", "remember", kept("Okafor")),
    t("and his school bus is number 42", "remember", kept("42")),
    t("who's Jaylen's teacher", "recall", "Okafor"),
    t("what bus does he take", "recall", "\\b42\\b"),
  ]),
  // Fiona: a name kept, forgotten, asked for.
  dialogue(P, "forget", "window-cleaner", [
    t("remember the window cleaner's called Davie", "remember", kept("window cleaner", "Davie")),
    t("what's the window cleaner called again", "recall", "Davie"),
    t("aye, forget the window cleaner's name", "forget", forgotten),
    t("what's the window cleaner called", "recall", unknownReply),
  ]),
  // Zainab: "remember this" with nothing, then the fact.
  dialogue(P, "remember", "tailor-shop", [
    t("Please remember this", "remember", emptyCaptureReply),
    t("My tailor's shop is on Allen Avenue", "remember", kept("tailor", "Allen Avenue")),
    t("Where is my tailor's shop?", "recall", "Allen Avenue"),
  ]),
  // Yuki: two timers, both cancelled.
  dialogue(P, "timer", "tea-rice", [
    t("Please set a timer for 3 minutes for the tea", "timer", "3 minutes"),
    t("And another one for 12 minutes for the rice, please", "timer", "12 minutes"),
    t("Please cancel all the timers", "timer", cancelledReply),
  ]),
  // Dolores: the time, the date, then what did you just say.
  dialogue(P, "conversation", "dolores-date", [
    t("what time is it, dear", "time", clockReply),
    t("and what's today's date", "time", monthDayReply),
    t("what did you just say? I didn't catch it", "conversation", monthDayReply),
  ]),
  // Grace: where the hat is, corrected with "actually".
  dialogue(P, "remember", "church-hat", [
    t("remember my church hat is on top of the wardrobe", "remember", kept("hat", "wardrobe")),
    t("actually it's in the hat box under the bed", "correct", correctedReply("hat box")),
    t("where's my church hat", "recall", "hat box"),
  ]),
  // Nomvula: a reminder after a delay, listed, cancelled.
  dialogue(P, "reminder", "washing-line", [
    t("remind me in 30 minutes to take the washing off the line", "reminder", remind("washing", delayOrClock("30 minutes"))),
    t("what reminders do I have", "reminder", "have (one|1|a) reminder|washing"),
    t("cancel the washing reminder", "reminder", cancelledReply),
  ]),
  // Olek: a sum, then what did I just ask.
  dialogue(P, "arithmetic", "olek-tiles", [
    t("how much is 4.5 times 3.2 please", "calculate", "14\\.4"),
    t("what I just ask?", "conversation", "4\\.5|3\\.2"),
  ]),
];
