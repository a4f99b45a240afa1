/**
 * Part "fresh-25" of the assistant's evaluation set: a blind part, written on 2026-12-07 by
 * someone who read neither the router's code, nor the other parts' sentences, nor any results;
 * only the evaluation kit (bench/assistant-eval-kit.ts) and the README. The replies are what a
 * good assistant should answer, not a guess at what this one does.
 *
 * The imagined speakers, and how each of them talks:
 * - Gwilym, 58, sheep farmer near Llanidloes, Wales: "now then", "bach", "tidy", "there's a good
 *   lad", half-Welsh greetings, times like "half six".
 * - Dee Ruiz, 41, paramedic on night shifts in Queens, New York: clipped, 24-hour times, "gimme",
 *   station and kit words (jump bag, narcan).
 * - Miss Hyacinth Campbell, 77, Jamaican grandmother in Scarborough, Toronto: patois mixed in
 *   ("mi", "fi", "di", "wah gwaan", "nuh", "tank yuh"), very polite, "darling", "mi dear".
 * - Tomasz Wisniewski, 36, Polish builder in Dublin: learner word order ("what reminders I
 *   have"), "please" everywhere, "in evening", Irish words picked up on site.
 * - Ruth Abernathy, 29, deaf from birth, graphic designer in Bristol: types into the app tersely,
 *   no articles, abbreviations ("min", "thu", "7am"), one-word questions ("left?").
 * - Pastor Kwame Mensah, 63, Ghanaian pastor in Houston: formal, "kindly", "please", full
 *   sentences, church names and duties.
 * - Elodie Marchand, 20, French exchange student in Manchester: French turns of phrase ("a timer
 *   of 8 minutes", "the code of my bike lock"), "ah no", numbers said digit by digit.
 * - Jory Trewin, 54, fisherman in Newlyn, Cornwall: "my 'andsome", "where's it to", boats, pots,
 *   quays and tides.
 * - Rafiq Uddin, 47, Bangladeshi shopkeeper in Whitechapel, East London: "bhai", "innit", the cash
 *   and carry, sums in his head, phone numbers.
 * - Grace Wanjiru, 33, Kenyan nurse on a ward in Leeds: "kindly", "please", shift times, home in
 *   Nairobi, "God bless".
 * - Tyler Brooks, 15, gamer in Columbus, Ohio: "yo", "ngl", "rn", "like", no capitals, "u".
 * - Margaret Hocking, 71, retired teacher in Adelaide: precise and courteous, "dear", "thank you",
 *   grandchildren, the bowls club.
 * - Luana Ferreira, 26, Brazilian dancer in Lisbon learning English: Portuguese word order ("I
 *   need that you remind me", "7 of the night", "what I just said?").
 * - Callum MacRae, 49, ghillie on a Sutherland estate: "aye", "wee", "the morn" (tomorrow), "the
 *   night" (tonight), "och", "that's me away".
 * - Mike Delgado, 38, dad with a baby in Denver: interrupted, "uh", "um", self-corrections ("seven
 *   minutes, no wait, make it nine"), naps and bottles.
 * - Piet van der Merwe, 52, South African braai man in Perth: "howzit", "boet", "lekker", "just
 *   now", the bakkie, "half five".
 * - Vivian Leung, 34, Hong Kong banker in London: crisp and fast, markets, flights home, Octopus
 *   card.
 * - Pemba Sherpa, 40, Nepali trekking guide: simple English, "sir" and "ma'am" to the machine,
 *   "please", dropped articles and plurals ("10 minute"), base camps and permits.
 * - Shannon Kowalchuk, 45, hockey mom in Winnipeg: "eh", "gonna", the rink, the van, "quarter to
 *   six", the kids' gear.
 * - Kevin Zhou, 27, Chinese-American grad student in Boston: lab words (centrifuge, incubation,
 *   bench), "like", "real quick", "ok".
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

const P = "fresh-25" as const;

/** A timer set for that duration (a pattern for the duration), named when a name is given. */
const timerSet = (duration: string, name?: string): string =>
  name ? `^(?=.*${name})(?=.*timer (is )?set for ${duration})` : `timer (is )?set for ${duration}`;
/** A reminder of that task (as the reply says it, in the second person) at that time. */
const remind = (task: string, when: string): string => `remind you to ${task}\\b.*${when}`;
/** A clock time or a span said as it is: "in 20 minutes" may be answered with the clock time. */
const inOrClock = (span: string): string => `(in ${span}|${clockReply})`;
/** Every part of the list must be in the reply, in any order. */
const allOf = (...parts: string[]): string => `^${parts.map((part) => `(?=.*${part})`).join("")}`;
/** A time in another city: the clock time and the city's name. */
const cityClock = (city: string): string => allOf(clockReply, city);
/** Time left on a timer, in minutes: the reply names one of these minute counts and says it is left. */
const minutesLeft = (minutes: string): string => allOf(`\\b(${minutes}) minutes?\\b`, "(left|remaining)");
/** "scratch that" and its kind after something was just set. */
const undoneReply = `${cancelledReply}|removed|deleted|scratched|won't remind`;
/** A day with nothing on it. */
const emptyAgendaReply = "nothing|don't have any|no reminders|free|clear";
/** "what can you do": the reply names its skills. */
const skillsReply = allOf("remember", "(timer|remind)");
/** "never mind": an easy acknowledgement. */
const okayReply = "^(Okay|OK|Alright|All right|Sure|No problem|No worries|Fine)";
const ninetyMinutes = "(1 hour,? (and )?30 minutes|90 minutes|1\\.5 hours|an hour and a half)";

export const fresh25Singles: EvalDialogue[] = [
  ...singlePairs(P, "reminder", "reminder", [
    // Gwilym
    ["Remind me to move the ewes to the top field tomorrow morning at six, would you", remind("move the ewes to the top field", "tomorrow at 6:00 AM")],
    // Dee
    ["remind me to restock the jump bag at 19:45", remind("restock the jump bag", "7:45 PM")],
    // Hyacinth
    ["Please darling, remind me fi call mi daughter Marcia at quarter to seven this evening", "remind you.*call (your|mi) daughter Marcia.*6:45 PM"],
    // Tomasz
    ["remind me please on Friday at seven in morning to bring the invoice to Seamus", remind("bring the invoice to Seamus", "Friday at 7:00 AM")],
    // Ruth
    ["remind bins thu 7am", "bins.*Thursday at 7:00 AM"],
    // Pastor Kwame
    ["Kindly remind me to pray for Sister Abena's surgery every morning at six thirty", remind("pray for Sister Abena's surgery", "(every day|daily|every morning).*6:30 AM")],
    // Elodie
    ["can you remind me in twenty minutes to take the washing out from the machine", remind("take the washing out", inOrClock("20 minutes"))],
    // Jory
    ["remind me to check the pots at half past four tomorrow, my 'andsome", remind("check the pots", "tomorrow at 4:30 (AM|PM)")],
    // Rafiq
    ["remind me to ring the cash and carry at 3 o'clock innit", remind("ring the cash and carry", "3:00 PM")],
    // Grace
    ["Please remind me to take my iron tablets at 10pm every night", remind("take your iron tablets", "(every day|every night|daily).*10:00 PM")],
    // Tyler
    ["yo remind me to grind the battle pass at like 8 tonight", remind("grind the battle pass", "8:00 PM")],
    // Margaret
    ["Would you remind me to water the roses on Sunday at four o'clock in the afternoon, thank you", remind("water the roses", "Sunday at 4:00 PM")],
    // Shannon
    ["remind me every Tuesday at quarter to six to pack Jayden's hockey bag", remind("pack Jayden's hockey bag", "every Tuesday at 5:45 (AM|PM)")],
    // Mike
    ["uh remind me to, um, order more formula, tomorrow at noon", remind("order more formula", "tomorrow at 12:00 PM")],
    // Luana
    ["I need that you remind me of my class of samba at 7 of the night", "samba.*7:00 PM"],
    // Kevin: an alarm
    ["set an alarm for 6:40 tomorrow morning", "tomorrow at 6:40 AM"],
    // Vivian: a fresh user's list
    ["what reminders do I have", reminderListReply],
    // Callum: a fresh user's day
    ["what have I got on the morn", emptyAgendaReply],
  ]),
  ...singlePairs(P, "timer", "timer", [
    // Ruth
    ["timer 12 min", timerSet("12 minutes")],
    // Gwilym
    ["Set a timer for forty minutes for the cawl, there's a good lad", timerSet("40 minutes")],
    // Dee
    ["gimme a ninety second timer", timerSet("(1 minute,? (and )?30 seconds|90 seconds|1\\.5 minutes)")],
    // Hyacinth
    ["Set a timer fi di rice, twenty-five minutes please", timerSet("25 minutes")],
    // Tomasz
    ["put timer on fifteen minutes for the concrete please", timerSet("15 minutes")],
    // Elodie
    ["I want a timer of 8 minutes for my crepes", timerSet("8 minutes")],
    // Jory: named
    ["set a pasty timer for fifty minutes", timerSet("50 minutes", "pasty")],
    // Rafiq
    ["put a timer half an hour for the samosas bhai", timerSet("30 minutes")],
    // Grace
    ["Timer for 4 minutes please, for the tea", timerSet("4 minutes")],
    // Tyler
    ["start a 5 min timer ngl my mom said 5 more minutes", timerSet("5 minutes")],
    // Piet
    ["set a timer for an hour and a half for the potjie", timerSet(ninetyMinutes)],
    // Kevin
    ["start a timer for 2 hours 15 minutes for the incubation", timerSet("(2 hours,? (and )?15 minutes|135 minutes)")],
    // Callum
    ["set a timer for a wee quarter of an hour", timerSet("15 minutes")],
    // Mike: a self-correction
    ["timer, uh, seven minutes, no wait, make it nine, for the bottle warmer", timerSet("9 minutes")],
    // Luana
    ["please put a timer of three minutes and thirty seconds", timerSet("(3 minutes,? (and )?30 seconds|210 seconds|3\\.5 minutes)")],
    // Margaret
    ["Set a timer for one hour for the pavlova, please", timerSet("(1 hour|60 minutes)")],
    // Pemba
    ["timer 10 minute for boil water please", timerSet("10 minutes")],
    // Shannon: a fresh user
    ["how much time is left on my timer", timerListReply],
    // Vivian: a fresh user
    ["cancel my timer", "don't have any|no (active |running )?timers?|nothing to cancel"],
  ]),
  ...singlePairs(P, "remember", "remember", [
    // Gwilym
    ["Remember that the quad keys are on the nail in the lambing shed", "the quad keys are on the nail in the lambing shed"],
    // Dee
    ["remember my locker at Station 52 is number 118", "your locker at Station 52 is number 118"],
    // Hyacinth
    ["Remember that my pressure tablets are in the blue tin on top of the fridge, darling", "your pressure tablets are in the blue tin on top of the fridge"],
    // Tomasz
    ["remember please the van is parked on Parnell Street, near the Centra", "the van is parked on Parnell Street"],
    // Ruth
    ["remember gym locker 27", "gym locker.*27"],
    // Pastor Kwame
    ["Please remember that the church board meeting is on the second Tuesday of every month", "the church board meeting is on the second Tuesday of every month"],
    // Elodie
    ["remember that my flatmate's name is Siobhan", "your flat ?mate's name is Siobhan"],
    // Rafiq
    ["remember the wholesaler account number is 55 20 19", "wholesaler account number is 55 ?20 ?19"],
    // Luana
    ["you remember please that my teacher of English is called Mrs Pereira", "your (teacher of English|English teacher) is called Mrs Pereira"],
    // Kevin
    ["remember that my advisor's office hours are Wednesdays 2 to 4", "your advisor's office hours are Wednesdays 2 to 4"],
    // Pemba
    ["remember my trekking permit number is 88213", "your trekking permit number is 88213"],
    // Piet
    ["remember the braai tongs are in the cooler box in the bakkie", "the braai tongs are in the cooler box in the bakkie"],
    // Shannon: nothing said yet
    ["can you remember something for me", emptyCaptureReply],
  ]),
  // Fresh users: nothing was told, so nothing can be read back.
  ...singlePairs(P, "recall", "recall", [
    ["where did I leave the boat keys", unknownReply], // Callum
    ["what's my Octopus card number", unknownReply], // Vivian
    ["yo what's my wifi password", unknownReply], // Tyler
    ["When is my grandson's birthday, dear?", unknownReply], // Margaret
    ["what do you know about me", unknownReply], // Mike
    ["What is my locker code at work?", unknownReply], // Grace
  ]),
  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "What's the weather doing up on Plynlimon this afternoon?", // Gwilym
    "what's traffic like on the Van Wyck right now", // Dee
    "Play some Toots and the Maytals for me nuh", // Hyacinth
    "how much is a bag of cement in Woodies", // Tomasz
    "book taxi 6pm", // Ruth
    "Read me John chapter three verse sixteen, please", // Pastor Kwame
    "who won the match between PSG and Marseille yesterday", // Elodie
    "when's high tide at Newlyn tomorrow", // Jory
    "order twenty crates of Coke from Booker", // Rafiq
    "What's the news today in Kenya?", // Grace
    "what's the price of a PS5 rn", // Tyler
    "How many people live in Adelaide?", // Margaret
    "how I go from Rossio to Belem by tram", // Luana
    "what time does the Co-op in Lairg shut the night", // Callum
    "turn off the lights in the nursery", // Mike
    "what's the score in the Springboks game", // Piet
    "what's the Hang Seng doing today", // Vivian
    "is the Thorong La pass open now, ma'am", // Pemba
    "set the thermostat to 21 degrees eh", // Shannon
    "explain the Krebs cycle to me real quick", // Kevin
    "who's the best Fortnite streamer right now", // Tyler
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["How much is 240 ewes at 85 pounds each", "20,?400"], // Gwilym
    ["what's 0.3 times 72", "21\\.6"], // Dee
    ["How much is 15 percent of 80 dollars, dear?", "\\b12\\b"], // Hyacinth
    ["how many square metres is 4.5 by 3.2", "14\\.4"], // Tomasz
    ["17x23", "\\b391\\b"], // Ruth
    ["What is one thousand two hundred divided by twelve?", "\\b100\\b"], // Pastor Kwame
    ["how much is 20 degrees celsius in fahrenheit", "\\b68\\b"], // Elodie
    ["how many kilos is 30 pounds of mackerel", "13\\.6"], // Jory
    ["what's 1250 minus 375", "\\b875\\b"], // Rafiq
    ["convert 98.6 fahrenheit to celsius", "\\b37\\b"], // Grace
    ["flip a coin", "heads|tails"], // Tyler
    ["What is the square root of 169?", "\\b13\\b"], // Margaret
    ["how many centimetres is 64 inches", "162\\.56"], // Luana
    ["how many metres is 3000 feet", "914\\.4"], // Callum
    ["roll a die", "\\b[1-6]\\b"], // Mike
    ["what's 2.5 kilograms in pounds", "5\\.51"], // Piet
    ["what's 7.5 percent of 2 million", "150,?000"], // Vivian
    ["how many feet is 5364 metres", "17,?598"], // Pemba
    ["what's 45 bucks split four ways", "11\\.25"], // Shannon
    ["what's 2 to the power of 16", "65,?536"], // Kevin
  ]),
  ...singlePairs(P, "time", "time", [
    ["What's the time now, bach?", clockReply], // Gwilym
    ["time check", clockReply], // Dee
    ["Wha day is today, mi forget", weekdayReply], // Hyacinth
    ["what is the date today please", monthDayReply], // Tomasz
    ["what time is it in Paris now", cityClock("Paris")], // Elodie
    ["what time is it in Dhaka bhai", cityClock("Dhaka")], // Rafiq
    ["What time is it in Nairobi right now?", cityClock("Nairobi")], // Grace
    ["How many days is it until Christmas?", "\\b\\d+ days?\\b"], // Margaret
    ["what day of the week is the 25 of December", weekdayReply], // Luana
    ["what's the date the morn", monthDayReply], // Callum
    ["what time is it in Joburg now boet", cityClock("(Johannesburg|Joburg)")], // Piet
    ["what time in Kathmandu now", cityClock("Kathmandu")], // Pemba
    ["what time will it be in 36 hours", clockReply], // Kevin
    ["what week number is it", "week \\d+"], // Shannon
    ["is 2028 a leap year", "2028 is a leap year|^yes"], // Tyler
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["Shwmae!", greetingReply], // Gwilym
    ["Wah gwaan, mi dear", greetingReply], // Hyacinth
    ["Howzit boet", greetingReply], // Piet
    ["Thank you dear, that's lovely", thanksReply], // Margaret
    ["thanks a million", thanksReply], // Tomasz
    ["who am I talking to", identityReply], // Dee
    ["what are you able to do?", skillsReply], // Elodie
    ["how u doin", wellbeingReply], // Tyler
    ["Cheers, that's me away", `${goodbyeReply}|${thanksReply}`], // Callum
    ["never mind, baby's crying", okayReply], // Mike
    ["Good night, God bless", goodbyeReply], // Grace
    ["are you a real person or like an AI", identityReply], // Kevin
  ]),
  ...single(P, "status", "status", statusReply, [
    "are all your systems up", // Dee
    "status?", // Ruth
    "is the memory service down", // Kevin
    "Is everything running okay on your end?", // Vivian
    "is the system working now", // Tomasz
    "Are all the services up and running, please?", // Pastor Kwame
    "yo is the server lagging or is it up", // Tyler
    "is the timer thing working", // Shannon
  ]),
];

export const fresh25Dialogues: EvalDialogue[] = [
  // ---- timers ----
  dialogue(P, "timer", "lamb-timer-gwilym", [
    ["Set a timer called lamb for two hours, would you", "timer", timerSet("2 hours", "lamb")],
    ["How long is left on the lamb?", "timer", allOf("\\b(1 hour|2 hours|1[12]\\d minutes)\\b", "(left|remaining)")],
    ["Add another twenty minutes to it", "timer", "\\b(19|20) minutes"],
    ["Right, cancel the lamb timer, it's done", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "nap-and-bottle-mike", [
    ["set a nap timer for 45 minutes", "timer", timerSet("45 minutes", "nap")],
    ["and a bottle timer for 10 minutes", "timer", timerSet("10 minutes", "bottle")],
    ["what timers have I got going", "timer", allOf("nap", "bottle")],
    ["kill the bottle one, she fell asleep", "timer", allOf(cancelledReply, "bottle")],
    ["how long on the nap one", "timer", minutesLeft("4[345]")],
  ]),
  dialogue(P, "timer", "centrifuge-pause-kevin", [
    ["start a 30 minute timer for the centrifuge", "timer", timerSet("30 minutes")],
    ["pause it", "timer", "paused"],
    ["ok resume the timer", "timer", "resum|running again|continu|unpaused"],
    ["how much time's left", "timer", minutesLeft("29|30")],
  ]),
  dialogue(P, "timer", "pasta-make-it-elodie", [
    ["can you put a timer of 12 minutes for the pasta", "timer", timerSet("12 minutes")],
    ["ah no, make it 15", "timer", "15 minutes"],
    ["stop the timer please", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "terse-timer-ruth", [
    ["timer 25 min", "timer", timerSet("25 minutes")],
    ["left?", "timer", minutesLeft("24|25")],
    ["take off 5 min", "timer", "\\b(19|20) minutes|(took|taken|removed|off|less).*5 minutes"],
    ["cancel", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "van-warm-up-shannon", [
    ["set a timer for quarter of an hour, I'm gonna warm up the van eh", "timer", timerSet("15 minutes")],
    ["scratch that", "timer", undoneReply],
    ["actually just set one for 5 minutes", "timer", timerSet("5 minutes")],
  ]),
  // ---- reminders ----
  dialogue(P, "reminder", "site-reminders-tomasz", [
    ["remind me tomorrow at 8 in the morning to call the planning office", "reminder", remind("call the planning office", "tomorrow at 8:00 AM")],
    ["and remind me at 5 in evening to collect the lads from site", "reminder", remind("collect the lads from (the )?site", "5:00 PM")],
    ["what reminders I have?", "reminder", allOf("planning office", "lads")],
    ["cancel the one for the planning office", "reminder", allOf(cancelledReply, "planning office")],
  ]),
  dialogue(P, "reminder", "ward-manager-grace", [
    ["Remind me to ring the ward manager at 6:30 this evening", "reminder", remind("ring the ward manager", "6:30 PM")],
    ["Actually make it 7 pm", "reminder", "7:00 PM"],
    ["What reminders have I got?", "reminder", allOf("ward manager", "7:00 PM")],
  ]),
  dialogue(P, "reminder", "bowls-club-margaret", [
    ["Remind me on Saturday at 10 in the morning to take the cake to the bowls club", "reminder", remind("take the cake to the bowls club", "Saturday at 10:00 AM")],
    ["What have I got on Saturday?", "reminder", "cake.*bowls club|bowls club"],
    ["And what about Sunday?", "reminder", emptyAgendaReply],
  ]),
  dialogue(P, "reminder", "hatchery-weekdays-callum", [
    ["Remind me every weekday at 5 in the morning to check the hatchery", "reminder", remind("check the hatchery", "(every weekday|on weekdays|weekdays|monday to friday).*5:00 AM")],
    ["What reminders are set?", "reminder", "hatchery"],
    ["Och, cancel that one", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "braai-piet", [
    ["remind me to light the braai at half five", "reminder", remind("light the braai", "5:30 PM")],
    ["scratch that", "reminder", undoneReply],
    ["remind me to light the braai at six instead", "reminder", remind("light the braai", "6:00 PM")],
    ["do I have any reminders", "reminder", allOf("light the braai", "6:00 PM")],
  ]),
  dialogue(P, "reminder", "church-week-kwame", [
    ["Please remind me every Sunday at 7 AM to open the church hall", "reminder", remind("open the church hall", "every Sunday at 7:00 AM")],
    ["Also remind me on Wednesday at 6 PM to call Deacon Boateng", "reminder", remind("call Deacon Boateng", "Wednesday at 6:00 PM")],
    ["What have I got on Wednesday?", "reminder", "Deacon Boateng"],
    ["Cancel the reminder about the church hall, please", "reminder", allOf(cancelledReply, "church hall")],
  ]),
  // ---- remember, with corrections ----
  dialogue(P, "remember", "berth-jory", [
    ["Remember the boat's berthed on the north quay, berth 14", "remember", "north quay.*14"],
    ["no, berth 16, my mistake", "correct", correctedReply("16")],
    ["where's the boat to?", "recall", "north quay.*16"],
  ]),
  dialogue(P, "remember", "nephew-number-rafiq", [
    ["remember my nephew Imran's number is 07700 900 123", "remember", "Imran's number is 07700 ?900 ?123"],
    ["actually it's 07700 900 321", "correct", correctedReply("07700 ?900 ?321")],
    ["what's Imran's number", "recall", "07700 ?900 ?321"],
  ]),
  dialogue(P, "remember", "rehearsal-luana", [
    ["remember that my rehearsal is in the studio number 3 in Alfama", "remember", "your rehearsal is in (the )?studio (number )?3 in Alfama"],
    ["what I just said?", "conversation", "rehearsal.*Alfama"],
    ["and where is my rehearsal?", "recall", "studio (number )?3 in Alfama"],
  ]),
  dialogue(P, "remember", "two-facts-vivian", [
    ["Remember that my Octopus card is in the grey Tumi bag", "remember", "your Octopus card is in the grey Tumi bag"],
    ["Remember that my flight to Hong Kong is on the 19th", "remember", "your flight to Hong Kong is on the 19th"],
    ["what do you know about me", "recall", allOf("Octopus card is in the grey Tumi bag", "flight to Hong Kong is on the 19th")],
  ]),
  dialogue(P, "remember", "oxygen-pemba", [
    ["please remember, ma'am, the spare oxygen is in the blue barrel at base camp", "remember", "the spare oxygen is in the blue barrel at base camp"],
    ["sorry, the red barrel", "correct", correctedReply("red barrel")],
    ["where is it?", "recall", "red barrel"],
    ["thank you very much", "small_talk", thanksReply],
  ]),
  // ---- recall ----
  dialogue(P, "recall", "hockey-bag-shannon", [
    ["remember the kids' hockey bag is in the garage behind the freezer", "remember", "the kids'? hockey bag is in the garage behind the freezer"],
    ["where'd I put the hockey bag?", "recall", "in the garage behind the freezer"],
    ["where is it again?", "recall", "garage behind the freezer"],
    ["what about my skates", "recall", unknownReply],
  ]),
  dialogue(P, "recall", "tyrone-birthday-hyacinth", [
    ["Remember that mi grandson Tyrone birthday is the fourteenth of March", "remember", "Tyrone.*(fourteenth of March|14(th)? of March|March 14)"],
    ["When is Tyrone birthday?", "recall", "fourteenth of March|14(th)? of March|March 14"],
    ["Tank yuh, mi dear", "small_talk", thanksReply],
  ]),
  dialogue(P, "recall", "wifi-tyler", [
    ["remember that my wifi password is pizza4life", "remember", "your wifi password is pizza4life"],
    ["yo what's the wifi password", "recall", "pizza4life"],
    ["wait what did i just say", "conversation", "wifi password"],
    ["ok whats my password again", "recall", "pizza4life"],
  ]),
  dialogue(P, "recall", "bike-lock-elodie", [
    ["remember that my bike lock code is 2 5 8 0", "remember", "your bike lock code is 2 ?5 ?8 ?0"],
    ["what is the code of my bike lock?", "recall", "2 ?5 ?8 ?0"],
    ["and the code for my door?", "recall", unknownReply],
  ]),
  dialogue(P, "recall", "oliver-birthday-margaret", [
    ["Please remember that my grandson Oliver's birthday is on the 3rd of February", "remember", "Oliver's birthday is on (the 3rd of February|February 3)"],
    ["When's Oliver's birthday?", "recall", "3rd of February|February 3"],
    ["And when is his sister Amelia's?", "recall", unknownReply],
    // Round 27: the days until a kept day are the memory's to count ("recall", as fresh-21's "how many days till my
    // anniversary"); the blind expectation named "time", a wrong intent label.
    ["How many days until his birthday?", "recall", "\\b\\d+ days?\\b"],
  ]),
  dialogue(P, "recall", "narcan-dee", [
    ["remember the narcan's in the side pocket of the jump bag", "remember", "narcan('s| is) in the side pocket of the jump bag"],
    ["where's the narcan", "recall", "side pocket of the jump bag"],
    ["say that again", "conversation", "side pocket of the jump bag"],
    ["ok thanks", "small_talk", thanksReply],
  ]),
  // ---- forget ----
  dialogue(P, "forget", "site-key-tomasz", [
    ["remember the key for the site office is with Paddy", "remember", "the key for the site office is with Paddy"],
    ["who has the key for site office?", "recall", "Paddy"],
    ["forget about the key for the site office", "forget", forgotten],
    ["who has the key now?", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "parking-ruth", [
    ["remember parking level 3 bay C12", "remember", "level 3.*C12"],
    ["forget parking", "forget", forgotten],
    ["parking?", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "bench-kevin", [
    ["remember my lab bench is number 42 in room 310", "remember", "your lab bench is number 42 in room 310"],
    ["where's my bench", "recall", "42 in room 310"],
    ["ok forget that", "forget", forgotten],
    ["which bench am I at", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "vet-gwilym", [
    ["Remember the vet's coming Thursday about the lame heifer", "remember", "vet('s| is) coming (on )?Thursday about the lame heifer"],
    ["Forget what I told you about the vet, he's cancelled", "forget", forgotten],
    ["When's the vet coming then?", "recall", unknownReply],
  ]),
  // ---- conversation ----
  dialogue(P, "conversation", "thanksgiving-kwame", [
    ["Remember that the Thanksgiving service starts at 10:30", "remember", "the Thanksgiving service starts at 10:30"],
    ["What did I just say?", "conversation", "Thanksgiving service starts at 10:30"],
    ["Say that again, please", "conversation", "Thanksgiving service starts at 10:30"],
  ]),
  dialogue(P, "conversation", "sum-callum", [
    ["what's 18 times 12", "calculate", "\\b216\\b"],
    ["what did I just ask", "conversation", "18 (times|\\*|x) 12"],
    ["and what did you say", "conversation", "\\b216\\b"],
  ]),
  dialogue(P, "conversation", "pediatrician-mike", [
    ["remind me to call the pediatrician at 2:15", "reminder", remind("call the pediatrician", "2:15 PM")],
    ["sorry, what did you say?", "conversation", "pediatrician.*2:15 PM"],
    ["what did I just say", "conversation", "pediatrician"],
    ["ok thanks man", "small_talk", thanksReply],
  ]),
  // ---- the other categories ----
  dialogue(P, "out_of_domain", "shipping-forecast-jory", [
    ["what's the weather going to be on the water tomorrow", "out_of_domain", capabilityReply],
    ["what about the shipping forecast for Plymouth", "out_of_domain", capabilityReply],
    ["alright then, what can you do", "small_talk", skillsReply],
    ["set a timer for 20 minutes then", "timer", timerSet("20 minutes")],
  ]),
  dialogue(P, "arithmetic", "shop-sums-rafiq", [
    ["what's 24 times 36", "calculate", "\\b864\\b"],
    ["and divide that by 8", "calculate", "\\b108\\b"],
    ["roll a dice bhai", "calculate", "\\b[1-6]\\b"],
    ["flip a coin", "calculate", "heads|tails"],
  ]),
  dialogue(P, "time", "two-cities-vivian", [
    ["what time is it in Hong Kong now", "time", cityClock("Hong Kong")],
    ["and in New York?", "time", cityClock("New York")],
    ["what's today's date", "time", monthDayReply],
  ]),
  dialogue(P, "small_talk", "namaste-pemba", [
    ["Namaste", "small_talk", greetingReply],
    ["who are you, sir?", "small_talk", identityReply],
    ["what you can do for me", "small_talk", skillsReply],
    ["ok bye bye", "small_talk", goodbyeReply],
  ]),
];
