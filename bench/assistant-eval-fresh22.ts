/**
 * Part "fresh-22": a blind part of the assistant's evaluation set, written on 2026-12-07 by someone
 * who had read neither the router's code, nor the other parts' sentences, nor any results; only the
 * kit (bench/assistant-eval-kit.ts) and the README.
 *
 * The sentences are what these imagined speakers would say to a voice box on the kitchen counter:
 *  1. Margaret, 78, retired schoolteacher in Yorkshire: very polite, "would you be so kind", "love".
 *  2. Tyler, 15, US teen: terse, no articles, "timer 10", "yo".
 *  3. Priya, 34, software engineer from Bangalore: Indian English ("kindly", "do one thing", "only").
 *  4. Jonas, 41, German engineer: non-native word order ("make me a timer of", "please remember me").
 *  5. Aoife, 29, Irish: "grand", "would you ever", "so it is".
 *  6. Kwame, 52, Ghanaian-British accountant: precise, figures and percentages.
 *  7. Lucia, 38, Spanish night-shift nurse: non-native, dropped pronouns, tired.
 *  8. Dave, 45, Australian dad of three: interrupted mid-sentence, "mate", "reckon".
 *  9. Mei, 8, a child: "um", "like", questions about dice and numbers.
 * 10. Ravi, 67, grandfather: slow and formal, complete sentences.
 * 11. Sophie, 23, student: fillers ("um", "like", "literally"), trailing off.
 * 12. Hamish, 60, Scottish farmer: "wee", "aye", "the now".
 * 13. Chloe, 31, French designer: non-native ("how much is it", "in one hour").
 * 14. Bongani, 27, South African chef: "just now", "now-now", kitchen timers.
 * 15. Yuki, 44, Japanese expat: careful, slightly over-formal English.
 * 16. Marcus, 36, self-corrector: "no wait", "sorry, I mean".
 * 17. Grace, 55, Nigerian-American mum of four: busy, several things at once.
 * 18. Pete, 70, New Zealand retiree: grumpy, short, "eh".
 */
import {
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
  singlePairs,
  statusReply,
  thanksReply,
  timerListReply,
  unknownReply,
  weekdayReply,
  wellbeingReply,
  type EvalDialogue,
} from "./assistant-eval-kit";

const P = "fresh-22" as const;
/** A time said without a day: it may already have passed today. */
const at = "(tomorrow )?at";
/** A reminder on a named weekday, whatever day the set is run on. */
const on = (day: string) => `(on ${day}|tomorrow|on ${day}, \\w+ \\d+)( at)?`;
/** A clock time, possibly tomorrow (a span from now may cross midnight). */
const later = `(tomorrow )?at ${clockReply}`;
const noTimers = "(don't have any|no) timers";
const forgetEmpty = `${forgotten}|${unknownReply}|nothing|didn't`;

export const fresh22Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["could you set a timer for ten minutes please, love", "timer is set for 10 minutes"],
    ["timer 5", "timer is set for 5 minutes"],
    ["make me a timer of 25 minutes please", "timer is set for 25 minutes"],
    ["um, can you put on a pasta timer for like eight minutes", "pasta timer is set for 8 minutes"],
    ["would you ever set a timer for forty-five seconds", "timer is set for 45 seconds"],
    ["start a rice timer, 18 minutes", "rice timer is set for 18 minutes"],
    ["set a timer for an hour and a half, mate", "timer is set for (1 hour and 30 minutes|90 minutes)"],
    ["kindly set timer for 3 minutes only, for the chai", "(chai )?timer is set for 3 minutes"],
    ["timer for the scones, twelve minutes", "scones? timer is set for 12 minutes"],
    ["set a timer for 20 no wait 15 minutes", "timer is set for 15 minutes"],
    ["put a wee timer on for two minutes", "timer is set for 2 minutes"],
    ["I need a timer of one hour for the bread, please", "(bread )?timer is set for (1 hour|60 minutes)"],
    ["countdown 30 seconds", "timer is set for 30 seconds"],
    ["set the egg timer for 7 minutes please", "egg timer is set for 7 minutes"],
    ["a timer of 40 minutes for the lasagne please", "lasagne timer is set for 40 minutes"],
    ["how long is left on my timer", noTimers],
    ["how much time on the timer eh", noTimers],
    ["cancel the timer", noTimers],
    ["stop all my timers please", noTimers],
    ["do I have any timers going", timerListReply],
    ["pause the timer", noTimers],
    ["set two timers, one for 4 minutes and one for 9", "4 minutes.*9 minutes|9 minutes.*4 minutes"],
    ["hey, stick a timer on for quarter of an hour", "timer is set for 15 minutes"],
  ]),
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to take the bins out at 7 pm", `take the bins out ${at} 7:00 PM`],
    ["in 20 minutes remind me to check the roast", `check the roast ${later}`],
    ["please would you remind me to ring my sister at five this afternoon", `ring your sister ${at} 5:00 PM`],
    ["remind me tomorrow morning to call the plumber", "call the plumber tomorrow at 8:00 AM"],
    ["wake me up at 6:30 tomorrow", "tomorrow at 6:30 AM"],
    ["set an alarm for 5:45 am", `${at} 5:45 AM`],
    ["remind me every monday at 9 to put the recycling out", "put the recycling out every Monday at 9:00 AM"],
    ["every day at 8 pm remind me to take my tablets", "take your tablets every day at 8:00 PM"],
    ["on weekdays remind me at 7:15 to pack the lunches", "pack the lunches every weekday at 7:15 AM"],
    ["remind me on the first of every month to pay the rent", "pay the rent every month on the 1st"],
    ["remind me to book the vet", "when should I remind you to book the vet"],
    ["remind me to post the letter when I get home", "can't tell where you are.*when should I remind you to post the letter"],
    ["what reminders have I got", reminderListReply],
    ["do I have any alarms set", reminderListReply],
    ["remind me on saturday at 11 to collect the cake", `collect the cake ${on("Saturday")} 11:00 AM`],
    ["remind me to renew my passport on the 20th of January at 10 am", "renew your passport on (Wednesday, )?January 20 at 10:00 AM"],
    ["in two hours remind me to move the car", `move the car ${later}`],
    ["remind me in an hour and a half to take the bread out", `take the bread out ${later}`],
    ["at half four in the afternoon remind me to pick up Zoe", `pick up Zoe ${at} 4:30 PM`],
    ["remind me every hour to drink some water", "drink some water every hour"],
    ["can you remind me at noon to phone grandma", `phone grandma ${at} 12:00 PM`],
    ["could you remind me to ring the dentist at quarter to ten in the morning", `ring the dentist ${at} 9:45 AM`],
    ["um remind me thursday at 6 pm to like, return the library books", `return the library books ${on("Thursday")} 6:00 PM`],
    ["please remember me to water the tomatoes at 8 in the evening", `water the tomatoes ${at} 8:00 PM`],
    ["alarm 7 am tomorrow", "tomorrow at 7:00 AM"],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["um, can you remember that the spare key is under the blue pot", "remember that the spare key is under the blue pot"],
    ["note that my locker number is 212", "remember that your locker number is 212"],
    ["we're out of baking powder", "remember that you're out of baking powder"],
    ["my bike's chained up by the library", "remember that your bike('s| is) chained up by the library"],
    ["keep in mind that Gran is allergic to walnuts", "remember that gran is allergic to walnuts"],
    ["remember I parked on level 3, bay C12", "remember that you parked on level 3, bay C12"],
    ["the wifi password for the shed is sunflower99", "remember that the wifi password for the shed is sunflower99"],
    ["don't let me forget, my passport's in the top drawer of the desk", "remember that your passport('s| is) in the top drawer of the desk"],
    ["my daughter's shoe size is 13", "remember that your daughter's shoe size is 13"],
    ["for the record, the boiler was serviced on the 3rd of November", "remember that the boiler was serviced on the 3rd of november"],
    ["remember this: Theodora's birthday is on the 9th of February", "remember that theodora's birthday is on the 9th of february"],
    ["the bin men come on Tuesdays", "remember that the bin men come on tuesdays"],
    ["remember that", emptyCaptureReply],
    ["store this please, my alarm code is 5819", "remember that your alarm code is 5819"],
    ["I lent my ladder to Bernard next door", "remember that you lent your ladder to bernard"],
    ["i put the christmas presents in the loft", "remember that you put the christmas presents in the loft"],
    ["aye, we've run out of dishwasher tablets", "remember that you('ve run| are|'re) out of dishwasher tablets"],
    ["please remember me that the car insurance renews on the 2nd of March", "remember that the car insurance renews on the 2nd of march"],
  ]),
  ...singlePairs(P, "recall", "recall", [
    ["where did I leave my reading glasses", unknownReply],
    ["what's the code for the garage door", unknownReply],
    ["when is Nana Philippa's birthday again", unknownReply],
    ["do you know where the torch is", unknownReply],
    ["what size shoe does Finnegan take", unknownReply],
    ["what are we out of", `${unknownReply}|nothing`],
    ["what do you know about me", `${unknownReply}|nothing`],
    ["who's got our spare key", unknownReply],
    ["which bay did I park in", unknownReply],
    ["um what was the wifi password for the caravan", unknownReply],
  ]),
  ...singlePairs(P, "forget", "forget", [
    ["forget where I parked", forgetEmpty],
    ["delete the thing about my locker", forgetEmpty],
    ["please wipe what I told you about the wifi", forgetEmpty],
    ["would you kindly forget my alarm code", forgetEmpty],
    ["scrap the note about the plumber", forgetEmpty],
    ["you can forget about the ladder now", forgetEmpty],
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the time", clockReply],
    ["time please", clockReply],
    ["what time is it now, love", clockReply],
    ["what's today's date", monthDayReply],
    ["what day is it today", weekdayReply],
    ["what's the date tomorrow", monthDayReply],
    ["what time is it in Tokyo", `${clockReply}.*Tokyo|Tokyo.*${clockReply}`],
    ["what's the time over in New York right now", clockReply],
    ["what time will it be in 3 hours", `in 3 hours.*${clockReply}`],
    ["what day does christmas fall on this year", "Friday, December 25"],
    ["how many days till christmas", "\\d+ days|tomorrow|today"],
    ["is 2028 a leap year", "^yes|2028 is a leap year"],
    ["how many days has february got in 2027", "28 days"],
    ["what week number are we in", "week \\d+"],
    ["when is easter in 2027", "March 28"],
    ["what day of the week is the first of january 2027", "Friday"],
    ["what will the date be a week from today", monthDayReply],
    ["what day was it yesterday", weekdayReply],
    ["what's the time in Sydney", clockReply],
    ["what year is it", "20\\d\\d"],
    ["when's boxing day", "December 26"],
    ["um how long until new year's day", "\\d+ days|tomorrow"],
  ]),
  ...singlePairs(P, "status", "status", [
    ["is everything running ok", statusReply],
    ["system check", statusReply],
    ["are all your services up", statusReply],
    ["status report please", statusReply],
    ["is the memory service working", statusReply],
    ["any of your bits broken, eh", statusReply],
    ["are you all healthy in there", statusReply],
    ["run a health check", statusReply],
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["good morning!", greetingReply],
    ["hey there", greetingReply],
    ["yo", greetingReply],
    ["cheers", thanksReply],
    ["thank you ever so much", thanksReply],
    ["ta, mate", thanksReply],
    ["thanks a million", thanksReply],
    ["bye now", goodbyeReply],
    ["night night", goodbyeReply],
    ["see ya", goodbyeReply],
    ["who am I talking to", identityReply],
    ["what are you exactly", identityReply],
    ["how are you doing today", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["what sort of things can you help with", "timers"],
    ["nah, never mind", "^okay"],
    ["actually don't worry about it", "^okay"],
  ]),
  ...singlePairs(P, "out_of_domain", "out_of_domain", [
    ["what's the weather going to be like tomorrow", capabilityReply],
    ["is it gonna rain", capabilityReply],
    ["who won the rugby last night", capabilityReply],
    ["play some Fleetwood Mac", capabilityReply],
    ["turn the kitchen lights down", capabilityReply],
    ["order more oat milk from Tesco", capabilityReply],
    ["what's the capital of Mongolia", capabilityReply],
    ["tell me a joke", capabilityReply],
    ["how long should I boil an egg for", capabilityReply],
    ["what's in the news today", capabilityReply],
    ["is it ok to take ibuprofen with paracetamol", capabilityReply],
    ["how do I get to the train station from here", capabilityReply],
    ["what's the score in the Arsenal game", capabilityReply],
    ["put the radio on", capabilityReply],
    ["set the thermostat to 21", capabilityReply],
    ["translate good morning into Japanese", capabilityReply],
    ["how many calories in a banana", capabilityReply],
    ["give me a recipe for shepherd's pie", capabilityReply],
    ["call my mum", capabilityReply],
    ["what's the population of Canada", capabilityReply],
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 12 times 7", "\\b84\\b"],
    ["um what's 256 divided by 8", "\\b32\\b"],
    ["how much is 19 plus 26", "\\b45\\b"],
    ["what's a thousand minus 387", "\\b613\\b"],
    ["what is 15 percent of 60", "\\b9\\b"],
    ["what's 17% of 240", "40\\.8"],
    ["split 87.50 four ways", "21\\.8(75|8)"],
    ["how many grams in a pound", "453\\.59"],
    ["convert 200 grams to ounces", "7\\.05"],
    ["what's 180 celsius in fahrenheit", "\\b356\\b"],
    ["how many ounces in a cup", "\\b8\\b"],
    ["5 miles in kilometres", "8\\.04"],
    ["what's the square root of 144", "\\b12\\b"],
    ["flip a coin", "heads|tails"],
    ["heads or tails?", "heads|tails"],
    ["roll a dice for me", "\\b[1-6]\\b"],
    ["um pick a number from 1 to 100", "\\b([1-9]\\d?|100)\\b"],
    ["what's 9 squared", "\\b81\\b"],
    ["six times eight", "\\b48\\b"],
    ["how many inches is 30 centimetres", "11\\.8"],
  ]),
];

export const fresh22Dialogues: EvalDialogue[] = [
  // timer
  dialogue(P, "timer", "timer-eggs-left", [
    ["stick a timer on for the eggs, six minutes", "timer", "eggs? timer is set for 6 minutes"],
    ["how long have the eggs got", "timer", "(5 minutes( and \\d+ seconds)?|6 minutes) left"],
  ]),
  dialogue(P, "timer", "timer-make-it", [
    ["set a timer for 20 minutes", "timer", "timer is set for 20 minutes"],
    ["actually make it 25", "timer", "now 25 minutes"],
  ]),
  dialogue(P, "timer", "timer-two-first", [
    ["tea timer 3 minutes", "timer", "tea timer is set for 3 minutes"],
    ["and a roast timer for an hour and a half", "timer", "roast timer is set for (1 hour and 30 minutes|90 minutes)"],
    ["which one goes off first", "timer", "tea timer goes off first"],
    ["cancel both of them", "timer", "cancell?ed both"],
  ]),
  dialogue(P, "timer", "timer-pause-resume", [
    ["laundry timer 30 minutes please", "timer", "laundry timer is set for 30 minutes"],
    ["pause it", "timer", "laundry timer is paused"],
    ["ok carry on", "timer", "running again"],
  ]),
  dialogue(P, "timer", "timer-add", [
    ["timer for the bread, 40 minutes", "timer", "bread timer is set for 40 minutes"],
    ["give the bread another 5 minutes", "timer", "added 5 minutes to your bread timer.*4[45] minutes"],
  ]),
  // reminder
  dialogue(P, "reminder", "reminder-move", [
    ["remind me to call the bank at 3 pm", "reminder", `call the bank ${at} 3:00 PM`],
    ["actually make it 4", "reminder", `call the bank ${at} 4:00 PM instead`],
  ]),
  dialogue(P, "reminder", "reminder-cancel", [
    ["remind me to stretch in 30 minutes", "reminder", `stretch ${later}`],
    ["no cancel that", "reminder", "cancell?ed your reminder to stretch"],
  ]),
  dialogue(P, "reminder", "reminder-ask-when", [
    ["remind me to book the MOT", "reminder", "when should I remind you to book the MOT"],
    ["tomorrow at 10", "reminder", "book the MOT tomorrow at 10:00 AM"],
  ]),
  dialogue(P, "reminder", "reminder-before-event", [
    ["i've got a call with the accountant at 11 tomorrow", "remember", "remember that you('ve got| have) a call with the accountant"],
    ["remind me half an hour before", "reminder", "call with the accountant.*tomorrow at 10:30 AM"],
  ]),
  dialogue(P, "reminder", "reminder-list", [
    ["remind me to defrost the chicken at 4 pm", "reminder", `defrost the chicken ${at} 4:00 PM`],
    ["and remind me on friday at 9 am to pay the window cleaner", "reminder", `pay the window cleaner ${on("Friday")} 9:00 AM`],
    ["what reminders do I have", "reminder", "(?=.*2 reminders)(?=.*defrost the chicken)(?=.*window cleaner)"],
  ]),
  dialogue(P, "reminder", "reminder-place", [
    ["remind me to water the ferns when I get home", "reminder", "can't tell where you are.*when should I remind you to water the ferns"],
    ["6 pm then", "reminder", `water the ferns ${at} 6:00 PM`],
  ]),
  // remember
  dialogue(P, "remember", "remember-meter", [
    ["remember the gas meter reading is 04417", "remember", "remember that the gas meter reading is 04417"],
    ["no sorry, 04471", "correct", correctedReply("04471")],
  ]),
  dialogue(P, "remember", "remember-lights", [
    ["the christmas lights are in the garage", "remember", "remember that the christmas lights are in the garage"],
    ["actually they're in the attic", "correct", correctedReply("attic")],
  ]),
  dialogue(P, "remember", "remember-locker", [
    ["my locker at the gym is 88", "remember", "remember that your locker at the gym is 88"],
    ["no wait, 86", "correct", correctedReply("86")],
    ["what's my locker number", "recall", "\\b86\\b"],
  ]),
  dialogue(P, "remember", "remember-empty-then-fact", [
    ["remember that", "remember", emptyCaptureReply],
    ["the dog's flea tablet is due on the 15th", "remember", "remember that the dog's flea tablet is due on the 15th"],
  ]),
  dialogue(P, "remember", "remember-about-me", [
    ["remember Jaroslav takes his coffee black with one sugar", "remember", "remember that jaroslav takes his coffee black with one sugar"],
    ["what do you know about me", "recall", "jaroslav takes his coffee black"],
  ]),
  // recall
  dialogue(P, "recall", "recall-passport", [
    ["remember that the passports are in the fire safe", "remember", "remember that the passports are in the fire safe"],
    ["where are the passports", "recall", "passports are in the fire safe"],
  ]),
  dialogue(P, "recall", "recall-birthday", [
    ["my sister Ottoline's birthday is the 22nd of April", "remember", "remember that your sister ottoline's birthday is the 22nd of april"],
    ["when's Ottoline's birthday", "recall", "22nd of april|april 22"],
  ]),
  dialogue(P, "recall", "recall-car-pronoun", [
    ["the car's on level 5 of the Westgate car park", "remember", "remember that the car('s| is) on level 5"],
    ["where did I park", "recall", "level 5"],
    ["where is it again", "recall", "level 5"],
  ]),
  dialogue(P, "recall", "recall-neighbour-pronoun", [
    ["my neighbour's name is Radomir", "remember", "remember that your neighbour's name is radomir"],
    ["he has a spare key", "remember", "your neighbour has a spare key|radomir has a spare key"],
    ["who has our spare key", "recall", "neighbour|radomir"],
  ]),
  dialogue(P, "recall", "recall-out-of", [
    ["we're out of cumin", "remember", "remember that you're out of cumin"],
    ["oh and we're out of red lentils too", "remember", "remember that you're out of red lentils"],
    ["what are we out of", "recall", "(?=.*cumin)(?=.*lentils)"],
  ]),
  dialogue(P, "recall", "recall-age", [
    ["I was born on the 3rd of March 1980", "remember", "remember that you were born on the 3rd of march 1980"],
    ["how old am I", "recall", "\\b4[67]\\b"],
  ]),
  // forget
  dialogue(P, "forget", "forget-gnome", [
    ["the spare key is under the gnome", "remember", "remember that the spare key is under the gnome"],
    ["forget about the spare key", "forget", `${forgotten}.*spare key is under the gnome`],
    ["where's the spare key", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-that", [
    ["my PIN for the school portal is 7302", "remember", "remember that your pin for the school portal is 7302"],
    ["actually delete that", "forget", `${forgotten}.*7302`],
  ]),
  dialogue(P, "forget", "forget-after-correct", [
    ["I parked in bay 14", "remember", "remember that you parked in bay 14"],
    ["no, bay 41", "correct", correctedReply("41")],
    ["ok you can forget where I parked now", "forget", `${forgotten}.*41`],
  ]),
  // conversation
  dialogue(P, "conversation", "conv-just-said", [
    ["remember the boiler code is F28", "remember", "remember that the boiler code is F28"],
    ["what did I just say", "conversation", "said.*boiler code is F28"],
  ]),
  dialogue(P, "conversation", "conv-say-again-timer", [
    ["set a timer for 12 minutes", "timer", "timer is set for 12 minutes"],
    ["sorry, say that again?", "conversation", "12 minutes"],
  ]),
  dialogue(P, "conversation", "conv-pardon", [
    ["what's 48 divided by 6", "calculate", "\\b8\\b"],
    ["pardon?", "conversation", "\\b8\\b"],
  ]),
  dialogue(P, "conversation", "conv-after-correct", [
    ["the dog's vet is Dr Okonkwo", "remember", "remember that the dog's vet is dr okonkwo"],
    ["no, Dr Okafor", "correct", correctedReply("okafor")],
    ["what did I just say", "conversation", "said.*okafor"],
  ]),
  dialogue(P, "conversation", "conv-last-thing", [
    ["hello", "small_talk", greetingReply],
    ["what was the last thing I said", "conversation", "said.*hello"],
  ]),
  // time
  dialogue(P, "time", "time-then-tokyo", [
    ["what time is it", "time", clockReply],
    ["and in Tokyo?", "time", clockReply],
  ]),
  // arithmetic
  dialogue(P, "arithmetic", "arith-coins", [
    ["flip a coin", "calculate", "heads|tails"],
    ["flip another one", "calculate", "heads|tails"],
  ]),
  // small talk
  dialogue(P, "small_talk", "small-talk-chat", [
    ["hi", "small_talk", greetingReply],
    ["how are you", "small_talk", wellbeingReply],
    ["ok bye then", "small_talk", goodbyeReply],
  ]),
];
