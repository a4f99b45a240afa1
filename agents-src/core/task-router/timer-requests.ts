import type * as chrono from "chrono-node";
import { moments } from "../../kit/moments";
import { swapPerson } from "../../kit/perspective";
import { ordinalDigits, ordinalWord, withDigits } from "../../kit/spoken-numbers";
import { lastReply, lastSubjectAsSaid, RecentTurn } from "./conversation-context";

/**
 * Timers ("set a pasta timer for 10 minutes", "how much time is left", "pause the timer") and
 * reminders ("remind me to call mom at 5 pm", "remember to buy milk tomorrow"). Requests about
 * time are made of a few fixed verbs and a duration or a moment, which patterns read exactly
 * where exemplar matching would blur "5 minutes" with "5 pm". The moment itself is kept as said
 * (`when`) and turned into an instant by the coordinator, which knows the stack's time zone;
 * chrono-node only confirms here that it names one.
 */
export type TimerRequest =
  | { intent: "timer"; slots: { action: "start"; durationMs: string; label?: string; moreMs?: string } }
  | { intent: "timer"; slots: { action: "list" | "time_left" | "pause" | "resume" | "reset" | "cancel" | "next"; label?: string; all?: "true" } }
  | { intent: "timer"; slots: { action: "add"; durationMs: string; label?: string } }
  | { intent: "reminder"; slots: { action: "start"; task: string; when: string; repeat?: string; before?: string; beforeMonths?: string; of?: string } }
  | { intent: "reminder"; slots: { action: "list" | "cancel"; task?: string; all?: "true"; next?: "true"; last?: "true"; alarms?: "true" } };

const unitMs: Record<string, number> = { second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000, day: 86_400_000, week: 604_800_000 };
// The part of a unit said after a whole one: "an hour and a quarter", "2 and three quarters minutes"
// (the number reader has made "three quarters" 0.75 by then).
const unitFractions: Record<string, number> = { "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75 };
const unitFraction = String.raw`a half|a quarter|three quarters|0\.\d+`;
const durationPart = new RegExp(
  String.raw`(\d+(?:\.\d+)?|an?|one)\s+(?:and (${unitFraction})\s+)?(second|sec|minute|min|hour|hr|day|week)s?(?:\s+and (${unitFraction}))?\b`,
  "g",
);

/** "1 hour and 30 minutes", "an hour and a half", "an hour and a quarter", "three quarters of an hour", "90 seconds" -> milliseconds; 0 when none is named. */
export function spokenDuration(text: string): number {
  const plain = text
    .replace(/\bhalf an? (hour|minute|day)\b/g, "0.5 $1")
    .replace(/\b(?:(?:a|one) )?quarter of an? (hour|minute|day)\b/g, "0.25 $1")
    .replace(/\b(?:three quarters|0\.\d+) of an? (hour|minute|day)\b/g, (part: string, unit: string) => `${part.startsWith("three") ? 0.75 : part.split(" ")[0]} ${unit}`);
  let total = 0;
  for (const [, amount, fractionBefore, unit, fractionAfter] of plain.matchAll(durationPart)) {
    const count = /^\d/.test(amount) ? Number(amount) : 1;
    const fraction = fractionBefore ?? fractionAfter;
    total += (count + (fraction === undefined ? 0 : (unitFractions[fraction] ?? Number(fraction)))) * unitMs[unit];
  }
  return Math.round(total);
}

/** The length `text` says when it says nothing but a length ("an hour and a half", "20 minutes"), else 0. */
export function durationAlone(text: string): number {
  const rest = text.replace(/\b(?:and|a half|a quarter|three quarters|of|an?|half|one|\d+(?:\.\d+)?|(?:second|sec|minute|min|hour|hr|day|week)s?)\b/g, "").trim();
  return rest === "" ? spokenDuration(text) : 0;
}

// "start a countdown for 10 minutes": a countdown is a timer.
const timerWord = /\b(?:timers?|countdowns?)\b/;
// Asked without the word "timer": still only a timer has time left ("how long is left on the rice").
// Said tersely, the verb goes too: "how long left", "how many minutes to go", "time remaining"; in a learner's grammar,
// "how much time remain".
const asksTimeLeft =
  /^(?:(?:how (?:long|much time|many (?:seconds|minutes|hours))(?: (?:is|is there|have i got|have we got|do i have|do we have))? |(?:any )?time )(?:left|remaining|remains?|to go(?! to\b))|how long (?:has|have) (?:the|my) \w+ (?:\w+ )?got|how long until (?:it|the \w+) (?:goes off|rings|(?:is|are) (?:done|ready))|how much (?:time|longer)(?: is there)?(?: left)? (?:on|for) the \w+|how long (?:is there |left )?on (?:the|my) \w+|how much longer)\b/;
const reminderWord = /\breminders?\b/;
// "the pasta timer", "my egg timer", "timer for the pasta", "timer called pasta".
const labelBefore = /\b(?:a|an|the|my)\s+((?:(?!\d)[a-z]+\s+){0,2}?(?!\d)[a-z]+)\s+timer\b/;
// "for the couscous" wherever it stands ("a timer for 15 minutes for the couscous", "time 3 minutes for my tea",
// "for dad's soup", "for my sister's cake": an owner names whose, the thing after it is the label;
// after the length or the timer, "for savasana", "a 25 minute timer for study" need no article),
// "left on the rice", "until the eggs are done": what the timer is for, said after it.
const labelAfter =
  /\b(?:for (?:(?:the|my|our)(?: [a-z]+'s)?|[a-z]+'s)|(?:seconds?|minutes?|hours?|timer|countdown) for(?! (?:now|me|us|you|a|an|the|my|our|half|quarter|later|tonight|today|tomorrow)\b| [a-z]+'s\b)|called|named|(?:left|longer|remaining|long) on (?:the|my)|until (?:the|my)|how long (?:has|have) (?:the|my))\s+((?:(?!\d)[a-z]+)(?:\s+(?!\d)(?!(?:for|is|are|please|now|then|timer|got|left)\b)[a-z]+)?)\b/;
// "pasta timer 8 minutes", "egg timer for 3 minutes": said in a hurry, the label opens the request
// with no article and the length follows; an opening verb or article ("set timer for 5", "a timer
// for 5") is no label, hence those words among `notLabels`.
const labelOpening = /^((?:(?!\d)[a-z]+\s+)?(?!\d)[a-z]+)\s+timer\s+(?:for\s+)?(?=\d|an?\s|half\b)/;
const notLabels = new Set([
  "minute", "second", "hour", "new", "kitchen", "running", "current", "other", "last", "first", "all", "this", "that", "one", "timer", "countdown", "next",
  "a", "an", "the", "my", "another", "set", "start", "begin", "make", "put", "add", "create", "run", "restart", "reset", "quick",
]);

// "timer 10", "set a timer for 20": a length with no unit, last, is in minutes, as on a kitchen timer's dial.
const unitlessLength = /\b(?:timer|countdown)(?: for| of)? (\d+(?:\.\d+)?)$/;
const unitlessMinutes = (text: string): number => Number(unitlessLength.exec(text)?.[1] ?? 0) * unitMs.minute;

function timerLabel(text: string): string | undefined {
  const label = (labelAfter.exec(text)?.[1] ?? labelBefore.exec(text)?.[1] ?? labelOpening.exec(text)?.[1])?.replace(/\b(?:\d+|an?|one) (?:second|minute|hour)s?\b/g, "").trim();
  if (!label || label.split(" ").some((w) => notLabels.has(w) || /^(?:seconds?|minutes?|hours?|days?)$/.test(w))) return undefined;
  return label;
}

// "do a timer for 3 minutes", "do me a 12 minute timer": "do" before what it makes is an order, not a question.
const questionLead = /^(?:is|are|was|were|do(?!(?: me)? (?:a|an|another)\b)|does|did|have|has|what|which|where|when|how|why|who)\b/;
const aboutATimer = /^(?:remember|note|don't forget|do not forget|keep in mind|make a note)\b|\btimer (?:is|was|takes|took|lasts|needs|goes)\b/;

// "carry on with the cake timer", "unfreeze it": the words that set a paused timer running again.
const resumes = /\b(?:unpause|resume|continue|restart|carry on|unfreeze)\b/;

const withLabel = <T extends object>(slots: T, label: string | undefined): T => (label ? { ...slots, label } : slots);

// "add 5 minutes to the pasta timer", "put another 3 minutes on it", "give it 2 more minutes", "5 more
// minutes", "extend the timer by 10 minutes"; "take 2 minutes off", "knock a minute off the rice timer".
// "add a 5 minute timer", "add another timer for 10 minutes" start one instead.
const addsTime =
  /^(?:(?:add|put|stick)\b(?=.*\b(?:more|extra|another|to (?:it|that|this|the|my)|on(?: it| that| the| my|$)))|give (?:it|that|the [a-z]+|my [a-z]+) (?:another|more|an extra|\d)|extend\b|(?:\d+(?:\.\d+)?|an?) (?:more|extra)\b)/;
const takesTime = /^(?:take|knock|cut|shave|remove|subtract)\b(?=.*\b(?:off|from)\b)/;
const startsAnother = /\b(?:a|an|another|new|second) (?:[a-z]+ )?(?:timer|countdown)\b/;

// Right after a timer turn "add 5 minutes" and "another 5 minutes" can only be for that timer
// ("another one for 7 minutes" is a second timer).
const addsToLast = /^(?:add\b|put on\b|another\b(?! (?:one|1)\b))/;

/**
 * The time a request adds to a timer (negative: takes off), in milliseconds; 0 when it asks for no
 * such change. `afterTimer`: the assistant's last turn was about a timer.
 */
function timeChange(text: string, afterTimer = false): number {
  const ms = spokenDuration(text.replace(/\b(?:more|extra) (?=(?:seconds?|minutes?|hours?)\b)/g, ""));
  if (ms === 0 || startsAnother.test(text)) return 0;
  if (takesTime.test(text)) return -ms;
  return addsTime.test(text) || (afterTimer && addsToLast.test(text)) ? ms : 0;
}

// "put two more minutes on the garlic bread", "add 5 minutes to the rice": what the time goes on names the timer.
const changedOn = /\b(?:on|to|onto|off) (?:the|my) ([a-z]+(?: [a-z]+)?)$/;
const timeChangedOn = (text: string): string | undefined => {
  const thing = changedOn.exec(text)?.[1];
  return thing && !thing.split(" ").some((w) => notLabels.has(w) || /^(?:seconds?|minutes?|hours?|clock|oven)$/.test(w)) ? thing : undefined;
};

// "set two timers, one for 4 minutes and one for 9": several timers at once, each "one for" its length (the number reader
// has made "one" 1 by then). A bare number takes the unit said with another ("... for 4 minutes and 1 for 9").
// Or one timer with its length, then "and another for 10 minutes" (the lead's own use: it was set as one timer of the
// two lengths added up).
const severalTimers = /\b(?:[2-9]|several|a couple of) timers\b/;
const eachLength = /\b(?:1|another|the other|a second|1 more)(?: 1| one| timer)? (?:for|of) (\d+(?:\.\d+)?)(?: (seconds?|minutes?|hours?))?(?= and\b| 1\b| another\b| the other\b|$)/g;
const firstThenAnother = /^(.*?\btimer\b.*? (?:for|of) (\d+(?:\.\d+)?)(?: (seconds?|minutes?|hours?))?) and (?=(?:another|a second|1 more)\b)/;

/** The lengths of the timers one request sets together, in milliseconds; `null` unless it sets two or more. */
function severalLengths(text: string): number[] | null {
  const first = firstThenAnother.exec(text);
  if (!severalTimers.test(text) && !first) return null;
  const said = [...(first ? [{ count: first[2], unit: first[3] }] : []), ...[...text.slice(first?.[0].length ?? 0).matchAll(eachLength)].map(([, count, unit]) => ({ count, unit }))];
  const unitOf = (i: number): string | undefined => said[i].unit ?? said.slice(i + 1).find((s) => s.unit)?.unit ?? said.slice(0, i).reverse().find((s) => s.unit)?.unit;
  const lengths = said.map((s, i) => spokenDuration(`${s.count} ${unitOf(i) ?? ""}`));
  return lengths.length >= 2 && lengths.every((ms) => ms > 0) ? lengths : null;
}

function timerRequest(text: string, afterTimer = false): TimerRequest | null {
  const several = severalLengths(text);
  if (several) return { intent: "timer", slots: { action: "start", durationMs: String(several[0]), moreMs: several.slice(1).join(",") } };
  const label = timerLabel(text);
  const change = timeChange(text, afterTimer);
  if (change !== 0) return { intent: "timer", slots: withLabel({ action: "add", durationMs: String(change) }, label ?? timeChangedOn(text)) };
  const all = /\b(?:all|both)\b/.test(text) ? { all: "true" as const } : {};
  if (/\b(?:cancel|stop|delete|remove|turn off|clear|kill|end|get rid of|scrap|ditch)\b/.test(text)) return { intent: "timer", slots: withLabel({ action: "cancel", ...all }, label) };
  // "reset the pasta timer", "start the timer over": back to its whole length, from now ("restart" is run on, as after a pause).
  if (/\breset\b|\bstart (?:\w+ ){1,3}(?:over|again from the (?:beginning|start|top))$/.test(text)) return { intent: "timer", slots: withLabel({ action: "reset" }, label) };
  if (resumes.test(text)) return { intent: "timer", slots: withLabel({ action: "resume" }, label) };
  if (/\b(?:pause|hold|freeze)\b/.test(text)) return { intent: "timer", slots: withLabel({ action: "pause" }, label) };
  // "how's the potato timer doing", "how is my timer getting on": how a timer is going is the time it has left.
  if (/\bhow (?:much time|long)\b|\btime (?:is )?(?:left|remaining)\b|\bleft on\b|\bremaining\b|^how(?:'s| is| are) (?:the |my |that |this |our )?(?:[a-z]+ ){0,2}timers?\b/.test(text)) {
    return { intent: "timer", slots: withLabel({ action: "time_left" }, label) };
  }
  const durationMs = spokenDuration(text) || unitlessMinutes(text);
  if (/\b(?:what|which|list|show|any|do i have|have i got|are there|is there|tell me|how many)\b/.test(text) && /\btimers\b|\bany timer\b|\btimers? (?:running|set|going|on)\b/.test(text)) {
    return { intent: "timer", slots: { action: "list" } };
  }
  // A timer and a length with no other action asks for one, whatever the verb ("put a 4 minute timer on",
  // "timer, 20 minutes", "stick a timer on for 10 minutes"); a question about one ("is my 5 minute timer running")
  // or a fact about one ("remember the egg timer takes 3 minutes") does not.
  if (durationMs > 0 && !questionLead.test(text) && !aboutATimer.test(text)) {
    return { intent: "timer", slots: withLabel({ action: "start", durationMs: String(durationMs) }, label) };
  }
  if (/\b(?:check|status|is (?:my|the) .*timer (?:running|going|on|still))\b/.test(text)) return { intent: "timer", slots: withLabel({ action: "time_left" }, label) };
  // "start the brine timer (again)", "get my tea timer going": a timer named as one already set, with no length, is run on.
  if (/^(?:start|get|set) (?:the|my|that|this|our) (?:[a-z]+ ){0,2}timer(?: going)?(?: again)?$/.test(text)) return { intent: "timer", slots: withLabel({ action: "resume" }, label) };
  return null;
}

// "give me a nudge at 6 to ...", "ping me tomorrow about ...": a prompt at a moment is a reminder, whatever it is called.
const reminderLead =
  /^(?:(?:please|can you|could you|hey|ok|okay)\s+)*(?:(?:remind|nudge|ping|prompt|alert) me(?:\s+(?:to|about))?|(?:give|send) me a (?:nudge|shout|buzz|prod|ping|heads up)(?:\s+(?:to|about))?|(?:set|i need|i would like|i'd like|give me|can i have|can i get) (?:a |me a )?reminder(?:\s+(?:to|for|that))?|i(?: will|'ll)? need (?:reminding|to be reminded)(?:\s+(?:to|about))?|remember to|don't let me forget to|do not let me forget to)\s+/;
// "read me my reminders", "how many reminders have I got", "anything I need reminding about": asking what is set.
const listsReminders = /\b(?:what|which|list|show|any|do i have|have i got|tell me|read|go through|how many|are there|is there)\b/;
// "when is my next reminder", "what's my first reminder tomorrow": the soonest one alone.
// "which timer finishes first", "what's my next timer", "which one goes off first" (after a timer turn): the soonest.
const asksNextTimer =
  /^(?:(?:which|what) (?:(?:timer|one|1)(?: of (?:them|my timers|the timers))?|of (?:them|my timers|the timers)) (?:(?:will )?(?:finish(?:es)?|ends?|go(?:es)? off|rings?|be done)|is (?:done|up|going off)) (?:first|1st|next|soonest)|(?:what is|when is) (?:the|my) next timer(?: going off| due)?)$/;
const asksNextReminder = /\b(?:next|soonest|upcoming|first)\b(?: \w+)? reminder\b/;
// "what have you got down for me", "what have you got lined up for me today": what the assistant holds for the user to do is its reminders.
const asksWhatIsDue =
  /\b(?:anything|something)\b.*\b(?:reminding|reminded|to remind me)\b|^what (?:have|'ve|did) you (?:got )?(?:got|put) (?:down|written down|lined up|booked in|in the diary) for (?:me|us)\b/;
// "in 45 minutes remind me to turn the oven off", "every friday at 6 pm remind me to ...": the moment said first.
const momentFirst = /^(.+?) (remind me (?:to )?.+)$/;
// Meals and bed name a moment by custom; chrono-node knows none of them.
const customaryMoments: Record<string, string> = { lunchtime: "12:30", teatime: "17:00", dinnertime: "18:00", suppertime: "19:00", bedtime: "22:00" };
// chrono-node reads "at 6:30 tomorrow" and leaves "morning" to the task (and "at 8 tomorrow night" is
// 8 AM to it); with the day and its part first, "tomorrow morning at 6:30", it reads the three as one moment.
const partOfDayAfterClock =
  /\b(at \d{1,2}(?::\d{2})?(?: ?[ap]m)?) ((?:on )?(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)) (morning|afternoon|evening|night)\b/g;
const dayPartFirst = (text: string): string => text.replace(partOfDayAfterClock, "$2 $3 $1");
// "in an hour and a half", "in 2 and a quarter hours": chrono-node reads "in an hour" and leaves "and a half" to the task.
const delayWithFraction = new RegExp(String.raw`\bin ((?:\d+|an?) and (?:${unitFraction}) (?:hours?|minutes?)|(?:\d+|an?) (?:hours?|minutes?) and (?:${unitFraction}))\b`, "g");
const inSeconds = (span: string): string => `in ${spokenDuration(span) / 1000} seconds`;

// "on the first of every month", "the 15th of each month": a day of every month, which chrono-node reads only as "every month
// on the 1st" (repeatIn takes the repeat, kit/moments the day); "on the 3rd of the month" is the next such day.
const dayOfEveryMonth = new RegExp(String.raw`\b(?:on )?the (\d{1,2}(?:st|nd|rd|th)|(?:twenty |thirty )?${ordinalWord}) (?:day )?of (every|each|the) month\b`, "g");

// "at seven in morning", "at 5 in evening": the part of the day without its article, as learners say it.
const partOfDayBare = /\bin (morning|afternoon|evening)\b/g;
// "at 7 of the night", "at 3 of the afternoon": a clock time "of" its part of the day (Spanish and Portuguese "de la
// noche", "da tarde"); "of the night" is the evening's until 11, the small hours' after midnight ("at 2 of the night").
const clockOfPartOfDay = /\b(1[0-2]|0?[1-9])(:[0-5]\d)? of the (morning|afternoon|evening|night)\b/g;
// "the morn", "the morra": Scotland's and the north's "tomorrow" ("remind me the morn at 10"); "the morning" is another word.
const scotsTomorrow = /\bthe (?:morn|morra)\b(?!'s)/g;
// "at like 8 tonight", "around like 6": the filler "like" between a preposition and its clock time says nothing of it.
const likeBeforeClock = /\b(at|around|about|by|for) like (?=\d)/g;
// "gym tues 6pm", "bins weds": the weekdays written short as chrono-node does not read them ("thu", "fri" it does).
const shortWeekdays: Record<string, string> = { tues: "tuesday", weds: "wednesday", wed: "wednesday", thur: "thursday", thurs: "thursday" };
const shortWeekday = /\b(tues|weds|wed|thurs?)\b/g;

/** A clock time said "of" its part of the day, as the part of the day chrono-node reads after a clock time. */
function clockInPartOfDay(_: string, hour: string, minutes: string | undefined, part: string): string {
  if (part !== "night") return `${hour}${minutes ?? ""} in the ${part}`;
  return `${hour}${minutes ?? ""} ${Number(hour) <= 4 || Number(hour) === 12 ? "am" : "pm"}`;
}

/** `text` with the spoken forms of a moment that chrono-node does not read said as it reads them. */
export const spokenMomentForms = (text: string): string =>
  text
    .replace(clockOfPartOfDay, clockInPartOfDay)
    .replace(partOfDayBare, "in the $1")
    .replace(scotsTomorrow, "tomorrow")
    .replace(likeBeforeClock, "$1 ")
    .replace(shortWeekday, (day: string) => shortWeekdays[day]);

// chrono-node reads "5:30" but not "half past five", nor the British "half six" (6:30).
function reminderMoments(text: string): string {
  const said = spokenMomentForms(text)
    .replace(delayWithFraction, (_, span: string) => inSeconds(span))
    .replace(/\b(lunch|tea|dinner|supper|bed) ?time\b/g, (_, meal: string) => customaryMoments[`${meal}time`])
    .replace(/\bhalf past (\d{1,2})\b/g, "$1:30")
    .replace(/\bhalf (\d{1,2})\b(?! ?(?:seconds?|minutes?|hours?|days?|weeks?|%|percent|of)\b)/g, "$1:30")
    .replace(/\b(?:a )?quarter past (\d{1,2})\b/g, "$1:15")
    .replace(/\b(?:a )?quarter to (\d{1,2})\b/g, (_, hour: string) => `${((Number(hour) + 10) % 12) + 1}:45`)
    .replace(dayOfEveryMonth, (_, day: string, every: string) => `${every === "the" ? "" : "every month "}on the ${ordinalDigits(day)}`);
  return dayPartFirst(said);
}

// "at seven thirty pm", "by six forty five", "an alarm for eight oh five": a clock time said as an hour word and
// its minutes, which the number reader makes "7 30", "645" or "11 50 5", none of them a time to chrono-node.
const hourWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const minuteWords = String.raw`oh (?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?: (?:one|two|three|four|five|six|seven|eight|nine))?`;
const clockInWords = new RegExp(String.raw`\b(at|for|by|until|till|around|about) (${hourWord}) (${minuteWords})\b`, "g");
// "at 3 15 pm", "by 6 30": the same, written by speech-to-text as two numbers; "for 3 15 minute
// breaks" is no clock time.
const clockInNumbers = /\b(at|for|by|until|till|around|about) (1[0-2]|0?[1-9]) ([0-5]\d)\b(?! ?(?:seconds?|minutes?|mins?|hours?|days?|weeks?|\w+s)\b)/g;
const clockDigits = (text: string): string =>
  text
    .replace(clockInWords, (_, preposition: string, hour: string, minutes: string) => {
      const minute = withDigits(minutes.replace(/^oh /, ""));
      return `${preposition} ${withDigits(hour)}:${minute.padStart(2, "0")}`;
    })
    .replace(clockInNumbers, "$1 $2:$3");

// A preposition right before a moment goes with it ("on friday", "at 6:30", "in the evening": chrono-node reads "evening"
// alone); anywhere else it is the task's ("put the heating on").
const prepositionBeforeMoment = /\b(?:at|in|on|by|for)(?: the)?\s+$/;

// A moment read with its own preposition ("at 6 pm") has none before it: "take the washing in at 6", "bring the bins in
// at 7" keep the "in" that ends the task's verb.
const ledByPreposition = /^(?:at|in|on|by|for)\s/;

/** `text` without the moment `when` said in it, and the preposition that led to it. */
function withoutMoment(text: string, when: string): string {
  const at = when === "" ? -1 : text.indexOf(when);
  if (at < 0) return text;
  const before = text.slice(0, at);
  return `${ledByPreposition.test(when) ? before : before.replace(prepositionBeforeMoment, "")} ${text.slice(at + when.length)}`;
}

// "remind me about the dentist", "remind me of the bin day at 7": a reminder about a thing rather than to do something.
const aboutLead = /\b(?:about|of|regarding)\s+$/;
const aboutWord = /^(?:about|of|regarding)\s+/;
// "remind me about it at 5" after "my sister's flight lands at 6": the thing is the one the conversation was about.
const pronoun = /^(?:it|that|this|them)$/;
// "renew it", "take them": a thing acted on; "do it", "sort it out" are the task itself, not a thing.
const thingActedOn = /\b(?!(?:do|doing|did|done|finish|sort|make|get|have|fix|handle|with|to|of|for|on|at|about|from|in|call|phone|ring|text|email|message|tell|ask|visit|meet|see|thank|help|invite|pick)\s)[a-z]+\s(?:it|them)\b(?!['\u2019])(?!\s+(?:done|sorted|out|over|finished|off)\b)/;

/**
 * The task a reminder is for: the request without its lead-in, its moment and the words joining
 * them; a thing to be reminded about keeps its "about" ("about the dentist"), so the reply can say
 * "I'll remind you about the dentist" and not "to the dentist".
 */
function reminderTask(text: string, when: string, recent: readonly RecentTurn[]): string {
  const lead = reminderLead.exec(text)?.[0] ?? "";
  const rest = withoutMoment(text.slice(lead.length), when).replace(/\s+/g, " ").trim();
  // "set a reminder for my dentist appointment": for a thing, unless what follows is what to do ("... for 5 pm to call mum").
  const about = aboutLead.test(lead) || aboutWord.test(rest) || (/\breminder for\s+$/.test(lead) && !/^to\s/.test(rest));
  const thing = rest.replace(aboutWord, "");
  if (about && pronoun.test(thing)) return `about ${lastSubjectAsSaid(recent) ?? thing}`;
  const task = thing
    .replace(/\b(?:to|that|about|of)\s*$/, "")
    .replace(/^(?:to|that)\s+/, "")
    .trim();
  if (about && task !== "") return `about ${task}`;
  // "remind me to take them" after "i take my blood pressure pills at 8 am": what is done is the thing told of.
  const subject = lastSubjectAsSaid(recent);
  if (!subject) return task;
  // "them" is a plural thing and "it" one, so "call them" after "my sister's flight lands at 6" is other people.
  const plural = /[^s']s$/.test(subject);
  return task.replace(thingActedOn, (acted: string) => (acted.endsWith(plural ? " them" : " it") ? acted.replace(/\S+$/, subject) : acted));
}

// "text my brother about sunday", "a call regarding friday": a day said as what the task is about is no
// moment; a clock time is one however it is put ("call about 5 pm" is at about 5).
const aboutTheDay = /\b(?:about|regarding|re)\s+$/;

// "pay the rent before friday", "book the turkey by thanksgiving": a deadline, part of the task; when to remind is still to ask.
// "by" with a clock time is the reminder's own ("call jo by 8:05 tomorrow").
const deadline = /\b(?:before|until|till|ahead of)\s+$/;
const byDay = /\bby\s+$/;

/** The first moment chrono-node reads in `text` that says when, not what the task is about or its deadline. */
function reminderMoment(text: string): chrono.ParsedResult | undefined {
  return moments
    .parse(text, new Date(), { forwardDate: true })
    .find((moment) => {
      const before = text.slice(0, moment.index);
      if (deadline.test(before) || (byDay.test(before) && !moment.start.isCertain("hour"))) return false;
      return moment.start.isCertain("hour") || !aboutTheDay.test(before);
    });
}

// "cancel the vet reminder", "delete my library books reminder": what the reminder is for, said before
// the word as a timer's label is ("the pasta timer"); a clock time ("the 5 pm reminder") or a word
// that only picks one out ("the last reminder") names no task.
const taskBeforeReminder = /\b(?:the|my)\s+((?:(?!\d)[a-z]+\s+){0,2}?(?!\d)[a-z]+)\s+reminder\b/;
function namedBeforeReminder(text: string): string {
  const named = taskBeforeReminder.exec(text)?.[1] ?? "";
  return named.split(" ").some((w) => notLabels.has(w)) ? "" : named;
}

// "every day at 8", "each morning", "daily", "on weekdays", "every monday", "every other day", "every 4
// hours": a reminder that comes back; a plural day is every one of them without its "on" too ("alarm 6 am saturdays"). The rule is the timekeeper's ("P1D", "weekdays", "P1W", "PT4H");
// the part of the day or the weekday it names stays in the request as its first moment.
const repeatSaid =
  /\b(?:(?:every|each) (other |single )?(day|morning|afternoon|evening|night|weekday|week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day|hour|(\d+) hours)|(daily|nightly|weekly|fortnightly|monthly|yearly|annually|hourly)|(?:on )?(weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days))\b/;
const partOfDay: Record<string, string> = { morning: "this morning", afternoon: "this afternoon", evening: "this evening", night: "tonight", nightly: "tonight" };

/** The repeat a reminder request names, and the request with the words that named it turned into its first moment; `null` when it names none. */
export function repeatIn(text: string): { rule: string; text: string } | null {
  const said = repeatSaid.exec(text);
  if (!said) return null;
  const [phrase, other, unit, hours, adverb, plural] = said;
  const every = unit ?? adverb ?? plural;
  const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/.test(every) ? every.replace(/s$/, "") : undefined;
  const hourCount = hours ? Number(hours) : every === "hour" || every === "hourly" ? 1 : 0;
  if (hours && (hourCount < 1 || hourCount > 23)) return null;
  const alternate = other === "other " || every === "fortnightly";
  const rule = hourCount
    ? `PT${hourCount}H`
    : weekday || ["week", "weekly", "fortnightly"].includes(every)
      ? alternate ? "P2W" : "P1W"
      : ["weekday", "weekdays"].includes(every)
        ? "weekdays"
        : ["month", "monthly"].includes(every)
          ? "P1M"
          : ["year", "yearly", "annually"].includes(every)
            ? "P1Y"
            : alternate ? "P2D" : "P1D";
  if (alternate && (rule === "P1M" || rule === "P1Y")) return null;
  // Said once, a moment is read from what is left; an hourly one with none starts an interval from now.
  const first = weekday ? `on ${weekday}` : (partOfDay[every] ?? "");
  const rest = `${text.slice(0, said.index)} ${first} ${text.slice(said.index + phrase.length)}`.replace(/\s+/g, " ").trim();
  return { rule, text: hourCount && !reminderMoment(rest) ? `${rest} in ${hourCount} hour${hourCount === 1 ? "" : "s"}` : rest };
}

function reminderRequest(said: string, recent: readonly RecentTurn[]): TimerRequest | null {
  const repeat = reminderLead.test(said) ? repeatIn(said) : null;
  const text = repeat?.text ?? said;
  const request = oneReminderRequest(text, recent);
  return repeat && request?.intent === "reminder" && request.slots.action === "start" ? { ...request, slots: { ...request.slots, repeat: repeat.rule } } : request;
}

// "remind me about it an hour before", "the day before the party": a moment counted back from one the
// user told of, which the coordinator finds in memory.
const beforeKept = /\b((?:an?|\d+(?:\.\d+)?) (?:minutes?|hours?|days?|weeks?|months?)|half an hour|the (?:day|night|week|month)) before(?: (?:it|that|then|hand))?\b/;
const spanBack: Record<string, number> = { "the day": 86_400_000, "the night": 86_400_000, "the week": 7 * 86_400_000 };
// "three months before my passport expires": months are counted back on the calendar, not as a span of milliseconds.
const monthsBack = /^(an?|the|\d+) months?$/;

/** The reminder `text` asks for counted back from a kept moment; `null` when it counts back from none. */
function reminderBefore(text: string, recent: readonly RecentTurn[]): TimerRequest | null {
  const said = beforeKept.exec(text);
  const months = said ? monthsBack.exec(said[1]) : null;
  const back = said && !months ? (spanBack[said[1]] ?? spokenDuration(said[1])) : 0;
  if (!said || (back === 0 && !months)) return null;
  const lead = text.slice(0, said.index).trim();
  const after = text.slice(said.index + said[0].length).trim();
  // "... the day before the party": what follows "before" is the thing, as "about it" would name it, and so it
  // is after a lead with no task of its own ("remind me the night before bin day", which was "to bin day");
  // "remind me 30 minutes before": the lead alone is about what the conversation was about.
  const leadOnly = reminderLead.exec(`${lead} `)?.[0].trim() === lead;
  const request = after !== "" && (/^(?:the|my|our) /.test(after) || leadOnly) ? `${lead} about ${after}` : `${lead} ${after}`.trim();
  const task = reminderTask(reminderLead.exec(`${request} `)?.[0].trim() === request ? `${request} about it` : request, "", recent);
  // What the moment is counted back from: the thing the reminder is about, else the conversation's ("buy a card the day before").
  const of = /^about /.test(task) ? task.replace(/^about /, "") : lastSubjectAsSaid(recent);
  const counted = months ? { beforeMonths: /^\d/.test(months[1]) ? months[1] : "1" } : { before: String(back) };
  return task === "" ? null : { intent: "reminder", slots: { action: "start", task, when: "", ...counted, ...(of ? { of } : {}) } };
}

function oneReminderRequest(text: string, recent: readonly RecentTurn[]): TimerRequest | null {
  if (reminderWord.test(text) && !/^set (?:a |me a )?reminder/.test(text)) {
    if (/\b(?:cancel|delete|remove|clear|stop)\b/.test(text)) {
      const task = text.replace(/^.*?\breminders?\b\s*(?:to|for|about)?\s*/, "").trim() || namedBeforeReminder(text);
      return { intent: "reminder", slots: { action: "cancel", ...(/\ball\b/.test(text) ? { all: "true" as const } : task ? { task } : {}) } };
    }
    if (asksNextReminder.test(text) && (listsReminders.test(text) || /\bwhen\b/.test(text))) return { intent: "reminder", slots: { action: "list", next: "true" } };
    // "when is my reminder", "when does the reminder go off": with one set, the list is its moment.
    if (listsReminders.test(text) || /^when\b/.test(text)) return { intent: "reminder", slots: { action: "list" } };
  }
  if (asksWhatIsDue.test(text)) return { intent: "reminder", slots: { action: "list" } };
  if (!reminderLead.test(text)) return null;
  const before = reminderBefore(text, recent);
  if (before) return before;
  const moment = reminderMoment(text);
  if (!moment) {
    // "remind me to defrost the lamb": what to do but not when; the coordinator asks when. "remind me when i'm at the
    // chemist to get plasters": the place said first goes after the task, where it is read as the place below.
    const ordered = text.replace(placeFirst, "$1 $3 $2");
    const lead = reminderLead.exec(ordered)?.[0] ?? "";
    const task = /\bto\s+$/.test(lead) && !/\bremember to\s+$/.test(lead) ? reminderTask(ordered, "", recent) : "";
    if (task === "") return null;
    // "remind me to get milk when i'm at the shop": the assistant cannot tell where anyone is, so it says so and asks for a time.
    const place = placeTrigger.exec(task);
    return { intent: "reminder", slots: { action: "start", task: place ? task.slice(0, place.index) : task, when: "", ...(place ? { trigger: place[0].trim() } : {}) } };
  }
  // "remind me in 10 minutes": when, but not what; the coordinator asks what.
  const task = reminderTask(text, moment.text, recent);
  return { intent: "reminder", slots: { action: "start", task, when: moment.text } };
}

// "when i get home", "as soon as i'm at the shop", "next time i pass the chemist": a place, not a moment, sets it off.
export const placeWhen = String.raw`(?:when|whenever|as soon as|once|next time|the next time) (?:i|we)(?:'m| am|'re| are)? (?:get|arrive|reach|leave|pass|go|walk|drive|come|at|in|near|back|home|out)\b`;
const placeTrigger = new RegExp(String.raw`\s+${placeWhen}.*$`);
// The place said before the task: the task is the first "to" and a verb after it ("when i get to the pharmacy to pick up
// ...": the first "to" leads to the place).
const placeFirst = new RegExp(
  String.raw`^((?:remind|nudge|ping|prompt|alert) me) (${placeWhen}.*?) (to (?!(?:the|a|an|my|our|your|his|her|their|this|that|work|school|church|town|bed)\b)[a-z].*)$`,
);

// "I need to renew the licence, remind me on friday": the task first, then the prompt and maybe its moment.
const taskFirst = /^(.+?) (?:so |and )?(?:remind|nudge|ping) me(?: about it| of it| to do (?:it|that))?(?: (.+))?$/;
const taskIntro = /^(?:i (?:need|have|ought|want|must|should)(?: to)?|i have got to|i've got to|i gotta|need to|got to)\s+/;
// What may stand beside a moment when it is all that is said: "at 7 then", "make it this evening at 7 please".
const besideMoment = /\b(?:at|on|in|by|around|about|make it|please|then|say|um|er|oh|ok|okay)\b/g;

/** The moment `text` names when it names nothing else ("this evening at 7", "on friday then"); `null` otherwise. */
function momentOnly(text: string): string | null {
  const [moment] = moments.parse(text, new Date(), { forwardDate: true });
  if (!moment) return null;
  return text.replace(moment.text, " ").replace(besideMoment, " ").trim() === "" ? moment.text : null;
}

// A task said alone is a few words; a longer answer is a request of its own.
const maxTaskWords = 12;

/** The moment of the reminder the assistant just asked the task of ("What should I remind you to do at 4:10 PM?"), as it said it. */
function momentAskedTask(recent: readonly RecentTurn[]): string | undefined {
  const last = lastReply(recent);
  return last?.intent === "reminder" ? /^What should I remind you to do (.+)\?$/.exec(last.content ?? "")?.[1] : undefined;
}

/** The task of the reminder the assistant just asked the moment of ("When should I remind you to water the ferns?", "... about the dentist?"), in the user's words. */
function taskAskedWhen(recent: readonly RecentTurn[]): string | undefined {
  const last = lastReply(recent);
  const asked = last?.intent === "reminder" ? /(?:^|\. )When should I remind you (?:to (.+)|(about .+))\?$/.exec(last.content ?? "") : null;
  return asked ? swapPerson(asked[1] ?? asked[2]) : undefined;
}

// What is done to a timer that is already set, said first.
const timerOrders = "pause|hold|freeze|unfreeze|unpause|un pause|resume|continue|carry on(?: with)?|restart|reset|cancel|stop|delete|kill|end";
// "pause it", "unpause that one", "cancel it", "cancel the pasta one" right after a timer was set or asked about: "it" is the timer.
// After it, where the timer stops ("pause it there a sec", "hold it there a moment") or why it is ended ("cancel it i'm done",
// "stop it, we're finished") says nothing more of it.
const pronounTail = String.raw`(?: there)?(?: (?:for )?(?:a|one) (?:sec|second|moment|minute|mo|tick|bit))?(?: (?:i'm|i am|we're|we are|it's|it is) (?:done|finished|ready|through))?`;
const timerByPronoun = new RegExp(String.raw`^(?:${timerOrders})(?: it| that| that (?:one|1)| this (?:one|1)| the [a-z]+ (?:one|1))(?: again| now)?${pronounTail}$`);
// "cancel both of them", "stop them all", "kill the lot", "cancel everything" right after a timer turn: every timer.
const timersByPronoun = new RegExp(String.raw`^(${timerOrders}) (?:them(?: all| both)?|both(?: of them| timers)?|all of them|the lot|everything)(?: now| please)?$`);
// "pause scales", "resume the pasta" right after a timer turn: a timer called by its label alone.
const timerByLabel = new RegExp(String.raw`^(${timerOrders}) (?:the |my )?((?:[a-z]+ )?[a-z]+)(?: again| now)?$`);

/** The order on a timer called by its label alone, said as one on "the <label> timer", when the conversation named a timer so; `null` otherwise. */
function orderOnNamedTimer(text: string, recent: readonly RecentTurn[]): string | null {
  const order = timerByLabel.exec(text);
  // "stop the music" after a timer turn is no timer's: only a label the assistant said of a timer counts.
  const named = order && new RegExp(String.raw`\b${order[2]} timer\b`, "i");
  return named && recent.some((t) => t.role === "assistant" && t.intent === "timer" && named.test(t.content)) ? `${order[1]} the ${order[2]} timer` : null;
}

// "pause", "carry on", "keep going", "resume please" said alone right after a timer turn: the order is for that timer.
const orderAlone = new RegExp(String.raw`^(${timerOrders}|keep (?:it )?going)(?: (?:please|now))?$`);
// "start it (again)", "get that one going again": after a pause, the timer is to run on, as "resume it".
// "again" may be gone already: the router takes it off as a wrapper.
const startAgain = /^(?:start (.+?)|(?:get|set) (.+?) going)(?: again)?$/;
// "cancel the one about the vet", "delete the 1 for the bins" right after reminders were set or listed: "the one" is a reminder.
const reminderByOne = /^(?:cancel|delete|remove|clear|stop|scrap) the (?:one|1) (?:about|for|to) /;
/** Whether the assistant's last turn set a reminder, or set one again: what "make it 7 pm" or "cancel that" is then about. */
export const justSetReminder = (recent: readonly RecentTurn[]): boolean => {
  const last = lastReply(recent);
  return last?.intent === "reminder" && /^Okay, I'll remind you\b/.test(last.content);
};
// "cancel that", "scrap it", "actually delete that one" right after a reminder was set: that reminder.
const reminderByPronoun = /^(?:(?:no|actually|oh|sorry|wait)[, ]+)*(?:cancel|delete|remove|scrap|stop|forget|undo) (?:it|that|that one|this one|that reminder|it please|that please)$/;
// The reminders listed ("You have one reminder: ...", "You have 2 reminders: ...").
const remindersListed = /\bhave (?:a|an|one|\d+|\w+) reminders?\b/i;
// "is the cake done", "are the potatoes ready yet": what a timer was set for, asked after.
const isItDone = /^(?:is|are) (?:the|my) ([a-z]+(?: [a-z]+)?) (?:done|ready|finished|cooked)(?: yet)?$/;

// "time 3 minutes for my tea": "time" as a verb, with a length, asks for a timer; so does "count down 15 minutes", a
// countdown being a timer ("count down from ten", with no length, is not).
const timeVerb = /^(?:time|count ?down) (?=.*\b(?:seconds?|minutes?|hours?)\b)/;
// "and a 30 minute one for the gammon", "another for 5 minutes" right after a timer turn: the "one" is a timer
// (number words are digits by now, so "one" is a 1 that counts no unit).
const anotherOne = /\banother(?: 1\b)?|\b1\b(?! (?:seconds?|minutes?|hours?|days?)\b)/;

// "a ninety second timer": before a timer, "second" after a tens word is its unit, not the ordinal
// ("92nd") the number reader would make of the two words.
const secondsBeforeTimer = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) second (?=timer|countdown)/g;

// An alarm is a reminder at a moment, to wake up unless it says what for: "wake me up at 7",
// "i need waking up at 6:30", "set an alarm for 6:30 tomorrow", "set another alarm for 7", "set an alarm for 3 pm to leave for the airport"; said with no
// moment ("set an alarm"), the coordinator asks when, as for any reminder.
// Asked for as a thing too: "i need an alarm at 4:30", "can i get an alarm for 5"; its article left out, as learners and
// hurried speakers do ("set alarm for 6:30 am tomorrow"); tersely, the clock time right after the
// word ("alarm 5:45 am"), as a moment alone, or it is something else said of an alarm ("alarm 1234 is the code").
const alarmSet = /^(?:(?:please|can you|could you)\s+)*(?:wake me(?: up)?|i(?: need| want| would like|'d like) (?:waking|to be woken)(?: up)?|(?:(?:set(?: up)?|put on|make)(?: me)?|i(?: need| want| would like|'d like)|(?:can|could|may) i (?:have|get)) (?:(?:an|a|my|the|another|one more|a (?:new|second|further)) )?alarm(?: clock)?(?: for| at)?|alarm(?: for| at|(?= \d)))(?:\s+(.+?))??(?:\s+to\s+(.+))?$/;
// "cancel my alarm", "turn off the 7 am alarm", "what alarms have i got", "is my alarm set": an alarm
// is a reminder to wake up. The alarm of a house, a car or a code ("the burglar alarm pin") is none.
const alarmOff = /^(?:cancel|delete|remove|clear|stop|turn off|switch off|scrap) (?:my|the|that|all(?: my| the)?) (?:(?:wake up|morning|\d+(?::\d+)?(?: ?[ap]m)?) )?alarms?(?: for .+| tomorrow| clock)?$/;
const alarmsAsked = /\balarms\b|\b(?:my|an?|any) alarm (?:set|on|going)\b/;

// "what alarms have i got", as alarmAsReminder says it: a list of the reminders to wake up.
const alarmList = "list my alarms";

/** An alarm request said as the reminder it is; anything else as it was. */
function alarmAsReminder(text: string): string {
  const set = alarmSet.exec(text);
  // "alarm at 7 am every weekday": the repeat goes with the reminder, the moment is what is left.
  const repeat = set?.[1] === undefined ? null : repeatSaid.exec(set[1]);
  const when = set?.[1]?.replace(repeat?.[0] ?? "", " ").replace(/\s+/g, " ").trim() ?? "";
  // "for 7": a bare hour is a clock time here, which chrono-node only reads after "at"; "at 7 tomorrow morning", as a reminder's.
  const moment = when === "" ? "" : momentOnly(dayPartFirst(when.replace(/^(?=\d)/, "at ")));
  if (set && moment !== null) return `remind me to ${set[2] ?? "wake up"} ${moment} ${repeat?.[0] ?? ""}`.replace(/\s+/g, " ").trim();
  if (alarmOff.test(text)) return "cancel my reminder to wake up";
  return alarmsAsked.test(text) && (listsReminders.test(text) || questionLead.test(text)) ? alarmList : text;
}

/** `text` with its clock times and moments in the digits chrono-node reads ("six thirty" -> "6:30", "quarter to five" -> "4:45"). */
export const momentsInDigits = (text: string): string => reminderMoments(withDigits(clockDigits(text)));

// "a timer for like 3 minutes", "for about 20 minutes": a hedge before a length says nothing of it, and is no label.
const hedgeBeforeLength = /\b(?:like|about|around|roughly|approximately|maybe) (?=(?:\d+(?:\.\d+)?|an?|half(?: an?)?) (?:seconds?|minutes?|hours?)\b)/g;

// "Reminder: calibrate the pH meter, Friday, 8:30 am", "reminder - pay the gardener tomorrow": a reminder written as a
// note, the task and its moment after the word, asks for one.
const noteForm = /^(?:a )?reminder\s*[:\-\u2013\u2014]+\s*(?:to\s+)?/;

// "seven minutes, no wait, make it nine", "20 minutes, no, 25": a length corrected while it is said; the last one is
// meant, in the first one's unit when it names none.
const lengthCorrected =
  /\b(\d+(?:\.\d+)?) (seconds?|minutes?|hours?) (?:no|sorry|actually|or rather)(?: wait| hang on| hold on)? (?:make (?:it|that) |i mean )?(\d+(?:\.\d+)?)(?: (seconds?|minutes?|hours?))?\b/;
// "left?", "remaining?" said alone right after a timer turn: the time left on it.
const leftAlone = /^(?:time )?(?:left|remaining)$/;

/** The timer or reminder request an utterance makes, or `null`; `recent`, the conversation so far, says what "it" is. */
export function timerRequestOf(utterance: string, recent: readonly RecentTurn[] = []): TimerRequest | null {
  const text = alarmAsReminder(
    momentsInDigits(utterance.toLowerCase().replace(/[\u2019]/g, "'").replace(noteForm, "remind me to ").replace(secondsBeforeTimer, "$1 seconds "))
      .replace(hedgeBeforeLength, "")
      .replace(/\b(how long|how much longer|how much time|what|there|it|that)'s\b/g, "$1 is")
      .replace(/[?!.,]+(?=\s|$)/g, " ")
      .replace(/\s+/g, " ")
      .replace(lengthCorrected, (_, _first: string, firstUnit: string, length: string, unit: string | undefined) => `${length} ${unit ?? firstUnit}`)
      .trim(),
  );
  if (text === alarmList) return { intent: "reminder", slots: { action: "list", alarms: "true" } };
  if (reminderLead.test(text) || reminderWord.test(text) || asksWhatIsDue.test(text)) return reminderRequest(text, recent);
  const moved = momentFirst.exec(text);
  // "on weekdays remind me at 7:15 to pack the lunches", "every monday remind me at 7 pm to ...": a repeat said alone
  // first goes right after "remind me", before the moment said there; put last, it would part the task from its moment
  // ("... to put the bins out on monday").
  const repeatFirst = moved ? repeatIn(moved[1]) : null;
  if (moved && repeatFirst && (repeatFirst.text === "" || momentOnly(repeatFirst.text) !== null) && momentOnly(moved[1]) === null) {
    return reminderRequest(moved[2].replace(/^remind me\b/, `remind me ${moved[1]}`), recent);
  }
  // Said first, a repeat leads its moment ("on weekdays at 7:15 am"): what is left once it is read must be a moment alone.
  if (moved && momentOnly(repeatIn(moved[1])?.text ?? moved[1]) !== null) return reminderRequest(`${moved[2]} ${moved[1]}`, recent);
  const late = taskFirst.exec(text);
  const lateMoment = late?.[2] === undefined ? "" : momentOnly(late[2]);
  if (late && !questionLead.test(late[1]) && lateMoment !== null) {
    return { intent: "reminder", slots: { action: "start", task: late[1].replace(taskIntro, ""), when: lateMoment } };
  }
  const task = taskAskedWhen(recent);
  const answer = task === undefined ? null : momentOnly(text);
  if (task !== undefined && answer) {
    // "When should I remind you to take your pills every day?": the repeat asked with it comes back with the answer.
    const repeat = repeatIn(task);
    return { intent: "reminder", slots: { action: "start", task: repeat?.text ?? task, when: answer, ...(repeat ? { repeat: repeat.rule } : {}) } };
  }
  // "to check the washing" after "What should I remind you to do at 4:10 PM?": the task, at the moment asked with it.
  const whenAsked = momentAskedTask(recent);
  // A timer asked for instead ("start a countdown from 5 minutes") is no answer to the question.
  if (whenAsked && !questionLead.test(text) && !timerWord.test(text) && text.split(" ").length <= maxTaskWords) {
    const task = text.replace(/^(?:to|that i (?:need|have|must) to|i (?:need|have|must) to)\s+/, "");
    // "every day at 8:00 PM", "every hour, the first at 4:30 PM": the repeat asked with it comes back as a rule.
    const repeat = repeatIn(whenAsked);
    const when = repeat ? repeat.text.replace(/^[\s,]*the (?:first|next)\s+/, "").trim() : whenAsked;
    return { intent: "reminder", slots: { action: "start", task, when, ...(repeat ? { repeat: repeat.rule } : {}) } };
  }
  const lastIntent = lastReply(recent)?.intent;
  const next = asksNextTimer.exec(text);
  if (next && (/\btimers?\b/.test(next[0]) || lastIntent === "timer")) return { intent: "timer", slots: { action: "next" } };
  if (asksTimeLeft.test(text)) return { intent: "timer", slots: withLabel({ action: "time_left" }, timerLabel(text)) };
  if (lastIntent === "reminder" && reminderByOne.test(text)) return reminderRequest(text.replace(/ the (?:one|1) /, " the reminder "), recent);
  if (reminderByPronoun.test(text) && justSetReminder(recent)) return { intent: "reminder", slots: { action: "cancel", last: "true" } };
  // "cancel that one" right after the reminders were listed: the one listed; the coordinator asks which when there were several.
  if (reminderByPronoun.test(text) && lastIntent === "reminder" && remindersListed.test(lastReply(recent)?.content ?? "")) return { intent: "reminder", slots: { action: "cancel" } };
  // "is the cake done" in a conversation about timers: the cake timer's time left.
  const done = isItDone.exec(text);
  if (done && recent.some((t) => t.role === "assistant" && t.intent === "timer")) return { intent: "timer", slots: { action: "time_left", label: done[1] } };
  const afterTimer = lastIntent === "timer";
  if (afterTimer && leftAlone.test(text)) return { intent: "timer", slots: { action: "time_left" } };
  const ordered = text.replace(startAgain, (_, started: string | undefined, going: string | undefined) => `resume ${started ?? going}`);
  // "give it another 5 minutes", "2 more minutes" right after a timer turn: time for that timer.
  if (afterTimer && timeChange(text, true) !== 0) return timerRequest(text, true);
  const every = afterTimer ? timersByPronoun.exec(ordered) : null;
  if (every) return timerRequest(`${every[1]} all timers`);
  const bare = afterTimer ? orderAlone.exec(ordered) : null;
  if (bare) return timerRequest(`${bare[1].replace(/^un pause$/, "unpause").replace(/^keep (?:it )?going$/, "resume")} the timer`);
  if (afterTimer && timerByPronoun.test(ordered)) {
    const order = ordered.replace(new RegExp(`${pronounTail}$`), "");
    return timerRequest(order.replace(/^un pause/, "unpause").replace(/ (?:it|that (?:one|1)|that|this (?:one|1))\b/, " the timer").replace(/ (the [a-z]+) (?:one|1)$/, " $1 timer"));
  }
  const byLabel = afterTimer ? orderOnNamedTimer(ordered, recent) : null;
  if (byLabel) return timerRequest(byLabel.replace(/^un pause/, "unpause"));
  if (timerWord.test(text)) return timerRequest(text);
  if (timeVerb.test(text)) return timerRequest(text.replace(timeVerb, "set a timer for "));
  // "and a chicken one for 35": its length with no unit is in minutes, as a timer's alone is ("timer 10").
  const another = text.replace(anotherOne, "timer");
  if (afterTimer && anotherOne.test(text) && (spokenDuration(text) > 0 || unitlessMinutes(another) > 0)) return timerRequest(another);
  return null;
}
