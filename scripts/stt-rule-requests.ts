/**
 * Requests the task router reads by rule, not from exemplars (timers, reminders and alarms,
 * arithmetic, conversions and chance, days ahead and since, the clock a span from now and in another place, the calendar,
 * what the household ran out of, a day's or a week's agenda),
 * as sentence templates for pc2's domain language model:
 * without them the model knows "where is my car" but not "set a timer for ten minutes". Each
 * template's slots are filled with a few everyday fillers, in words as they are said;
 * `tests/pc2/domain-corpus.test.ts` checks that the router's rules read every sentence as its intent.
 */

type Slot = "duration" | "label" | "task" | "moment" | "clock" | "sum" | "conversion" | "day" | "agendaDay" | "agendaSpan" | "city" | "repeat" | "supply";

const fillers: Readonly<Record<Slot, readonly string[]>> = {
  duration: ["ten minutes", "five minutes", "twenty minutes", "half an hour", "an hour and a half", "thirty seconds", "two hours", "forty five minutes"],
  label: ["pasta", "egg", "rice", "oven", "tea", "bread"],
  task: ["call mum", "take my tablets", "put the bins out", "check the oven", "buy milk", "pay the gas bill", "book a table", "pick up the kids", "water the plants", "send the invoice"],
  moment: ["at five pm", "at seven thirty", "tomorrow at nine am", "tomorrow morning", "in twenty minutes", "in an hour", "on friday at three", "tonight at eight"],
  clock: ["six thirty", "seven am", "half past six", "five forty five"],
  sum: [
    "twelve times seven",
    "fifteen plus twenty seven",
    "a hundred minus thirty",
    "eighty divided by four",
    "fifteen percent of eighty",
    "the square root of a hundred and forty four",
    "seven squared",
  ],
  conversion: [
    "how many grams in a pound",
    "how many centimetres in an inch",
    "convert ten miles to kilometres",
    "what is thirty degrees celsius in fahrenheit",
    "how many ounces in a kilo",
    "convert five feet to metres",
    "what is six foot two in centimetres",
    "what is eleven stone four in kilos",
  ],
  day: ["christmas", "new year's day", "friday", "halloween", "easter", "mother's day"],
  agendaDay: ["tomorrow", "on saturday", "today", "on friday", "next monday"],
  agendaSpan: ["this week", "at the weekend", "next week"],
  city: ["sydney", "new york", "tokyo", "paris", "dubai"],
  repeat: ["every day at eight", "every morning", "every monday at nine", "every weekday at seven am"],
  supply: ["milk", "bread", "coffee", "bin bags", "toilet roll"],
};

export const ruleTemplates: ReadonlyArray<[template: string, intent: "timer" | "reminder" | "calculate" | "time" | "remember" | "recall"]> = [
  ["set a timer for {duration}", "timer"],
  ["set a {label} timer for {duration}", "timer"],
  ["start a timer for {duration}", "timer"],
  ["timer for {duration}", "timer"],
  ["how long is left on the {label} timer", "timer"],
  ["how much time is left on the timer", "timer"],
  ["pause the {label} timer", "timer"],
  ["pause the timer", "timer"],
  ["resume the timer", "timer"],
  ["cancel the {label} timer", "timer"],
  ["cancel the timer", "timer"],
  ["stop the timer", "timer"],
  ["what timers do i have", "timer"],
  ["which timer finishes first", "timer"],
  ["add {duration} to the {label} timer", "timer"],
  ["add {duration} to the timer", "timer"],
  ["remind me to {task} {moment}", "reminder"],
  ["remind me {moment} to {task}", "reminder"],
  ["remind me to {task}", "reminder"],
  ["remind me to {task} {repeat}", "reminder"],
  ["when is my next reminder", "reminder"],
  ["set a reminder to {task} {moment}", "reminder"],
  ["what reminders do i have", "reminder"],
  ["cancel the reminder to {task}", "reminder"],
  ["wake me up {moment}", "reminder"],
  ["set an alarm for {clock}", "reminder"],
  ["what is {sum}", "calculate"],
  ["{conversion}", "calculate"],
  ["how many days until {day}", "time"],
  ["what day is {day}", "time"],
  ["what time will it be in {duration}", "time"],
  ["remind me {moment}", "reminder"],
  ["is it a leap year", "time"],
  ["how many days in february", "time"],
  ["what week of the year is it", "time"],
  ["flip a coin", "calculate"],
  ["roll a dice", "calculate"],
  ["pick a number between one and ten", "calculate"],
  ["we're out of {supply}", "remember"],
  ["what are we out of", "recall"],
  ["what have i got on {agendaDay}", "reminder"],
  ["what is happening {agendaDay}", "reminder"],
  ["what is on my calendar", "reminder"],
  ["what have i got {agendaSpan}", "reminder"],
  ["what alarms do i have", "reminder"],
  ["remind me a month before my passport expires", "reminder"],
  ["roll two dice", "calculate"],
  ["how many days since {day}", "time"],
  ["what is the time difference with {city}", "time"],
  ["how many hours ahead is {city}", "time"],
];

/**
 * Each template once per filler of its longest slot, its other slots' fillers taken in turn: every
 * filler is heard, but no two slots are crossed. Crossing them (342 sentences) weighted "remind me
 * {moment}" so heavily that "remind me to buy flowers on friday" was heard "remind me tonight i'll
 * is on friday": a task is as open as a statement, and the fillers only sketch it.
 */
export function ruleRequests(): Array<{ sentence: string; intent: string }> {
  return ruleTemplates.flatMap(([template, intent]) => {
    const slots = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as Slot);
    const count = Math.max(1, ...slots.map((slot) => fillers[slot].length));
    return Array.from({ length: count }, (_, i) => ({
      sentence: slots.reduce((text, slot) => text.replace(`{${slot}}`, fillers[slot][i % fillers[slot].length]), template),
      intent,
    }));
  });
}
