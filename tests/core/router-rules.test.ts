import { suppliesRequest } from "../../agents-src/core/task-router/supplies";
import { chanceAgain, chanceRequest } from "../../agents-src/core/task-router/chance-requests";
import { ownPlanStatement } from "../../agents-src/core/task-router/own-plans";
import { ownMeasureRequest } from "../../agents-src/core/task-router/own-measures";
import { followUp, lastPlace, RecentTurn, keptSubjectNamed, keptThingNamedAlone, otherThingsThere, resolveReferences, sameQuestionAbout } from "../../agents-src/core/task-router/conversation-context";
import { forgetKeptAbout } from "../../agents-src/core/task-router/forget-requests";
import { asksWhatIsKnown } from "../../agents-src/core/task-router/memory-overview";
import { asksWhatItCanDo, isCompliment, isDismissal, isFarewell, isGreeting } from "../../agents-src/core/task-router/greetings";
import { asksAfterOwnServices, serviceAskedAfter } from "../../agents-src/core/task-router/status-requests";
import { namesMemory, outOfDomainTopic, sameTopicAgain } from "../../agents-src/core/task-router/out-of-domain";
import { requestCore } from "../../agents-src/core/task-router/request-wrappers";
import { askedThing, asksAboutTheWorld, clockAsked, clockPlace, givesConcreteAttribute, isOutsideCommand, statedFact } from "../../agents-src/core/task-router/sentence-form";
import { lastCalculation, spokenMath } from "../../agents-src/core/task-router/spoken-math";
import { bareRequest } from "../../agents-src/core/task-router/slots";
import { tokenize } from "../../agents-src/core/task-router/text-normalization";
import { spokenDuration, timerRequestOf } from "../../agents-src/core/task-router/timer-requests";

const carFact = [
  { role: "user" as const, content: "my car is on level 5" },
  { role: "assistant" as const, content: "Okay, I'll remember that your car is on level 5.", intent: "remember", fact: "my car is on level 5" },
];

describe("router rules", () => {
  it.each([
    ["what is 12 times 7", { kind: "arithmetic", expression: "12 * 7", said: "12 times 7" }],
    ["What's twelve times seven?", { kind: "arithmetic", expression: "12 * 7" }],
    ["subtract 3 from 10", { kind: "arithmetic", expression: "10 - 3" }],
    ["what is 15 percent of 80", { kind: "arithmetic", expression: "(15 / 100 * 80)" }],
    ["how many grams in a pound", { kind: "conversion", expression: "1 lb to grams", amount: "1", fromName: "pound", toName: "grams" }],
    ["convert 20 degrees celsius to fahrenheit", { kind: "conversion", expression: "20 degC to degF" }],
    // Beside a volume an ounce is the fluid ounce (the lead's own use: "how many ounces in a cup" was not understood).
    ["how many ounces in a cup", { kind: "conversion", expression: "1 cup to floz", fromName: "cup", toName: "ounces" }],
    ["convert 250 millilitres to ounces", { kind: "conversion", expression: "250 ml to floz" }],
    ["how many ounces in a pound", { kind: "conversion", expression: "1 lb to oz" }],
    // Bare degrees beside a scale are the other one (the lead's own use: "what's 15 degrees in fahrenheit" was the weather).
    ["what's 15 degrees in fahrenheit", { kind: "conversion", expression: "15 degC to degF" }],
    ["convert 100 degrees to celsius", { kind: "conversion", expression: "100 degF to degC" }],
    ["what is my locker code", null],
    ["what is the capital of france", null],
    ["how many in a pound", null],
    // Each side of an operator word is its own number; verbs put the operands in their order.
    ["what is a hundred minus twenty", { kind: "arithmetic", expression: "100 - 20" }],
    ["what is two thousand minus three", { kind: "arithmetic", expression: "2000 - 3" }],
    ["what is one hundred and five plus one", { kind: "arithmetic", expression: "105 + 1" }],
    ["take twelve away from forty", { kind: "arithmetic", expression: "40 - 12" }],
    ["add 30 and 12", { kind: "arithmetic", expression: "30 + 12" }],
    ["take the bins out", null],
    // Fractions in words, exact (not 0.667), and mixed numbers.
    ["what is two thirds of ninety", { kind: "arithmetic", expression: "2 / 3 * 90", said: "2/3 of 90" }],
    ["three quarters of 12", { kind: "arithmetic", expression: "3 / 4 * 12" }],
    ["a fifth of 35", { kind: "arithmetic", expression: "1 / 5 * 35" }],
    ["what's 2 and a quarter plus 1", { kind: "arithmetic", expression: "2.25 + 1" }],
    ["7 and three quarters times 2", { kind: "arithmetic", expression: "7.75 * 2" }],
    ["remind me at a quarter past five", null],
    // An amount in equal parts.
    ["share 60 between 4 people", { kind: "arithmetic", expression: "60 / 4", said: "60 split 4 ways" }],
    ["we're splitting a 75 pound bill, can you split £75 five ways", { kind: "arithmetic", expression: "75 / 5" }],
    ["split the chores between us", null],
    // Doubling, halving and a discount.
    ["what's double 35", { kind: "arithmetic", expression: "(2 * 35)" }],
    ["halve 90", { kind: "arithmetic", expression: "(0.5 * 90)" }],
    ["treble eight", { kind: "arithmetic", expression: "(3 * 8)" }],
    ["what is 20 percent off 50", { kind: "arithmetic", expression: "(50 - 20 / 100 * 50)" }],
    ["double the recipe", null],
    // A percentage written with its sign, "into" between numbers, and temperatures below zero.
    ["what's 12.5% of 80", { kind: "arithmetic", expression: "(12.5 / 100 * 80)" }],
    ["what is six into seven", { kind: "arithmetic", expression: "6 * 7" }],
    ["how many times does 3 go into 12", null],
    ["minus 10 fahrenheit in celsius", { kind: "conversion", expression: "-10 degF to degC" }],
    ["convert negative 5 celsius to kelvin", { kind: "conversion", expression: "-5 degC to K" }],
    ["what is the cube root of 64", { kind: "arithmetic", expression: "cbrt(64)" }],
    ["square root of 81 plus 1", { kind: "arithmetic", expression: "sqrt(81) + 1" }],
    ["the cube root of my problems", null],
    // The answer asked for with "tell me" or "give me" and no "what".
    ["tell me 16 multiplied by 3", { kind: "arithmetic", expression: "16 * 3" }],
    ["could you give me nine plus fourteen", { kind: "arithmetic", expression: "9 + 14" }],
    ["tell me 3 things about owls", null],
    ["give me 5 minutes", null],
    // A factorial, said after its number or as "the factorial of".
    ["what's five factorial", { kind: "arithmetic", expression: "5!", said: "5 factorial" }],
    ["work out the factorial of 4", { kind: "arithmetic", expression: "4!" }],
    ["3 factorial plus 2", { kind: "arithmetic", expression: "3! + 2" }],
    ["what is a factorial", null],
    ["the factorial of my age", null],
    // Money is its number; a tip on an amount is a percentage of it.
    ["what's a 15% tip on 42 dollars", { kind: "arithmetic", expression: "(15 / 100 * 42)", said: "a 15% tip on 42 dollars" }],
    ["how much is a 20% tip on a 35 dollar bill", { kind: "arithmetic", expression: "(20 / 100 * 35)" }],
    ["what is 20 percent of $45", { kind: "arithmetic", expression: "(20 / 100 * 45)" }],
    ["what's 5 dollars plus 3 dollars", { kind: "arithmetic", expression: "5 + 3" }],
    ["convert 5 pounds to kilograms", { kind: "conversion", expression: "5 lb to kilograms" }],
    ["what's a good tip on a 40 dollar meal", null],
    // A measure in two units (the lead's own use: "what's 6 foot 2 in cm" was general knowledge).
    ["what's 6 foot 2 in cm", { kind: "conversion", expression: "6 ft + 2 inch to cm", amount: "6 foot 2", fromName: "", toName: "cm" }],
    ["convert 5 feet 10 inches to centimetres", { kind: "conversion", expression: "5 ft + 10 inch to cm" }],
    ["11 stone 4 in kilos", { kind: "conversion", expression: "11 stone + 4 lb to kg" }],
    ["how many grams is 3 pounds 4 ounces", null],
    ["what's 3 pounds and 4 ounces in grams", { kind: "conversion", expression: "3 lb + 4 oz to grams" }],
    ["6 foot 2 in euros", null],
  ])("spokenMath(%j)", (text, expected) => {
    const math = spokenMath(text);
    if (expected === null) expect(math).toBeNull();
    else expect(math).toMatchObject(expected);
  });

  it.each([
    // A follow-on works on the last calculation: a reference to it, or an operation with nothing before it.
    ["divide it by 4", { expression: "(12*7) / 4" }],
    ["what's that minus 20", { expression: "(12 * 7) - 20" }],
    ["times 3", { expression: "(12 * 7) * 3", said: "that times 3" }],
    ["half of that", { expression: "(0.5 * (12 * 7))" }],
    ["take 4 off it", { expression: "(12*7) - 4" }],
    ["double that", { expression: "(2 * (12 * 7))" }],
    ["where is it", null],
  ])("spokenMath(%j) after 12 times 7", (text, expected) => {
    const math = spokenMath(text, "12 * 7");
    if (expected === null) expect(math).toBeNull();
    else expect(math).toMatchObject({ kind: "arithmetic", ...expected });
  });

  // The lead's own use: "and 20 percent?" after "what's 15 percent of 80" was not understood.
  it.each([
    ["and 20 percent", { expression: "(20 / 100 * 80)", said: "20 percent of 80" }],
    ["what about 12.5%", { expression: "(12.5 / 100 * 80)", said: "12.5 percent of 80" }],
    ["and for 10 per cent", { expression: "(10 / 100 * 80)" }],
  ])("spokenMath(%j) after 15 percent of 80", (text, expected) => {
    expect(spokenMath(text, "(15 / 100 * 80)")).toMatchObject({ kind: "arithmetic", ...expected });
  });

  it("asks a share again only of a share", () => {
    expect(spokenMath("and 20 percent", "12 * 7")).toBeNull();
    expect(spokenMath("20 percent of 50", "(15 / 100 * 80)")).toMatchObject({ expression: "(20 / 100 * 50)" });
  });

  it("finds the last calculation through follow-ons, and only right after one", () => {
    const turn = (role: "user" | "assistant", content: string, intent?: string) => ({ role, content, ...(intent ? { intent } : {}) });
    const sums = [turn("user", "what's 250 plus 175"), turn("assistant", "250 plus 175 is 425.", "calculate")];
    expect(lastCalculation(sums)).toBe("250 + 175");
    const chained = [...sums, turn("user", "and divide that by 5"), turn("assistant", "Divide that by 5 is 85.", "calculate")];
    expect(lastCalculation(chained)).toBe("(250+175) / 5");
    expect(lastCalculation([...sums, turn("user", "thanks"), turn("assistant", "You're welcome.", "small_talk")])).toBeUndefined();
    expect(lastCalculation([turn("user", "how many grams in a pound"), turn("assistant", "1 pound is 453.592 grams.", "calculate")])).toBeUndefined();
  });

  it.each([
    ["5 minutes", 300_000],
    ["an hour and a half", 5_400_000],
    // A quarter or three quarters of a unit, after it or as a fraction of it (round 18: fresh-16's "an hour and a quarter"; the others invented).
    ["an hour and a quarter", 4_500_000],
    ["2 and a quarter hours", 8_100_000],
    ["a minute and three quarters", 105_000],
    ["a minute and 0.75", 105_000],
    ["0.75 of an hour", 2_700_000],
    ["three quarters of an hour", 2_700_000],
    ["a quarter of an hour", 900_000],
    ["1 hour and 15 minutes", 4_500_000],
    ["half an hour", 1_800_000],
    ["2 hours and 30 minutes", 9_000_000],
    ["90 seconds", 90_000],
    // A week is seven days ("remind me 2 weeks before the wedding" was 2 days).
    ["2 weeks", 1_209_600_000],
    ["a week", 604_800_000],
    ["no time at all", 0],
  ])("spokenDuration(%j) = %i ms", (text, ms) => {
    expect(spokenDuration(text)).toBe(ms);
  });

  it.each([
    ["set a pasta timer for ten minutes", { intent: "timer", slots: { action: "start", durationMs: "600000", label: "pasta" } }],
    ["set a timer for 10 minutes called pizza", { intent: "timer", slots: { action: "start", durationMs: "600000", label: "pizza" } }],
    ["how much time is left", { intent: "timer", slots: { action: "time_left" } }],
    ["cancel all timers", { intent: "timer", slots: { action: "cancel", all: "true" } }],
    ["stop the egg timer", { intent: "timer", slots: { action: "cancel", label: "egg" } }],
    ["remind me to call mom at 5 pm", { intent: "reminder", slots: { action: "start", task: "call mom", when: "at 5 pm" } }],
    ["remind me in 20 minutes to check the oven", { intent: "reminder", slots: { action: "start", task: "check the oven", when: "in 20 minutes" } }],
    ["remember to call mom at 5pm", { intent: "reminder", slots: { action: "start", task: "call mom", when: "at 5pm" } }],
    ["cancel the reminder to call mom", { intent: "reminder", slots: { action: "cancel", task: "call mom" } }],
    ["remind me what my locker code is", null],
    ["what time is it", null],
    // Other ways of asking for a timer or a reminder.
    ["begin a countdown of 3 minutes", { intent: "timer", slots: { action: "start", durationMs: "180000" } }],
    ["is there a timer going", { intent: "timer", slots: { action: "list" } }],
    ["have i got a timer on", { intent: "timer", slots: { action: "list" } }],
    ["i'd like a reminder to feed the cat at 6 pm", { intent: "reminder", slots: { action: "start", task: "feed the cat", when: "at 6 pm" } }],
    ["in 10 minutes remind me to stir the soup", { intent: "reminder", slots: { action: "start", task: "stir the soup", when: "in 10 minutes" } }],
    ["remind me at quarter past four to fetch the post", { intent: "reminder", slots: { action: "start", task: "fetch the post", when: "at 4:15" } }],
    ["remind me at half past 8 to lock up", { intent: "reminder", slots: { action: "start", task: "lock up", when: "at 8:30" } }],
    ["the kids remind me to lock up", null],
    // "it" is a timer only right after one.
    ["pause it", null],
    // A timer and a length with any verb, or none; "time" as a verb; what it is for, said after it.
    ["pop a timer on for 6 minutes", { intent: "timer", slots: { action: "start", durationMs: "360000" } }],
    ["timer three minutes", { intent: "timer", slots: { action: "start", durationMs: "180000" } }],
    ["time 40 seconds for the toast", { intent: "timer", slots: { action: "start", durationMs: "40000", label: "toast" } }],
    ["a timer for 20 minutes for my bread please", { intent: "timer", slots: { action: "start", durationMs: "1200000", label: "bread" } }],
    // "second" after a tens word before a timer is the unit, not an ordinal (round 12: fresh-10's first; the second invented).
    ["start a ninety second timer", { intent: "timer", slots: { action: "start", durationMs: "90000" } }],
    ["set a thirty second countdown", { intent: "timer", slots: { action: "start", durationMs: "30000" } }],
    ["set a twenty minute timer", { intent: "timer", slots: { action: "start", durationMs: "1200000" } }],
    // An owner before the thing names whose it is (round 12: fresh-10's first; the second invented).
    ["set a timer for 25 minutes for dad's soup", { intent: "timer", slots: { action: "start", durationMs: "1500000", label: "soup" } }],
    ["timer for 12 minutes for my sister's cake", { intent: "timer", slots: { action: "start", durationMs: "720000", label: "cake" } }],
    ["is my 5 minute timer still running", { intent: "timer", slots: { action: "time_left" } }],
    ["what time is the film", null],
    ["remember the egg timer takes 3 minutes", null],
    ["the oven timer goes off after 40 minutes", null],
    ["how long's left on the rice", { intent: "timer", slots: { action: "time_left", label: "rice" } }],
    ["how long until the potatoes are done", { intent: "timer", slots: { action: "time_left", label: "potatoes" } }],
    ["how many timers are there", { intent: "timer", slots: { action: "list" } }],
    // Reminders by other names, and asking what is set.
    ["nudge me in 10 minutes to turn the oven off", { intent: "reminder", slots: { action: "start", task: "turn the oven off", when: "in 10 minutes" } }],
    ["send me a shout at 5 pm to collect the kids", { intent: "reminder", slots: { action: "start", task: "collect the kids", when: "at 5 pm" } }],
    ["go through my reminders", { intent: "reminder", slots: { action: "list" } }],
    ["how many reminders are there", { intent: "reminder", slots: { action: "list" } }],
    ["is there anything you need to remind me about", { intent: "reminder", slots: { action: "list" } }],
    ["the neighbours ping me about the bins", null],
    // A task with no moment yet: the coordinator asks when. "remember to ..." alone stays a memory's business.
    ["remind me to ring the vet", { intent: "reminder", slots: { action: "start", task: "ring the vet", when: "" } }],
    // A place that would set it off is no moment, and no part of the task (the lead's own use; the others invented).
    ["remind me to get milk when i'm at the shop", { intent: "reminder", slots: { action: "start", task: "get milk", when: "", trigger: "when i'm at the shop" } }],
    ["remind me to take the bins in as soon as i get home", { intent: "reminder", slots: { action: "start", task: "take the bins in", when: "", trigger: "as soon as i get home" } }],
    ["remind me to buy stamps next time i pass the post office", { intent: "reminder", slots: { action: "start", task: "buy stamps", when: "", trigger: "next time i pass the post office" } }],
    ["remind me to ask when the bus comes", { intent: "reminder", slots: { action: "start", task: "ask when the bus comes", when: "" } }],
    // The soonest timer (the lead's own use: "which timer finishes first" was not understood; "which one ..." after a timer turn below).
    ["which timer finishes first", { intent: "timer", slots: { action: "next" } }],
    ["which of my timers goes off first", { intent: "timer", slots: { action: "next" } }],
    ["what's my next timer", { intent: "timer", slots: { action: "next" } }],
    // A deadline is part of the task, and when to remind is still asked (it was due at the deadline itself, the task "pay the rent before").
    ["remind me to pay the rent before friday", { intent: "reminder", slots: { action: "start", task: "pay the rent before friday", when: "" } }],
    ["remind me at 5 pm to leave before 6", { intent: "reminder", slots: { action: "start", task: "leave before 6", when: "at 5 pm" } }],
    ["remind me to book the turkey by thanksgiving", { intent: "reminder", slots: { action: "start", task: "book the turkey by thanksgiving", when: "" } }],
    // A day named rather than dated is a moment (the lead's own use: "remind you to on new year's eve to call dad").
    ["remind me on new year's eve at 11 pm to call dad", { intent: "reminder", slots: { action: "start", task: "call dad", when: "new year's eve at 11 pm" } }],
    ["remind me on christmas eve to wrap the presents", { intent: "reminder", slots: { action: "start", task: "wrap the presents", when: "christmas eve" } }],
    ["set me a reminder to book the boiler service", { intent: "reminder", slots: { action: "start", task: "book the boiler service", when: "" } }],
    ["don't let me forget to water the tomatoes", { intent: "reminder", slots: { action: "start", task: "water the tomatoes", when: "" } }],
    ["remember to buy stamps", null],
    ["remind me about the plumber", null],
    // A reminder about a thing keeps its "about", so the reply says "about the dentist", not "to the dentist".
    ["remind me about the dentist at 5 pm", { intent: "reminder", slots: { action: "start", task: "about the dentist", when: "at 5 pm" } }],
    ["remind me of the bin collection tomorrow morning", { intent: "reminder", slots: { action: "start", task: "about the bin collection", when: "tomorrow morning" } }],
    ["remind me at 6 about the parents evening", { intent: "reminder", slots: { action: "start", task: "about the parents evening", when: "at 6" } }],
    ["remind me to ask about the pay rise on friday", { intent: "reminder", slots: { action: "start", task: "ask about the pay rise", when: "on friday" } }],
    ["set a reminder for my dentist appointment tomorrow at 2", { intent: "reminder", slots: { action: "start", task: "about my dentist appointment", when: "tomorrow at 2" } }],
    ["set a reminder for 5 pm to call mum", { intent: "reminder", slots: { action: "start", task: "call mum", when: "5 pm" } }],
    ["how long on the eggs", { intent: "timer", slots: { action: "time_left", label: "eggs" } }],
    ["how long for the turkey", null],
    // A clock time in words, as speech-to-text gives it (the number reader alone would make "seven thirty" 730).
    ["remind me at seven thirty to call mum", { intent: "reminder", slots: { action: "start", task: "call mum", when: "at 7:30" } }],
    ["remind me to call mum at seven oh five", { intent: "reminder", slots: { action: "start", task: "call mum", when: "at 7:05" } }],
    ["remind me to book 2 tickets at 5", { intent: "reminder", slots: { action: "start", task: "book 2 tickets", when: "at 5" } }],
    ["set a timer for twenty five minutes", { intent: "timer", slots: { action: "start", durationMs: "1500000" } }],
    // An alarm is a reminder at a moment, to wake up unless it says what for.
    ["wake me up at 7 tomorrow", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7 tomorrow" } }],
    ["set the alarm clock for 7", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7" } }],
    ["set an alarm for 3 pm to leave for the airport", { intent: "reminder", slots: { action: "start", task: "leave for the airport", when: "at 3 pm" } }],
    ["set an alarm", { intent: "reminder", slots: { action: "start", task: "wake up", when: "" } }],
    // Time added to a timer by name, or taken off; "add a ... timer" starts one.
    ["add 5 more minutes to the pasta timer", { intent: "timer", slots: { action: "add", durationMs: "300000", label: "pasta" } }],
    ["put another 3 minutes on the timer", { intent: "timer", slots: { action: "add", durationMs: "180000" } }],
    ["remove 2 minutes from the egg timer", { intent: "timer", slots: { action: "add", durationMs: "-120000", label: "egg" } }],
    ["extend the timer by 10 minutes", { intent: "timer", slots: { action: "add", durationMs: "600000" } }],
    ["add a 5 minute timer", { intent: "timer", slots: { action: "start", durationMs: "300000" } }],
    ["add another timer for 10 minutes", { intent: "timer", slots: { action: "start", durationMs: "600000" } }],
    ["turn off my alarm", { intent: "reminder", slots: { action: "cancel", task: "wake up" } }],
    // Alarms listed are the reminders to wake up (the lead's own use: "what alarms do i have" read out every reminder).
    ["what alarms have i got", { intent: "reminder", slots: { action: "list", alarms: "true" } }],
    ["wake me up when september ends", null],
    ["the alarm went off at 6", null],
    ["cancel my 7 am alarm", { intent: "reminder", slots: { action: "cancel", task: "wake up" } }],
    ["is my alarm set for tomorrow", { intent: "reminder", slots: { action: "list", alarms: "true" } }],
    // The alarm of a house or a code is a memory's, or no skill's.
    ["what's the burglar alarm pin", null],
    ["forget what i told you about the office alarm", null],
    ["turn off the house alarm", null],
    // Moments said the British way or by custom.
    ["remind me at half seven to put the bins out", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "at 7:30" } }],
    // A day and its part after the clock time are one moment with it, not the start of the task.
    ["remind me at 6:30 tomorrow morning to put the bins out", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "tomorrow morning at 6:30" } }],
    ["remind me at 8 on friday night to lock the shed", { intent: "reminder", slots: { action: "start", task: "lock the shed", when: "on friday night at 8" } }],
    ["remind me at 5 pm tomorrow to call the garage", { intent: "reminder", slots: { action: "start", task: "call the garage", when: "at 5 pm tomorrow" } }],
    ["remind me to phone nana at teatime", { intent: "reminder", slots: { action: "start", task: "phone nana", when: "at 17:00" } }],
    ["remind me in half an hour to stir the stew", { intent: "reminder", slots: { action: "start", task: "stir the stew", when: "in half an hour" } }],
    // The task first, then the prompt and its moment (or none).
    ["i have to post the birthday card, remind me tomorrow", { intent: "reminder", slots: { action: "start", task: "post the birthday card", when: "tomorrow" } }],
    ["the gas meter needs reading so remind me on monday", { intent: "reminder", slots: { action: "start", task: "the gas meter needs reading", when: "on monday" } }],
    ["i must return the library books, remind me", { intent: "reminder", slots: { action: "start", task: "return the library books", when: "" } }],
    ["what did i ask you to remind me about", null],
    ["my mum keeps saying remind me about the bins", null],
    // How long a named timer has.
    ["how long has the lasagne got left", { intent: "timer", slots: { action: "time_left", label: "lasagne" } }],
    // Whatever undoes a pause sets the timer running again.
    ["carry on with the rice timer", { intent: "timer", slots: { action: "resume", label: "rice" } }],
    ["unfreeze the timer", { intent: "timer", slots: { action: "resume" } }],
    ["freeze the timer", { intent: "timer", slots: { action: "pause" } }],
    ["carry on with the story", null],
    // A label said first, with no article, when the length follows; a verb or "another" there is no label.
    ["egg timer 4 minutes", { intent: "timer", slots: { action: "start", durationMs: "240000", label: "egg" } }],
    ["roast potato timer for 40 minutes", { intent: "timer", slots: { action: "start", durationMs: "2400000", label: "roast potato" } }],
    ["start timer for 2 minutes", { intent: "timer", slots: { action: "start", durationMs: "120000" } }],
    ["another timer 6 minutes", { intent: "timer", slots: { action: "start", durationMs: "360000" } }],
    // A length with no unit, said last, is in minutes; said tersely, how long is left needs no verb.
    ["timer 10", { intent: "timer", slots: { action: "start", durationMs: "600000" } }],
    ["set a countdown for 25", { intent: "timer", slots: { action: "start", durationMs: "1500000" } }],
    ["timer for 30 seconds", { intent: "timer", slots: { action: "start", durationMs: "30000" } }],
    ["how long left", { intent: "timer", slots: { action: "time_left" } }],
    ["how many minutes to go", { intent: "timer", slots: { action: "time_left" } }],
    ["time remaining on the rice", { intent: "timer", slots: { action: "time_left", label: "rice" } }],
    ["how long to go to the coast", null],
    // A preposition is the moment's only right before it: the task keeps its own ("put the heating on").
    ["remind me at half past six to put the heating on", { intent: "reminder", slots: { action: "start", task: "put the heating on", when: "at 6:30" } }],
    ["remind me at 9 to switch the oven on", { intent: "reminder", slots: { action: "start", task: "switch the oven on", when: "at 9" } }],
    ["remind me tomorrow to log in", { intent: "reminder", slots: { action: "start", task: "log in", when: "tomorrow" } }],
    ["remind me to pay the rent on friday", { intent: "reminder", slots: { action: "start", task: "pay the rent", when: "on friday" } }],
    // A day the task is about is no moment; a clock time "about" one is, and a moment said as well still counts.
    ["remind me to text my brother about sunday", { intent: "reminder", slots: { action: "start", task: "text my brother about sunday", when: "" } }],
    ["remind me to email jo regarding friday", { intent: "reminder", slots: { action: "start", task: "email jo regarding friday", when: "" } }],
    ["remind me tomorrow at 9 to ask mum about saturday", { intent: "reminder", slots: { action: "start", task: "ask mum about saturday", when: "tomorrow at 9" } }],
    ["remind me to call the garage about 5 pm", { intent: "reminder", slots: { action: "start", task: "call the garage", when: "5 pm" } }],
    // A clock time said as an hour word and its minutes (round 14: fresh-12's first; the rest invented), and a length that is none.
    ["at seven thirty pm remind me to put the bins out", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "at 7:30 pm" } }],
    ["remind me at six forty five to feed the cat", { intent: "reminder", slots: { action: "start", task: "feed the cat", when: "at 6:45" } }],
    ["remind me to call jo by eight oh five tomorrow", { intent: "reminder", slots: { action: "start", task: "call jo", when: "8:05 tomorrow" } }],
    ["at eleven fifty five pm remind me to lock up", { intent: "reminder", slots: { action: "start", task: "lock up", when: "at 11:55 pm" } }],
    ["set a timer for twenty five minutes", { intent: "timer", slots: { action: "start", durationMs: "1500000" } }],
    // The reminder to cancel named before the word, as a timer's label is (round 14: fresh-12's two; the third invented); a clock time or "last" names none.
    ["cancel the library books reminder", { intent: "reminder", slots: { action: "cancel", task: "library books" } }],
    ["cancel the vet reminder", { intent: "reminder", slots: { action: "cancel", task: "vet" } }],
    ["delete my dentist reminder", { intent: "reminder", slots: { action: "cancel", task: "dentist" } }],
    ["cancel the 5 pm reminder", { intent: "reminder", slots: { action: "cancel" } }],
    ["cancel the last reminder", { intent: "reminder", slots: { action: "cancel" } }],
    // A clock time as two numbers, as speech-to-text writes "three fifteen pm" (round 16: fresh-14's first; the second invented).
    ["at 3 15 pm remind me to collect the kids from school", { intent: "reminder", slots: { action: "start", task: "collect the kids from school", when: "at 3:15 pm" } }],
    ["remind me to ring the garage at 7 45", { intent: "reminder", slots: { action: "start", task: "ring the garage", when: "at 7:45" } }],
    ["set a timer for 12 minutes", { intent: "timer", slots: { action: "start", durationMs: "720000" } }],
    // Being woken, asked for in the passive (round 16: fresh-14's first; the second invented).
    ["i need waking up at 6 30 am", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6:30 am" } }],
    ["i'd like to be woken at 7", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7" } }],
    ["i need to wake up the baby at 7", null],
    // What a timer is for, after its length, with no article (round 16: fresh-14's first; the second invented).
    ["set a timer for 7 minutes for savasana", { intent: "timer", slots: { action: "start", durationMs: "420000", label: "savasana" } }],
    ["set a timer for 90 seconds for plank", { intent: "timer", slots: { action: "start", durationMs: "90000", label: "plank" } }],
    ["set a timer for 5 minutes for now", { intent: "timer", slots: { action: "start", durationMs: "300000" } }],
    // A delay with "and a half", which chrono-node cut at "in an hour" (the lead's own use; the others invented).
    ["remind me in an hour and a half to check the oven", { intent: "reminder", slots: { action: "start", task: "check the oven", when: "in 5400 seconds" } }],
    ["remind me to stretch in a minute and a half", { intent: "reminder", slots: { action: "start", task: "stretch", when: "in 90 seconds" } }],
    ["in 3 hours and a half remind me to feed the dog", { intent: "reminder", slots: { action: "start", task: "feed the dog", when: "in 12600 seconds" } }],
    ["remind me in an hour and a quarter to ring nan", { intent: "reminder", slots: { action: "start", task: "ring nan", when: "in 4500 seconds" } }],
    ["set a timer for an hour and three quarters", { intent: "timer", slots: { action: "start", durationMs: "6300000" } }],
    // Needing to be reminded is asking for a reminder (round 18's own "i need reminding to water the tomatoes ..."; the others invented).
    ["i need reminding to water the tomatoes tomorrow morning", { intent: "reminder", slots: { action: "start", task: "water the tomatoes", when: "tomorrow morning" } }],
    ["i need to be reminded to ring dad on sunday", { intent: "reminder", slots: { action: "start", task: "ring dad", when: "on sunday" } }],
    ["i'll need reminding to put the bins out at 7", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "at 7" } }],
    // Another alarm is an alarm (fresh-16's "set another alarm for half past five"; the others invented).
    ["set another alarm for half past five", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5:30" } }],
    ["set a second alarm for 6 45", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6:45" } }],
    ["set up an alarm for 7", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7" } }],
    ["delete both timers", { intent: "timer", slots: { action: "cancel", all: "true" } }],
    // A day of the month alone is a moment; an ordinal naming a thing is not (the lead's own use; the others invented).
    ["remind me on the 15th to pay the rent", { intent: "reminder", slots: { action: "start", task: "pay the rent", when: "on the 15th" } }],
    ["remind me to renew the car tax by the 1st", { intent: "reminder", slots: { action: "start", task: "renew the car tax", when: "by the 1st" } }],
    ["remind me to book the 1st floor room at 3", { intent: "reminder", slots: { action: "start", task: "book the 1st floor room", when: "at 3" } }],
    // The soonest reminder alone (the lead's own use; the others invented).
    ["when is my next reminder", { intent: "reminder", slots: { action: "list", next: "true" } }],
    ["what's my next reminder", { intent: "reminder", slots: { action: "list", next: "true" } }],
    ["when's the first reminder tomorrow", { intent: "reminder", slots: { action: "list", next: "true" } }],
    ["what reminders have i got", { intent: "reminder", slots: { action: "list" } }],
    // "when is my reminder" was recall (the lead's own use; the others invented).
    ["when is my reminder", { intent: "reminder", slots: { action: "list" } }],
    ["when does the reminder go off", { intent: "reminder", slots: { action: "list" } }],
    ["when's my reminder for the dentist", { intent: "reminder", slots: { action: "list" } }],
    // A reminder that comes back: its rule, and its first moment from what is left (the lead's own use:
    // "remind me every day at 8 to take my pills" was "remind you to every day to take your pills"; the others invented).
    ["remind me every day at 8 to take my pills", { intent: "reminder", slots: { action: "start", task: "take my pills", when: "at 8", repeat: "P1D" } }],
    ["remind me to feed the fish daily at 9", { intent: "reminder", slots: { action: "start", task: "feed the fish", when: "at 9", repeat: "P1D" } }],
    ["remind me every morning to open the curtains", { intent: "reminder", slots: { action: "start", task: "open the curtains", when: "this morning", repeat: "P1D" } }],
    ["remind me to put the bins out every thursday at 7 pm", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "on thursday at 7 pm", repeat: "P1W" } }],
    ["remind me on mondays at 9 to call the office", { intent: "reminder", slots: { action: "start", task: "call the office", when: "on monday at 9", repeat: "P1W" } }],
    ["remind me every weekday at 7 am to check the school run", { intent: "reminder", slots: { action: "start", task: "check the school run", when: "at 7 am", repeat: "weekdays" } }],
    ["remind me to water the plants every other day at 6", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "at 6", repeat: "P2D" } }],
    ["remind me to drink water every 2 hours", { intent: "reminder", slots: { action: "start", task: "drink water", when: "in 2 hours", repeat: "PT2H" } }],
    ["remind me to pay the rent every month on the 1st", { intent: "reminder", slots: { action: "start", task: "pay the rent", when: "on the 1st", repeat: "P1M" } }],
    ["remind me every day to take my pills", { intent: "reminder", slots: { action: "start", task: "take my pills", when: "", repeat: "P1D" } }],
    // No rule: "every 30 hours" is none the timekeeper keeps, and "everyday" things are no repeat.
    ["remind me to buy everyday plates at 5", { intent: "reminder", slots: { action: "start", task: "buy everyday plates", when: "at 5" } }],
    // A named timer got rid of, asked how it is doing, or started with no length (round 19: fresh-17's "get rid of the plank
    // timer", "start the brine timer again" and the round's own "how's the potato timer doing"; the others invented).
    // What the assistant holds for the user (round 18's own "what have you got down for me then"; the others invented).
    ["what have you got down for me then", { intent: "reminder", slots: { action: "list" } }],
    ["what have you got lined up for me today", { intent: "reminder", slots: { action: "list" } }],
    ["what did you put down for me", { intent: "reminder", slots: { action: "list" } }],
    ["what have you got down for the bins", null],
    ["get rid of the plank timer", { intent: "timer", slots: { action: "cancel", label: "plank" } }],
    ["scrap the egg timer", { intent: "timer", slots: { action: "cancel", label: "egg" } }],
    ["how's the potato timer doing", { intent: "timer", slots: { action: "time_left", label: "potato" } }],
    ["how is my timer getting on", { intent: "timer", slots: { action: "time_left" } }],
    ["start the brine timer again", { intent: "timer", slots: { action: "resume", label: "brine" } }],
    ["get the rice timer going", { intent: "timer", slots: { action: "resume", label: "rice" } }],
    ["start a timer", null],
    ["how many timers are there", { intent: "timer", slots: { action: "list" } }],
    // A part of the day between a determiner and a noun names a kind of thing, and the clock time after it is the
    // moment (round 20: fresh-18's "the evening ones", the round's own "the morning tablets", "his night biscuit",
    // "the evening class"); "in the evening" is still the moment, its "in the" no part of the task.
    ["remind me to give her the evening ones every day at 6 pm", { intent: "reminder", slots: { action: "start", task: "give her the evening ones", when: "at 6 pm", repeat: "P1D" } }],
    ["remind me to take the morning tablets every day at 7 am", { intent: "reminder", slots: { action: "start", task: "take the morning tablets", when: "at 7 am", repeat: "P1D" } }],
    ["remind me to give the dog his night biscuit at 9 pm", { intent: "reminder", slots: { action: "start", task: "give the dog his night biscuit", when: "at 9 pm" } }],
    ["set a reminder to book the evening class on wednesday at 10 am", { intent: "reminder", slots: { action: "start", task: "book the evening class", when: "on wednesday at 10 am" } }],
    ["remind me to call mum in the evening", { intent: "reminder", slots: { action: "start", task: "call mum", when: "evening" } }],
    ["remind me in the evening to call mum", { intent: "reminder", slots: { action: "start", task: "call mum", when: "evening" } }],
    ["remind me to put the bins out tomorrow morning", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "tomorrow morning" } }],
    // Round 21: an alarm asked for as a thing, with the day's part after its hour, or repeating (fresh-19's "i need an
    // alarm at 4:30 am please", "set an alarm for 7 tomorrow morning", "alarm at 7 am every weekday"; the round's own
    // "can i get an alarm", "set an alarm for 5:30 am on weekdays"); a house's alarm is still no one's wake-up.
    ["i need an alarm at 4:30 am please", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 4:30 am" } }],
    ["can i get an alarm for 5 am", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5 am" } }],
    ["set an alarm for 7 tomorrow morning", { intent: "reminder", slots: { action: "start", task: "wake up", when: "tomorrow morning at 7" } }],
    ["set an alarm for half six tomorrow morning", { intent: "reminder", slots: { action: "start", task: "wake up", when: "tomorrow morning at 6:30" } }],
    ["alarm at 7 am every weekday", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7 am", repeat: "weekdays" } }],
    ["set an alarm for 5:30 am on weekdays", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5:30 am", repeat: "weekdays" } }],
    ["i want an alarm every saturday at 9 am", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 9 am on saturday", repeat: "P1W" } }],
    ["i need an alarm", { intent: "reminder", slots: { action: "start", task: "wake up", when: "" } }],
    ["i need a new burglar alarm", null],
    // A day of every month (fresh-19's "on the first of every month"; the round's own fifteenth and 3rd): the repeat,
    // and the day as its first moment; "of the month" alone is the next such day, once.
    ["remind me on the first of every month to pay the rent", { intent: "reminder", slots: { action: "start", task: "pay the rent", when: "on the 1st", repeat: "P1M" } }],
    ["remind me to pay the council tax on the fifteenth of every month", { intent: "reminder", slots: { action: "start", task: "pay the council tax", when: "on the 15th", repeat: "P1M" } }],
    ["remind me on the 3rd of each month at 10 am to top up the meter", { intent: "reminder", slots: { action: "start", task: "top up the meter", when: "on the 3rd at 10 am", repeat: "P1M" } }],
    ["remind me on the twenty first of the month to send the invoice", { intent: "reminder", slots: { action: "start", task: "send the invoice", when: "on the 21st" } }],
    // A timer named by a bare word after "timer for" (fresh-19's "for study"; the round's own homework, meditation);
    // a length or a moment there is none.
    ["start a 25 minute timer for study", { intent: "timer", slots: { action: "start", durationMs: "1500000", label: "study" } }],
    ["start a timer for meditation for 10 minutes", { intent: "timer", slots: { action: "start", durationMs: "600000", label: "meditation" } }],
    ["set a timer for half an hour", { intent: "timer", slots: { action: "start", durationMs: "1800000" } }],
    ["set a timer for 5 minutes", { intent: "timer", slots: { action: "start", durationMs: "300000" } }],
    // "do" before what it makes is an order, and a hedge before a length is no label (round 22: fresh-20's "do a timer for
    // like 3 minutes", the round's own; the others invented). "do i have a timer" still asks.
    ["do a timer for like 3 minutes", { intent: "timer", slots: { action: "start", durationMs: "180000" } }],
    ["do me a timer for 8 minutes", { intent: "timer", slots: { action: "start", durationMs: "480000" } }],
    ["do a 12 minute timer", { intent: "timer", slots: { action: "start", durationMs: "720000" } }],
    ["set a timer for like 20 minutes", { intent: "timer", slots: { action: "start", durationMs: "1200000" } }],
    ["set a timer for about half an hour", { intent: "timer", slots: { action: "start", durationMs: "1800000" } }],
    ["set a timer for roughly 5 minutes for the eggs", { intent: "timer", slots: { action: "start", durationMs: "300000", label: "eggs" } }],
    ["do i have a timer running", { intent: "timer", slots: { action: "list" } }],
    // A repeat and its moment said before "remind me" (round 22: fresh-20's weekdays, the round's own; the others
    // invented); a moment alone first still reads as before, and a lead that is no moment is none.
    ["on weekdays at 7:15 am remind me to leave for the bus", { intent: "reminder", slots: { action: "start", task: "leave for the bus", when: "at 7:15 am", repeat: "weekdays" } }],
    ["every friday at 6 pm remind me to put the recycling out", { intent: "reminder", slots: { action: "start", task: "put the recycling out", when: "on friday at 6 pm", repeat: "P1W" } }],
    ["every day at 8 am remind me to take my vitamins", { intent: "reminder", slots: { action: "start", task: "take my vitamins", when: "at 8 am", repeat: "P1D" } }],
    ["on mondays at 10 am remind me to water the plants", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "on monday at 10 am", repeat: "P1W" } }],
    ["tomorrow at 5 pm remind me to ring the garage", { intent: "reminder", slots: { action: "start", task: "ring the garage", when: "tomorrow at 5 pm" } }],
    ["my sister said remind me to call her", null],
    // "in the evening" after a clock time is part of the moment, with a weekday or a repeat too (round 22: fresh-20's
    // sunday, the round's own; the others invented).
    ["remind me every sunday at 7 in the evening to call my son", { intent: "reminder", slots: { action: "start", task: "call my son", when: "on sunday at 7 in the evening", repeat: "P1W" } }],
    ["remind me on friday at 6 in the evening to call grandad", { intent: "reminder", slots: { action: "start", task: "call grandad", when: "on friday at 6 in the evening" } }],
    ["remind me at 7:30 in the evening to lock up", { intent: "reminder", slots: { action: "start", task: "lock up", when: "at 7:30 in the evening" } }],
  ])("timerRequestOf(%j)", (text, expected) => {
    expect(timerRequestOf(text)).toEqual(expected);
  });

  const afterTimer: RecentTurn[] = [{ role: "user", content: "set a timer for 9 minutes" }, { role: "assistant", content: "Okay.", intent: "timer" }];
  const afterFact: RecentTurn[] = [{ role: "user", content: "my car is red" }, { role: "assistant", content: "Okay.", intent: "remember" }];
  const afterScales: RecentTurn[] = [
    { role: "user", content: "start a timer called scales for 15 minutes" },
    { role: "assistant", content: "Okay, scales timer for 15 minutes.", intent: "timer" },
  ];
  const afterFlight: RecentTurn[] = [
    { role: "user", content: "my sister's flight lands at 6 tomorrow" },
    { role: "assistant", content: "Okay, I'll remember that your sister's flight lands at 6 tomorrow.", intent: "remember", subject: "my sisters flight" },
  ];
  const pillsTold: RecentTurn[] = [
    { role: "user", content: "i take my blood pressure pills at 8 am" },
    { role: "assistant", content: "Okay, I'll remember that you take your blood pressure pills at 8 am.", intent: "remember", subject: "my blood pressure pills" },
  ];
  const passportTold: RecentTurn[] = [
    { role: "user", content: "my passport is in the safe" },
    { role: "assistant", content: "Okay, I'll remember that your passport is in the safe.", intent: "remember", subject: "my passport" },
  ];
  const askedWhenAbout: RecentTurn[] = [
    { role: "user", content: "remind me about the dentist" },
    { role: "assistant", content: "When should I remind you about the dentist?", intent: "reminder" },
  ];
  const askedWhen: RecentTurn[] = [
    { role: "user", content: "remind me to call my sister" },
    { role: "assistant", content: "When should I remind you to call your sister?", intent: "reminder" },
  ];
  const dentistTold = [
    { role: "user" as const, content: "i've got a dentist appointment on friday at 3" },
    { role: "assistant" as const, content: "Okay, I'll remember that you've got a dentist appointment on friday at 3.", intent: "remember", fact: "i've got a dentist appointment on friday at 3" },
  ];
  it.each([
    ["hold it", afterTimer, { intent: "timer", slots: { action: "pause" } }],
    ["resume that one", afterTimer, { intent: "timer", slots: { action: "resume" } }],
    ["kill it", afterTimer, { intent: "timer", slots: { action: "cancel" } }],
    // Every timer, by a pronoun, right after a timer turn (round 18's own "cancel both of them"; the others invented).
    ["cancel both of them", afterScales, { intent: "timer", slots: { action: "cancel", all: "true" } }],
    ["stop them all", afterScales, { intent: "timer", slots: { action: "cancel", all: "true" } }],
    ["kill the lot", afterScales, { intent: "timer", slots: { action: "cancel", all: "true" } }],
    // The lead's own use: "cancel everything" after a timer turn was not understood.
    ["cancel everything", afterScales, { intent: "timer", slots: { action: "cancel", all: "true" } }],
    ["cancel everything", afterFact, null],
    ["reset it", afterTimer, { intent: "timer", slots: { action: "reset" } }],
    ["cancel both of them", afterFact, null],
    ["pause it", afterFact, null],
    ["pause the music", afterTimer, null],
    // "one" after a timer turn is another timer; elsewhere it is only a number.
    ["and a 2 minute one for the custard", afterTimer, { intent: "timer", slots: { action: "start", durationMs: "120000", label: "custard" } }],
    ["another one for 7 minutes", afterTimer, { intent: "timer", slots: { action: "start", durationMs: "420000" } }],
    ["another one for 7 minutes", afterFact, null],
    ["set 1 minute aside", afterTimer, null],
    // Time added to the timer just talked about, or taken off; a second timer is still a start.
    ["give it another 5 minutes", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "300000" } }],
    ["2 more minutes", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "120000" } }],
    ["another 5 minutes", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "300000" } }],
    // What the time goes on names the timer (round 18's "put two more minutes on the garlic bread" passed only because
    // the question which timer named it; the others invented).
    // An order alone right after a timer turn is for that timer (the lead's own use: "pause" was music, "resume" not understood).
    ["pause", afterTimer, { intent: "timer", slots: { action: "pause" } }],
    ["resume please", afterTimer, { intent: "timer", slots: { action: "resume" } }],
    ["cancel", afterTimer, { intent: "timer", slots: { action: "cancel" } }],
    ["pause", afterFact, null],
    ["put two more minutes on the garlic bread", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "120000", label: "garlic bread" } }],
    ["take a minute off the rice", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "-60000", label: "rice" } }],
    ["put another 5 minutes on the timer", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "300000" } }],
    ["knock a minute off", afterTimer, { intent: "timer", slots: { action: "add", durationMs: "-60000" } }],
    ["2 more minutes", afterFact, null],
    ["give it another 5 minutes", afterFact, null],
    ["stop the rice one", afterTimer, { intent: "timer", slots: { action: "cancel", label: "rice" } }],
    ["pause the egg one", afterTimer, { intent: "timer", slots: { action: "pause", label: "egg" } }],
    ["stop the rice one", afterFact, null],
    // A timer the assistant named, called by its label alone (round 14: fresh-12's two; the third invented); any other thing is none.
    ["pause scales", afterScales, { intent: "timer", slots: { action: "pause", label: "scales" } }],
    ["resume scales", afterScales, { intent: "timer", slots: { action: "resume", label: "scales" } }],
    ["cancel the scales", afterScales, { intent: "timer", slots: { action: "cancel", label: "scales" } }],
    ["pause the music", afterScales, null],
    ["pause scales", afterFact, null],
    // Starting a paused timer again is resuming it; "the one about" after reminders is a reminder.
    ["get it going again", afterTimer, { intent: "timer", slots: { action: "resume" } }],
    ["start the pasta one again", afterTimer, { intent: "timer", slots: { action: "resume", label: "pasta" } }],
    ["start it", afterTimer, { intent: "timer", slots: { action: "resume" } }],
    ["start it again", afterFact, null],
    ["carry on with it", afterTimer, { intent: "timer", slots: { action: "resume" } }],
    ["carry on with it", afterFact, null],
    ["delete the one about the dentist", askedWhen, { intent: "reminder", slots: { action: "cancel", task: "the dentist" } }],
    ["cancel the one for the bins", askedWhen, { intent: "reminder", slots: { action: "cancel", task: "the bins" } }],
    ["delete the one about the dentist", afterFact, null],
    // The moment, said after the assistant asked when; anything more is a request of its own.
    ["tomorrow morning at 8", askedWhen, { intent: "reminder", slots: { action: "start", task: "call my sister", when: "tomorrow morning at 8" } }],
    ["at half five then", askedWhen, { intent: "reminder", slots: { action: "start", task: "call my sister", when: "at 5:30" } }],
    // "cancel that" right after a reminder was set is that reminder; "is the cake done" after a timer turn its time left (the lead's own use; the others invented).
    ["cancel that", [{ role: "assistant" as const, content: "Okay, I'll remind you to stretch every hour, the first at 4:25 PM.", intent: "reminder" }], { intent: "reminder", slots: { action: "cancel", last: "true" } }],
    ["actually delete it", [{ role: "assistant" as const, content: "Okay, I'll remind you to call mum at 5:00 PM.", intent: "reminder" }], { intent: "reminder", slots: { action: "cancel", last: "true" } }],
    ["is the cake done", [{ role: "assistant" as const, content: "Okay, your cake timer is set for 25 minutes, starting now.", intent: "timer" }], { intent: "timer", slots: { action: "time_left", label: "cake" } }],
    ["are the potatoes ready yet", [{ role: "assistant" as const, content: "Your potatoes timer has 4 minutes left.", intent: "timer" }], { intent: "timer", slots: { action: "time_left", label: "potatoes" } }],
    ["is the cake done", afterFact, null],
    // When but not what: the task asked for, then said (the lead's own use: "remind me in 10 minutes" was recall).
    ["remind me in 10 minutes", [], { intent: "reminder", slots: { action: "start", task: "", when: "in 10 minutes" } }],
    ["to check the washing", [{ role: "assistant" as const, content: "What should I remind you to do at 4:10 PM?", intent: "reminder" }], { intent: "reminder", slots: { action: "start", task: "check the washing", when: "at 4:10 PM" } }],
    ["take my pills", [{ role: "assistant" as const, content: "What should I remind you to do every day at 8:00 PM?", intent: "reminder" }], { intent: "reminder", slots: { action: "start", task: "take my pills", when: "at 8:00 PM", repeat: "P1D" } }],
    ["what time is it", [{ role: "assistant" as const, content: "What should I remind you to do at 4:10 PM?", intent: "reminder" }], null],
    // A timer asked for instead is no task (the lead's own use: it became "remind you to start a countdown from 5 minutes").
    ["start a countdown from 5 minutes", [{ role: "assistant" as const, content: "What should I remind you to do at 4:10 PM?", intent: "reminder" }], { intent: "timer", slots: { action: "start", durationMs: "300000" } }],
    // Asked after saying a place cannot set one off (the lead's own use).
    ["at 5 pm", [{ role: "assistant" as const, content: "I can't tell where you are, so I can't remind you when you're at the shop, only at a time. When should I remind you to get milk?", intent: "reminder" }], { intent: "reminder", slots: { action: "start", task: "get milk", when: "at 5 pm" } }],
    ["my sister is away tomorrow", askedWhen, null],
    ["tomorrow morning at 8", afterFact, null],
    ["at 4 pm", askedWhenAbout, { intent: "reminder", slots: { action: "start", task: "about the dentist", when: "at 4 pm" } }],
    // A reminder about "it" is about what the conversation was about; with nothing before, "it" stays.
    ["remind me about it at 5 pm", afterFlight, { intent: "reminder", slots: { action: "start", task: "about my sister's flight", when: "at 5 pm" } }],
    ["remind me of that tomorrow morning", afterFlight, { intent: "reminder", slots: { action: "start", task: "about my sister's flight", when: "tomorrow morning" } }],
    ["remind me about it at 5 pm", [], { intent: "reminder", slots: { action: "start", task: "about it", when: "at 5 pm" } }],
    ["remind me to call them at 5 pm", afterFlight, { intent: "reminder", slots: { action: "start", task: "call them", when: "at 5 pm" } }],
    // A thing acted on is the thing told of, "it" one and "them" several (the lead's own use: "remind me every day to take
    // them" after "i take my blood pressure pills at 8 am" was "take them"; the others invented).
    ["remind me every day to take them", pillsTold, { intent: "reminder", slots: { action: "start", task: "take my blood pressure pills", when: "", repeat: "P1D" } }],
    ["remind me to renew it on friday", passportTold, { intent: "reminder", slots: { action: "start", task: "renew my passport", when: "on friday" } }],
    ["remind me to renew them on friday", passportTold, { intent: "reminder", slots: { action: "start", task: "renew them", when: "on friday" } }],
    ["remind me to do it at 5", passportTold, { intent: "reminder", slots: { action: "start", task: "do it", when: "at 5" } }],
    ["remind me to sort it out at 5", passportTold, { intent: "reminder", slots: { action: "start", task: "sort it out", when: "at 5" } }],
    ["remind me to pack it tonight", passportTold, { intent: "reminder", slots: { action: "start", task: "pack my passport", when: "tonight" } }],
    // The subject as the router names it, without apostrophes, when no turn of the user's says it.
    ["remind me about it at 5 pm", afterFlight.slice(1), { intent: "reminder", slots: { action: "start", task: "about my sisters flight", when: "at 5 pm" } }],
    // Counted back from a moment the user told of (the lead's own use: "remind me about it an hour before" after
    // "i've got a dentist appointment on friday at 3" asked when; the others invented).
    ["remind me about it an hour before", dentistTold, { intent: "reminder", slots: { action: "start", task: "about my dentist appointment", when: "", before: "3600000", of: "my dentist appointment" } }],
    ["remind me 30 minutes before", dentistTold, { intent: "reminder", slots: { action: "start", task: "about my dentist appointment", when: "", before: "1800000", of: "my dentist appointment" } }],
    ["remind me to buy a card the day before", dentistTold, { intent: "reminder", slots: { action: "start", task: "buy a card", when: "", before: "86400000", of: "my dentist appointment" } }],
    ["remind me a week before my sister's wedding", [], { intent: "reminder", slots: { action: "start", task: "about my sister's wedding", when: "", before: "604800000", of: "my sister's wedding" } }],
    // A lead with no task of its own: what follows "before" is the thing (the lead's own use: "to bin day").
    ["remind me the night before bin day", [], { intent: "reminder", slots: { action: "start", task: "about bin day", when: "", before: "86400000", of: "bin day" } }],
    // Months are counted on the calendar (the lead's own use: "three months before" was a clock time "3 months before").
    ["remind me three months before my passport expires", [], { intent: "reminder", slots: { action: "start", task: "about my passport expires", when: "", beforeMonths: "3", of: "my passport expires" } }],
    ["remind me a month before the mot is due", [], { intent: "reminder", slots: { action: "start", task: "about the mot is due", when: "", beforeMonths: "1", of: "the mot is due" } }],
    ["remind me 2 weeks before the wedding", [], { intent: "reminder", slots: { action: "start", task: "about the wedding", when: "", before: "1209600000", of: "the wedding" } }],
    // The repeat asked with the moment comes back with the answer.
    ["at 8 pm", [{ role: "assistant" as const, content: "When should I remind you to take your pills every day?", intent: "reminder" }], { intent: "reminder", slots: { action: "start", task: "take my pills", when: "at 8 pm", repeat: "P1D" } }],
  ])("timerRequestOf(%j) in a conversation", (text, recent, expected) => {
    expect(timerRequestOf(text, recent)).toEqual(expected);
  });

  it.each([
    ["what do you know about me", true],
    ["what have i told you so far", true],
    ["list my memories", true],
    ["tell me everything you know about me", true],
    ["what did i ask you to remember", true],
    // One subject is a recall of that subject.
    ["what do you know about my sister", false],
    ["what do you remember about the car", false],
    ["what is 2 plus 2", false],
  ])("asksWhatIsKnown(%j)", (text, expected) => {
    expect(asksWhatIsKnown(text)).toBe(expected);
  });

  it.each([
    ["erm, what is nine plus one", "what is nine plus one"],
    ["hold on, where did I put the scissors", "where did I put the scissors"],
    ["could you please tell me what the date is", "what is the date"],
    ["do you happen to know what day it is", "what day is it"],
    ["I was wondering whether you could turn on the radio", "turn on the radio"],
    ["I'd like you to note something", "note something"],
    ["would you work out 6 times 4 for me please", "work out 6 times 4"],
    ["by the way, the gate code is 1234", "the gate code is 1234"],
    ["tell me which bus I take", "which bus I take"],
    ["what's my locker code again?", "what's my locker code"],
    ["where did I leave the drill, do you remember", "where did I leave the drill"],
    // Nothing wraps these, or nothing would be left.
    ["can you remember where my passport is", "can you remember where my passport is"],
    ["hey there", "hey there"],
    ["sorry", "sorry"],
    ["lovely, thanks", "lovely, thanks"],
    // A term of address after a comma, and a reason after an order about what was just said.
    ["what's the date today, mate", "what's the date today"],
    ["where are my glasses, dear?", "where are my glasses"],
    ["where is my love letter", "where is my love letter"],
    ["my mate is coming at 6", "my mate is coming at 6"],
    ["delete it, i sold the bike", "delete it"],
    ["forget that - it was a joke", "forget that"],
    ["forget the code, it changed", "forget the code, it changed"],
    // A term of address before a comma; "yo", "quick" and the like before a request, not alone.
    ["mate, where did I put the drill", "where did I put the drill"],
    ["oh darling, what's the date", "what's the date"],
    ["love is in the air", "love is in the air"],
    ["yo what's the weather", "what's the weather"],
    ["quick question, how many cups in a litre", "how many cups in a litre"],
    ["yo", "yo"],
    ["quick timer for 5 minutes", "quick timer for 5 minutes"],
    // "would you mind ...ing": the order itself; an unknown verb is left alone.
    ["would you mind setting a timer for 10 minutes", "set a timer for 10 minutes"],
    ["do you mind telling me the date", "tell me the date"],
    // A sentence-final particle; a question word left last; the reason after a question, not after a statement.
    ["set a timer for 3 minutes lah", "set a timer for 3 minutes"],
    ["your birthday is when ah", "when is your birthday"],
    ["the bin collection is what day", "the bin collection is what day"],
    ["my answer is what you said", "my answer is what you said"],
    ["what's 9 cubed, it's for a quiz", "what's 9 cubed"],
    ["how many ounces in a pound, just curious", "how many ounces in a pound"],
    ["the gym locker code is 2231, it's for the blue door", "the gym locker code is 2231, it's for the blue door"],
    // "please" as West Africa and a hurry say it; a hesitation inside the request; the address terms of
    // other Englishes, and one after thanks, a farewell or a greeting with no comma; what was said a thing was asks for the thing.
    ["abeg remind me to pay the electricity bill tomorrow at 9 am", "remind me to pay the electricity bill tomorrow at 9 am"],
    ["pls set a timer for 5 minutes", "set a timer for 5 minutes"],
    ["where did I leave the charger abeg", "where did I leave the charger"],
    ["hmm what's, uh, eight times nine", "what's eight times nine"],
    ["set a timer for um ten minutes", "set a timer for ten minutes"],
    ["my code is, erm, 4512", "my code is 4512"],
    ["what's the date, hen", "what's the date"],
    ["where are my keys, bruv", "where are my keys"],
    ["cheers love", "cheers"],
    ["thanks a lot mate", "thanks a lot"],
    ["night night pet", "night night"],
    ["hi there hun", "hi there"],
    ["we need honey", "we need honey"],
    ["i love", "i love"],
    ["what did i say the babysitter's number was", "what was the babysitter's number"],
    ["where did I tell you the spare key was?", "where was the spare key?"],
    ["what time did we say the party is", "what time is the party"],
    ["what did I say about the plumber", "what did I say about the plumber"],
    // "eh" opens or closes a request as "um" does; a term of address that names nothing needs no comma after a question.
    ["eh what's my parcel locker pin ah", "what's my parcel locker pin"],
    ["eh, set a timer for 4 minutes", "set a timer for 4 minutes"],
    ["it's cold today eh", "it's cold today"],
    ["where's the rum cake recipe darlin", "where's the rum cake recipe"],
    ["what time is it bruv", "what time is it"],
    ["is the kettle on hun?", "is the kettle on"],
    ["where's my honey", "where's my honey"],
    ["the password is guv", "the password is guv"],
    // The filler "like" before a request (round 14: fresh-12's first; the second invented); before anything else it is the verb.
    ["like which room is my maths test in", "which room is my maths test in"],
    ["um like, what's my locker code", "what's my locker code"],
    ["like the song says", "like the song says"],
    // What led up to a request, joined to it by "so" or "anyway" before a polite "could you" (round 15: fresh-13's
    // first; the second invented); a lead-up that asks to remember something is a request of its own.
    [
      "ok so i was at the garden centre yesterday and i bought this lovely clematis and the label said it wants pruning in february so could you remember that the clematis needs pruning in february",
      "remember that the clematis needs pruning in february",
    ],
    ["we're away on friday and the neighbour is feeding the cat, so can you remind me to leave the key out", "remind me to leave the key out"],
    ["remember the bins go out on monday so could you remind me on sunday", "remember the bins go out on monday so could you remind me on sunday"],
    // Round 19: "any chance you could", "could you possibly", thanks then "and", "never mind" before the next request
    // (fresh-17's and the round's own first of each; the others invented), and a number word opening an embedded question's subject.
    ["any chance you could remind me in an hour to check the brine", "remind me in an hour to check the brine"],
    ["is there any chance you can set a timer for five minutes", "set a timer for five minutes"],
    ["do you think you could tell me the time", "tell me the time"],
    ["would you be able to add 4 and 9", "add 4 and 9"],
    ["could you possibly remind me in ten minutes to bring the washing in", "remind me in ten minutes to bring the washing in"],
    ["could you perhaps tell me the date", "tell me the date"],
    ["cheers and can you remind me to ring the depot at four pm", "remind me to ring the depot at four pm"],
    ["thanks, and what's 9 times 7", "what's 9 times 7"],
    ["actually never mind, cancel it", "cancel it"],
    ["scratch that, set one for ten minutes", "set one for ten minutes"],
    ["i was wondering if you could tell me what fifteen squared is", "what is fifteen squared"],
    ["tell me what twelve times four is", "what is twelve times four"],
    ["never mind", "never mind"],
    ["thanks", "thanks"],
    ["perfect", "perfect"],
    ["any chance of a cup of tea", "any chance of a cup of tea"],
    // Round 20: a favour asked before the request (fresh-18's "be a love and"; the round's own "do me a favour and",
    // "be a sweetheart and", "be an angel and"; the others invented); the same words as the request itself stay.
    ["be a love and remind me to ring my daughter", "remind me to ring my daughter"],
    ["do me a favour and remind me to feed the fish", "remind me to feed the fish"],
    ["be an angel, set a timer for ten minutes", "set a timer for ten minutes"],
    ["could you be a dear and set a timer for twenty minutes", "set a timer for twenty minutes"],
    ["be a good lad and tell me the time", "tell me the time"],
    ["be a star", "be a star"],
    ["i want to be a star and sing", "i want to be a star and sing"],
    // Round 21: a reason said before an order to forget (fresh-19's "we've checked out now, forget about the hotel
    // room"; the round's own "they've changed it, forget ...", "she's cancelled, so forget ..."); a lead that asks
    // to keep something, and a reason after, stay.
    ["we've checked out now, forget about the hotel room", "forget about the hotel room"],
    ["she's cancelled, so forget about the babysitter", "forget about the babysitter"],
    ["i've left the gym now, you can forget about my gym locker", "you can forget about my gym locker"],
    ["remember the code is 12, forget the old one", "remember the code is 12, forget the old one"],
    ["my keys are in the drawer, not the bowl", "my keys are in the drawer, not the bowl"],
  ])("requestCore(%j) = %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  it.each([
    ["no, level 4", { intent: "correct", slots: { fact: "my car is on level 4", corrects: "my car is on level 5" } }],
    ["actually it's on level 4", { intent: "correct", slots: { fact: "my car is on level 4", corrects: "my car is on level 5" } }],
    ["no, red", { intent: "correct", slots: { fact: "my car is red", corrects: "my car is on level 5" } }],
    ["what did I just say", { intent: "conversation", slots: { asks: "last_user_turn" } }],
    ["say that again", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["wait, what did I just say?", { intent: "conversation", slots: { asks: "last_user_turn" } }],
    ["hey, say that again", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["no thanks", null],
    ["no, is it?", null],
    // A dropped "it" before "is" makes a question only with a pronoun or determiner after it.
    ["no, is it on level 4", null],
    ["no, is my car on level 4", null],
    ["no, is the car on level 4", null],
    ["what did I say about the plumber", null],
    ["what did I tell you about my car", null],
    ["would you repeat that", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["sorry, what was that", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what was that about the car", null],
    // A request of its own after an interjection is no correction.
    ["actually, forget it all", null],
    ["no, where is it", null],
    // The first or the previous thing the user said.
    ["what did I ask you first", { intent: "conversation", slots: { asks: "first_user_turn" } }],
    ["what was my very first question", { intent: "conversation", slots: { asks: "first_user_turn" } }],
    ["what did I say at the beginning", { intent: "conversation", slots: { asks: "first_user_turn" } }],
    ["what was the previous thing I asked", { intent: "conversation", slots: { asks: "last_user_turn" } }],
    ["what did I say first about the car", null],
    ["what was your last answer", { intent: "conversation", slots: { asks: "last_reply" } }],
    // What was said a thing was asks for the thing, which is a memory.
    ["what did i say the babysitter's number was", null],
    ["what did I tell you my pin is?", null],
    // Round 25: "pardon" alone asks again; "oh" alone opens no correction.
    ["pardon?", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["pardon me", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["oh, my keys are in the drawer", null],
    ["i'm sorry, where is it", null],
  ])("followUp(%j) after a fact about the car", (text, expected) => {
    expect(followUp(text, carFact)).toEqual(expected);
  });

  const skipFact = [
    { role: "user" as const, content: "remember that the skip is being collected on monday" },
    { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the skip is being collected on monday" },
  ];
  const rosesFact = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i sprayed the roses for greenfly on the 20th" }];
  const boilerFact = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the boiler was serviced on the 3rd" }];
  const dentistFact = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the dentist is at 3 pm" }];
  const wifeFact = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my wife works at the hospital" }];
  it.each([
    // A moment alone corrects the fact's moment, keeping the preposition it was said with.
    ["actually it's wednesday", skipFact, "the skip is being collected on wednesday"],
    ["no, next tuesday", skipFact, "the skip is being collected on next tuesday"],
    ["no, 4 pm", dentistFact, "the dentist is at 4 pm"],
    ["sorry, on thursday", skipFact, "the skip is being collected on thursday"],
    // "it" dropped before "is" or "was".
    ["no, is on thursday", skipFact, "the skip is being collected on thursday"],
    ["no, was the 21st", rosesFact, "i sprayed the roses for greenfly on the 21st"],
    ["no, is at 4 pm", dentistFact, "the dentist is at 4 pm"],
    ["no, is on thursday", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the meeting is in the friday" }], "the meeting is on thursday"],
    // Not a moment, or no moment to replace: as before.
    ["no, red", carFact, "my car is red"],
    ["no, friday", carFact, "my car is friday"],
    // A day of the month said alone is a moment too, whatever word of the fact it starts with.
    ["no, it was the 22nd", rosesFact, "i sprayed the roses for greenfly on the 22nd"],
    ["sorry, the 13th", boilerFact, "the boiler was serviced on the 13th"],
    ["no, it was tuesday", rosesFact, "i sprayed the roses for greenfly on tuesday"],
    ["no, the fence", rosesFact, "i sprayed the fence"],
    ["actually it's in the yard", skipFact, "the skip is in the yard"],
    // The correction's first word is looked for after the verb first: what the fact says of its subject is
    // corrected, not the subject's own "the" (round 14: fresh-12's first; the second invented).
    ["no it's the civic centre", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the tournament rink is the kinsmen arena" }], "the tournament rink is the civic centre"],
    ["no, the flower pot", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the spare key is under the mat" }], "the spare key is under the flower pot"],
    // "X not Y" names what was wrong, so only it is replaced (round 15: fresh-13's first; the second invented).
    ["sorry it's 72 not 27", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "your host family lives at 27 maple crescent" }], "your host family lives at 72 maple crescent"],
    ["no, the blue bin, not the green bin", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the collection is the green bin on thursday" }], "the collection is the blue bin on thursday"],
    // A fact told with another verb than "be" is corrected after that verb (round 16: fresh-14's first; the second invented).
    ["actually 15 kilos", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "bella the spaniel weighs 14 kilos" }], "bella the spaniel weighs 15 kilos"],
    ["no, 16 stone", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my dad weighs 15 stone" }], "my dad weighs 16 stone"],
    ["no, level 4", carFact, "my car is on level 4"],
    // A day of every week is a moment too (the lead's own use: "no, thursdays" stored "ollie has thursdays").
    ["no, thursdays", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "ollie has swimming on tuesdays" }], "ollie has swimming on thursdays"],
    ["actually weekends", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the pool is busiest on weekdays" }], "the pool is busiest on weekends"],
    // The fact said again with a pronoun for its subject: what follows the verb corrects it, a pronoun
    // object stands for the fact's own, and a new verb is kept (the lead's own use: "no, she works at
    // the library" stored "your wife works she works at the library"; the others invented).
    ["no, she works at the library", wifeFact, "my wife works at the library"],
    ["no, she's at the library", wifeFact, "my wife works at the library"],
    ["sorry, she teaches at the school", wifeFact, "my wife teaches at the school"],
    ["actually i take them at 9", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i take my tablets at 8" }], "i take my tablets at 9"],
    ["no, he has it on thursdays", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "ollie has swimming on tuesdays" }], "ollie has swimming on thursdays"],
    ["no, they go out on friday", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the bins go out on thursday" }], "the bins go out on friday"],
    ["actually we go on saturdays", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "we go to church on sundays" }], "we go to church on saturdays"],
    ["no, she lives in york", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my sister lives in leeds" }], "my sister lives in york"],
    // A person or pet told of is restated as "he", "she" or "his/her name", and a name's verb is part of
    // "be" (round 17: the user's own first; the others invented).
    ["actually his name is gavin", [{ role: "assistant" as const, content: "Okay.", intent: "recall", fact: "the farrier is called gareth" }], "the farrier is called gavin"],
    ["no, she's called poppy", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "our new kitten is called daisy" }], "our new kitten is called poppy"],
    ["sorry her name's priya", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my line manager is deepa" }], "my line manager is priya"],
    ["no he's in the garden", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my grandson is in the conservatory" }], "my grandson is in the garden"],
    ["actually it's called the crown", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the quiz pub is called the anchor" }], "the quiz pub is called the crown"],
    // A fact told with "'s" for "is": the correction goes after it (round 22: fresh-20's trailer, the round's own van and
    // ladder; the others invented). A possessive "'s" with a verb after it is no verb.
    ["no, the bottom field", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the trailer's in the top field" }], "the trailer's in the bottom field"],
    ["no, the garage", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the van's in the yard" }], "the van's in the garage"],
    ["sorry, in the garage", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the ladder's behind the shed" }], "the ladder's in the garage"],
    ["actually, the loft", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the tent's in the shed" }], "the tent's in the loft"],
    ["no, the shelf", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the dog's lead is on the hook" }], "the dog's lead is on the shelf"],
    // Round 25: an apology opens a correction as "no" does (fresh-23's "I do beg your pardon" and "I am sorry", the
    // round's own "I'm so sorry" and "pardon me"; the others invented).
    ["Oh, I do beg your pardon, it's level 4.", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "I've parked the car on level 3" }], "I've parked the car on level 4"],
    ["I am sorry, it is in the black suitcase", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "I put my passport in the blue suitcase" }], "I put my passport in the black suitcase"],
    ["I'm so sorry, it's in the car boot", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my umbrella is in the hall cupboard" }], "my umbrella is in the car boot"],
    ["oh, pardon me, it is 01632 960124", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the vet's number is 01632 960123" }], "the vet's number is 01632 960124"],
    ["pardon me, it is 01632 960124", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the vet's number is 01632 960123" }], "the vet's number is 01632 960124"],
    ["my mistake, level 2", carFact, "my car is on level 2"],
    ["beg your pardon, it's red", carFact, "my car is red"],
    // A determiner not found after the verb starts the new value, not at the subject's own "the" (fresh-23's heating
    // pump; the other invented).
    ["No, wrong, it is the 25-80", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the heating pump is a Grundfos UPS 25-60" }], "the heating pump is the 25-80"],
    ["no, a ford", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the hire car is blue" }], "the hire car is a ford"],
    // The fact taken back and the right one said (the lead's own use: "scratch that, they're on the piano" was music, out of the skills).
    ["scratch that, they're on the piano", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my reading glasses are in the car" }], "my reading glasses are on the piano"],
    // A place with a preposition the fact has not replaces its place (the lead's own use: "on the piano" was the whole fact).
    ["scratch that, they're on the piano", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i left my reading glasses in the car" }], "i left my reading glasses on the piano"],
    ["no, under the bed", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i put the presents in the loft" }], "i put the presents under the bed"],
    ["no, in room 5", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the meeting is at 3 in room 4" }], "the meeting is at 3 in room 5"],
    ["strike that, level 2", carFact, "my car is on level 2"],
    ["ignore that, it's on level 6", carFact, "my car is on level 6"],
  ])("followUp(%j) corrects the fact into %j", (text, recent, fact) => {
    expect(followUp(text, recent)).toMatchObject({ intent: "correct", slots: { fact } });
  });

  const flightFact = [
    { role: "user" as const, content: "please remember that my cousin chidi's flight lands at 6:40 on saturday" },
    { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my cousin chidi's flight lands at 6:40 on saturday" },
  ];
  const recipeFact = [{ role: "assistant" as const, content: "Okay.", intent: "recall", subject: "the rum cake recipe" }];
  it.each([
    ["what time does chidi's flight land", flightFact, true],
    ["is my cousin chidi's flight on time", flightFact, true],
    ["where is the rum cake recipe", recipeFact, true],
    ["who has the rum cake recipe now", recipeFact, true],
    // Another thing of the same kind, or nothing kept: no.
    ["what time does the paris flight land", flightFact, false],
    ["give me a recipe for pancakes", recipeFact, false],
    ["where is the rum cake recipe", [], false],
    ["where is my car", carFact, true],
    ["what car should i buy", carFact, true],
    ["where is the garage", carFact, false],
    // The word that tells a kept thing apart names it alone, and a number word is its digits (round 16:
    // fresh-14's three; the last two invented).
    ["which port is staging on", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the staging server is on port 8443" }], true],
    ["how heavy is bella", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "bella the spaniel weighs 14 kilos" }], true],
    ["when was hive two requeened", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "hive 2 was requeened in june" }], true],
    ["what is the wifi password for the guest network", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the guest network password is pears42" }], true],
    ["who plays in goal for the school team", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the school team plays on saturday" }], true],
    ["which server is it on", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the staging server is on port 8443" }], false],
    // Either form of a word names the thing: a possessive whose apostrophe speech-to-text dropped, a plural
    // or a singular (round 17: fresh-15's first and the user's own second; the others invented).
    ["how much calpol does the baby have", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the baby's calpol dose is 5 ml" }], true],
    ["whats the farriers name", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the farrier is called gareth" }], true],
    ["what time is the twins swimming lesson", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the twin's swimming lesson is at 4" }], true],
    ["where are the spare batteries", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the spare battery is in the drawer" }], true],
    ["whats the vets number", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "the farrier is called gareth" }], false],
    // The lead's own use: the owner said as a pronoun ("her flight" was travel, out of the skills).
    ["what time does her flight land", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my mum's flight lands at 6:40 tomorrow" }], true],
    ["when does his train get in", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my brother's train gets in at 5" }], true],
    ["what time does the flight land", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my car is on level 5" }], false],
    ["is her flight on time", [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my car is on level 5" }], false],
  ])("keptSubjectNamed(%j) names one: %j", (text, recent, kept) => {
    expect(keptSubjectNamed(text, recent) !== undefined).toBe(kept);
  });

  it("reads 'it' and a final 'that' as the last subject, and nothing without one", () => {
    expect(resolveReferences("where is it", carFact)).toBe("where is my car");
    expect(resolveReferences("which shelf are they on", carFact)).toBe("which shelf are my car on");
    // "they're" stays whole: "my car're" is no word.
    expect(resolveReferences("they're late", carFact)).toBe("they're late");
    expect(resolveReferences("forget that", carFact)).toBe("forget my car");
    expect(resolveReferences("remember that my bike is blue", carFact)).toBe("remember that my bike is blue");
    // A preposition left at the end still leaves "that" the last word it stands for.
    expect(resolveReferences("which floor is that on", carFact)).toBe("which floor is my car on");
    expect(resolveReferences("is that in the garage", carFact)).toBe("is that in the garage");
    expect(resolveReferences("where is it", [])).toBe("where is it");
    // "she" and "he" are a pet or a person told of (round 16: fresh-14's first; the second invented).
    const bella = [{ role: "assistant" as const, content: "Okay.", intent: "correct", fact: "bella the spaniel weighs 15 kilos" }];
    expect(resolveReferences("what does she weigh now", bella)).toBe("what does bella the spaniel weigh now");
    expect(resolveReferences("when is he due at the vet", bella)).toBe("when is bella the spaniel due at the vet");
    expect(resolveReferences("what's her name", bella)).toBe("what's her name");
    // "her birthday", "his number": whose thing, the person the last subject is or belongs to (the lead's own
    // use: "her birthday is march 3rd" after "my wife's name is sarah" was kept as said; the others invented).
    const wife = [
      { role: "user" as const, content: "my wife's name is sarah" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my wife's name is sarah" },
    ];
    expect(resolveReferences("her birthday is march 3rd", wife)).toBe("my wife's birthday is march 3rd");
    expect(resolveReferences("when is her birthday", wife)).toBe("when is my wife's birthday");
    expect(resolveReferences("remind her to call", wife)).toBe("remind her to call");
    // "he" and "she" are whom a name or a birthday belongs to, never the name (the lead's own use: "he has a
    // spare key" after "my neighbour's name is gordon" was kept as "your neighbours name has a spare key"; the others invented).
    const neighbour = [
      { role: "user" as const, content: "my neighbour's name is gordon" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my neighbour's name is gordon" },
    ];
    expect(resolveReferences("he has a spare key to the house", neighbour)).toBe("my neighbour has a spare key to the house");
    expect(resolveReferences("she likes roses", wife)).toBe("my wife likes roses");
    expect(resolveReferences("what is it", neighbour)).toBe("what is my neighbours name");
    const sisterDog = [{ role: "user" as const, content: "my sister's dog is called rex" }, { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my sister's dog is called rex" }];
    expect(resolveReferences("he is 3", sisterDog)).toBe("my sisters dog is 3");
    const brother = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my brother lives in leeds" }];
    expect(resolveReferences("his number is 0789 123", brother)).toBe("my brother's number is 0789 123");
    expect(resolveReferences("what's their address", [])).toBe("what's their address");
    // Someone named before the pronoun is whose it is (fresh-3's postman after the neighbour).
    expect(resolveReferences("and what about the postman, did i tell you his name", brother)).toBe("and what about the postman, did i tell you his name");
    // A newer fact is what "it" is about, never a subject from before it (round 19: the lead's dentist; the others invented).
    const shoeThenDentist = [
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my son's shoe size is 2" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i've got a dentist appointment on friday at 3" },
    ];
    expect(resolveReferences("remind me about it an hour before", shoeThenDentist)).toBe("remind me about my dentist appointment an hour before");
    const shoeThenParked = [shoeThenDentist[0], { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "i parked on level 4" }];
    expect(resolveReferences("where is it", shoeThenParked)).toBe("where is it");
    const shoeThenChat = [shoeThenDentist[0], { role: "assistant" as const, content: "It's 9:00 AM.", intent: "time" }];
    expect(resolveReferences("what is it", shoeThenChat)).toBe("what is my sons shoe size");

    expect(followUp("no, level 4", [])).toBeNull();
    // Taken back and nothing said: last-thing-undone's, never a correction to nothing.
    expect(followUp("scratch that", carFact)).toBeNull();
    expect(followUp("forget that", carFact)).toBeNull();
    expect(followUp("scratch that, where did i park", carFact)).toBeNull();
    // A reason after "forget that" is no fact (fresh-4's presents).
    expect(followUp("forget that, the kids might hear", carFact)).toBeNull();
  });

  // The lead's own use: "where does she work" after the wife's work and then the son's bus read back the son's bus.
  it("reads 'she' and 'he' as the newest person told of whose role agrees", () => {
    const wifeThenSon = [
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my wife works at the hospital" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my son takes the 42 bus to school" },
    ];
    expect(resolveReferences("where does she work", wifeThenSon)).toBe("where does my wife work");
    expect(resolveReferences("what bus does he take", wifeThenSon)).toBe("what bus does my son take");
    expect(resolveReferences("what's her number", wifeThenSon)).toBe("what's my wife's number");
    // A person's own thing names the person: "my sisters name" is the sister.
    const sisterThenUncle = [
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my sister's name is ayesha" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my uncle lives in lahore" },
    ];
    expect(resolveReferences("where does she live", sisterThenUncle)).toBe("where does my sister live");
    // Cases that must not change: a role that says neither, no one who agrees, a thing.
    const friend = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my friend lives in york" }];
    expect(resolveReferences("where does she live", friend)).toBe("where does my friend live");
    const sister = [{ role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my sister lives in leeds" }];
    expect(resolveReferences("where does he live", sister)).toBe("where does he live");
    expect(resolveReferences("what is his number", sister)).toBe("what is his number");
    // A title says it too, and "he" is then the one whose she is (fresh-23's Jaylen: "what bus does he take" read back the teacher).
    const jaylen = [
      { role: "user" as const, content: "remember Jaylen's teacher is Ms. Okafor" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "Jaylen's teacher is Ms. Okafor" },
    ];
    expect(resolveReferences("what bus does he take", jaylen)).toBe("what bus does jaylen take");
    expect(resolveReferences("what does she teach", jaylen)).toBe("what does jaylens teacher teach");
    const sonsTeacher = [
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my son is in year 4" },
      { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my son's teacher is mrs patel" },
    ];
    expect(resolveReferences("where does she live", sonsTeacher)).toBe("where does my sons teacher live");
    const carThenSon = [carFact[carFact.length - 1], { role: "assistant" as const, content: "Okay.", intent: "remember", fact: "my son takes the 42 bus" }];
    expect(resolveReferences("what bus does he take", carThenSon)).toBe("what bus does my son take");
  });

  const garage = [
    { role: "user" as const, content: "my car is in the garage" },
    { role: "assistant" as const, content: "Okay, I'll remember that your car is in the garage.", intent: "remember", fact: "my car is in the garage" },
  ];

  it("reads a final 'there' as the last place, and 'what else is there' as the other things in it", () => {
    expect(lastPlace(garage)).toBe("in the garage");
    expect(lastPlace(carFact)).toBe("on level 5");
    expect(lastPlace([{ role: "assistant", content: "Okay.", intent: "remember", fact: "my car is red" }])).toBeUndefined();
    expect(resolveReferences("is my bike there", garage)).toBe("is my bike in the garage");
    expect(resolveReferences("what else is there?", garage)).toBe("what else is in the garage?");
    expect(resolveReferences("is there anything in the shed", garage)).toBe("is there anything in the shed");
    expect(resolveReferences("is my bike there", [])).toBe("is my bike there");
    expect(otherThingsThere("what else is there", garage)).toEqual({ place: "in the garage", except: "my car" });
    expect(otherThingsThere("is my bike there", garage)).toBeNull();
    expect(otherThingsThere("what else is there", [])).toBeNull();
  });

  it.each([
    ["what is the weather like", "the weather"],
    ["who won the game last night", "sports results"],
    ["turn on the lights", "controlling devices"],
    ["what is the capital of france", "general knowledge"],
    ["where is my umbrella", null],
    ["remind me to check the weather", null],
    ["what time is it", null],
    ["will there be storms tonight", "the weather"],
    ["why do cats purr", "general knowledge"],
    ["why is my car red", null],
    ["why did i say that", null],
    ["our thunderstorm plan is in the drawer", null],
    ["turn that down", "music and media"],
    ["check my inbox", "calls and messages"],
    ["order another bag of rice", "shopping"],
    ["where is the closest petrol station", "local places and opening hours"],
    ["is the library open today", "local places and opening hours"],
    ["which is nicer, tea or coffee", "opinions"],
    ["how do i unblock a sink", "instructions and advice"],
    ["how do i set a timer", null],
    ["where is my nearest exit", null],
    ["how does one spell rhythm", "general knowledge"],
    ["spell accommodation", "general knowledge"],
    ["what does the word ubiquitous mean", "general knowledge"],
    ["when does the post office shut", "local places and opening hours"],
    ["what time do the shops open on sunday", "local places and opening hours"],
    ["what time does my gym close", null],
    ["is there anything good on the telly", "music and media"],
    ["what is on tv tomorrow", "music and media"],
    ["where is the tv remote", null],
    ["when is high tide at whitby", "the sun, moon and tides"],
    ["what time does the sun rise tomorrow", "the sun, moon and tides"],
    // Whether to take something against the weather.
    ["should i take an umbrella tomorrow", "the weather"],
    ["do we need to bring our raincoats", "the weather"],
    ["do i need my passport for the ferry", null],
    // A team's next fixture is the world's; the user's own is not.
    ["when do the minnesota twins play next", "sports results"],
    ["who are leeds playing next", "sports results"],
    ["when do we play next", null],
    // The world's latest on something is the news; the user's own is not (round 15: fresh-13's first; the second invented).
    ["what is the latest on the election", "the news"],
    ["any word on the latest from the strike", "the news"],
    ["what is the latest on my visa", null],
    // How anyone does something to a thing is instructions; how the assistant feels or knows is not (round 15:
    // fresh-13's first; the second invented).
    ["how do you fix a puncture on a wheelbarrow", "instructions and advice"],
    ["how do you get a stain out of a carpet", "instructions and advice"],
    ["how do you know my name", null],
    ["how do you set a timer", null],
    // A market index is the world's prices (round 16: fresh-14's first; the second invented).
    ["what is the hang seng at today", "prices and markets"],
    // Round 18 (fresh-16's four; the others invented): prices in the plural, a road by its number or "the roads",
    // a suggestion, what a food holds.
    ["what are cattle prices doing at the market", "prices and markets"],
    ["are petrol prices going up", "prices and markets"],
    ["what are interest rates at", "prices and markets"],
    ["what are my prices", null],
    ["is the m8 busy", "travel and directions"],
    ["is the a1 southbound closed", "travel and directions"],
    ["is the m25 clockwise backed up", "travel and directions"],
    ["are the roads icy this morning", "travel and directions"],
    ["my m8 is busy", null],
    ["is the meeting busy", null],
    ["what is a good name for a sheepdog", "opinions"],
    ["can you suggest a present for a ten year old", "opinions"],
    ["any ideas for a first date", "opinions"],
    ["how many calories are in a bacon roll", "general knowledge"],
    ["how much caffeine is in a flat white", "general knowledge"],
    ["how many calories in a banana", "general knowledge"],
    ["how is the ftse doing", "prices and markets"],
    ["what is the meeting at today", null],
    // A bank's records and payments (round 19: fresh-17's first; the others invented); a kept account number is the user's.
    ["can you check my bank balance", "banking"],
    ["what's the balance on my savings account", "banking"],
    ["transfer fifty pounds to my son", "banking"],
    ["how much is in my bank account", "banking"],
    ["my bank account number is 12345678", null],
    // The moon, illness and a dish asked of anyone's kitchen (round 20: fresh-18's moon phase, signs of sepsis and
    // "how do you make aloo gobi", the round's own symptoms, contagion, causes, treatment and moonrise; the others
    // invented); a book's title, the user's own tablets and a skill's own "how do i make a reminder" are none.
    ["what phase is the moon in", "the sun, moon and tides"],
    ["when does the moon rise tonight", "the sun, moon and tides"],
    ["how many moons does jupiter have", "the sun, moon and tides"],
    ["my daughter's favourite book is goodnight moon", null],
    ["we went on honeymoon to crete", null],
    ["what are the signs of sepsis", "medical questions"],
    ["what are the symptoms of shingles", "medical questions"],
    ["is chickenpox contagious", "medical questions"],
    ["what causes hiccups", "medical questions"],
    ["what is the treatment for gout", "medical questions"],
    ["what are the side effects of my tablets", null],
    ["how do you make aloo gobi", "recipes"],
    ["how should we cook brisket", "recipes"],
    ["how do i make a reminder", null],
    ["how do you make me remember things", null],
    // Round 21: whether a medicine may be taken (fresh-19's ibuprofen with a cold; the round's own paracetamol, mixing,
    // every day, an empty stomach), said bare as medicines are; a sport someone goes to is theirs (fresh-19's "ethan's
    // football practice"; the round's own training and lessons), a fixture or a score the world's.
    ["is it alright to take ibuprofen with a cold", "medical questions"],
    ["is it ok to mix ibuprofen and aspirin", "medical questions"],
    ["can i take ibuprofen on an empty stomach", "medical questions"],
    ["is it bad to take antihistamines every day", "medical questions"],
    ["is it ok to take the bins out tonight", null],
    ["can i take my tablets with food", null],
    ["when is ethan's football practice", null],
    ["what time is grace's tennis lesson", null],
    ["when is noah's basketball training", null],
    ["who won the football", "sports results"],
    ["what is the cricket score", "sports results"],
    // Where lights or a thermostat are kept asks for a memory (round 22: fresh-20's christmas lights, the round's own fairy
    // and outdoor lights; the others invented); turning them on or off is still a device's.
    ["where are the christmas lights", null],
    ["where are the fairy lights", null],
    ["where are the outdoor lights kept", null],
    ["where's the spare thermostat battery", null],
    ["turn on the christmas lights", "controlling devices"],
    ["switch the fairy lights off", "controlling devices"],
    ["dim the lights", "controlling devices"],
    // Advice on one's own complaint is medicine asked (fresh-21's "my throat hurts what should I take", kept as a fact; the others invented).
    ["my throat hurts what should i take", "medical questions"],
    ["i have got a migraine what can i take for it", "medical questions"],
    ["what should i take for a cold", "medical questions"],
    ["my back is sore", null],
    ["what should i take to the party", null],
    // Round 25: what the law allows, and the grid's power cuts (fresh-23's landlord and load shedding, the round's own
    // employer and power cut; the others invented); a landlord or a power cut kept, or the assistant's own state, no.
    ["can landlord keep my deposit for painting the walls", "legal questions"],
    ["can my employer make me work on a bank holiday", "legal questions"],
    ["is my landlord allowed to put the rent up twice a year", "legal questions"],
    ["is it legal to park on the pavement", "legal questions"],
    ["is there load shedding tonight", "power cuts"],
    ["is there a power cut in my area", "power cuts"],
    ["when is the electricity coming back", "power cuts"],
    ["remember the landlord's number is 0207 946 0011", null],
    ["my landlord is called mr jones", null],
    ["remember there was a power cut on tuesday", null],
    ["is anything down", null],
  ])("outOfDomainTopic(%j) = %j", (text, topic) => {
    expect(outOfDomainTopic(text)).toBe(topic);
  });

  it.each([
    ["what about tomorrow", "what is the weather like", "the weather"],
    ["and on saturday", "is it going to rain", "the weather"],
    ["how about in glasgow", "what is the weather like", "the weather"],
    ["what about my car", "what is the weather like", null],
    ["what about tomorrow", null, null],
    ["what about tomorrow at the weekend if it is sunny then", "what is the weather like", null],
  ])("sameTopicAgain(%j) after %j = %j", (text, lastAsked, topic) => {
    expect(sameTopicAgain(text, lastAsked)).toBe(topic);
  });

  it.each([
    ["where is my umbrella", true],
    ["remind me to check the weather", true],
    ["our wifi password is sunflower", true],
    ["what is the weather like", false],
    ["play my favourite song", false],
    // The user's own thing asked after, whatever the verb; the world's is not.
    ["when does my sister's flight land", true],
    ["what time does our train leave", true],
    ["when does the next train leave", false],
    // ... or a part of it, "the <part> of my ...".
    ["what is the name of my son's football coach", true],
    ["what is the phone number of our plumber", true],
    ["who is the captain of my daughter's netball team", true],
    ["what is the score of the match", false],
    ["what is the weather for my trip", false],
  ])("namesMemory(%j) = %j", (text, names) => {
    expect(namesMemory(text)).toBe(names);
  });

  it.each([
    ["the plumber is coming on tuesday", { subject: "the plumber", attribute: "come time" }],
    ["the spare key is under the mat", { subject: "the spare key", attribute: "location" }],
    ["our wifi password is sunflower99", { subject: "our wifi password", attribute: "value" }],
    ["Dad's birthday is on March 3.", { subject: "dads birthday", attribute: "time" }],
    ["the ferry leaves from pier 3", { subject: "the ferry", attribute: "leave location" }],
    // Questions, commands and statements about nothing in particular are no facts to keep.
    ["is the spare key under the mat", null],
    ["the spare key is under the mat?", null],
    ["wat time is it", null],
    ["close the living room blinds", null],
    ["please open the curtains", null],
    ["everything is fine", null],
    ["it is raining", null],
    ["i want to listen to some jazz", null],
    ["thanks a lot", null],
    // With no verb, "'s" is "is": "my mother-in-law's ..." gives a fact; a possessive before a verb stays one.
    ["my mother-in-law's in spain", { subject: "my mother in law", attribute: "location" }],
    ["my father-in-law's at the allotment", { subject: "my father in law", attribute: "location" }],
    ["my sister's new car is red", { subject: "my sisters new car", attribute: "colour" }],
  ])("statedFact(%j)", (text, expected) => {
    const fact = statedFact(text, tokenize(text));
    if (expected === null) expect(fact).toBeNull();
    else expect(fact).toEqual(expected);
  });

  // Concreteness matters only against an outside topic: a statement is kept anyway when nothing outside is near.
  it.each([
    ["the football match is on saturday", true],
    ["the stock cube is in the cupboard", true],
    ["the bike belongs to anna", true],
    ["the weather is lovely today", false],
    ["the heating is too low", false],
    ["the lights are too bright", false],
    // A long number given as the value is a reading or a code to note (round 18's own gas meter; the others invented).
    ["the gas meter reading is four five two one", true],
    ["the electric meter reads 20417", true],
    ["the boiler's serial number is seven seven three one", true],
    ["the temperature is 20", false],
  ])("givesConcreteAttribute(%j) = %j", (text, concrete) => {
    const fact = statedFact(text, tokenize(text));
    expect(fact).not.toBeNull();
    expect(givesConcreteAttribute(fact as NonNullable<typeof fact>, text)).toBe(concrete);
  });

  it.each([
    ["which platform does the train leave from", "the train"],
    ["when is the plumber coming", "the plumber"],
    ["what time is the dentist appointment", "the dentist appointment"],
    ["which colour is my kettle", "my kettle"],
    ["who has the spare key", "the spare key"],
    ["when is dad's birthday", "dad's birthday"],
    // No particular thing: a name, the world's thing, the assistant's, the clock's, "it", or not a wh-question.
    ["who was napoleon", null],
    ["when is the next bus", null],
    ["who is the best footballer ever", null],
    ["what are today's headlines", null],
    ["what is your name", null],
    ["what is the time", null],
    ["what day of the week is it", null],
    ["which colour is it", null],
    ["why is the sky blue", null],
    ["is the spare key under the mat", null],
    ["which bus do i catch", "my bus"],
    // Someone's thing named before its owner.
    ["which house is aunty june's", "aunty june's house"],
    ["which locker was sam's", "sam's locker"],
    ["which house is for sale", null],
    // How someone does something to their own thing (round 15: fresh-13's first; the second invented); how the world works is not.
    ["how does mr dawson take his tablets", "mr dawson"],
    ["how does my grandad like his tea", "my grandad"],
    ["how does a plane stay up", null],
    ["how do you like your eggs", null],
    // How many or how much the user did (round 20: fresh-18's sheep, the round's own miles, spending and apples; the
    // others invented): the thing counted, else what was done. The world's counts are not.
    ["how many sheep did i shear on saturday", "sheep"],
    ["how many kilos of apples did we pick", "kilos of apples"],
    ["how much did i spend at the garden centre", "spend"],
    ["how much have we raised for the hospice", "raised"],
    ["how many people live in leeds", null],
    ["how many moons does jupiter have", null],
    // Where the user is, asked with no "my" (round 22: fresh-20's bay, the round's own seat, row and carriage; the others
    // invented); the clock's "which year are we in" is not a thing kept.
    ["which bay am i in", "my bay"],
    ["which seat am i in", "my seat"],
    ["what row am i in", "my row"],
    ["which ward are we on", "my ward"],
    ["what table are we at", "my table"],
    ["which year are we in", null],
    ["what month are we in", null],
  ])("askedThing(%j) = %j", (text, thing) => {
    expect(askedThing(tokenize(text))).toBe(thing);
  });

  it.each([
    ["water the garden", true],
    ["ring my phone", true],
    ["set a timer", false],
    ["forget my pin", false],
    ["check the services", false],
    ["the door is locked", false],
    ["where is the remote", false],
  ])("isOutsideCommand(%j) = %j", (text, outside) => {
    expect(isOutsideCommand(tokenize(text), text)).toBe(outside);
  });

  it.each([
    ["when does the next ferry leave", true],
    ["what is the latest on the election", true],
    ["when is my next dentist appointment", false],
    ["when is the ferry", false],
  ])("asksAboutTheWorld(%j) = %j", (text, world) => {
    expect(asksAboutTheWorld(tokenize(text))).toBe(world);
  });

  it.each([
    ["I have got something for you to note", true],
    ["here's something to keep in mind", true],
    ["there's something I need you to remember", true],
    ["let me tell you something", true],
    ["i have got a dentist appointment to remember", false],
    ["there's something wrong with the boiler", false],
    ["remember a thing", true],
    ["could you keep a note of something", true],
    ["take a note of this please", true],
    ["remember a thing about the car", false],
    ["keep a note of the meter reading", false],
  ])("bareRequest.test(%j) = %j", (text, bare) => {
    expect(bareRequest.test(text)).toBe(bare);
  });

  it.each([
    ["delete the note about the bike lock", "the bike lock"],
    ["erase everything i told you about my ex", "my ex"],
    ["remove the details you have about the plumber", "the plumber"],
    ["get rid of what i said about the shed key", "the shed key"],
    ["delete the photos from my phone", null],
    ["i wrote a note about the bins", null],
    ["what did i tell you about the locker", null],
    // What the assistant knows, and letting go of a particular thing.
    ["wipe what you know about my old phone", "my old phone"],
    ["delete everything you have got on the caravan", "the caravan"],
    ["you can forget about the spare bulbs now", "the spare bulbs"],
    ["forget all about my gym locker", "my gym locker"],
    ["forget about it", null],
    // Without "about", or as where it is (round 12: fresh-10's first two; the rest invented).
    ["you can forget the allotment number now", "the allotment number"],
    ["forget where the boat key is", "the boat key"],
    ["forget my old locker combination", "my old locker combination"],
    ["you can forget when our bin day was", "our bin day"],
    ["forget that my car is on level 3", null],
    ["forget where you put it", null],
    ["i forgot about the meeting", null],
    ["what do you know about my car", null],
  ])("forgetKeptAbout(%j) = %j", (text, subject) => {
    expect(forgetKeptAbout(text)).toBe(subject);
  });

  it.each([
    ["howdy", true],
    ["kia ora", true],
    ["hiya mate", true],
    ["good day to you", true],
    ["howdy do you know where my keys are", false],
    ["morning run is at 7", false],
    // South African and Nigerian greetings.
    ["howzit", true],
    ["how far", true],
    ["how far is the station", false],
    // Whoever is greeted is any term of address.
    ["morning hen", true],
    ["howzit boet", true],
    ["morning honey is on the shelf", false],
  ])("isGreeting(%j) = %j", (text, greeting) => {
    expect(isGreeting(text)).toBe(greeting);
  });

  // Letting it go, said alone (the lead's own use: "never mind" and "stop" got "Sorry, I didn't understand that"; the others invented).
  it.each([
    ["never mind", true],
    ["nevermind then", true],
    ["stop", true],
    ["no thanks", true],
    ["don't worry about it", true],
    ["ignore me", true],
    ["that's all thanks", false],
    ["stop the timer", false],
    ["nothing is in the fridge", false],
    ["never mind the dentist remind me about the vet", false],
  ])("isDismissal(%j) = %j", (text, dismissal) => {
    expect(isDismissal(text)).toBe(dismissal);
  });

  // Praise, said alone (the lead's own use: "you're brilliant" got the capability list; the others invented).
  it.each([
    ["you're brilliant", true],
    ["you are a star", true],
    ["well done", true],
    ["good job mate", true],
    ["nice one cheers", false],
    ["you are a star thanks", false],
    ["you're brilliant at remembering my keys", false],
    ["my son is brilliant", false],
  ])("isCompliment(%j) = %j", (text, praise) => {
    expect(isCompliment(text)).toBe(praise);
  });

  // Taking leave, said alone (round 20: fresh-18's "right i'm off ta ra", the round's own "that's me off then cheerio",
  // "ta ta for now", "toodle pip"; the others invented), in the router's token text. "ta" alone thanks; a plan is kept.
  it.each([
    ["i am off ta ra", true],
    ["that is me off then cheerio", true],
    ["ta ta for now", true],
    ["toodle pip", true],
    ["i am heading off now see ya", true],
    ["laters", true],
    ["ta ra love", true],
    ["i have got to go", true],
    ["ta", false],
    ["ta muchly", false],
    ["i am off to the dentist on friday", false],
    ["see you at the match on saturday", false],
  ])("isFarewell(%j) = %j", (text, farewell) => {
    expect(isFarewell(text)).toBe(farewell);
  });

  it.each([
    ["is your back end healthy", true],
    ["how are your systems holding up", true],
    ["run a check on your servers", true],
    ["how are you doing", false],
    ["what time are the church services on sunday", false],
    ["my server is down", false],
    // A status report asked for by name.
    ["give me a status report", true],
    ["can i get a quick status update", true],
    ["status check", true],
    ["what's the status of my order", false],
    ["give me a report on the match", false],
    // ... of the system the user talks to, or of the assistant itself; not of another system.
    ["can i have a health check on the system", true],
    ["status update for your servers", true],
    ["give me a quick status report on yourself", true],
    ["give me a status report on the heating system", false],
    ["status update on the kitchen", false],
    // What the assistant does to hear and answer, named by what it does.
    ["is the voice recognition up", true],
    ["is your text to speech still working", true],
    ["is the wake word detection broken", true],
    ["is the speech recognition on my phone any good", false],
    ["is the transcription of my meeting ready", false],
    // Where it keeps things, and a check ordered on the system or on the assistant itself.
    ["is the database ok", true],
    ["is your database down", true],
    ["is the database at work ok", false],
    ["check the system", true],
    ["test yourself", true],
    ["diagnose your services", true],
    ["check the heating system", false],
    ["check my emails", false],
    // Its state asked for as a thing; another's state is not.
    ["what is the status of the system", true],
    ["what is the current state of your servers", true],
    ["what is your status", true],
    ["what state are the services in", true],
    ["health of the services", true],
    ["what is the status of my order", false],
    ["what is the state of the kitchen", false],
    // Its health asked after: the system as a whole, all or any of its services, everything on its side.
    ["is the whole system running smoothly", true],
    ["are any services down", true],
    ["how are the servers doing", true],
    ["is everything running okay on your end", true],
    ["is the assistant system healthy", true],
    ["is the system at work down", false],
    ["is the heating working", false],
    ["is the heating system ok", false],
    ["is the shop open", false],
    ["are all the trains running", false],
    // "you" takes what a machine is; "are you ok" is its wellbeing.
    ["are you online", true],
    ["are you fully operational", true],
    ["are you ok", false],
    ["are you alright", false],
    // A fault asked after in it; in the user's own thing, not.
    ["are there any problems with the system", true],
    ["is there anything wrong with you", true],
    ["any issues with my car", false],
    // Checks by name and checks that everything is up.
    ["run a self test", true],
    ["system status", true],
    ["system health", true],
    ["check the system health", true],
    ["check if everything's online", true],
    ["run a mile", false],
    ["check if the shop is open", false],
    // What it hears with, as "your" (round 12: fresh-10's first; the rest invented); a court's hearing is not.
    ["is your hearing working alright", true],
    ["is your microphone ok", true],
    ["is the system working all right", true],
    ["is the hearing still on", false],
    ["is your hearing ok", true],
    ["is my hearing aid working", false],
    // Its status or health, named as "your", checked (round 14: fresh-12's first; the rest invented); another's is not.
    ["check your status", true],
    ["check your health", true],
    ["test your overall status", true],
    ["check the status of my order", false],
    ["check my status", false],
  ])("asksAfterOwnServices(%j) = %j", (text, asks) => {
    expect(asksAfterOwnServices(text)).toBe(asks);
  });

  // One of its services by its catalog name, asked after as a machine is (round 19: fresh-17's first; the others invented).
  it.each([
    ["is the health monitor ok", "health-monitor"],
    ["is the session memory service running", "session-memory"],
    ["is the memory orchestrator down", "memory-orchestrator"],
    ["is the heart monitor ok", undefined],
    ["is the coordinator ok", undefined],
  ])("serviceAskedAfter(%j) = %j", (text, service) => {
    expect(serviceAskedAfter(text)).toBe(service);
  });

  const askedPassport = [
    { role: "user" as const, content: "where did I put my passport" },
    { role: "assistant" as const, content: "Your passport is in the drawer.", intent: "recall", subject: "my passport" },
  ];
  it.each([
    ["and my driving licence?", askedPassport, { question: "where did I put my driving licence", subject: "my driving licence" }],
    ["what about the spare keys", askedPassport, { question: "where did I put the spare keys", subject: "the spare keys" }],
    ["and what about the postman, did i tell you his name", askedPassport, null],
    ["and my driving licence?", carFact, null],
    ["my driving licence is in the car", askedPassport, null],
  ])("sameQuestionAbout(%j)", (text, recent, expected) => {
    expect(sameQuestionAbout(text, recent)).toEqual(expected);
  });

  it.each([
    ["could you tell me the time", { asks: "time" }],
    ["could you tell me the date", { asks: "date" }],
    ["which year are we in", { asks: "date" }],
    ["which day is it today", { asks: "weekday" }],
    ["is it monday", {}],
  ])("clockAsked(%j) = %j", (text, asks) => {
    expect(clockAsked(tokenize(text))).toEqual(asks);
  });

  // The place a clock question asks about (the lead's own use: "what's the time in new york" got the time here; the others invented).
  it.each([
    ["what's the time in new york", { place: "new york" }],
    ["what time is it in tokyo right now", { place: "tokyo" }],
    ["what's the date over in sydney please", { place: "sydney" }],
    ["what time is it in rio de janeiro", { place: "rio de janeiro" }],
    ["what time is it", {}],
    ["what time is it in the morning", {}],
    ["what time is it here", {}],
    ["what's the date in 3 days", {}],
    ["what day is it in december", {}],
    ["what time is it in this house", {}],
  ])("clockPlace(%j) = %j", (text, place) => {
    expect(clockPlace(text)).toEqual(place);
  });

  it.each([
    ["what time's it", "what time is it"],
    ["what day's it today", "what day is it today"],
    ["what's the time", "what is the time"],
    // Before anything but a pronoun, "'s" is whose.
    ["my sister's car", "my sister's car"],
    ["what time's the match", "what time's the match"],
  ])("tokenize(%j) reads %j", (text, words) => {
    expect(tokenize(text).map((w) => w.text).join(" ")).toBe(words);
  });
});

describe("suppliesRequest", () => {
  // The lead's own use: "we're out of milk", "we've run out of coffee" and "we need more bin bags" were "can't help with
  // controlling devices", "what are we out of" the capability list; the others invented.
  it.each([
    ["we're out of milk", { intent: "remember", slots: { fact: "we're out of milk" } }],
    ["We've run out of coffee.", { intent: "remember", slots: { fact: "we've run out of coffee" } }],
    ["we need more bin bags", { intent: "remember", slots: { fact: "we need more bin bags" } }],
    ["i'm running low on printer ink", { intent: "remember", slots: { fact: "i'm running low on printer ink" } }],
    ["we are nearly out of dishwasher tablets", { intent: "remember", slots: { fact: "we are nearly out of dishwasher tablets" } }],
    ["what are we out of", { intent: "recall", slots: { shortfalls: "true" } }],
    ["what do we need from the shops", { intent: "recall", slots: { shortfalls: "true" } }],
    ["what do i need to buy", { intent: "recall", slots: { shortfalls: "true" } }],
    ["i'm out of time", null],
    ["we need more time", null],
    ["are we out of coffee", null],
    ["we need to leave at 5", null],
    ["turn off the lights", null],
    // Round 25: asked in a learner's order (fresh-23's "what we are out of?", the round's own "what things we are out of").
    ["what we are out of?", { intent: "recall", slots: { shortfalls: "true" } }],
    ["what things we are out of", { intent: "recall", slots: { shortfalls: "true" } }],
    ["what else are we low on", { intent: "recall", slots: { shortfalls: "true" } }],
    ["what we are doing tonight", null],
  ])("%j", (text, expected) => {
    expect(suppliesRequest(text)).toEqual(expected);
  });

  // Round 25: another thing run short of, right after one was kept (fresh-23's "also out of bin bags", the round's own
  // "and out of porridge oats too"; the others invented); with nothing run short of before it, or after anything else, no.
  const shortOfLiquid: RecentTurn[] = [
    { role: "user", content: "we are out of washing up liquid" },
    { role: "assistant", content: "Okay, I'll remember that you are out of washing up liquid.", intent: "remember", fact: "we are out of washing up liquid" },
  ];
  const lowOnInk: RecentTurn[] = [{ role: "assistant", content: "Okay.", intent: "remember", fact: "i'm running low on printer ink" }];
  it.each([
    ["also out of bin bags", shortOfLiquid, { intent: "remember", slots: { fact: "we are out of bin bags" } }],
    ["and out of porridge oats too", shortOfLiquid, { intent: "remember", slots: { fact: "we are out of porridge oats" } }],
    ["we're also low on sugar", shortOfLiquid, { intent: "remember", slots: { fact: "we are low on sugar" } }],
    ["and short of paper as well", lowOnInk, { intent: "remember", slots: { fact: "i am short of paper" } }],
    ["also out of bin bags", [], null],
    ["out of interest, what's the time", carFact, null],
    ["also out of bin bags", carFact, null],
  ])("%j after %j", (text, recent, expected) => {
    expect(suppliesRequest(text, recent)).toEqual(expected);
  });
});


describe("chanceRequest", () => {
  // The lead's own use: "flip a coin", "roll a dice" were "jokes, stories and songs", "pick a number between 1 and 10"
  // "controlling devices"; the others invented.
  it.each([
    ["flip a coin", { kind: "chance", draw: "coin" }],
    ["heads or tails?", { kind: "chance", draw: "coin" }],
    ["roll a dice", { kind: "chance", draw: "die", sides: "6" }],
    ["can you roll a 20 sided die", { kind: "chance", draw: "die", sides: "20" }],
    ["roll a d12", { kind: "chance", draw: "die", sides: "12" }],
    ["pick a number between 1 and 10", { kind: "chance", draw: "number", from: "1", to: "10" }],
    ["pick a random number from fifty to one", { kind: "chance", draw: "number", from: "1", to: "50" }],
    // Several at once (the lead's own use: "roll two dice" was "controlling devices").
    ["roll two dice", { kind: "chance", draw: "die", sides: "6", count: "2" }],
    ["roll a pair of dice", { kind: "chance", draw: "die", sides: "6", count: "2" }],
    ["throw 3 dice", { kind: "chance", draw: "die", sides: "6", count: "3" }],
    ["roll two 20-sided dice", { kind: "chance", draw: "die", sides: "20", count: "2" }],
    ["what number is my locker", null],
    ["roll the windows up", null],
    ["roll two windows down", null],
  ])("%j", (text, slots) => {
    expect(chanceRequest(text)).toEqual(slots && { intent: "calculate", slots });
  });
});

describe("ownPlanStatement", () => {
  // The lead's own use: "i'm going to london on friday" was "can't help with travel and directions"; the others invented.
  it.each([
    ["i'm going to london on friday", "i'm going to london on friday"],
    ["We're flying to Spain next Tuesday.", "we're flying to spain next tuesday"],
    ["i'm off to leeds tomorrow", "i'm off to leeds tomorrow"],
    ["we're having people over on the 14th", "we're having people over on the 14th"],
    ["i'm going to bed", null],
    ["I'm off now, bye", null],
    ["we're leaving right now", null],
    ["i'm going to london", null],
    ["am i going to london on friday", null],
    ["are we flying on tuesday?", null],
  ])("%j", (text, fact) => {
    expect(ownPlanStatement(text)).toEqual(fact && { intent: "remember", slots: { fact } });
  });
});

describe("ownMeasureRequest", () => {
  // The lead's own use: "i weigh 82 kilos" was "can't help with opinions", "how much do i weigh" not understood; the others invented.
  it.each([
    ["i weigh 82 kilos", { intent: "remember", slots: { fact: "i weigh 82 kilos" } }],
    ["I'm 5 foot 10.", { intent: "remember", slots: { fact: "i'm 5 foot 10" } }],
    ["i ran five k this morning", { intent: "remember", slots: { fact: "i ran five k this morning" } }],
    ["we paid 40 pounds for the tickets", { intent: "remember", slots: { fact: "we paid 40 pounds for the tickets" } }],
    ["how much do i weigh", { intent: "recall", slots: { question: "how much do i weigh" } }],
    ["how tall am i?", { intent: "recall", slots: { question: "how tall am i" } }],
    ["am i 40?", null],
    ["i weigh too much", null],
    ["i'm tired", null],
    ["how much does a car weigh", null],
  ])("%j", (text, expected) => {
    expect(ownMeasureRequest(text)).toEqual(expected);
  });
});

describe("round 23: what wraps a request, letting it go, a timer run on", () => {
  // Round 23: fresh-21's "sasa what time is it in nairobi", "how old am I then", "no wait, cancel it", "jot down that the
  // water meter reading was 04512", "can you remember for me that I take the blue pill at night"; the round's own and
  // invented ones; cases that must not change.
  it.each([
    ["sasa what time is it in nairobi", "what time is it in nairobi"],
    ["sasa, set a timer for 4 minutes", "set a timer for 4 minutes"],
    ["how old am I then", "how old am I"],
    ["what's the time then", "what's the time"],
    ["where are my keys then?", "where are my keys"],
    ["no wait, cancel it", "cancel it"],
    ["no hang on, make it 7 pm", "make it 7 pm"],
    ["jot down that the water meter reading was 04512", "write down that the water meter reading was 04512"],
    ["jot it down", "write down"],
    ["can you remember for me that I take the blue pill at night", "remember that I take the blue pill at night"],
    ["note down for me the gate code is 4411", "note down the gate code is 4411"],
    // Not changed: a correction's "no wait", "then" in a statement or order, "for me" at the end or elsewhere.
    ["no wait, it's the bottom shelf", "no wait, it's the bottom shelf"],
    ["remind me at 5 then", "remind me at 5 then"],
    ["what have you got down for me then", "what have you got down for me"],
    ["bye then", "bye then"],
    ["the plumber comes on friday for me", "the plumber comes on friday"],
    ["set a timer for me", "set a timer"],
    // Irish English's "would you ever" (fresh-21's "would you ever time six minutes for the eggs", kept as a fact).
    ["would you ever time six minutes for the eggs", "time six minutes for the eggs"],
    ["would you ever set a timer for ten minutes", "set a timer for ten minutes"],
  ])("requestCore(%j) = %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  // The token text spells contractions out: "it doesn't matter" arrives as "it does not matter" (fresh-21's "oh it
  // doesn't matter", the round's own "oh don't worry about it").
  it.each([
    ["it does not matter", true],
    ["does not matter", true],
    ["do not worry about it", true],
    ["do not worry", true],
    ["it doesn't matter", true],
    ["never mind then", true],
    ["it does not matter what time", false],
    ["do not worry about the bins", false],
  ])("isDismissal(%j) = %j", (text, dismissal) => {
    expect(isDismissal(text)).toBe(dismissal);
  });

  const paused: RecentTurn[] = [
    { role: "user", content: "pause it" },
    { role: "assistant", content: "Your timer is paused with 14 minutes left.", intent: "timer" },
  ];
  const remembered: RecentTurn[] = [
    { role: "user", content: "my car is on level 5" },
    { role: "assistant", content: "Okay, I'll remember that your car is on level 5.", intent: "remember", fact: "my car is on level 5" },
  ];
  // Fresh-21's "ok carry on" after "hold on, pause it", the round's own "keep going" and "continue"; after another turn,
  // or with something named after it, it is not the timer's.
  it.each([
    ["carry on", paused, { intent: "timer", slots: { action: "resume" } }],
    ["keep going", paused, { intent: "timer", slots: { action: "resume" } }],
    ["keep it going", paused, { intent: "timer", slots: { action: "resume" } }],
    ["continue", paused, { intent: "timer", slots: { action: "resume" } }],
    ["carry on", remembered, null],
    ["keep going", [], null],
    ["carry on playing the album", paused, null],
  ])("timerRequestOf(%j) after a turn", (text, recent, expected) => {
    expect(timerRequestOf(text, recent as RecentTurn[])).toEqual(expected);
  });
});

describe("round 23: an alarm said tersely", () => {
  // Fresh-21's "alarm 5:45 am" was not understood; the others invented. Digits after "alarm" that are no moment alone
  // are not an alarm to set.
  it.each([
    ["alarm 5:45 am", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5:45 am" } }],
    ["alarm 7 tomorrow", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7 tomorrow" } }],
    ["alarm 6:30 every weekday", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6:30", repeat: "weekdays" } }],
    ["alarm for 6", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6" } }],
    ["alarm 1234 is the code", null],
  ])("timerRequestOf(%j)", (text, expected) => {
    expect(timerRequestOf(text)).toEqual(expected);
  });
});

describe("round 23: deleting one's own thing", () => {
  // Fresh-21's "please delete my locker number" (the router's token text has no "please") was a question; the others
  // invented. What a device keeps, and anything not one's own, is not read here.
  it.each([
    ["delete my locker number", "my locker number"],
    ["erase our wifi password", "our wifi password"],
    ["wipe my gym locker code now", "my gym locker code"],
    ["delete my emails", null],
    ["erase my photos from the phone", null],
    ["delete the spam", null],
  ])("forgetKeptAbout(%j) = %j", (text, subject) => {
    expect(forgetKeptAbout(text)).toBe(subject);
  });
});

describe("round 24: what wraps a request, the assistant's insides, a draw again, deleting what was just kept", () => {
  // Round 24: fresh-22's "for the record, the boiler was serviced ...", "remember this: Theodora's birthday ...", "store this
  // please, my alarm code is 5819", "aye, we've run out of dishwasher tablets", "nah, never mind", "please remember me to
  // water the tomatoes at 8 in the evening"; the round's own and invented ones; cases that must not change.
  it.each([
    ["for the record, the boiler was serviced on the 3rd of November", "the boiler was serviced on the 3rd of November"],
    ["just for the record my blood type is o negative", "my blood type is o negative"],
    ["remember this: Theodora's birthday is on the 9th of February", "remember that Theodora's birthday is on the 9th of February"],
    ["store this please, my alarm code is 5819", "remember that my alarm code is 5819"],
    ["keep this in mind, my sister is vegetarian", "remember that my sister is vegetarian"],
    ["note this: the recycling goes out on tuesdays", "remember that the recycling goes out on tuesdays"],
    ["aye, we've run out of dishwasher tablets", "we've run out of dishwasher tablets"],
    ["yeah, the fuses are in the drawer", "the fuses are in the drawer"],
    ["nah, never mind", "never mind"],
    ["nope never mind", "never mind"],
    ["please remember me to water the tomatoes at 8 in the evening", "remind me to water the tomatoes at 8 in the evening"],
    // Not changed: "this" with nothing after a comma, "remember me to" someone, "yeah" or "nah" alone, "record" as a thing.
    ["remember this song", "remember this song"],
    ["save this for later", "save this for later"],
    ["remember me to your mother", "remember me to your mother"],
    ["yeah", "yeah"],
    ["nah", "nah"],
    ["remember that the record player is in the loft", "remember that the record player is in the loft"],
  ])("requestCore(%j) = %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  // Fresh-22's "any of your bits broken, eh" (the router's token text has no ", eh") and "are you all healthy in there";
  // the round's own; someone else's bits, and "are you ok" alone (its wellbeing), are not the status.
  it.each([
    ["any of your bits broken", true],
    ["are you all healthy in there", true],
    ["is any of your stuff broken", true],
    ["are all your bits working", true],
    ["everything ok in there", true],
    ["is everything alright in there", true],
    ["are you ok", false],
    ["are my bits ok", false],
    ["is your stuff in the car", false],
    ["are your parents ok", false],
  ])("asksAfterOwnServices(%j) = %j", (text, asked) => {
    expect(asksAfterOwnServices(text)).toBe(asked);
  });

  const drawn = (said: string): RecentTurn[] => [
    { role: "user", content: said },
    { role: "assistant", content: "It's heads.", intent: "calculate" },
  ];
  // Fresh-22's "flip another one" after "flip a coin"; the round's own "roll again" (the wrappers leave "roll"); after a
  // sum, or with nothing drawn before, it is no draw.
  it.each([
    ["flip another one", drawn("flip a coin"), { kind: "chance", draw: "coin" }],
    ["roll", drawn("roll a dice"), { kind: "chance", draw: "die", sides: "6" }],
    ["do it", drawn("roll a d20"), { kind: "chance", draw: "die", sides: "20" }],
    ["another one", drawn("pick a number between 1 and 10"), { kind: "chance", draw: "number", from: "1", to: "10" }],
    ["flip it again", [...drawn("flip a coin"), { role: "user", content: "again" }, { role: "assistant", content: "It's tails.", intent: "calculate" }] as RecentTurn[], { kind: "chance", draw: "coin" }],
    ["another one", drawn("what's 6 times 7"), null],
    ["roll", [], null],
  ])("chanceAgain(%j)", (text, recent, slots) => {
    expect(chanceAgain(text, recent)).toEqual(slots && { intent: "calculate", slots });
  });

  // Fresh-22's "what size shoe does Finnegan take" was not understood; the round's own and invented ones. A thing's size is the world's.
  it.each([
    ["what size shoe does finnegan take", "finnegan's shoe size"],
    ["what size jumper does oliver wear", "oliver's jumper size"],
    ["what shoe size does grandad take", "grandad's shoe size"],
    ["what size battery does the remote take", "the remote take"],
    // A state of the user's own (the lead's own use: "what am i allergic to" after "i'm allergic to penicillin" was not understood).
    ["what am i allergic to", "allergic"],
    ["am i allergic to anything", "allergic"],
    ["what are we signed up for", "signed up"],
    ["what am i doing", null],
  ])("askedThing(%j) = %j", (text, thing) => {
    expect(askedThing(tokenize(text))).toBe(thing);
  });
});

describe("round 24: timers and reminders said another way", () => {
  // Fresh-22's "quarter of an hour" (was 1 hour), "on weekdays remind me at 7:15 to pack the lunches" (a recall), the
  // round's own repeats said first, and a task's particle before "at" ("take the washing in at 6"); cases that must not change.
  it.each([
    ["stick a timer on for quarter of an hour", { intent: "timer", slots: { action: "start", durationMs: "900000" } }],
    ["set a timer for a quarter of an hour", { intent: "timer", slots: { action: "start", durationMs: "900000" } }],
    ["timer for three quarters of an hour", { intent: "timer", slots: { action: "start", durationMs: "2700000" } }],
    ["on weekdays remind me at 7:15 to pack the lunches", { intent: "reminder", slots: { action: "start", task: "pack the lunches", when: "at 7:15", repeat: "weekdays" } }],
    ["every day remind me at 8 am to take my vitamins", { intent: "reminder", slots: { action: "start", task: "take my vitamins", when: "at 8 am", repeat: "P1D" } }],
    ["every monday remind me at 7 pm to put the bins out", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "on monday at 7 pm", repeat: "P1W" } }],
    ["on mondays at 10 am remind me to water the plants", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "on monday at 10 am", repeat: "P1W" } }],
    ["tomorrow at 5 remind me to call bob", { intent: "reminder", slots: { action: "start", task: "call bob", when: "tomorrow at 5" } }],
    ["remind me to take the washing in at 6 pm", { intent: "reminder", slots: { action: "start", task: "take the washing in", when: "at 6 pm" } }],
    ["remind me to bring the bins in at 7", { intent: "reminder", slots: { action: "start", task: "bring the bins in", when: "at 7" } }],
    ["remind me to water the plants in the evening", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "evening" } }],
    ["remind me to call mum on friday at 6", { intent: "reminder", slots: { action: "start", task: "call mum", when: "on friday at 6" } }],
    // Several timers at once (fresh-22's "set two timers, one for 4 minutes and one for 9"; the others invented): a bare
    // number takes the unit said with another. One length, or no length, is as before.
    ["set two timers, one for 4 minutes and one for 9", { intent: "timer", slots: { action: "start", durationMs: "240000", moreMs: "540000" } }],
    ["i need two timers, one for 4 and another for 9 minutes", { intent: "timer", slots: { action: "start", durationMs: "240000", moreMs: "540000" } }],
    ["set 3 timers: one for 5 minutes, one for 20 minutes and one for 1 hour", { intent: "timer", slots: { action: "start", durationMs: "300000", moreMs: "1200000,3600000" } }],
    ["set a timer for 10 minutes", { intent: "timer", slots: { action: "start", durationMs: "600000" } }],
    ["set 2 timers", null],
    // Back to its whole length, and its state asked (the lead's own use: "reset the timer" was not understood, "timer
    // status" was the system's status); "restart" is run on, as after a pause.
    ["reset the timer", { intent: "timer", slots: { action: "reset" } }],
    ["reset the pasta timer", { intent: "timer", slots: { action: "reset", label: "pasta" } }],
    ["start the egg timer over", { intent: "timer", slots: { action: "reset", label: "egg" } }],
    ["timer status", { intent: "timer", slots: { action: "time_left" } }],
    ["restart the timer", { intent: "timer", slots: { action: "resume" } }],
    // One timer with its length, then another (the lead's own use: one timer of 15 minutes was set).
    ["set a timer for 5 minutes and another for 10 minutes", { intent: "timer", slots: { action: "start", durationMs: "300000", moreMs: "600000" } }],
    ["set a timer for 5 minutes and another one for 10", { intent: "timer", slots: { action: "start", durationMs: "300000", moreMs: "600000" } }],
    ["start a timer for 3 minutes and a second timer for 8 minutes", { intent: "timer", slots: { action: "start", durationMs: "180000", moreMs: "480000" } }],
    ["set a timer for 1 hour and 30 minutes", { intent: "timer", slots: { action: "start", durationMs: "5400000" } }],
  ])("timerRequestOf(%j)", (text, expected) => {
    expect(timerRequestOf(text)).toEqual(expected);
  });
});

describe("round 25: a fact then \"remember that\", reminders said without \"to\" or for \"us\", a countdown, \"anything down\"", () => {
  // Fresh-23's "Gate combo for the back paddock is 7719. Remember that.", "remind us to phone the gas board tomorrow at 11",
  // "remind me submit the assignment"; the round's own and invented ones; cases that must not change.
  it.each([
    ["Gate combo for the back paddock is 7719. Remember that.", "remember that Gate combo for the back paddock is 7719"],
    ["Code for the bike shed is 5520. Please remember that.", "remember that Code for the bike shed is 5520"],
    ["the wheelie bin key is on the nail by the door, remember that", "remember that the wheelie bin key is on the nail by the door"],
    ["tractor key's on the hook in the machinery shed. remember that", "remember that tractor key's on the hook in the machinery shed"],
    ["remind us to phone the gas board tomorrow at 11", "remind me to phone the gas board tomorrow at 11"],
    ["remind me submit the assignment", "remind me to submit the assignment"],
    ["remind me pay the window cleaner tomorrow at 10 am", "remind me to pay the window cleaner tomorrow at 10 am"],
    ["ping me renew the car tax on friday", "ping me to renew the car tax on friday"],
    // Not changed: a moment, a number, a determiner or a joining word after "remind me"; "remember that" as the fact's
    // own lead, after an order of its own, or asked.
    ["remind me tomorrow to call bob", "remind me tomorrow to call bob"],
    ["remind me monday at 5 to call bob", "remind me monday at 5 to call bob"],
    ["remind me noon tomorrow", "remind me noon tomorrow"],
    ["remind me half an hour before", "remind me half an hour before"],
    ["remind me about the parcel tomorrow at 9 am", "remind me about the parcel tomorrow at 9 am"],
    ["remind me my locker code", "remind me my locker code"],
    ["remind me later", "remind me later"],
    ["remember that the gate code is 4471", "remember that the gate code is 4471"],
    ["forget the old code, remember this", "forget the old code, remember this"],
    ["where did i put it, remember that?", "where did i put it, remember that?"],
    ["do you remember that", "do you remember that"],
  ])("requestCore(%j) = %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  // Fresh-23's "count down fifteen minutes for me", the round's own "count down ten minutes please"; no length, no timer.
  it.each([
    ["count down fifteen minutes for me", { intent: "timer", slots: { action: "start", durationMs: "900000" } }],
    ["count down ten minutes please", { intent: "timer", slots: { action: "start", durationMs: "600000" } }],
    ["countdown 3 minutes", { intent: "timer", slots: { action: "start", durationMs: "180000" } }],
    ["count down from ten", null],
  ])("timerRequestOf(%j)", (text, expected) => {
    expect(timerRequestOf(text)).toEqual(expected);
  });

  // Fresh-23's "anything down?", the round's own "anything offline"; a fault of something named, or the user's, is not it.
  it.each([
    ["anything down", true],
    ["anything offline", true],
    ["is anything not working", true],
    ["is anything down", true],
    ["anything down the back of the sofa", false],
    ["anything wrong with my car", false],
    ["anything else", false],
  ])("asksAfterOwnServices(%j) = %j", (text, asked) => {
    expect(asksAfterOwnServices(text)).toBe(asked);
  });

  // Fresh-23's "what I just ask?", the round's own "what I just say?"; without "just", or about something, not the last turn.
  it.each([
    ["what I just ask?", { intent: "conversation", slots: { asks: "last_user_turn" } }],
    ["what I just say?", { intent: "conversation", slots: { asks: "last_user_turn" } }],
    ["what i just told you", null],
    ["what i just said about the plumber", null],
    ["what i said was wrong", null],
  ])("followUp(%j)", (text, expected) => {
    expect(followUp(text, [])).toEqual(expected);
  });
});

describe("round 26: alarms and reminders said as notes or by a place, a timer ordered with more words, what wraps a request", () => {
  // Fresh-24's "Please set alarm 7 am tomorrow", "alarm 5:15 am weekdays", "Reminder: calibrate the pH meter, Friday,
  // 8:30 am.", "Remind me when I'm at the hardware store to buy wood glue", "how much time remain?"; the round's own and
  // invented ones; cases that must not change.
  it.each([
    ["set alarm 7 am tomorrow", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7 am tomorrow" } }],
    ["can you set alarm for 6:30 am tomorrow", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6:30 am tomorrow" } }],
    ["i need alarm at 5", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5" } }],
    ["alarm 5:15 am weekdays", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 5:15 am", repeat: "weekdays" } }],
    ["alarm 6 am saturdays", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 6 am on saturday", repeat: "P1W" } }],
    ["remind me to water the plants mondays at 10 am", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "on monday at 10 am", repeat: "P1W" } }],
    ["Reminder: calibrate the pH meter, Friday, 8:30 am.", { intent: "reminder", slots: { action: "start", task: "calibrate the ph meter", when: "friday 8:30 am" } }],
    ["Reminder - renew the passport, Monday, 10 am", { intent: "reminder", slots: { action: "start", task: "renew the passport", when: "monday 10 am" } }],
    ["reminder: to pay the gardener tomorrow at 5 pm", { intent: "reminder", slots: { action: "start", task: "pay the gardener", when: "tomorrow at 5 pm" } }],
    ["Remind me when I'm at the hardware store to buy wood glue", { intent: "reminder", slots: { action: "start", task: "buy wood glue", when: "", trigger: "when i'm at the hardware store" } }],
    ["remind me when I get to the pharmacy to pick up my prescription", { intent: "reminder", slots: { action: "start", task: "pick up my prescription", when: "", trigger: "when i get to the pharmacy" } }],
    ["how much time remain?", { intent: "timer", slots: { action: "time_left" } }],
    ["how many minutes remain", { intent: "timer", slots: { action: "time_left" } }],
    // Not changed: an alarm set with its article, a reminder's place said after the task, the reminders listed, a
    // house alarm, a single weekday, a note that is no reminder.
    ["set an alarm for 7 am tomorrow", { intent: "reminder", slots: { action: "start", task: "wake up", when: "at 7 am tomorrow" } }],
    ["remind me to get milk when i'm at the shop", { intent: "reminder", slots: { action: "start", task: "get milk", when: "", trigger: "when i'm at the shop" } }],
    ["remind me on monday at 10 am to water the plants", { intent: "reminder", slots: { action: "start", task: "water the plants", when: "on monday at 10 am" } }],
    ["what reminders do i have", { intent: "reminder", slots: { action: "list" } }],
    ["the burglar alarm code is 4471", null],
    ["how much time is left", { intent: "timer", slots: { action: "time_left" } }],
  ])("timerRequestOf(%j)", (text, expected) => {
    expect(timerRequestOf(text)).toEqual(expected);
  });

  const timerRunning: RecentTurn[] = [
    { role: "user", content: "set a rice timer for 18 minutes" },
    { role: "assistant", content: "Okay, your rice timer is set for 18 minutes, starting now.", intent: "timer" },
  ];
  // Fresh-24's "cancel it I'm done", "pause it there a sec", "and a chicken one for 35"; the round's own "stop it, I'm
  // finished", "hold it there a moment", "and a sauce one for 25"; after another turn none is a timer's.
  it.each([
    ["cancel it I'm done", timerRunning, { intent: "timer", slots: { action: "cancel" } }],
    ["stop it, I'm finished", timerRunning, { intent: "timer", slots: { action: "cancel" } }],
    ["pause it there a sec", timerRunning, { intent: "timer", slots: { action: "pause" } }],
    ["hold it there a moment", timerRunning, { intent: "timer", slots: { action: "pause" } }],
    ["pause it for a minute", timerRunning, { intent: "timer", slots: { action: "pause" } }],
    ["and a chicken one for 35", timerRunning, { intent: "timer", slots: { action: "start", durationMs: "2100000", label: "chicken" } }],
    ["and a sauce one for 25", timerRunning, { intent: "timer", slots: { action: "start", durationMs: "1500000", label: "sauce" } }],
    ["another one for 10 minutes", timerRunning, { intent: "timer", slots: { action: "start", durationMs: "600000" } }],
    ["cancel it I'm done", [], null],
    ["pause it there a sec", [], null],
    ["and a chicken one for 35", [], null],
    ["stop it, I'm finished with the report", timerRunning, null],
  ])("timerRequestOf(%j) in its conversation", (text, recent, expected) => {
    expect(timerRequestOf(text, recent)).toEqual(expected);
  });

  // Fresh-24's "grand, start it again", "Do one thing, make it 6 instead", "och, cancel that", "huh what did you just say",
  // "what's happening on Friday po", "100 kilometre is how many miles", "mind that the boiler pressure should be 1.5 bar";
  // the round's own and invented ones; cases that must not change.
  it.each([
    ["grand, start it again", "start it"],
    ["do one thing, make it 6 instead", "make it 6 instead"],
    ["you know what, make it 10 instead", "make it 10 instead"],
    ["och, cancel that", "cancel that"],
    ["ach, cancel that one", "cancel that one"],
    ["huh what did you just say", "what did you just say"],
    ["what's happening on Friday po", "what's happening on Friday"],
    ["what time is it po?", "what time is it"],
    ["100 kilometre is how many miles", "how many miles is 100 kilometre"],
    ["50 miles is how many kilometres", "how many kilometres is 50 miles"],
    ["mind that the boiler pressure should be 1.5 bar", "remember that the boiler pressure should be 1.5 bar"],
    ["mind that my passport is in the top drawer", "remember that my passport is in the top drawer"],
    ["remind me when I'm at the hardware store to buy wood glue", "remind me when I'm at the hardware store to buy wood glue"],
    // Not changed: "grand" and "you know what" with no comma, a parcel at the post office, a warning, "remind me when" asked.
    ["grand total of 5 and 6", "grand total of 5 and 6"],
    ["you know what i mean", "you know what i mean"],
    ["the parcel is at the po", "the parcel is at the po"],
    ["mind that step", "mind that step"],
    ["remind me when the bins go out", "when the bins go out"],
    ["the drive is 100 miles", "the drive is 100 miles"],
  ])("requestCore(%j) = %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  // Fresh-24's "What you said?", the round's own "what you told?"; a remark on it, or about something, asks nothing again.
  it.each([
    ["What you said?", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what you told?", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what you just said", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what did you just say", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what you said is right", null],
    ["what you said about the plumber", null],
  ])("followUp(%j)", (text, expected) => {
    expect(followUp(text, [])).toEqual(expected);
  });

  // Fresh-24's "you are very good assistant" and "List your capabilities."; the round's own "you are very clever
  // assistant", "tell me your capabilities"; praise of something else, or a memory asked, is neither.
  it.each([
    ["you are very good assistant", true],
    ["you are very clever assistant", true],
    ["you are such a good helper", true],
    ["you are a very helpful assistant", true],
    ["you are brilliant", true],
    ["you are good at maths", false],
    ["you are a good girl", false],
    ["you are late", false],
  ])("isCompliment(%j) = %j", (text, praise) => {
    expect(isCompliment(text)).toBe(praise);
  });

  it.each([
    ["list your capabilities", true],
    ["tell me your capabilities", true],
    ["what are your skills", true],
    ["what are you capable of", true],
    ["list my reminders", false],
    ["tell me my skills", false],
    ["what are your opening hours", false],
  ])("asksWhatItCanDo(%j) = %j", (text, asked) => {
    expect(asksWhatItCanDo(text)).toBe(asked);
  });

  // Fresh-24's "what are cattle fetching at the sale barn this week" (answered by recall) and "play the song remember me
  // from coco" (not understood); the round's own "what are lambs making at the mart today"; a kept sale and a song one
  // remembers are memories.
  it.each([
    ["what are cattle fetching at the sale barn this week", "prices and markets"],
    ["what are lambs making at the mart today", "prices and markets"],
    ["what are ewes averaging at the sales", "prices and markets"],
    ["play the song remember me from coco", "music and media"],
    ["play me the track do not forget me", "music and media"],
    ["remember the sheep sale is on tuesday", null],
    ["remember the song we danced to was moon river", null],
    ["what are the kids making at school", null],
  ])("outOfDomainTopic(%j) = %j", (text, topic) => {
    expect(outOfDomainTopic(text)).toBe(topic);
  });

  // Fresh-24's "And his number?" after "What's my landlord's name again?" (the router's subject "landlord's name" has no
  // "my"); a thing of the user's own, or with nothing asked before, is as before.
  const askedAfter = (question: string, subject: string): RecentTurn[] => [
    { role: "user", content: question },
    { role: "assistant", content: "Your landlord's name is Femi Adeyemi.", intent: "recall", subject },
  ];
  it.each([
    ["And his number?", askedAfter("What's my landlord's name again?", "landlord's name"), { question: "What's my landlord's number again?", subject: "my landlord's number" }],
    ["what about her birthday", askedAfter("what's my sister's address", "my sister's address"), { question: "what's my sister's birthday", subject: "my sister's birthday" }],
    ["and my visa papers?", askedAfter("where have I kept my passport", "passport"), { question: "where have I kept my visa papers", subject: "my visa papers" }],
    ["and my visa papers?", askedAfter("where have I kept my passport", "my passport"), { question: "where have I kept my visa papers", subject: "my visa papers" }],
    ["and his number", [], null],
  ])("sameQuestionAbout(%j)", (text, recent, expected) => {
    expect(sameQuestionAbout(text, recent)).toEqual(expected);
  });
});

describe("round 27: reminders and timers said another way, sums of a shop and a field, greetings, what wraps a request", () => {
  // Fresh-25's "remind me please on Friday at seven in morning ...", "remind bins thu 7am", "... at like 8 tonight",
  // "I need that you remind me of my class of samba at 7 of the night", "... at 5 in evening ..."; the round's own and
  // invented ones; cases that must not change.
  it.each([
    ["remind me please on Friday at seven in morning to bring the invoice to Seamus", { intent: "reminder", slots: { action: "start", task: "bring the invoice to seamus", when: "on friday at 7 in the morning" } }],
    ["remind me at 5 in evening to collect the lads from site", { intent: "reminder", slots: { action: "start", task: "collect the lads from site", when: "at 5 in the evening" } }],
    ["remind me tomorrow at 9 in morning to water the tomatoes", { intent: "reminder", slots: { action: "start", task: "water the tomatoes", when: "tomorrow at 9 in the morning" } }],
    ["remind bins thu 7am", { intent: "reminder", slots: { action: "start", task: "bins", when: "thu 7am" } }],
    ["remind pay rent fri 9am", { intent: "reminder", slots: { action: "start", task: "pay rent", when: "fri 9am" } }],
    ["remind gym tues 6pm", { intent: "reminder", slots: { action: "start", task: "gym", when: "tuesday 6pm" } }],
    ["remind me to put the bins out weds at 7", { intent: "reminder", slots: { action: "start", task: "put the bins out", when: "wednesday at 7" } }],
    ["yo remind me to grind the battle pass at like 8 tonight", { intent: "reminder", slots: { action: "start", task: "grind the battle pass", when: "at 8 tonight" } }],
    ["I need that you remind me of my class of samba at 7 of the night", { intent: "reminder", slots: { action: "start", task: "about my class of samba", when: "at 7 pm" } }],
    ["remind me at 8 of the night to lock the shed", { intent: "reminder", slots: { action: "start", task: "lock the shed", when: "at 8 pm" } }],
    ["remind me at 2 of the night to check the ewes", { intent: "reminder", slots: { action: "start", task: "check the ewes", when: "at 2 am" } }],
    ["I want that you remind me of the dentist at 3 of the afternoon", { intent: "reminder", slots: { action: "start", task: "about the dentist", when: "at 3 in the afternoon" } }],
    ["remind me the morn at 10 am to phone the joiner", { intent: "reminder", slots: { action: "start", task: "phone the joiner", when: "tomorrow at 10 am" } }],
    // Not changed: the article said, "morning" naming a thing, someone else reminded, "like" as a verb.
    ["remind me at 4 in the afternoon to fetch the dog", { intent: "reminder", slots: { action: "start", task: "fetch the dog", when: "at 4 in the afternoon" } }],
    ["remind me to call the morning shift", { intent: "reminder", slots: { action: "start", task: "call the morning shift", when: "" } }],
    ["remind dad to call the garage", null],
    ["remind me to ask if they like it at 5 pm", { intent: "reminder", slots: { action: "start", task: "ask if they like it", when: "at 5 pm" } }],
  ])("timerRequestOf(requestCore(%j))", (text, expected) => {
    expect(timerRequestOf(requestCore(text))).toEqual(expected);
  });

  const timersRunning: RecentTurn[] = [
    { role: "user", content: "and a bottle timer for 10 minutes" },
    { role: "assistant", content: "Okay, your bottle timer is set for 10 minutes, starting now.", intent: "timer" },
  ];
  const remindersListed: RecentTurn[] = [
    { role: "user", content: "What reminders are set?" },
    { role: "assistant", content: "You have one reminder: check the hatchery every weekday at 5:00 AM.", intent: "reminder" },
  ];
  // Fresh-25's "timer, uh, seven minutes, no wait, make it nine, ...", "kill the bottle one, she fell asleep", "how much
  // time's left", "left?", "take off 5 min", "cancel", "Och, cancel that one" after the list; the round's own and
  // invented ones; after another turn none is the timer's or the reminder's.
  it.each([
    ["timer, uh, seven minutes, no wait, make it nine, for the bottle warmer", [], { intent: "timer", slots: { action: "start", durationMs: "540000", label: "bottle warmer" } }],
    ["set a timer for eight minutes, no wait, make it ten, for the rolls", [], { intent: "timer", slots: { action: "start", durationMs: "600000", label: "rolls" } }],
    ["timer, um, 20 minutes, no, 25", [], { intent: "timer", slots: { action: "start", durationMs: "1500000" } }],
    ["set a timer for 1 hour, sorry, 2", [], { intent: "timer", slots: { action: "start", durationMs: "7200000" } }],
    ["kill the bottle one, she fell asleep", timersRunning, { intent: "timer", slots: { action: "cancel", label: "bottle" } }],
    ["stop the bottle timer, it's done", timersRunning, { intent: "timer", slots: { action: "cancel", label: "bottle" } }],
    ["how much time's left", timersRunning, { intent: "timer", slots: { action: "time_left" } }],
    ["left?", timersRunning, { intent: "timer", slots: { action: "time_left" } }],
    ["time remaining?", timersRunning, { intent: "timer", slots: { action: "time_left" } }],
    ["take off 5 min", timersRunning, { intent: "timer", slots: { action: "add", durationMs: "-300000" } }],
    ["cancel", timersRunning, { intent: "timer", slots: { action: "cancel" } }],
    ["Och, cancel that one", remindersListed, { intent: "reminder", slots: { action: "cancel" } }],
    ["cancel that one please", remindersListed, { intent: "reminder", slots: { action: "cancel" } }],
    // Not changed: no correction said, and nothing before to act on.
    ["set a timer for 6 minutes for the eggs", [], { intent: "timer", slots: { action: "start", durationMs: "360000", label: "eggs" } }],
    ["left?", [], null],
    ["Och, cancel that one", [], null],
    ["stop the bottle timer, and set one for 5 minutes", timersRunning, { intent: "timer", slots: { action: "cancel", label: "bottle" } }],
  ])("timerRequestOf(requestCore(%j)) in its conversation", (text, recent, expected) => {
    expect(timerRequestOf(requestCore(text), recent)).toEqual(expected);
  });

  // Fresh-25's "How much is 240 ewes at 85 pounds each", "how many square metres is 4.5 by 3.2", "how many kilos is 30
  // pounds of mackerel", "what's 45 bucks split four ways"; the round's own and invented ones; cases that must not change.
  it.each([
    ["How much is 240 ewes at 85 pounds each", { kind: "arithmetic", expression: "240 * 85", said: "240 at 85 each" }],
    ["what do 30 lambs at 120 pounds each come to", { kind: "arithmetic", expression: "30 * 120", said: "30 at 120 each" }],
    ["how much is 12 bags at 4.50 each", { kind: "arithmetic", expression: "12 * 4.50", said: "12 at 4.50 each" }],
    ["how many square metres is 4.5 by 3.2", { kind: "arithmetic", expression: "4.5 * 3.2", said: "4.5 by 3.2" }],
    ["how many square feet is 12 by 10", { kind: "arithmetic", expression: "12 * 10", said: "12 by 10" }],
    ["how many kilos is 30 pounds of mackerel", { kind: "conversion", expression: "30 lb to kg", amount: "30", fromName: "pounds", toName: "kilos" }],
    ["how many grams is 4 ounces of butter", { kind: "conversion", expression: "4 oz to grams", amount: "4", fromName: "ounces", toName: "grams" }],
    ["convert 5 gallons of diesel to litres", { kind: "conversion", expression: "5 gallons to liter", amount: "5", fromName: "gallons", toName: "litres" }],
    ["what's 45 bucks split four ways", { kind: "arithmetic", expression: "45 / 4", said: "45 split 4 ways" }],
    ["90 quid shared between 3", { kind: "arithmetic", expression: "90 / 3", said: "90 split 3 ways" }],
    ["how many grams is 3 pounds", { kind: "conversion", expression: "3 lb to grams", amount: "3", fromName: "pounds", toName: "grams" }],
    ["split the chores between us", null],
    ["the kids are at school each day", null],
  ])("spokenMath(requestCore(%j))", (text, expected) => {
    expect(spokenMath(requestCore(text))).toEqual(expected);
  });

  // Fresh-25's "roll a dice bhai", "what time is it in Dhaka bhai", "never mind, baby's crying"; the round's own and
  // invented ones; cases that must not change.
  it.each([
    ["roll a dice bhai", "roll a dice"],
    ["flip a coin mate", "flip a coin"],
    ["what time is it in Dhaka bhai", "what time is it in Dhaka"],
    ["never mind, baby's crying", "never mind"],
    ["never mind, the kettle's boiling", "never mind"],
    ["remind me please on friday to call Ann", "remind me on friday to call Ann"],
    ["I want that you set a timer for 5 minutes", "set a timer for 5 minutes"],
    ["set a timer for my mate", "set a timer for my mate"],
    ["never mind, cancel it", "cancel it"],
    ["okay never mind, goodbye", "goodbye"],
    ["never mind, thanks anyway", "thanks anyway"],
    ["my brother is called bhai", "my brother is called bhai"],
  ])("requestCore(%j) is %j", (text, core) => {
    expect(requestCore(text)).toBe(core);
  });

  // Fresh-25's "and what did you say" after "what did I just ask"; the round's own "and what did you answer"; "say that
  // again" repeats the last reply as it was.
  it.each([
    ["and what did you say", { intent: "conversation", slots: { asks: "last_reply", answer: "true" } }],
    ["and what did you answer", { intent: "conversation", slots: { asks: "last_reply", answer: "true" } }],
    ["hey, say that again", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["and what did you just say", { intent: "conversation", slots: { asks: "last_reply" } }],
    ["what did you answer about the plumber", null],
  ])("followUp(%j), as said or without its wrapper as the router reads it", (text, expected) => {
    expect(followUp(text, []) ?? followUp(requestCore(text), [])).toEqual(expected);
  });

  // Fresh-25's "Shwmae!", "Wah gwaan, mi dear", "is the timer thing working"; the round's own "Sut mae!", "Wagwan
  // bredren", "is the reminder thing working"; cases that must not change.
  const normalized = (text: string) => tokenize(requestCore(text)).map((w) => w.text).join(" ");
  it.each([
    ["Shwmae!", true],
    ["Wah gwaan, mi dear", true],
    ["Sut mae!", true],
    ["Wagwan bredren", true],
    ["dia dhuit", true],
    ["wah", false],
    ["sut mae the fish", false],
  ])("isGreeting(%j) is %j", (text, greeting) => {
    expect(isGreeting(normalized(text))).toBe(greeting);
  });
  it.each([
    ["is the timer thing working", true],
    ["is the reminder thing working", true],
    ["are the alarm features ok", true],
    ["is the timer working", false],
    ["is the reminder for the dentist working", false],
  ])("asksAfterOwnServices(%j) is %j", (text, asked) => {
    expect(asksAfterOwnServices(normalized(text))).toBe(asked);
  });

  // Fresh-25's "how much is a bag of cement in Woodies", "how I go from Rossio to Belem by tram", "what time does the
  // Co-op in Lairg shut the night" (answered by recall); the round's own and invented ones; cases that must not change.
  it.each([
    ["how much is a bag of cement in Woodies", "prices and markets"],
    ["how much is a pint of milk in Tesco", "prices and markets"],
    ["what does a tin of paint cost at b and q", "prices and markets"],
    ["how I go from Rossio to Belem by tram", "travel and directions"],
    ["how I get to the airport from here by bus", "travel and directions"],
    ["what time does the Co-op in Lairg shut the night", "local places and opening hours"],
    ["when does the Spar in Tongue close", "local places and opening hours"],
    ["how much is a cup of flour in grams", null],
    ["how much is the gas bill at the flat", null],
    ["what time does my shift at the co op in lairg end", null],
  ])("outOfDomainTopic(%j) is %j", (text, topic) => {
    expect(outOfDomainTopic(normalized(text))).toBe(topic);
  });

  // Fresh-25's "And when is his sister Amelia's?" after "When's Oliver's birthday?" (answered with Oliver's once the
  // memories kept were fewer); the round's own "gate code?"; invented ones; cases that must not change.
  const birthdayAsked: RecentTurn[] = [
    { role: "user", content: "When's Oliver's birthday?" },
    { role: "assistant", content: "Your grandson Oliver's birthday is on the 3rd of February.", intent: "recall", subject: "my grandson olivers birthday" },
  ];
  const gateCodeKept: RecentTurn[] = [
    { role: "user", content: "remember the gate code is 1 9 7 3" },
    { role: "assistant", content: "Okay, I'll remember that the gate code is 1 9 7 3.", intent: "remember", fact: "the gate code is 1 9 7 3" },
  ];
  it.each([
    ["And when is his sister Amelia's?", birthdayAsked, { question: "when is Amelia's birthday", subject: "Amelia's birthday" }],
    ["what about Tom's?", birthdayAsked, { question: "when is Tom's birthday", subject: "Tom's birthday" }],
    ["what is it's", birthdayAsked, null],
    ["and Amelia's?", gateCodeKept, null],
  ])("sameQuestionAbout(%j)", (text, recent, expected) => {
    expect(sameQuestionAbout(text, recent)).toEqual(expected);
  });
  it.each([
    ["gate code?", gateCodeKept, { intent: "recall", slots: { question: "what is the gate code", subject: "the gate code" } }],
    ["and the gate code?", gateCodeKept, { intent: "recall", slots: { question: "what is the gate code", subject: "the gate code" } }],
    ["pizza?", gateCodeKept, null],
    ["gate code", gateCodeKept, null],
    ["gate code?", [], null],
  ])("keptThingNamedAlone(%j)", (text, recent, expected) => {
    expect(keptThingNamedAlone(text, recent)).toEqual(expected);
  });
});
