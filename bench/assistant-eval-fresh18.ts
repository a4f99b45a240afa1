/**
 * Part "fresh-18", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - Magnus, a deckhand on a Shetland inter-island ferry: terse, the locker code, the next sailing.
 * - Gurpreet's nani, a Punjabi grandmother in Southall: polite, "be a love", her grandson's birthday.
 * - Clarence, a New Orleans jazz trumpeter: his mouthpiece, rehearsal timers, Louis Armstrong.
 * - Dee, a paramedic on a 12-hour shift: the defib bag check every weekday, quick timers.
 * - Wilf, a Yorkshire sheep shearer: "half five", the hay, the lambs, the vet, the tally.
 * - Winnie, a Hong Kong-born accountant in Toronto: year ends, percentages, the time at home.
 * - Brother Anselm, a beekeeping monk: candles, hives, wax, "would you mind".
 * - Jo, a special-needs teaching assistant: Leo's ear defenders, the red tray.
 * - Priya, a long-haul flight attendant with jet lag: hotel rooms, shower and taxi timers.
 * - Stevie, a Glaswegian football steward: badge number, the bins, the Old Firm.
 * - Margaret, a blind piano teacher who does everything by voice: pupils, the time, say that again.
 * - Ron, caring for his wife Jean, who has dementia: tablets every day, her appointments, asked twice.
 * - Ffion, a student nurse in Cardiff: ward placements, pharmacology every Sunday.
 * - Gaz, a lorry mechanic: the Scania's spare keys, ninety-second timers, torque and pints.
 * - Dr Okonjo, an astronomer who works nights: exposure timers, the lens cap, the time in Sydney.
 * - Tomasz, a Polish builder in Reading: the plasterer's number, the M4, metres and feet.
 * - Kayleigh, a young mum with twins: bottle and nap timers, nursery, nappies.
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

const P = "fresh-18" as const;

export const fresh18Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for ten minutes", "timer is set for 10 minutes"],
    ["right so um can you start a timer for twenty five minutes", "timer is set for 25 minutes"],
    ["set a tea timer for four minutes", "tea timer is set for 4 minutes"],
    ["would you mind starting a timer for the lamb for two hours", "lamb timer is set for 2 hours"],
    ["timer forty seconds", "timer is set for 40 seconds"],
    ["start a timer called dough for an hour and a half", "dough timer is set for 1 hour and 30 minutes"],
    ["be a love and set a timer for the rice for eighteen minutes", "rice timer is set for 18 minutes"],
    ["set a ninety second timer", "timer is set for (90 seconds|1 minute and 30 seconds)"],
    ["i was wondering if you could set a timer for three minutes for the eggs", "eggs? timer is set for 3 minutes"],
    ["set a timer for 12 minutes", "timer is set for 12 minutes"],
    ["put a timer on for half an hour please", "timer is set for 30 minutes"],
    ["set a timer um set a timer for a quarter of an hour", "timer is set for 15 minutes"],
    ["can you set a timer called wax for seven minutes", "wax timer is set for 7 minutes"],
    ["do i have any timers going", timerListReply],
  ]),

  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to ring the vet at 6 pm", "remind you to ring the vet (tomorrow )?at 6:00 PM"],
    ["remind me to collect my prescription at four in the afternoon", "remind you to collect your prescription (tomorrow )?at 4:00 PM"],
    ["could you remind me to move the van in twenty minutes", "remind you to move the van"],
    ["remind me to check the hives tomorrow morning", "remind you to check the hives tomorrow at \\d{1,2}:\\d{2} AM"],
    ["remind me to pay the gas bill on friday at ten am", "remind you to pay the gas bill\\b.*\\b10:00 AM"],
    ["um remind me to take my iron tablets every day at 8 pm", "remind you to take your iron tablets every day at 8:00 PM"],
    ["remind me to put the recycling out every monday at 7 am", "remind you to put the recycling out every Monday at 7:00 AM"],
    ["remind me to log my hours every weekday at 5 pm", "remind you to log your hours every weekday at 5:00 PM"],
    ["wake me up at 6 am", "\\b6:00 AM"],
    ["set an alarm for quarter past five in the morning", "\\b5:15 AM"],
    ["wake me up at half six tomorrow", "\\b6:30 AM"],
    ["remind me to phone the care home", "when should I remind you to phone the care home"],
    ["would you mind reminding me to book the mot", "when should I remind you to book the mot"],
    ["what reminders have i got", reminderListReply],
    ["remind me in an hour to take the bread out", "remind you to take the bread out"],
    ["remind me to water the tomatoes at 7:30 pm", "remind you to water the tomatoes (tomorrow )?at 7:30 PM"],
    ["i need you to remind me to call my brother in toronto at 9 pm", "remind you to call your brother in toronto (tomorrow )?at 9:00 PM"],
  ]),

  ...singlePairs(P, "remember", "remember", [
    ["remember that my locker number is two one seven", "remember.*locker number is (217|two one seven)"],
    ["remember my shift pattern is four on four off", "remember.*shift pattern is (4|four) on (4|four) off"],
    ["don't let me forget that the bee suit is in the shed", "bee suit is in the shed"],
    ["i was wondering if you could remember that my wife's gp is doctor okafor", "wife's gp is (doctor|dr\\.?) okafor"],
    ["remember that the twins' nursery closes at six", "nursery closes at (6|six)"],
    ["remember the wifi password at the depot is bluefalcon22", "wifi password at the depot is bluefalcon ?22"],
    ["remember that my trumpet's serial number is four four zero eight one", "serial number is (44081|four four zero eight one)"],
    ["remember that i parked on level three", "parked on level (3|three)\\b"],
    ["be a love and remember that my blood type is o negative", "blood type is o negative"],
    ["remember that the telescope's lens cap is in the left drawer", "lens cap is in the left drawer"],
    ["remember that dad's pin for the key safe is 1966", "key safe is 1966"],
    ["remember that my niece is allergic to sesame", "niece is allergic to sesame"],
    ["remember something", emptyCaptureReply],
    ["can you remember something for me", emptyCaptureReply],
  ]),

  ...single(P, "recall", "recall", unknownReply, [
    "what's my locker number",
    "where did i leave my reading glasses",
    "what's my wife's doctor called",
    "when is my daughter's parents evening",
    "what's my national insurance number",
    "um where did i park",
    "what did i say the alarm code was",
    "what's the name of my landlord",
  ]),

  ...singlePairs(P, "time", "time", [
    ["what time is it", clockReply],
    ["um what's the time please what's the time", clockReply],
    ["what's the date today", monthDayReply],
    ["what's today's date", monthDayReply],
    ["what day of the week is it", weekdayReply],
    ["what day is it tomorrow", weekdayReply],
    ["what's the date tomorrow", monthDayReply],
    ["what day is christmas", "December 25"],
    ["when's halloween", "October 31"],
    ["what date is new year's day", "January 1\\b"],
    ["when is boxing day", "December 26"],
    ["when's valentine's day", "February 14"],
    ["how many days till christmas", "\\b\\d+ days?\\b|today|tomorrow"],
    ["what time is it in new york", `^(?=.*${clockReply})(?=.*New York)`],
    ["what's the time in tokyo", `^(?=.*${clockReply})(?=.*Tokyo)`],
    ["what time is it in hong kong right now", `^(?=.*${clockReply})(?=.*Hong Kong)`],
    ["what time is it over in sydney", `^(?=.*${clockReply})(?=.*Sydney)`],
  ]),

  ...single(P, "status", "status", statusReply, [
    "are the services up",
    "is everything up and running",
    "system status please",
    "is the memory service up",
    "are all your services ok",
    "is the backup service running",
  ]),

  ...singlePairs(P, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["hello there", greetingReply],
    ["good evening", greetingReply],
    ["cheers", thanksReply],
    ["thanks a million", thanksReply],
    ["thank you very much", thanksReply],
    ["ta very much", thanksReply],
    ["bye for now", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["see you later", goodbyeReply],
    ["right i'm off ta ra", goodbyeReply],
    ["how are you doing today", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
    ["never mind", "^Okay"],
    ["stop", "^Okay"],
  ]),

  ...single(P, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather going to be like in lerwick tomorrow",
    "is it going to rain in cardiff today",
    "what's the latest news",
    "play some louis armstrong",
    "put some bhangra on",
    "turn the kitchen lights off",
    "set the heating to twenty one degrees",
    "who won the old firm game yesterday",
    "what's the score in the rangers match",
    "how do you make aloo gobi",
    "tell me a joke",
    "send a text to my wife saying i'm on my way",
    "call my son",
    "how do i get to reading station from here",
    "what's the traffic like on the m4",
    "order some more nappies",
    "add teabags to my shopping list",
    "what's the capital of canada",
    "who composed the moonlight sonata",
    "translate good morning into polish",
    "when's the next ferry to aberdeen",
    "is my flight to singapore on time",
    "what's the exchange rate for hong kong dollars",
    "how far is saturn from the earth",
    "what phase is the moon in",
    "read me my emails",
    "book me a taxi to the hospital",
    "recommend a good book for a long flight",
    "what's the price of diesel at the moment",
    "how tall is ben nevis",
    "who is the prime minister of canada",
    "what are the signs of sepsis",
  ]),

  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's fifteen percent of two hundred and forty", "\\b36\\b"],
    ["twelve times eight", "\\b96\\b"],
    ["what's 365 divided by 7", "\\b52\\.14\\d*\\b"],
    ["square root of one hundred and forty four", "\\b12\\b"],
    ["what's nine squared", "\\b81\\b"],
    ["how many kilometres is 26 miles", "\\b41\\.8\\d*\\b"],
    ["convert 180 fahrenheit to celsius", "\\b82\\.2\\d*\\b"],
    ["what's 200 degrees celsius in fahrenheit", "\\b392\\b"],
    ["how many grams in eight ounces", "\\b(226\\.\\d+|227)\\b"],
    ["how many pounds is sixty kilos", "\\b132(\\.\\d+)?\\b"],
    ["how many tablespoons in a cup", "\\b16\\b"],
    ["how many teaspoons in a tablespoon", "\\b3\\b"],
    ["two pints in litres", "\\b(1\\.13\\d*|0\\.946\\d*)\\b"],
    ["what's 17 plus 26 plus 9", "\\b52\\b"],
    ["what's 4.5 percent of 18000", "\\b810\\b"],
    ["three to the power of five", "\\b243\\b"],
    ["what's seventy two divided by eight", "\\b9\\b"],
    ["how many feet is 1.8 metres", "\\b5\\.9\\d*\\b"],
    ["how many stone is 80 kilos", "\\b12\\.(59|6)\\d*\\b"],
    ["what's 37.5 celsius in fahrenheit", "\\b99\\.5\\b"],
    ["um what's 20 percent off 85", "\\b68\\b"],
    ["how many hours are there in three weeks", "\\b504\\b"],
    ["what's 98.6 fahrenheit in celsius", "\\b(37|36\\.9+\\d*)\\b"],
    ["how many metres in a mile", "\\b1,?609(\\.\\d+)?\\b"],
  ]),
];

export const fresh18Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "paramedic-timer", [
    ["start a timer for twenty minutes", "timer", "timer is set for 20 minutes"],
    ["how long's left on my timer", "timer", "\\b(19|20) minutes\\b"],
    ["cancel the timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "trumpeter-rehearsal", [
    ["set a timer called rehearsal for forty five minutes", "timer", "rehearsal timer is set for 45 minutes"],
    ["pause the rehearsal timer", "timer", "rehearsal timer.*paused|paused.*rehearsal"],
    ["ok resume it", "timer", "rehearsal timer.*(running again|resumed)|resumed.*rehearsal"],
    ["add five minutes to the rehearsal timer", "timer", "^(?=.*rehearsal)(?=.*\\b(5|49|50) minutes\\b)"],
  ]),
  dialogue(P, "timer", "twins-bottle-nap", [
    ["set a bottle timer for five minutes", "timer", "bottle timer is set for 5 minutes"],
    ["and a nap timer for forty minutes", "timer", "nap timer is set for 40 minutes"],
    ["how long is left on my timers", "timer", "^(?=.*bottle timer)(?=.*nap timer)"],
    ["cancel the bottle timer", "timer", "cancell?ed.*bottle timer"],
    ["what timers have i got", "timer", "^(?!.*bottle)(?=.*nap timer)"],
  ]),
  dialogue(P, "timer", "deckhand-terse", [
    ["timer eight minutes", "timer", "timer is set for 8 minutes"],
    ["take two minutes off it", "timer", "^(?=.*timer)(?=.*\\b(2|5|6) minutes\\b)"],
    ["stop the timer", "timer", "cancell?ed|stopped"],
  ]),
  dialogue(P, "timer", "mechanic-ninety", [
    ["start a timer for ninety seconds", "timer", "timer is set for (90 seconds|1 minute and 30 seconds)"],
    ["how much time is left", "timer", "\\b(1 minute|\\d+ seconds)\\b"],
    ["cancel it", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "astronomer-exposure", [
    ["set a timer called exposure for fifteen minutes", "timer", "exposure timer is set for 15 minutes"],
    ["pause the exposure timer", "timer", "exposure timer.*paused|paused.*exposure"],
    ["how long's left on the exposure timer", "timer", "exposure timer.*\\b1[45] minutes"],
    ["resume the exposure timer", "timer", "exposure timer.*(running again|resumed)|resumed.*exposure"],
  ]),
  dialogue(P, "timer", "monk-candles", [
    ["would you mind setting a timer for the candles for twelve minutes", "timer", "candles? timer is set for 12 minutes"],
    ["add three minutes to the candle timer", "timer", "^(?=.*candles? timer)(?=.*\\b(3|14|15) minutes\\b)"],
    ["thank you kindly", "small_talk", thanksReply],
  ]),
  dialogue(P, "timer", "attendant-two-timers", [
    ["set a timer called shower for ten minutes", "timer", "shower timer is set for 10 minutes"],
    ["set a timer called taxi for fifty minutes", "timer", "taxi timer is set for 50 minutes"],
    ["cancel all my timers", "timer", "cancell?ed (both|all|2|two)|^(?=.*cancell?ed)(?=.*shower)(?=.*taxi)"],
    ["do i have any timers", "timer", "don't have any timers"],
  ]),

  // reminders
  dialogue(P, "reminder", "steward-bins", [
    ["remind me to put the bins out", "reminder", "when should I remind you to put the bins out"],
    ["at nine pm", "reminder", "remind you to put the bins out (tomorrow )?at 9:00 PM"],
  ]),
  dialogue(P, "reminder", "shearer-hay", [
    ["remind me to order the hay on friday at 10 am", "reminder", "remind you to order the hay\\b.*\\b10:00 AM"],
    ["what reminders have i got", "reminder", "order the hay"],
    ["cancel the hay reminder", "reminder", "cancell?ed.*hay"],
    ["what reminders have i got", "reminder", "don't have any reminders"],
  ]),
  dialogue(P, "reminder", "paramedic-defib", [
    ["remind me to check the defib bag every weekday at 7 am", "reminder", "remind you to check the defib bag every weekday at 7:00 AM"],
    ["what's my next reminder", "reminder", "check the defib bag"],
  ]),
  dialogue(P, "reminder", "carer-tablets", [
    ["remind me to give jean her tablets every day at 8 am", "reminder", "remind you to give jean her tablets every day at 8:00 AM"],
    ["and remind me to give her the evening ones every day at 6 pm", "reminder", "give her the evening ones every day at 6:00 PM"],
    ["list my reminders", "reminder", "^(?=.*jean her tablets)(?=.*evening ones)"],
  ]),
  dialogue(P, "reminder", "shearer-alarm", [
    ["wake me up at half five", "reminder", "\\b5:30 AM"],
    ["what reminders do i have", "reminder", "wake"],
    ["cancel my alarm", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "farmer-lambs-vet", [
    ["remind me to check on the lambs in forty five minutes", "reminder", "remind you to check on the lambs"],
    ["and remind me to ring the vet tomorrow morning", "reminder", "remind you to ring the vet tomorrow at"],
    ["how many reminders have i got", "reminder", "\\b(2|two) reminders"],
  ]),
  dialogue(P, "reminder", "nani-daughter", [
    ["be a love and remind me to ring my daughter", "reminder", "when should I remind you to ring your daughter"],
    ["tomorrow at eleven in the morning", "reminder", "remind you to ring your daughter tomorrow at 11:00 AM"],
  ]),
  dialogue(P, "reminder", "nurse-pharmacology", [
    ["remind me to revise pharmacology every sunday at 7 pm", "reminder", "remind you to revise pharmacology every Sunday at 7:00 PM"],
    ["sorry what did you say", "conversation", "revise pharmacology every Sunday at 7:00 PM"],
  ]),

  // remember, recall and corrections
  dialogue(P, "recall", "deckhand-locker", [
    ["remember that the ferry locker code is three nine one seven", "remember", "locker code is (3917|three nine one seven)"],
    ["what's the ferry locker code", "recall", "\\b3917\\b|three nine one seven"],
    ["no it's three nine one eight", "correct", correctedReply("(3918|three nine one eight)")],
    ["what's the locker code", "recall", "\\b3918\\b|three nine one eight"],
  ]),
  dialogue(P, "recall", "nani-grandson", [
    ["remember my grandson's birthday is on the fourteenth of march", "remember", "^(?=.*grandson)(?=.*(14|fourteenth))"],
    ["when is my grandson's birthday", "recall", "\\b14|fourteenth"],
    ["what did i just say", "conversation", "you said.*when is my grandson's birthday"],
  ]),
  dialogue(P, "recall", "trumpeter-mouthpiece", [
    ["don't let me forget that my mouthpiece is in the blue case", "remember", "mouthpiece is in the blue case"],
    ["where's my mouthpiece", "recall", "blue case"],
    ["actually it's in the gig bag", "correct", correctedReply("gig bag")],
    ["where is it", "recall", "gig bag"],
  ]),
  dialogue(P, "remember", "mechanic-empty-capture", [
    ["remember something", "remember", emptyCaptureReply],
    ["the spare keys for the scania are under the driver's seat", "remember", "under the driver's seat"],
    ["where are the spare keys for the scania", "recall", "under the driver's seat"],
  ]),
  dialogue(P, "recall", "accountant-year-end", [
    ["remember that my client's year end is june thirtieth", "remember", "^(?=.*year end)(?=.*(30|thirtieth))"],
    ["when's my client's year end", "recall", "\\b30|thirtieth"],
    ["what did you say", "conversation", "\\b30|thirtieth"],
  ]),
  dialogue(P, "recall", "nurse-ward", [
    ["remember my placement is on ward seven", "remember", "placement is on ward (7|seven)"],
    ["which ward is my placement on", "recall", "ward (7|seven)\\b"],
    ["no it's ward eight", "correct", correctedReply("ward (8|eight)")],
    ["say that again", "conversation", "ward (8|eight)\\b"],
  ]),
  dialogue(P, "recall", "piano-pupils", [
    ["remember that my tuesday pupil is called amara", "remember", "tuesday pupil is called amara"],
    ["what's my tuesday pupil called", "recall", "amara"],
    ["what's my wednesday pupil called", "recall", unknownReply],
  ]),
  dialogue(P, "recall", "shearer-tally", [
    ["remember i sheared two hundred and twelve sheep on saturday", "remember", "\\b212\\b|two hundred and twelve"],
    ["how many sheep did i shear on saturday", "recall", "\\b212\\b|two hundred and twelve"],
  ]),
  dialogue(P, "recall", "attendant-hotel", [
    ["remember my hotel room in singapore is fourteen twelve", "remember", "hotel room in singapore is (14 ?12|fourteen twelve)"],
    ["what's my hotel room number", "recall", "\\b14 ?12\\b|fourteen twelve"],
    ["what did i just say", "conversation", "you said.*what's my hotel room number"],
  ]),
  dialogue(P, "recall", "carer-appointment", [
    ["remember that jean's hospital appointment is on tuesday", "remember", "appointment is on tuesday"],
    ["when is jean's hospital appointment", "recall", "tuesday"],
    ["sorry when is jean's hospital appointment again", "recall", "tuesday"],
  ]),

  // forget
  dialogue(P, "forget", "builder-plasterer", [
    ["remember that the plasterer's number is 07700 900461", "remember", "07700 ?900 ?461"],
    ["what's the plasterer's number", "recall", "07700 ?900 ?461"],
    ["forget the plasterer's number", "forget", forgotten],
    ["what's the plasterer's number", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "steward-badge", [
    ["remember that my steward badge number is five five zero four", "remember", "badge number is (5504|five five zero four)"],
    ["what's my badge number", "recall", "\\b5504\\b|five five zero four"],
    ["delete what i said about my badge number", "forget", forgotten],
    ["what's my badge number", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "assistant-ear-defenders", [
    ["remember that leo's ear defenders are in the red tray", "remember", "ear defenders are in the red tray"],
    ["forget about leo's ear defenders", "forget", forgotten],
    ["where are leo's ear defenders", "recall", unknownReply],
  ]),

  // conversation
  dialogue(P, "conversation", "piano-greeting-again", [
    ["good morning", "small_talk", greetingReply],
    ["what did you say", "conversation", "Hello|Hi\\b|Hey|Good (morning|afternoon|evening)"],
  ]),
  dialogue(P, "conversation", "accountant-sum-readback", [
    ["what's twelve times twelve", "calculate", "\\b144\\b"],
    ["what did i just say", "conversation", "you said.*twelve times twelve"],
    ["say that again", "conversation", "twelve times twelve"],
  ]),
  dialogue(P, "conversation", "steward-time-again", [
    ["what time is it", "time", clockReply],
    ["sorry what did you say", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "piano-christmas-again", [
    ["how many days until christmas", "time", "\\b\\d+ days?\\b|today|tomorrow"],
    ["say that again please", "conversation", "\\b\\d+ days?\\b|today|tomorrow"],
  ]),
];
