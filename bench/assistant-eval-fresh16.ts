/**
 * Part "fresh-16", a blind part written on 2026-12-07 by someone who had read neither the router's
 * code, nor the other parts' sentences, nor any results; only the evaluation kit and the README's
 * account of what the assistant can do. Nothing is tuned on it.
 *
 * The speakers imagined:
 * - a beekeeper in Shropshire with five hives, smoker in one hand, terse;
 * - a hospital porter on nights, between wards, chatty;
 * - a wedding planner juggling florists, caterers and venues, polite and quick;
 * - a retired engineer in Glasgow who likes exact numbers and says "aye";
 * - a Filipino care worker doing a morning round of medication;
 * - a Texan rancher with gates, farriers and cattle prices, drawling "howdy";
 * - a Welsh farmer at lambing, up at all hours;
 * - a university student in Dublin, Irish idioms ("have I any", "thanks a million");
 * - a taxi dispatcher in Manchester, clipped, says "love";
 * - a home brewer timing mashes and boils;
 * - a stroke survivor relearning routines, slow and careful;
 * - a childminder with other people's children and pick-up times;
 * - a caravan owner on a site by the sea;
 * - a dog walker with key safes and other people's dogs;
 * - a night-shift baker timing dough;
 * - a teenager revising for exams.
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
  wellbeingReply,
  weekdayReply,
  type EvalDialogue,
} from "./assistant-eval-kit";

const part = "fresh-16" as const;
const monthReply = "(January|February|March|April|May|June|July|August|September|October|November|December)";

export const fresh16Singles: EvalDialogue[] = [
  ...singlePairs(part, "timer", "timer", [
    ["set a timer for ten minutes", "timer.*\\b10 minutes"],
    ["start a timer for three minutes for the eggs", "timer.*\\b3 minutes"],
    ["set a porridge timer for four minutes", "porridge timer.*\\b4 minutes"],
    ["timer twenty five minutes", "timer.*\\b25 minutes"],
    ["can you set me a timer for ninety seconds please", "timer.*(\\b90 seconds|\\b1 minute and 30 seconds)"],
    ["set a timer for an hour and a quarter", "timer.*\\b1 hour and 15 minutes"],
    ["put a timer on for two hours", "timer.*\\b2 hours"],
    ["set a timer called hive inspection for forty minutes", "hive inspection timer.*\\b40 minutes"],
    ["give me a five minute timer", "timer.*\\b5 minutes"],
    ["set the timer for thirty seconds", "timer.*\\b30 seconds"],
    ["what timers are running", timerListReply],
    ["do i have any timers going", timerListReply],
    ["cancel all my timers", "timer|cancell?ed"],
  ]),
  ...singlePairs(part, "reminder", "reminder", [
    ["remind me to call my sister at six pm", "remind you to call your sister.*6:00 PM"],
    ["remind me to take my tablets at eight in the morning", "remind you to take your tablets.*8:00 AM"],
    ["remind me to check the ewes at midnight", "remind you to check the ewes.*12:00 AM"],
    ["remind me to ring the vet on monday at nine thirty", "remind you to ring the vet.*9:30 AM"],
    ["remind me to feed the bees on saturday morning", "remind you to feed the bees.*(Saturday|today|tomorrow)"],
    ["remind me in forty five minutes to take the bread out", "remind you to take the bread out"],
    ["in ten minutes remind me to check the oven", "remind you to check the oven"],
    ["remind me at half past four to collect the kids", "remind you to collect the kids.*4:30 (AM|PM)"],
    ["remind me to phone the caravan site", "when should I remind you to phone the caravan site"],
    ["remind me to renew my bus pass", "when should I remind you to renew your bus pass"],
    ["wake me up at six", "wake up.*6:00 (AM|PM)"],
    ["set an alarm for quarter to seven tomorrow", "wake up.*6:45 AM"],
    ["alarm for five am please", "wake up.*5:00 AM"],
    ["what reminders have i got", reminderListReply],
    ["have i any reminders set", reminderListReply],
  ]),
  ...singlePairs(part, "remember", "remember", [
    ["remember that my locker at work is number forty two", "your locker at work is number (42|forty two)"],
    ["remember my bike is chained up outside the library", "your bike is chained up outside the library"],
    ["remember that the spare key is under the blue plant pot", "spare key is under the blue plant pot"],
    ["don't let me forget that the boiler service is due in march", "boiler service is due in march"],
    ["remember that hive two is the grumpy one", "hive (2|two) is the grumpy one"],
    ["remember my wife's shoe size is five", "your wife's shoe size is (5|five)\\b"],
    ["remember i parked on level three", "you parked on level (3|three)\\b"],
    ["remember that the bride's mother is allergic to lilies", "bride's mother is allergic to lilies"],
    ["remember that bella the labrador can't have chicken", "bella the labrador can(')?t have chicken"],
    ["don't let me forget that i lent the ladder to gareth", "you lent the ladder to gareth"],
    ["remember my wifi password is fluffy kitten ninety nine", "your wifi password is fluffy ?kitten ?(99|ninety nine)"],
    ["remember the night porter's extension is two four six", "extension is (246|two four six)\\b"],
    ["remember something", emptyCaptureReply],
  ]),
  ...single(part, "recall", "recall", unknownReply, [
    "where did i park",
    "what's my wifi password",
    "when is my sister's birthday",
    "what's the code for the gate",
    "where did i leave my reading glasses",
    "what's my locker number",
    "who did i lend the ladder to",
    "what do you know about my dog",
  ]),
  ...single(part, "forget", "forget", `${forgotten}|${unknownReply}|nothing|don't have`, [
    "forget my locker number",
    "delete what i said about the ladder",
    "forget where i parked",
  ]),
  ...singlePairs(part, "time", "time", [
    ["what time is it", clockReply],
    ["what's the time please", clockReply],
    ["have you got the time", clockReply],
    ["what's the date today", monthDayReply],
    ["what day is it", weekdayReply],
    ["what day of the week is it today", weekdayReply],
    ["what's the date tomorrow", monthDayReply],
    ["what day is it tomorrow", weekdayReply],
    ["what day is christmas this year", "December 25"],
    ["when's new year's day", "January 1\\b"],
    ["what date is halloween", "October 31"],
    ["how many days until christmas", "\\b\\d+ days?\\b"],
    ["what date is it on friday", monthDayReply],
    ["what's the date on christmas eve", "December 24"],
    ["what month is it", monthReply],
  ]),
  ...single(part, "status", "status", statusReply, [
    "are all the services up",
    "is everything up and running",
    "system status please",
    "is the memory service up",
    "is the timekeeper running",
    "are the audio services working",
    "is the backup service up",
  ]),
  ...singlePairs(part, "small_talk", "small_talk", [
    ["hiya", greetingReply],
    ["good morning", greetingReply],
    ["hello there", greetingReply],
    ["howdy", greetingReply],
    ["cheers", thanksReply],
    ["thanks a million", thanksReply],
    ["thank you very much", thanksReply],
    ["bye now", goodbyeReply],
    ["goodnight", goodbyeReply],
    ["that's all for now bye", goodbyeReply],
    ["how are you", wellbeingReply],
    ["how's it going", wellbeingReply],
    ["how are you doing today", wellbeingReply],
    ["who are you", identityReply],
    ["what are you exactly", identityReply],
  ]),
  ...single(part, "out_of_domain", "out_of_domain", capabilityReply, [
    "what's the weather like in glasgow tomorrow",
    "is it going to rain this afternoon",
    "play some country music",
    "turn on the kitchen lights",
    "set the heating to twenty degrees",
    "what's in the news today",
    "who won the rangers game last night",
    "how tall is the eiffel tower",
    "what's the capital of australia",
    "who wrote pride and prejudice",
    "order more dog food",
    "add milk to my shopping list",
    "send a text to my daughter saying i'll be late",
    "call the farm vet",
    "give me directions to the nearest petrol station",
    "tell me a joke",
    "how do i make soda bread",
    "what's the price of bitcoin",
    "when's the next bus into town",
    "read me my emails",
    "translate good morning into tagalog",
    "book a table for two at the italian on saturday",
    "what's on telly tonight",
    "how do i treat varroa mites",
    "what are cattle prices doing at the market",
    "what time does tesco close",
    "is the m8 busy",
    "who is the president of the united states",
    "how far away is the moon",
    "what's the exchange rate for euros",
    "find me a plumber near me",
    "what's a good name for a sheepdog",
    "how many calories are in a bacon roll",
  ]),
  ...singlePairs(part, "arithmetic", "calculate", [
    ["what's seventeen times twenty three", "\\b391\\b"],
    ["how much is four hundred and twelve plus eighty nine", "\\b501\\b"],
    ["what is a thousand minus three hundred and seventy five", "\\b625\\b"],
    ["what's fifteen percent of eighty", "\\b12\\b"],
    ["what's eighteen percent of sixty five", "\\b11\\.7\\b"],
    ["what's the square root of one hundred and forty four", "\\b12\\b"],
    ["what's twelve squared", "\\b144\\b"],
    ["what is nine cubed", "\\b729\\b"],
    ["what's a hundred and twenty divided by seven", "\\b17\\.14\\d*\\b"],
    ["what is 48 plus 37", "\\b85\\b"],
    ["how many kilometres is five miles", "\\b8\\.0[45]\\d*\\b"],
    ["convert ten kilos to pounds", "\\b22(\\.0\\d*)?\\b"],
    ["what's thirty degrees celsius in fahrenheit", "\\b86\\b"],
    ["what's three hundred and fifty fahrenheit in celsius", "\\b17[67](\\.\\d+)?\\b"],
    ["what's minus four celsius in fahrenheit", "\\b24\\.8\\b"],
    ["how many grams in eight ounces", "\\b22[67](\\.\\d+)?\\b"],
    ["what's fourteen stone in kilograms", "\\b(88\\.9\\d*|89)\\b"],
    ["how many tablespoons in a cup", "\\b16\\b"],
    ["how many millilitres in two cups", "\\b(473(\\.\\d+)?|500|568(\\.\\d+)?)\\b"],
    ["convert sixty miles per hour to kilometres per hour", "\\b9[67](\\.\\d+)?\\b"],
    ["what's two point five litres in pints", "\\b(4\\.(39|4)\\d*|5\\.28\\d*)\\b"],
  ]),
];

export const fresh16Dialogues: EvalDialogue[] = [
  // timers
  dialogue(part, "timer", "beekeeper-smoker-timer", [
    ["start a smoker timer for twelve minutes", "timer", "smoker timer.*\\b12 minutes"],
    ["how long is left on the smoker timer", "timer", "smoker timer.*\\b1[12] minutes"],
    ["pause it", "timer", "smoker timer.*paused"],
    ["resume the smoker timer", "timer", "smoker timer.*running again"],
    ["cancel it", "timer", `${cancelledReply}.*smoker timer`],
  ]),
  dialogue(part, "timer", "baker-sourdough-timer", [
    ["set a timer for forty five minutes for the sourdough", "timer", "sourdough timer.*\\b45 minutes"],
    ["add five minutes to the sourdough timer", "timer", "^(?=.*sourdough timer)(?=.*\\b(5|49|50) minutes)"],
    ["what timers have i got", "timer", "(one|1) timer.*sourdough"],
    ["cancel the sourdough timer", "timer", `${cancelledReply}.*sourdough timer`],
  ]),
  dialogue(part, "timer", "brewer-mash-and-boil", [
    ["start a mash timer for one hour", "timer", "mash timer.*\\b1 hour"],
    ["set a boil timer for ninety minutes", "timer", "boil timer.*(\\b90 minutes|\\b1 hour and 30 minutes)"],
    ["list my timers", "timer", "(two|2) timers"],
    ["take ten minutes off the boil timer", "timer", "^(?=.*boil timer)(?=.*(\\b10 minutes|\\b1 hour and (19|20) minutes))"],
    ["cancel the mash timer", "timer", `${cancelledReply}.*mash timer`],
  ]),
  dialogue(part, "timer", "childminder-unnamed-timer", [
    ["timer for twenty minutes please", "timer", "timer.*\\b20 minutes"],
    ["how much time is left", "timer", "\\b(19|20) minutes"],
    ["cancel the timer", "timer", cancelledReply],
  ]),
  dialogue(part, "timer", "dog-walker-walk-timer", [
    ["set a walk timer for an hour and a half", "timer", "walk timer.*\\b1 hour and 30 minutes"],
    ["pause the walk timer", "timer", "walk timer.*paused"],
    ["how long's left on it", "timer", "walk timer.*\\b1 hour and (29|30) minutes"],
    ["carry on with the walk timer", "timer", "walk timer.*running again"],
  ]),
  dialogue(part, "timer", "stroke-survivor-exercises", [
    ["set a timer for ten minutes for my exercises", "timer", "timer.*\\b10 minutes"],
    ["how long have i got left", "timer", "\\b(9|10) minutes"],
    ["thank you", "small_talk", thanksReply],
  ]),
  dialogue(part, "timer", "dispatcher-chips-timer", [
    ["set a chips timer for fifteen minutes", "timer", "chips timer.*\\b15 minutes"],
    ["thanks love", "small_talk", thanksReply],
    ["how long left on the chips timer", "timer", "chips timer.*\\b1[45] minutes"],
  ]),
  // reminders
  dialogue(part, "reminder", "care-worker-tablets", [
    ["remind me to give mrs santos her tablets at two pm", "reminder", "remind you to give mrs santos her tablets.*2:00 PM"],
    ["what reminders do i have", "reminder", "(one|1) reminder.*give mrs santos her tablets"],
    ["cancel that reminder", "reminder", cancelledReply],
    ["what reminders do i have", "reminder", "don't have any reminders"],
  ]),
  dialogue(part, "reminder", "wedding-planner-florist", [
    ["remind me to confirm the florist", "reminder", "when should I remind you to confirm the florist"],
    ["tomorrow at ten", "reminder", "remind you to confirm the florist.*tomorrow.*10:00 AM"],
    ["remind me to ring the caterers on friday at three", "reminder", "remind you to ring the caterers.*3:00 PM"],
    ["what are my reminders", "reminder", "^(?=.*(two|2) reminders)(?=.*florist)(?=.*caterers)"],
  ]),
  dialogue(part, "reminder", "dispatcher-airport-board", [
    ["remind me to check the airport board in twenty minutes", "reminder", "remind you to check the airport board"],
    ["cancel the reminder to check the airport board", "reminder", `${cancelledReply}.*check the airport board`],
  ]),
  dialogue(part, "reminder", "welsh-farmer-alarms", [
    ["wake me up at four", "reminder", "wake up.*4:00 (AM|PM)"],
    ["set another alarm for half past five", "reminder", "wake up.*5:30 (AM|PM)"],
    ["list my reminders", "reminder", "(two|2) reminders"],
  ]),
  dialogue(part, "reminder", "teenager-chemistry", [
    ["remind me to revise chemistry", "reminder", "when should I remind you to revise chemistry"],
    ["in an hour", "reminder", "remind you to revise chemistry"],
  ]),
  dialogue(part, "reminder", "baker-flour", [
    ["remind me to order more flour tomorrow morning", "reminder", "remind you to order more flour.*tomorrow"],
    ["what reminders have i got", "reminder", "order more flour"],
    ["cancel my reminder to order more flour", "reminder", `${cancelledReply}.*order more flour`],
  ]),
  dialogue(part, "reminder", "welsh-farmer-sheep", [
    ["remind me to move the sheep to the top field on friday at ten", "reminder", "remind you to move the sheep to the top field.*10:00 AM"],
    ["what did you say", "conversation", "move the sheep to the top field"],
  ]),
  // remember, recall, correct
  dialogue(part, "recall", "beekeeper-queen", [
    ["remember that the queen in hive three was marked blue", "remember", "queen in hive (3|three) was marked blue"],
    ["what colour was the queen in hive three marked", "recall", "blue"],
    ["actually it was marked green", "correct", correctedReply("green")],
    ["what colour is the queen in hive three", "recall", "green"],
  ]),
  dialogue(part, "recall", "glasgow-engineer-grandson", [
    ["remember my grandson's name is callum", "remember", "your grandson's name is callum"],
    ["what's my grandson called", "recall", "callum"],
    ["he turns nine on the twelfth of march", "remember", "turns (9|nine)\\b.*march"],
    ["when does callum turn nine", "recall", "march"],
  ]),
  dialogue(part, "recall", "porter-wheelchair", [
    ["remember something", "remember", emptyCaptureReply],
    ["the spare wheelchair is kept behind ward six", "remember", "spare wheelchair is kept behind ward (6|six)\\b"],
    ["where's the spare wheelchair", "recall", "behind ward (6|six)\\b"],
  ]),
  dialogue(part, "recall", "caravan-pitch", [
    ["remember that my caravan pitch is number twenty seven", "remember", "your caravan pitch is number (27|twenty seven)\\b"],
    ["no it's twenty eight", "correct", correctedReply("(28|twenty eight)")],
    ["what's my pitch number", "recall", "\\b(28|twenty eight)\\b"],
  ]),
  dialogue(part, "recall", "brewer-yeast", [
    ["don't let me forget that the yeast is in the garage fridge", "remember", "yeast is in the garage fridge"],
    ["where's the yeast", "recall", "garage fridge"],
    ["no it's in the kitchen fridge", "correct", correctedReply("kitchen fridge")],
    ["where did i put the yeast", "recall", "kitchen fridge"],
  ]),
  dialogue(part, "recall", "rancher-farrier", [
    ["remember that the farrier comes every six weeks", "remember", "farrier comes every (6|six) weeks"],
    ["how often does the farrier come", "recall", "(6|six) weeks"],
  ]),
  dialogue(part, "recall", "dublin-student-bus", [
    ["remember my bus is the forty six a", "remember", "your bus is the (46 ?a|forty six a)\\b"],
    ["which bus do i get", "recall", "\\b(46 ?a|forty six a)\\b"],
    ["cheers", "small_talk", thanksReply],
  ]),
  dialogue(part, "recall", "wedding-venue", [
    ["remember the wedding venue is hollins hall", "remember", "wedding venue is hollins hall"],
    ["actually it's hollins manor", "correct", correctedReply("hollins manor")],
    ["where's the wedding venue", "recall", "hollins manor"],
  ]),
  dialogue(part, "recall", "glasgow-engineer-boiler", [
    ["remember that the boiler pressure should be one point five bar", "remember", "boiler pressure should be (1\\.5|one point five) bar"],
    ["what should the boiler pressure be", "recall", "(1\\.5|one point five) bar"],
  ]),
  dialogue(part, "recall", "teenager-exams", [
    ["remember my maths exam is on the fourteenth of january", "remember", "your maths exam is on .*january"],
    ["when is my maths exam", "recall", "january"],
    ["when is my physics exam", "recall", unknownReply],
  ]),
  dialogue(part, "recall", "childminder-pickup", [
    ["who's picking up ellie today", "recall", unknownReply],
    ["remember that ellie's dad is picking her up today", "remember", "ellie's dad is picking her up"],
    ["who's picking up ellie today", "recall", "ellie's dad"],
  ]),
  // forget
  dialogue(part, "forget", "porter-wheelchair-forget", [
    ["remember the spare oxygen cylinders are in the basement store", "remember", "spare oxygen cylinders are in the basement store"],
    ["forget where the spare oxygen cylinders are", "forget", forgotten],
    ["where are the spare oxygen cylinders", "recall", unknownReply],
  ]),
  dialogue(part, "forget", "dublin-student-number", [
    ["remember my student number is one two three four five six seven", "remember", "your student number is (1234567|one two three four five six seven)"],
    ["what's my student number", "recall", "1234567|one two three four five six seven"],
    ["delete what i said about my student number", "forget", forgotten],
    ["what's my student number", "recall", unknownReply],
  ]),
  dialogue(part, "forget", "dog-walker-key-safe", [
    ["remember my key safe code is two two five eight", "remember", "your key safe code is (2258|two two five eight)"],
    ["what's my key safe code", "recall", "2258|two two five eight"],
    ["forget my key safe code", "forget", forgotten],
    ["what's my key safe code", "recall", unknownReply],
  ]),
  dialogue(part, "forget", "caravan-gas-bottle", [
    ["remember the gas bottle was changed on saturday", "remember", "gas bottle was changed on saturday"],
    ["delete what i said about the gas bottle", "forget", forgotten],
    ["when was the gas bottle changed", "recall", unknownReply],
  ]),
  // conversation
  dialogue(part, "conversation", "rancher-gate-code", [
    ["remember that the north gate code is eight eight one two", "remember", "north gate code is (8812|eight eight one two)"],
    ["what did i just say", "conversation", "said.*north gate code"],
    ["what did you say", "conversation", "north gate code"],
  ]),
  dialogue(part, "conversation", "dispatcher-say-again", [
    ["set a timer for eight minutes", "timer", "timer.*\\b8 minutes"],
    ["what did i just say", "conversation", "said.*timer for eight minutes"],
    ["say that again", "conversation", "timer for eight minutes"],
  ]),
  dialogue(part, "conversation", "rancher-small-talk", [
    ["howdy", "small_talk", greetingReply],
    ["how are you doing", "small_talk", wellbeingReply],
    ["what did you say", "conversation", wellbeingReply],
    ["bye for now", "small_talk", goodbyeReply],
  ]),
  dialogue(part, "conversation", "stroke-survivor-tablet", [
    ["remember that i take my blood pressure tablet after breakfast", "remember", "you take your blood pressure tablet after breakfast"],
    ["when do i take my blood pressure tablet", "recall", "after breakfast"],
    ["what did i just say", "conversation", "said.*when do i take my blood pressure tablet"],
  ]),
];
