/**
 * Part "fresh-14", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * Speakers imagined:
 * - a Geordie electrician between jobs in his van
 * - a Hong Kong accountant at year end
 * - a farmer's wife in County Mayo
 * - a Glasgow bus driver on split shifts
 * - a Singaporean student in Manchester (a few Singlish touches)
 * - a retired Australian sailor with a boat in Fremantle
 * - a software developer in Nairobi
 * - a beekeeper, a small-animal vet, a yoga teacher, a dog groomer, a wedding planner
 * - a chess-club organiser, a dad on the school run
 * - a man home after a knee operation, keeping track of his tablets
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
  monthDayReply,
  reminderListReply,
  singlePairs,
  statusReply,
  thanksReply,
  timerListReply,
  unknownReply,
  weekdayReply,
  wellbeingReply,
} from "./assistant-eval-kit";

const P = "fresh-14" as const;


export const fresh14Singles: EvalDialogue[] = [
  ...singlePairs(P, "timer", "timer", [
    ["set a timer for 25 minutes", "timer.*25 minutes"],
    ["timer for the rice 12 minutes please", "rice timer.*12 minutes"],
    ["can you start a 10 minute timer for the wax", "wax timer.*10 minutes"],
    ["start a timer for an hour and a half", "timer.*1 hour and 30 minutes"],
    ["start a 90 second countdown", "timer.*(90 seconds|1 minute and 30 seconds)"],
    ["set a timer for the hair dye for 35 minutes", "dye timer.*35 minutes"],
    ["give me a 2 hour timer for the brisket", "brisket timer.*2 hours"],
    ["set the oven timer for 45 minutes", "oven timer.*45 minutes"],
    ["half an hour timer please", "timer.*30 minutes"],
    ["what timers have i got going", timerListReply],
    ["set a timer for 14 minutes for the scones", "scones timer.*14 minutes"],
    ["set a timer for 3 minutes for my tea", "tea timer.*3 minutes"],
    ["set a timer for a quarter of an hour", "timer.*15 minutes"],
    ["are any timers running", timerListReply],
    ["timer 20 minutes", "timer.*20 minutes"],
  ]),
  ...singlePairs(P, "reminder", "reminder", [
    ["remind me to phone the electrical wholesaler at 2 pm", "remind you to phone the electrical wholesaler.*2:00 PM"],
    ["remind me at seven thirty pm to put the bins out", "remind you to put the bins out.*7:30 PM"],
    ["remind me in 45 minutes to move the car", "remind you to move the car"],
    ["wake me up at 6", "remind you to wake up.*6:00 AM"],
    ["set an alarm for five forty five am", "(wake up|alarm).*5:45 AM"],
    ["remind me tomorrow at 9 am to send the invoices to mr chan", "remind you to send the invoices to mr chan.*9:00 AM"],
    ["remind me to take my antibiotics at 8 pm", "remind you to take your antibiotics.*8:00 PM"],
    ["can you remind me to renew my bus pass", "when should I remind you to renew your bus pass"],
    ["what reminders have i got", reminderListReply],
    ["remind me in two hours to check on the puppy", "remind you to check on the puppy"],
    ["remind me on friday at 10 am to book the marquee", "remind you to book the marquee.*10:00 AM"],
    ["at 3 15 pm remind me to collect the kids from school", "remind you to collect the kids from school.*3:15 PM"],
    ["do i have any reminders set", reminderListReply],
    ["i need waking up at 6 30 am", "(wake up|alarm).*6:30 AM"],
    ["remind me at noon to check the hives", "remind you to check the hives.*12:00 PM"],
    ["remind me to pay the vat bill at 4 pm", "remind you to pay the vat bill.*4:00 PM"],
    ["wake me up at 7 tomorrow", "remind you to wake up.*7:00 AM"],
  ]),
  ...singlePairs(P, "remember", "remember", [
    ["remember that the fuse box at the wilsons is behind the coats", "behind the coats"],
    ["please remember my staff number is 40817", "your staff number is 40817"],
    ["remember the queen in hive three has a green dot", "green dot"],
    ["make a note that biscuit is allergic to chicken", "allergic to chicken"],
    ["remember that my mooring is pen 32 at fishing boat harbour", "your mooring is pen 32"],
    ["remember the studio door code is 2580", "door code is 2580"],
    ["can you remember that chess club meets in the church hall now", "church hall"],
    ["remember i park in bay 17 at the depot", "bay 17"],
    ["remember my bus pass runs out in march", "runs out in march"],
    ["my locker at the gym is 88 remember that", "locker.*88"],
    ["remember the client's year end is the 31st of march", "year end is the 31st of march"],
    ["remember that the kids' swimming bags are in the boot", "swimming bags are in the boot"],
    ["remember that my surgeon is mr okafor", "your surgeon is mr okafor"],
    ["remember that the red heifer is due to calve on the 3rd", "due to calve on the 3rd"],
  ]),
  ...singlePairs(P, "recall", "recall", [
    ["what's my national insurance number", unknownReply],
    ["where did i leave my reading glasses", unknownReply],
    ["what's my wife's mobile number", unknownReply],
  ]),
  ...singlePairs(P, "forget", "forget", [
    ["forget my old address", forgotten],
    ["forget the bin day", forgotten],
    ["forget my car registration", forgotten],
  ]),
  ...singlePairs(P, "time", "time", [
    ["what's the time please", clockReply],
    ["have you got the time", clockReply],
    ["tell me the time", clockReply],
    ["time check", clockReply],
    ["what's today's date", monthDayReply],
    ["what's the date", monthDayReply],
    ["what's the date today lah", monthDayReply],
    ["what day is it today", weekdayReply],
    ["what day of the week is it", weekdayReply],
    ["what day does christmas fall on this year", "December 25"],
    ["how many days until christmas", "December 25|\\d+ days"],
    ["what day is new year's eve", "December 31"],
    ["what day of the week is valentine's day", "February 14"],
    ["what day is the first of march", "March 1\\b"],
    ["how many days until new year's day", "January 1\\b|\\d+ days"],
    ["what's the date tomorrow", monthDayReply],
  ]),
  ...singlePairs(P, "status", "status", [
    ["are all your services up", statusReply],
    ["is everything running alright on your end", statusReply],
    ["run a system check", statusReply],
    ["give me a status report", statusReply],
    ["is the memory service working", statusReply],
    ["are any of your services down", statusReply],
    ["how are your systems looking", statusReply],
    ["do a health check", statusReply],
    ["is the speech recognition up and running", statusReply],
    ["is the database up", statusReply],
    ["is the backup service ok", statusReply],
  ]),
  ...singlePairs(P, "small_talk", "small_talk", [
    ["good morning", greetingReply],
    ["hiya", greetingReply],
    ["hello", greetingReply],
    ["good evening", greetingReply],
    ["hi there", greetingReply],
    ["good afternoon", greetingReply],
    ["cheers", thanksReply],
    ["thanks a lot", thanksReply],
    ["ta very much", thanksReply],
    ["thank you that's brilliant", thanksReply],
    ["thanks lah", thanksReply],
    ["bye for now", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["see you later", goodbyeReply],
    ["that's me done bye", goodbyeReply],
    ["how are you today", wellbeingReply],
    ["how are you keeping", wellbeingReply],
    ["you doing alright", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
    ["who am i talking to", identityReply],
  ]),
  ...singlePairs(P, "out_of_domain", "out_of_domain", [
    ["what's the weather doing in newcastle tomorrow", capabilityReply],
    ["is it going to rain in mayo this afternoon", capabilityReply],
    ["read me the news headlines", capabilityReply],
    ["what was the celtic score last night", capabilityReply],
    ["who won the melbourne cup this year", capabilityReply],
    ["play some van morrison", capabilityReply],
    ["put on my yoga playlist", capabilityReply],
    ["turn the heating up to 21 degrees", capabilityReply],
    ["switch off the lights in the kitchen", capabilityReply],
    ["add dog shampoo to my amazon basket", capabilityReply],
    ["how do you say thank you in swahili", capabilityReply],
    ["translate good morning into cantonese", capabilityReply],
    ["phone my mum", capabilityReply],
    ["send an email to the caterers saying we need 80 covers", capabilityReply],
    ["text my wife that i'll be late", capabilityReply],
    ["how do i get to the m8 from here", capabilityReply],
    ["directions to the nearest petrol station", capabilityReply],
    ["what's the capital of australia", capabilityReply],
    ["who wrote ulysses", capabilityReply],
    ["how do i make colcannon", capabilityReply],
    ["give me a recipe for laksa", capabilityReply],
    ["what's the hang seng at today", capabilityReply],
    ["book me a table for two at the harbour restaurant", capabilityReply],
    ["what's the tide doing at fremantle this evening", capabilityReply],
    ["find me a cheap flight to nairobi", capabilityReply],
    ["what's on telly tonight", capabilityReply],
    ["set the robot hoover going", capabilityReply],
  ]),
  ...singlePairs(P, "arithmetic", "calculate", [
    ["what's 17 times 23", "\\b391\\b"],
    ["what is 15 percent of 240", "\\b36\\b"],
    ["square root of 729", "\\b27\\b"],
    ["what's 1250 divided by 8", "\\b156(\\.(25|2|3))?\\b"],
    ["convert 5 miles to kilometres", "\\b8(\\.0\\d*)?\\b"],
    ["convert 11 stone to kilograms", "\\b69\\.[89]\\d*|\\b70\\b"],
    ["what's 72 degrees fahrenheit in celsius", "\\b22(\\.2\\d*)?\\b"],
    ["what's 3 to the power of 7", "\\b2,?187\\b"],
    ["what's 12.5 percent of 3200", "\\b400\\b"],
    ["how many seconds are there in a week", "\\b604,?800\\b"],
    ["add 456 and 789", "\\b1,?245\\b"],
    ["divide 96 by 7", "\\b13\\.71?\\d*|\\b14\\b"],
    ["what's the cube root of 343", "\\b7\\b"],
    ["convert 30 centimetres to inches", "\\b11\\.8\\d*|\\b12\\b"],
    ["how many feet is 1500 metres", "\\b4,?921(\\.\\d+)?\\b"],
    ["what's 7 percent of 1850", "\\b129\\.50?\\b|\\b130\\b"],
    ["what is 19 squared", "\\b361\\b"],
    ["how much is 48 times 365", "\\b17,?520\\b"],
    ["convert 26.2 miles to kilometres", "\\b42(\\.(16|2)\\d*)?\\b"],
    ["how many grams in 6 ounces", "\\b170(\\.\\d+)?\\b"],
    ["what's 250 grams in ounces", "\\b8\\.8\\d*|\\b9\\b"],
  ]),
];

export const fresh14Dialogues: EvalDialogue[] = [
  // timers
  dialogue(P, "timer", "timer-groomer-conditioner", [
    ["set a timer for the conditioner for 5 minutes", "timer", "conditioner timer.*5 minutes"],
    ["add 2 minutes to the conditioner timer", "timer", "added 2 minutes"],
    ["how long is left on the conditioner", "timer", "left"],
  ]),
  dialogue(P, "timer", "timer-bus-break", [
    ["set a 20 minute timer for my break", "timer", "break timer.*20 minutes"],
    ["how long's left on my break", "timer", "left"],
    ["pause my break timer", "timer", "paused"],
    ["resume the break timer", "timer", "running again"],
  ]),
  dialogue(P, "timer", "timer-mayo-bread-spuds", [
    ["put on a timer for the brown bread for 50 minutes", "timer", "bread timer.*50 minutes"],
    ["and a timer for the spuds 20 minutes", "timer", "spuds timer.*20 minutes"],
    ["what timers are on", "timer", "(?=.*bread)(?=.*spuds)"],
    ["cancel the spuds timer", "timer", cancelledReply],
  ]),
  dialogue(P, "timer", "timer-yoga-savasana", [
    ["set a timer for 7 minutes for savasana", "timer", "savasana timer.*7 minutes"],
    ["how much time is left on it", "timer", "left"],
    ["cancel it", "timer", cancelledReply],
  ]),

  // reminders
  dialogue(P, "reminder", "reminder-wedding-florist", [
    ["remind me to ring the florist", "reminder", "when should I remind you to ring the florist"],
    ["at 11 am", "reminder", "remind you to ring the florist"],
    ["what reminders do i have", "reminder", "florist"],
  ]),
  dialogue(P, "reminder", "reminder-knee-tablets", [
    ["remind me to take my painkillers at 2 pm", "reminder", "remind you to take your painkillers.*2:00 PM"],
    ["and remind me to do my knee exercises at 5 pm", "reminder", "remind you to do your knee exercises.*5:00 PM"],
    ["cancel the reminder about the painkillers", "reminder", cancelledReply],
    ["what reminders are left", "reminder", "knee"],
  ]),
  dialogue(P, "reminder", "reminder-vet-callback", [
    ["remind me to call mrs patel back", "reminder", "when should I remind you to call mrs patel back"],
    ["4 pm", "reminder", "remind you to call mrs patel back"],
  ]),
  dialogue(P, "reminder", "reminder-nairobi-release", [
    ["remind me in 30 minutes to push the release", "reminder", "remind you to push the release"],
    ["actually cancel that reminder", "reminder", cancelledReply],
  ]),
  dialogue(P, "reminder", "reminder-chess-boards", [
    ["remind me on thursday at 6 pm to set up the boards", "reminder", "remind you to set up the boards.*6:00 PM"],
    ["list my reminders", "reminder", "boards"],
  ]),

  // remember, with nothing said at first
  dialogue(P, "remember", "remember-empty-gate-code", [
    ["remember something for me", "remember", "what should I remember"],
    ["the gate code for the top field is 1979", "remember", "1979"],
  ]),
  dialogue(P, "remember", "remember-empty-marquee", [
    ["can you remember something", "remember", "what should I remember"],
    ["the marquee company is called canvas and co", "remember", "canvas and co"],
  ]),
  dialogue(P, "remember", "remember-empty-flat", [
    ["i want you to remember something", "remember", "what should I remember"],
    ["my flat number is 12b", "remember", "your flat number is 12b"],
  ]),

  // recall
  dialogue(P, "recall", "recall-consumer-unit", [
    ["remember that the consumer unit at number 9 is in the cellar", "remember", "cellar"],
    ["where's the consumer unit at number 9", "recall", "cellar"],
  ]),
  dialogue(P, "recall", "recall-octopus-card", [
    ["my octopus card number ends in 4471 remember that", "remember", "4471"],
    ["what does my octopus card end in", "recall", "4471"],
  ]),
  dialogue(P, "recall", "recall-spare-anchor", [
    ["remember that the spare anchor is in the forward locker", "remember", "forward locker"],
    ["where did i say the spare anchor was", "recall", "forward locker"],
    ["no it's in the lazarette", "correct", correctedReply("lazarette")],
    ["where is it now", "recall", "lazarette"],
  ]),
  dialogue(P, "recall", "recall-hall-room", [
    ["remember my hall room is block c 304", "remember", "block c 304"],
    ["eh what's my room number ah", "recall", "304"],
    ["actually it's 306", "correct", correctedReply("306")],
    ["what's my room number again", "recall", "306"],
  ]),
  dialogue(P, "recall", "recall-staging-port", [
    ["remember that the staging server is on port 8443", "remember", "8443"],
    ["which port is staging on", "recall", "8443"],
  ]),
  dialogue(P, "recall", "recall-spaniel-weight", [
    ["remember that bella the spaniel weighs 14 kilos", "remember", "14 kilos"],
    ["how heavy is bella", "recall", "14 kilos"],
    ["actually 15 kilos", "correct", correctedReply("15 kilos")],
    ["what does she weigh now", "recall", "15 kilos"],
  ]),
  dialogue(P, "recall", "recall-tuesday-class", [
    ["remember my tuesday class is at the community centre", "remember", "community centre"],
    ["where's my tuesday class", "recall", "community centre"],
  ]),
  dialogue(P, "recall", "recall-pe-day", [
    ["remember that ollie has pe on wednesdays", "remember", "wednesday"],
    ["which day has ollie got pe", "recall", "wednesday"],
  ]),
  dialogue(P, "recall", "recall-clippers", [
    ["remember that the poodle clippers need a new blade", "remember", "new blade"],
    ["what did i say about the clippers", "recall", "new blade"],
  ]),
  dialogue(P, "recall", "recall-car-seat", [
    ["remember the spare car seat is in the garage", "remember", "garage"],
    ["where is it", "recall", "garage"],
  ]),
  dialogue(P, "recall", "recall-harper-wedding", [
    ["remember the harper wedding is at thornbury castle", "remember", "thornbury castle"],
    ["where is the harper wedding again", "recall", "thornbury castle"],
  ]),
  dialogue(P, "recall", "recall-about-me-driver", [
    ["remember my route this week is the 38", "remember", "\\b38\\b"],
    ["remember my depot is larkfield", "remember", "larkfield"],
    ["what do you know about me", "recall", "larkfield|\\b38\\b"],
  ]),
  dialogue(P, "recall", "recall-requeened-hive", [
    ["remember that hive two was requeened in june", "remember", "june"],
    ["when was hive two requeened", "recall", "june"],
    ["actually it was july", "correct", correctedReply("july")],
    ["and when was it requeened", "recall", "july"],
  ]),

  // forget
  dialogue(P, "forget", "forget-api-key", [
    ["remember that the api key rotates on the first of the month", "remember", "first of the month"],
    ["forget what i said about the api key", "forget", forgotten],
    ["when does the api key rotate", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-van-mot", [
    ["remember that the van's mot is due in april", "remember", "april"],
    ["forget the mot", "forget", forgotten],
    ["when's the van's mot due", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-mum-flight", [
    ["remember my mum's flight lands at terminal 1", "remember", "terminal 1"],
    ["forget about my mum's flight", "forget", forgotten],
    ["which terminal does my mum's flight land at", "recall", unknownReply],
  ]),
  dialogue(P, "forget", "forget-tb-test", [
    ["remember the vet is coming for the tb test on the 12th", "remember", "12th"],
    ["forget that", "forget", forgotten],
    ["when is the vet coming for the tb test", "recall", unknownReply],
  ]),

  // conversation
  dialogue(P, "conversation", "conversation-porridge", [
    ["set a timer for 6 minutes for the porridge", "timer", "porridge timer.*6 minutes"],
    ["what did i just say", "conversation", 'You said:? "?set a timer for 6 minutes for the porridge'],
  ]),
  dialogue(P, "conversation", "conversation-galway", [
    ["remember my sister's new house is in galway", "remember", "galway"],
    ["say that again", "conversation", "galway"],
  ]),
  dialogue(P, "conversation", "conversation-fourteen-squared", [
    ["what's 14 times 14", "calculate", "\\b196\\b"],
    ["can you repeat that", "conversation", "\\b196\\b"],
  ]),
  dialogue(P, "conversation", "conversation-clock", [
    ["what time is it", "time", clockReply],
    ["what did you just say", "conversation", clockReply],
  ]),
  dialogue(P, "conversation", "conversation-mooring-lines", [
    ["remind me at 9 pm to check the mooring lines", "reminder", "remind you to check the mooring lines.*9:00 PM"],
    ["what did i just say", "conversation", 'You said:? "?remind me at 9 pm to check the mooring lines'],
  ]),
  dialogue(P, "conversation", "conversation-kilos-pounds", [
    ["convert 40 kilograms to pounds", "calculate", "\\b88(\\.\\d+)?\\b"],
    ["say that again please", "conversation", "\\b88(\\.\\d+)?\\b"],
  ]),
];
