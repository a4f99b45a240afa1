/**
 * Part "fresh-20" of the assistant's evaluation set: a blind part, written on 2026-12-07 by
 * someone who had read neither the router's code, nor the other parts' sentences, nor any
 * results; only the evaluation kit (bench/assistant-eval-kit.ts) and the README's account of what
 * the assistant can do. Nothing is tuned on it.
 *
 * Every single turn starts from an empty memory; every dialogue is its own session and its own
 * user, so a recall dialogue tells the fact first and then asks.
 *
 * The speakers imagined (a home's worth of households, all talking to a kitchen or bedside box):
 *  1. Margaret, 74, retired primary teacher in Leeds: polite, full sentences, "could you please".
 *  2. Dev, 29, software tester from Bengaluru now in Leicester: Indian English, "kindly", "do one thing".
 *  3. Siobhan, 41, night-shift nurse in Cork: Irish, "would you ever", "grand".
 *  4. Brett, 52, electrician in Brisbane: Australian, "reckon", "the ute", clipped.
 *  5. Thandi, 35, accountant in Johannesburg: South African English, "just now", brisk.
 *  6. Jake, 16, school student in Ohio: terse, slangy, no please.
 *  7. Priya, 38, GP in Manchester: fast, to the point, between patients.
 *  8. Tom, 60, sheep farmer in Powys: Welsh English, unhurried, "now then".
 *  9. Aroha, 27, barista in Auckland: New Zealand English, casual.
 * 10. Carlos, 45, line cook in San Antonio: Spanish first, short kitchen commands.
 * 11. Fiona, 33, mum of twins in Glasgow: Scottish, "wee", often interrupted, changes her mind.
 * 12. Emeka, 50, Lagos-born petroleum engineer in Houston: Nigerian English, formal.
 * 13. Hannah, 23, grad student in Toronto: fillers "um", "like", "actually".
 * 14. Rajesh, 68, retired corner-shop owner in Leicester: Indian English, "no wait".
 * 15. Lily, 9, Margaret's granddaughter: simple, direct sentences.
 * 16. Gary, 57, London cabbie: "right so", terse, drops words.
 * 17. Mei, 31, lab technician in Singapore: Singapore English, short, "sorry, I mean".
 * 18. Bernadette, 80, widow in Boston: rambling, American, a bit repetitive.
 */
import {
  EvalDialogue,
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

const P = "fresh-20" as const;

/** "(tomorrow )?at" for a time said without a day. */
const at = "(tomorrow )?at";
/** Time left on a timer, with a minute's slack: `left(19)` accepts 18 or 19 minutes and seconds. */
const left = (minutes: number) => `(${minutes - 1}|${minutes}) minutes( and \\d+ seconds)? left`;
/** Both things said, in any order. */
const both = (a: string, b: string) => `^(?=.*${a})(?=.*${b})`;

const timerSingles = singlePairs(P, "timer", "timer", [
  ["set a timer for twelve minutes", "timer is set for (12|twelve) minutes"],
  ["timer eight minutes", "timer is set for (8|eight) minutes"],
  ["could you set a timer for 25 minutes please", "timer is set for (25|twenty-five) minutes"],
  ["put a timer on for half an hour", "timer is set for (30|thirty) minutes"],
  ["set a timer for an hour and a quarter", "timer is set for 1 hour and 15 minutes"],
  ["start a 90 second timer", "timer is set for (1 minute and 30 seconds|90 seconds)"],
  ["set a timer called spuds for 20 minutes", "spuds timer is set for (20|twenty) minutes"],
  ["set a timer named laundry for 45 minutes", "laundry timer is set for (45|forty-five) minutes"],
  ["um can you do a timer for like 3 minutes", "timer is set for (3|three) minutes"],
  ["set the timer for two and a half minutes", "timer is set for 2 minutes and 30 seconds"],
  ["right so timer for forty minutes", "timer is set for (40|forty) minutes"],
  ["would you ever set a timer for 6 minutes for the eggs", "timer is set for (6|six) minutes"],
  ["set a pizza timer for 14 minutes", "pizza timer is set for (14|fourteen) minutes"],
  ["start a timer for one hour", "timer is set for (1|one) hour\\b"],
  ["timer for 5 mins", "timer is set for (5|five) minutes"],
  ["set a ten minute timer", "timer is set for (10|ten) minutes"],
  ["kindly set one timer for 15 minutes", "timer is set for (15|fifteen) minutes"],
  ["give me a 30 second timer", "timer is set for (30|thirty) seconds"],
  ["set a timer for 2 hours called bread", "bread timer is set for (2|two) hours"],
  ["set a noodles timer for 4 minutes", "noodles? timer is set for (4|four) minutes"],
  ["set a timer for 1 minute", "timer is set for (1|one) minute\\b"],
  ["can you time 18 minutes for me", "timer is set for (18|eighteen) minutes"],
  ["set a timer for three quarters of an hour", "timer is set for (45|forty-five) minutes"],
  ["hey set a timer for 9 minutes", "timer is set for (9|nine) minutes"],
  ["what timers have I got", timerListReply],
  ["any timers running?", timerListReply],
  ["set a timer for 35 minutes for the cake please", "timer is set for (35|thirty-five) minutes"],
  ["I need a timer for 50 minutes", "timer is set for (50|fifty) minutes"],
  ["set a timer for 1 hour 20 minutes", "timer is set for 1 hour and 20 minutes"],
  ["set a tea timer for 4 minutes", "tea timer is set for (4|four) minutes"],
]);

const reminderSingles = singlePairs(P, "reminder", "reminder", [
  ["remind me to put the bins out at 7 pm", `remind you to put the bins out ${at} 7:00 PM`],
  ["remind me to take my tablets at 9 tomorrow morning", "remind you to take (your|my) tablets.*tomorrow at 9:00 AM"],
  ["remind me tomorrow at 10 to ring the garage", "remind you to ring the garage.*tomorrow at 10:00 (AM|PM)"],
  ["remind me to move the car at half past four", `remind you to move the car ${at} 4:30 (AM|PM)`],
  ["remind me every day at 8 am to feed the fish", "remind you to feed the fish every day at 8:00 AM"],
  ["remind me every monday at 6 pm to put the recycling out", "remind you to put the recycling out every Monday at 6:00 PM"],
  ["on weekdays at 7:15 am remind me to leave for the bus", "remind you to leave for the bus (every weekday|on weekdays) at 7:15 AM"],
  ["remind me on friday at 11 am to pay the window cleaner", "remind you to pay the window cleaner.*Friday.* at 11:00 AM"],
  ["remind me to call the vet", "when should I remind you to call the vet"],
  ["remind me to water the tomatoes", "when should I remind you to water the tomatoes"],
  ["wake me up at 5:45 am", "5:45 AM"],
  ["set an alarm for 6:30 am", "6:30 AM"],
  ["remind me at 3 pm to collect the kids", `remind you to collect the kids ${at} 3:00 PM`],
  ["what reminders have I got", reminderListReply],
  ["do I have any reminders set", reminderListReply],
  ["remind me tonight at 9 to lock the shed", "remind you to lock the shed.*9:00 PM"],
  ["remind me in 20 minutes to check the oven", `remind you to check the oven.*(20 minutes|${clockReply})`],
  ["remind me in an hour to take the washing out", `remind you to take the washing out.*(1 hour|an hour|60 minutes|${clockReply})`],
  ["kindly remind me to submit the timesheet on thursday at 4 pm", "remind you to submit the timesheet.*Thursday.* at 4:00 PM"],
  ["remind me every sunday at 7 in the evening to call my son", "remind you to call (your|my) son every Sunday at 7:00 PM"],
  ["remind me tomorrow morning to renew the car tax", "remind you to renew the car tax.*tomorrow at 8:00 AM"],
  ["remind me to book the MOT on the 15th at noon", "remind you to book the MOT.*12:00 PM"],
]);

const rememberSingles = singlePairs(P, "remember", "remember", [
  ["remember that the wifi password is puffin 88", "remember that .*wifi password is puffin ?88"],
  ["remember my passport is in the top drawer of the desk", "remember that your passport is in the top drawer of the desk"],
  ["my bike lock code is 3 9 1 2", "remember that your bike lock code is 3 ?9 ?1 ?2"],
  ["please remember that the boiler engineer is called Declan", "remember that .*boiler engineer is called Declan"],
  ["the spare key's under the blue plant pot", "remember that .*spare key('s| is) under the blue plant pot"],
  ["remember I parked on level 3, bay 42", "remember that you parked on level (3|three),? bay (42|forty-two)"],
  ["remember that my blood type is O negative", "remember that your blood type is O negative"],
  ["remember that bin day is tuesday", "remember that .*bin day is tuesday"],
  ["my daughter's shoe size is 11", "remember that your daughter's shoe size is (11|eleven)"],
  ["remember the dog's vet appointment is on the 19th", "remember that .*dog's vet appointment is on the 19th"],
  ["keep in mind that my locker number is 212", "remember that your locker number is 212"],
  ["remember that Nana's flat is number 14", "remember that Nana's flat is number (14|fourteen)"],
  ["the router is in the cupboard under the stairs", "remember that .*router is in the cupboard under the stairs"],
  ["remember that I lent Gav my drill", "remember that you lent Gav (your|my) drill"],
  ["remember my gym membership number is 55018", "remember that your gym membership number is 55 ?018"],
  ["I've put the christmas presents in the loft", "remember that .*christmas presents in the loft"],
  ["remember that my landlord's number is 07700 900123", "remember that your landlord's number is 07700 ?900 ?123"],
  ["remember", emptyCaptureReply],
  ["can you remember something for me", emptyCaptureReply],
  ["remember my anniversary is on the 3rd of june", "remember that your anniversary is (on )?((the )?(3rd|third|3) of june|june (3|3rd|third))\\b"],
]);

const recallSingles = single(P, "recall", "recall", unknownReply, [
  "where's my passport",
  "what's the wifi password",
  "what's my bike lock code",
  "when is my mum's birthday",
  "where did I park",
  "what's the name of the plumber",
  "what's my gym number",
  "do you know my blood type",
  "where did I put the remote",
  "what size shoe does my daughter take",
  "what did I tell you about the boiler",
  "which bay am I in",
  "who did I lend the ladder to",
  "where are the christmas lights",
]);

const timeSingles = singlePairs(P, "time", "time", [
  ["what's the time please", clockReply],
  ["have you got the time", clockReply],
  ["what time is it in new york", `${clockReply} in New York`],
  ["time in dubai?", `${clockReply} in Dubai`],
  ["what's the date today", monthDayReply],
  ["what day of the week is it", weekdayReply],
  ["what day is christmas on this year", "Friday"],
  ["how many days till christmas", "\\d+ days.*December 25"],
  ["what time will it be in 45 minutes", `In 45 minutes it'll be ${clockReply}`],
  ["what date is new year's day", "January 1\\b"],
  ["um what's today's date", monthDayReply],
  ["what time is it in los angeles", `${clockReply} in Los Angeles`],
  ["what's the time in mumbai", `${clockReply} in Mumbai`],
]);

const smallTalkSingles = singlePairs(P, "small_talk", "small_talk", [
  ["hiya", greetingReply],
  ["good morning", greetingReply],
  ["hello there", greetingReply],
  ["thank you so much", thanksReply],
  ["cheers mate", thanksReply],
  ["thanks a million", thanksReply],
  ["bye now", goodbyeReply],
  ["goodnight", goodbyeReply],
  ["how are you doing today", wellbeingReply],
  ["how's it going", wellbeingReply],
  ["who am I talking to", identityReply],
  ["what can you do", identityReply],
  ["never mind", "^Okay"],
]);

const outOfDomainSingles = single(P, "out_of_domain", "out_of_domain", capabilityReply, [
  "what's the weather like tomorrow",
  "is it going to rain this afternoon",
  "play some Fleetwood Mac",
  "turn the kitchen lights off",
  "what's the latest news",
  "who won the rugby",
  "call my mum",
  "how do I get rid of a cough",
  "what's the capital of Peru",
  "order more dog food",
  "set the heating to 21 degrees",
  "how long do I boil a soft egg",
  "translate thank you into Spanish",
  "what's on telly tonight",
  "book me a taxi to the station",
  "who wrote Pride and Prejudice",
  "how many calories are in a banana",
  "what's the traffic like on the M6",
  "what's the score in the Chiefs game",
  "text Sarah that I'm running late",
]);

const statusSingles = single(P, "status", "status", statusReply, [
  "are all the services up",
  "is everything working ok",
  "run a system check",
  "is the memory service running",
  "any services down?",
]);

const arithmeticSingles = singlePairs(P, "arithmetic", "calculate", [
  ["what's 15 times 23", "\\b345\\b"],
  ["what is 12 percent of 85", "\\b10\\.2\\b"],
  ["square root of 144", "\\b12\\b"],
  ["how many grams in 8 ounces", "\\b226\\.(8|79)"],
  ["convert 180 fahrenheit to celsius", "\\b82\\.2"],
  ["1200 divided by 16", "\\b75\\b"],
  ["how many kilometres is 26.2 miles", "\\b42\\.(1|2)"],
  ["what's 7 plus 18", "\\b25\\b"],
  ["how many feet in 3 metres", "\\b9\\.84"],
  ["what's 2 to the power of 10", "\\b1,?024\\b"],
]);

export const fresh20Singles: EvalDialogue[] = [
  ...timerSingles,
  ...reminderSingles,
  ...rememberSingles,
  ...recallSingles,
  ...timeSingles,
  ...smallTalkSingles,
  ...outOfDomainSingles,
  ...statusSingles,
  ...arithmeticSingles,
];

export const fresh20Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "timer-rice", [
    ["set a timer called rice for 18 minutes", "timer", "rice timer is set for (18|eighteen) minutes"],
    ["how much time is left on the rice", "timer", `rice timer has ${left(18)}`],
    ["add 3 minutes to the rice timer", "timer", "added (3|three) minutes to your rice timer"],
    ["cancel the rice timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-make-it", [
    ["set a timer for 10 minutes", "timer", "timer is set for (10|ten) minutes"],
    ["no, make it 12", "timer", "timer is now (12|twelve) minutes"],
    ["how long's left", "timer", left(12)],
  ]),
  dialogue(P, "timer", "timer-two-named", [
    ["set a chicken timer for 40 minutes", "timer", "chicken timer is set for (40|forty) minutes"],
    ["and a potato timer for 25 minutes", "timer", "potato timer is set for (25|twenty-five) minutes"],
    ["what timers are running", "timer", "have (2|two) timers"],
    ["how long's left on the potato timer", "timer", `potato timer has ${left(25)}`],
  ]),
  dialogue(P, "timer", "timer-pause-resume", [
    ["set a timer for 30 minutes called bath", "timer", "bath timer is set for (30|thirty) minutes"],
    ["pause the bath timer", "timer", "bath timer is paused"],
    ["ok start it again", "timer", "running again"],
  ]),
  dialogue(P, "timer", "timer-take-off", [
    ["timer twenty minutes", "timer", "timer is set for (20|twenty) minutes"],
    ["take five minutes off it", "timer", "\\b1[45] minutes"],
    ["cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-oven-change", [
    ["set a timer named oven for 1 hour", "timer", "oven timer is set for (1|one) hour\\b"],
    ["actually make it 50 minutes", "timer", "timer is now (50|fifty) minutes"],
    ["how long is left on the oven timer", "timer", `oven timer has ${left(50)}`],
  ]),

  // reminders
  dialogue(P, "reminder", "reminder-when-chemist", [
    ["remind me to ring the chemist", "reminder", "when should I remind you to ring the chemist"],
    ["tomorrow at 10 am", "reminder", "remind you to ring the chemist tomorrow at 10:00 AM"],
    ["what reminders have I got", "reminder", "ring the chemist tomorrow at 10:00 AM"],
  ]),
  dialogue(P, "reminder", "reminder-standup-move", [
    ["remind me to join the standup call at 9:30 am tomorrow", "reminder", "remind you to join the standup call tomorrow at 9:30 AM"],
    ["no, make it 9:45", "reminder", "9:45 AM instead"],
    ["thanks", "small_talk", thanksReply],
  ]),
  dialogue(P, "reminder", "reminder-list-cancel", [
    ["remind me every saturday at 10 am to wash the car", "reminder", "remind you to wash the car every Saturday at 10:00 AM"],
    ["also remind me on friday at 5 pm to pick up the suit", "reminder", "remind you to pick up the suit.*Friday.* at 5:00 PM"],
    ["what reminders do I have", "reminder", "have (2|two) reminders"],
    ["cancel the one about the car", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-email-change", [
    ["um remind me to email professor Chen at 2 pm", "reminder", `remind you to email professor Chen ${at} 2:00 PM`],
    ["actually change it to 3", "reminder", "3:00 (AM|PM) instead"],
    ["cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-wake-change", [
    ["wake me up at 7 tomorrow", "reminder", "tomorrow at 7:00 AM"],
    ["actually make it six thirty", "reminder", "6:30 AM instead"],
  ]),

  // recall: told first, then asked
  dialogue(P, "recall", "recall-gym-locker", [
    ["my locker at the gym is number 63", "remember", "remember that your locker at the gym is number (63|sixty-three)"],
    ["which locker am I in", "recall", "\\b(63|sixty-three)\\b"],
  ]),
  dialogue(P, "recall", "recall-sheep-dip", [
    ["remember the sheep dip is in the blue shed", "remember", "remember that .*sheep dip is in the blue shed"],
    ["where's the sheep dip", "recall", "sheep dip is in the blue shed"],
  ]),
  dialogue(P, "recall", "recall-gmc-number", [
    ["remember that my GMC number is 7012345", "remember", "remember that your GMC number is 7012345"],
    ["what's my GMC number", "recall", "your GMC number is 7012345"],
  ]),
  dialogue(P, "recall", "recall-grandson-birthday", [
    ["remember my grandson's birthday is on the 2nd of february", "remember", "remember that your grandson's birthday is .*(2nd|second|\\b2\\b).*february|february (2|2nd|second)\\b"],
    ["when is my grandson's birthday", "recall", "grandson's birthday is .*((2nd|second|\\b2\\b).*february|february (2|2nd|second)\\b)"],
  ]),
  dialogue(P, "recall", "recall-car-basement", [
    ["the car is parked at basement 2, lot 118", "remember", "remember that .*car is parked at basement (2|two),? lot 118"],
    ["where is the car", "recall", "basement (2|two),? lot 118"],
  ]),
  dialogue(P, "recall", "recall-pe-kit", [
    ["remember my PE kit is in the boot of mum's car", "remember", "remember that your PE kit is in the boot of (your |my )?mum's car"],
    ["where's my PE kit", "recall", "PE kit is in the boot of (your |my )?mum's car"],
  ]),
  dialogue(P, "recall", "recall-plumber-window-cleaner", [
    ["remember the plumber is called Alan Briggs", "remember", "remember that .*plumber is called Alan Briggs"],
    ["remember that the window cleaner comes on the first wednesday of the month", "remember", "remember that .*window cleaner comes on the first wednesday of the month"],
    ["what's the plumber called", "recall", "Alan Briggs"],
    ["when does the window cleaner come", "recall", "first wednesday of the month"],
  ]),
  dialogue(P, "recall", "recall-hamster", [
    ["remember my hamster is called Biscuit", "remember", "remember that your hamster is called Biscuit"],
    ["what's my hamster's name", "recall", "Biscuit"],
  ]),
  dialogue(P, "recall", "recall-about-me", [
    ["remember my doctor is Dr Okafor", "remember", "remember that your doctor is Dr\\.? Okafor"],
    ["remember that my pills are in the kitchen cabinet", "remember", "remember that your pills are in the kitchen cabinet"],
    ["what do you know about me", "recall", both("Okafor", "kitchen cabinet")],
  ]),
  dialogue(P, "recall", "recall-van-registration", [
    ["remember the van's registration is KX19 FDA", "remember", "remember that .*van's registration is KX ?19 ?FDA"],
    ["what's the van's registration", "recall", "KX ?19 ?FDA"],
  ]),
  dialogue(P, "recall", "recall-electrician", [
    ["remember the electrician is coming on thursday", "remember", "remember that .*electrician is coming on thursday"],
    ["when's the electrician coming", "recall", "thursday"],
  ]),

  // forget
  dialogue(P, "forget", "forget-library-pin", [
    ["remember my library pin is 5521", "remember", "remember that your library pin is 5521"],
    ["what's my library pin", "recall", "5521"],
    ["forget my library pin", "forget", both(forgotten, "5521")],
    ["what's my library pin", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-spare-key", [
    ["the ute's spare key is in the toolbox", "remember", "remember that .*ute's spare key is in the toolbox"],
    ["forget about the spare key", "forget", forgotten],
    ["where's the spare key", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-alarm-keep-bins", [
    ["remember the alarm code is 2580", "remember", "remember that .*alarm code is 2580"],
    ["remember the bins go out on wednesday", "remember", "remember that .*bins go out on wednesday"],
    ["forget the alarm code", "forget", both(forgotten, "2580")],
    ["when do the bins go out", "recall", "wednesday"],
  ]),
  dialogue(P, "forget", "forget-wifi", [
    ["remember my flat wifi password is chai4321", "remember", "remember that your flat wifi password is chai4321"],
    ["please delete the wifi password", "forget", forgotten],
  ]),

  // conversation: corrections, pronouns, what was just said
  dialogue(P, "conversation", "conv-trailer-field", [
    ["the trailer's in the top field", "remember", "remember that .*trailer('s| is) in the top field"],
    ["no, the bottom field", "correct", correctedReply("bottom field")],
    ["where is it", "recall", "trailer('s| is) in the bottom field"],
  ]),
  dialogue(P, "conversation", "conv-swimming-day", [
    ["remember the twins' swimming is on tuesdays", "remember", "remember that .*swimming is on tuesdays"],
    ["actually it's wednesdays", "correct", correctedReply("wednesdays")],
    ["when's swimming", "recall", "wednesdays"],
  ]),
  dialogue(P, "conversation", "conv-what-did-i-say", [
    ["remember my locker combo is 12 34 56", "remember", "remember that your locker combo is 12 ?34 ?56"],
    ["what did I just say", "conversation", "locker combo"],
    ["thanks", "small_talk", thanksReply],
  ]),
  dialogue(P, "conversation", "conv-parcel-neighbour", [
    ["the parcel is with the neighbour at number 9", "remember", "remember that .*parcel is with the neighbour at number (9|nine)"],
    ["sorry, I mean number 7", "correct", correctedReply("number (7|seven)")],
    ["who has the parcel", "recall", "number (7|seven)"],
  ]),
  dialogue(P, "conversation", "conv-what-did-i-ask", [
    ["set a timer for 15 minutes", "timer", "timer is set for (15|fifteen) minutes"],
    ["what did I just ask you", "conversation", "timer"],
  ]),
  dialogue(P, "conversation", "conv-shop-keys", [
    ["remember the shop keys are with Suresh", "remember", "remember that .*shop keys are with Suresh"],
    ["no wait, they're with Anil", "correct", correctedReply("Anil")],
    ["who has the shop keys", "recall", "Anil"],
    ["what did I just say", "conversation", "shop keys"],
  ]),
  dialogue(P, "conversation", "conv-inspection-date", [
    ["remember the flat inspection is on the 12th", "remember", "remember that .*flat inspection is on the 12th"],
    ["sorry, I meant the 13th", "correct", correctedReply("13")],
    ["when is it", "recall", "\\b13(th)?\\b"],
  ]),

  // small talk and time, as a child and a grandmother would
  dialogue(P, "small_talk", "small-talk-child", [
    ["hello", "small_talk", greetingReply],
    ["who are you", "small_talk", identityReply],
    ["bye", "small_talk", goodbyeReply],
  ]),
  dialogue(P, "time", "time-then-sydney", [
    ["what time is it", "time", clockReply],
    ["and what about in Sydney", "time", `${clockReply} in Sydney`],
  ]),
];
