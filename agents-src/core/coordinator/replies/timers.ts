import { swapPerson } from "../../../kit/perspective";
import { PeerClient, PeerError } from "../../../kit/peer-client";
import { wordRunWithin } from "../../../kit/word-forms";
import { timerSetReply } from "../../task-router/change-requests";
import { lastReply } from "../../task-router/conversation-context";
import { agendaDays, goesOffOn, monthsBefore, movedMoment, reminderDue } from "../reminder-moment";
import { clockOf, reminderFor, spokenDay, spokenMoment, spokenRepeat, spokenSpan, timerName } from "../timer-speech";
import { momentIn, wallClock } from "../zone-time";
import { cannotReach, capitalised, IntentHandler, Reply, TurnContext } from "./reply";

export interface Timer {
  id: string;
  kind: "timer" | "reminder";
  label: string | null;
  durationMs: number | null;
  dueAt: string;
  remainingMs: number;
  state: "running" | "paused" | "fired" | "cancelled";
  /** How a reminder comes back ("P1D", "weekdays", "PT4H"); absent or null for one that does not. */
  repeat?: string | null;
  createdAt?: string;
}

/** The one set last: what "make it 15" or "add 5 minutes" right after setting one is about. */
const newest = (timers: Timer[]): Timer | undefined => [...timers].sort((a, b) => Date.parse(b.createdAt ?? "") - Date.parse(a.createdAt ?? ""))[0];

/** Whether the assistant's last turn set a timer, or set one again. */
const justSetTimer = (context: TurnContext): boolean => {
  const last = lastReply(context.recent);
  return last?.intent === "timer" && timerSetReply.test(last.content);
};

/** The one named timer the assistant's last reply spoke of: what "it" is in "resume it" after "pause the pasta timer". */
const spokenOf = (timers: Timer[], context: TurnContext): Timer | undefined => {
  const last = lastReply(context.recent);
  if (last?.intent !== "timer") return undefined;
  const said = timers.filter((t) => t.label && last.content.toLowerCase().includes(timerName(t).toLowerCase()));
  return said.length === 1 ? said[0] : undefined;
};

// The turn runs as its user (runAsUser), so the kit's peer client sends x-voice-user itself.
const userScope = (context: TurnContext) => ({ signal: context.signal });

function described(timer: Timer): string {
  const left = spokenSpan(timer.remainingMs);
  return timer.state === "paused" ? `${timerName(timer)}, paused with ${left} left` : `${timerName(timer)}, ${left} left`;
}

const dayMs = 86_400_000;
/** "1 week", "2 days", "1 hour and 30 minutes": a span counted back, in the largest whole unit. */
const spokenBack = (ms: number): string =>
  ms % (7 * dayMs) === 0 ? `${ms / (7 * dayMs)} week${ms === 7 * dayMs ? "" : "s"}` : ms % dayMs === 0 ? `${ms / dayMs} day${ms === dayMs ? "" : "s"}` : spokenSpan(ms);

/** The span a reminder is counted back by: calendar months ("3 months"), else a span of time. */
const spanBack = (slots: Record<string, string>): string =>
  slots.beforeMonths ? `${slots.beforeMonths} month${slots.beforeMonths === "1" ? "" : "s"}` : spokenBack(Number(slots.before));

/**
 * An agenda said: the reminders that go off `when` ("tomorrow", "this week"), then the kept facts that
 * name its days (`undefined` when memory could not be reached), or that nothing is known of `days`.
 */
function agendaSaid(when: string, due: string[], facts: string[] | undefined, days: "that day" | "those days"): string {
  const reminders = due.length === 0 ? "" : `${capitalised(when)} you have ${due.length === 1 ? "a reminder" : `${due.length} reminders`}: ${due.join("; ")}.`;
  if (facts === undefined) return `${reminders || `You have no reminders ${when}.`} I can't reach my memory right now, so I can't say what you've told me about it.`;
  const told = facts.length > 0 ? `${due.length > 0 ? "You also told me" : `For ${when.replace(/^on /, "")}, you told me`} that ${facts.join("; and that ")}.` : "";
  if (!reminders && !told) return `I don't know of anything ${when}: you have no reminders then, and nothing you've told me is on ${days}.`;
  return [reminders, told].filter(Boolean).join(" ");
}

/** "both", "all 3": how many were cancelled together. */
const every = (count: number): string => (count === 2 ? "both" : `all ${count}`);

// Said aloud, a list longer than this is more than anyone takes in; the soonest come first.
const maxSaid = 5;

/** "You have 2 timers: ...; ...", or past `maxSaid`, the count and the soonest few. */
function listed(items: string[], noun: string): string {
  if (items.length === 1) return `You have one ${noun}: ${items[0]}.`;
  if (items.length <= maxSaid) return `You have ${items.length} ${noun}s: ${items.join("; ")}.`;
  return `You have ${items.length} ${noun}s. The next ${maxSaid}: ${items.slice(0, maxSaid).join("; ")}. The web client lists them all.`;
}

// "the painkillers" for the reminder to "take my painkillers": whose or which the thing is, said
// again, may be said with other words than the reminder was set with.
const leadingDeterminer = /^(?:the|my|our|your|a|an|his|her|their)\s+/;

/** Whether `task`, as a request to cancel says it, names the reminder labelled `label`. */
export function namesReminder(task: string, label: string | null | undefined): boolean {
  return (label ?? "").toLowerCase().includes(task.toLowerCase().replace(leadingDeterminer, ""));
}

/**
 * Whether `asked`, as a request says a timer's name, names the timer labelled `label`: its words in
 * order among the label's, each in either form ("onion" the "onions" timer, "the potatoes" the
 * "roast potatoes" timer). A label said exactly is looked for first, so "rice" still picks the
 * "rice" timer beside a "rice pudding" one.
 */
export function namesTimer(asked: string, label: string | null | undefined): boolean {
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter((w) => w !== "");
  return wordRunWithin(words(asked.toLowerCase().replace(leadingDeterminer, "")), words(label ?? ""));
}

/**
 * Timers and reminders, kept by the timekeeper under the user's id. A request that names no
 * timer means the only one there is; with several, the assistant lists them and asks which.
 */
export function timerReplies(
  timekeeper: PeerClient,
  timeZone: string,
  now: () => Date = () => new Date(),
  keptMoment: (thing: string, context: TurnContext) => Promise<Date | undefined> = async () => undefined,
  keptOnDay: (day: Date, context: TurnContext) => Promise<string[] | undefined> = async () => [],
): Record<"timer" | "reminder", IntentHandler> {
  /** "remind me about it an hour before": the kept moment of the thing, less the span; a reply instead when there is none to count from. */
  const countedBack = async (slots: Record<string, string>, at: Date, context: TurnContext): Promise<Date | Reply> => {
    const span = spanBack(slots);
    if (!slots.of) return { text: `${capitalised(span)} before what?` };
    const thing = swapPerson(slots.of);
    const kept = await keptMoment(slots.of, context);
    if (!kept) return { text: `I don't know when ${thing} is, so I can't count ${span} back from it. Tell me when it is, or when to remind you.` };
    const due = slots.beforeMonths ? monthsBefore(kept, Number(slots.beforeMonths), at, timeZone) : new Date(kept.getTime() - Number(slots.before));
    if (!due) return { text: `I can't count ${span} back from ${thing}. Tell me when to remind you.` };
    if (due.getTime() <= at.getTime()) return { text: `${capitalised(thing)} is ${spokenMoment(kept, at, timeZone)}, so ${span} before it has passed.` };
    return due;
  };

  const active = async (context: TurnContext, kind: Timer["kind"]): Promise<Timer[]> =>
    (await timekeeper.get<{ timers: Timer[] }>("/v1/timers", userScope(context))).timers.filter((t) => t.kind === kind);
  const change = (timer: Timer, action: "pause" | "resume" | "cancel", context: TurnContext) =>
    timekeeper.post<Timer>(`/v1/timers/${timer.id}/${action}`, {}, { ...userScope(context), idempotent: true });

  /** The timer a request is about: named, the only one, or the one just set; a reply instead when that is unclear. */
  const chosen = (timers: Timer[], label: string | undefined, context: TurnContext): Timer | Reply => {
    const exactly = label ? timers.filter((t) => t.label?.toLowerCase() === label.toLowerCase()) : timers;
    const named = exactly.length > 0 || !label ? exactly : timers.filter((t) => namesTimer(label, t.label));
    if (named.length === 1) return named[0];
    if (named.length > 1 && justSetTimer(context)) return newest(named)!;
    if (!label && named.length > 1 && spokenOf(named, context)) return spokenOf(named, context)!;
    if (timers.length === 0) return { text: "You don't have any timers running." };
    if (named.length === 0) return { text: `You don't have ${/^[aeiou]/i.test(label ?? "") ? "an" : "a"} ${label} timer. You have ${timers.map(timerName).join(" and ").replace(/\byour /g, "")}.` };
    return { text: `You have ${named.length} timers: ${named.map(described).join("; ")}. Which one do you mean?` };
  };
  const isReply = (value: Timer | Reply): value is Reply => "text" in value;

  const timer: IntentHandler = async ({ slots }, context) => {
    try {
      switch (slots.action) {
        case "start": {
          // "set two timers, one for 4 minutes and one for 9": each is set, unnamed, and said by its length.
          if (slots.moreMs) {
            const lengths = [slots.durationMs, ...slots.moreMs.split(",")].map(Number);
            for (const durationMs of lengths) await timekeeper.post<Timer>("/v1/timers", { kind: "timer", durationMs }, userScope(context));
            const spans = lengths.map(spokenSpan);
            return { text: `Okay, ${lengths.length} timers are set, for ${spans.slice(0, -1).join(", ")} and ${spans[spans.length - 1]}, starting now.` };
          }
          const started = await timekeeper.post<Timer>(
            "/v1/timers",
            { kind: "timer", durationMs: Number(slots.durationMs), ...(slots.label ? { label: slots.label } : {}) },
            userScope(context),
          );
          // An unnamed timer is named by its length elsewhere ("your 5 minute timer"); here that would say it twice.
          const name = started.label ? timerName(started) : "your timer";
          return { text: `Okay, ${name} is set for ${spokenSpan(Number(slots.durationMs))}, starting now.` };
        }
        case "list": {
          const timers = await active(context, "timer");
          if (timers.length === 0) return { text: "You don't have any timers running." };
          return { text: listed(timers.map(described), "timer") };
        }
        case "cancel": {
          const timers = await active(context, "timer");
          if (slots.all === "true" && timers.length > 0) {
            await Promise.all(timers.map((t) => change(t, "cancel", context)));
            return { text: timers.length === 1 ? `Okay, I've cancelled ${timerName(timers[0])}.` : `Okay, I've cancelled ${every(timers.length)} timers.` };
          }
          const target = chosen(timers, slots.label, context);
          if (isReply(target)) return target;
          await change(target, "cancel", context);
          return { text: `Okay, I've cancelled ${timerName(target)}.` };
        }
        case "pause":
        case "resume": {
          const timers = await active(context, "timer");
          // Only a running timer can be paused and only a paused one resumed: when one alone can, "resume the timer" means it.
          const able = timers.filter((t) => t.state !== (slots.action === "pause" ? "paused" : "running"));
          const target = !slots.label && able.length === 1 && !spokenOf(timers, context) ? able[0] : chosen(timers, slots.label, context);
          if (isReply(target)) return target;
          if (target.state === (slots.action === "pause" ? "paused" : "running")) {
            return { text: `${capitalised(timerName(target))} is already ${target.state}, with ${spokenSpan(target.remainingMs)} left.` };
          }
          const changed = await change(target, slots.action, context);
          return { text: `Okay, ${timerName(changed)} is ${changed.state === "paused" ? "paused" : "running again"}, with ${spokenSpan(changed.remainingMs)} left.` };
        }
        case "reset": {
          // A new one of the same length and name is set before the old goes, so a failure between leaves one too many, never none.
          const target = chosen(await active(context, "timer"), slots.label, context);
          if (isReply(target)) return target;
          if (!target.durationMs) return { text: `I don't know how long ${timerName(target)} was set for, so I can't reset it.` };
          const again = await timekeeper.post<Timer>("/v1/timers", { kind: "timer", durationMs: target.durationMs, ...(target.label ? { label: target.label } : {}) }, userScope(context));
          await change(target, "cancel", context);
          return { text: `Okay, ${again.label ? timerName(again) : "your timer"} is back to ${spokenSpan(target.durationMs)}, starting now.` };
        }
        case "change": {
          // "make it 15" right after a 10 minute timer was set: that timer, 15 minutes long from when it started.
          const target = newest(await active(context, "timer"));
          if (!target) return { text: "You don't have any timers running." };
          const ms = Number(slots.durationMs) - (target.durationMs ?? 0);
          if (ms === 0) return { text: `${capitalised(timerName(target))} is already ${spokenSpan(Number(slots.durationMs))}, with ${spokenSpan(target.remainingMs)} left.` };
          if (target.remainingMs + ms <= 0) return { text: `${capitalised(timerName(target))} has already run longer than ${spokenSpan(Number(slots.durationMs))}. It has ${spokenSpan(target.remainingMs)} left.` };
          const changed = await timekeeper.post<Timer>(`/v1/timers/${target.id}/add-time`, { ms }, userScope(context));
          const name = changed.label ? timerName(changed) : "your timer";
          return { text: `Okay, ${name} is now ${spokenSpan(Number(slots.durationMs))}, with ${spokenSpan(changed.remainingMs)} left.` };
        }
        case "next": {
          // Paused ones go off only once resumed: the soonest is among the running.
          const [soonest] = (await active(context, "timer")).filter((t) => t.state === "running").sort((a, b) => a.remainingMs - b.remainingMs);
          if (!soonest) return { text: "You don't have any timers running." };
          return { text: `${capitalised(timerName(soonest))} goes off first, in ${spokenSpan(soonest.remainingMs)}.` };
        }
        case "add": {
          const target = chosen(await active(context, "timer"), slots.label, context);
          if (isReply(target)) return target;
          const ms = Number(slots.durationMs);
          const changed = await timekeeper.post<Timer>(`/v1/timers/${target.id}/add-time`, { ms }, userScope(context));
          const done = ms > 0 ? `added ${spokenSpan(ms)} to` : `taken ${spokenSpan(-ms)} off`;
          return { text: `Okay, I've ${done} ${timerName(changed)}: ${spokenSpan(changed.remainingMs)} left${changed.state === "paused" ? ", paused" : ""}.` };
        }
        default: {
          const timers = await active(context, "timer");
          // "how long left on my timers": with several and none named, each one's time left answers it.
          if (!slots.label && timers.length > 1) return { text: listed(timers.map(described), "timer") };
          const target = chosen(timers, slots.label, context);
          if (isReply(target)) return target;
          return { text: `${capitalised(timerName(target))} has ${spokenSpan(target.remainingMs)} left${target.state === "paused" ? " and is paused" : ""}.` };
        }
      }
    } catch (err) {
      return cannotReach("my timers", err);
    }
  };

  /**
   * "make it 7 pm" right after a reminder was set: the newest reminder, moved. A one-off one moves in
   * place; a repeating one is set again from its new first moment before the old series is cancelled,
   * so a failure between the two leaves one too many, never none.
   */
  const moved = async (when: string, at: Date, context: TurnContext): Promise<Reply> => {
    const target = newest(await active(context, "reminder"));
    if (!target) return { text: "You don't have any reminders to change." };
    const old = new Date(target.dueAt);
    const due = movedMoment(when, old, at, timeZone);
    const task = reminderFor(target.label ?? "");
    if (!due) return { text: `When should I remind you ${task} instead?` };
    if (due.getTime() <= at.getTime()) return { text: `That time has passed. When should I remind you ${task} instead?` };
    if (!target.repeat) {
      const changed = await timekeeper.post<Timer>(`/v1/timers/${target.id}/add-time`, { ms: due.getTime() - old.getTime() }, userScope(context));
      return { text: `Okay, I'll remind you ${task} ${spokenMoment(new Date(changed.dueAt), at, timeZone)} instead.` };
    }
    const again = await timekeeper.post<Timer>(
      "/v1/timers",
      { kind: "reminder", label: target.label, dueAt: due.toISOString(), repeat: target.repeat, timeZone },
      userScope(context),
    );
    await change(target, "cancel", context);
    return { text: `Okay, I'll remind you ${task} ${spokenRepeat(target.repeat, new Date(again.dueAt), at, timeZone)} instead.` };
  };

  /**
   * "what have I got on saturday": the reminders that go off that day, soonest first, and the kept facts
   * that name it. The assistant has no calendar: this is all it knows of the day, and it says so.
   */
  /** "what have i got this week": the reminders that go off on the span's days, each with its day, and the kept facts that name them. */
  const spanAgenda = async (span: string, at: Date, context: TurnContext): Promise<Reply> => {
    const days = agendaDays(span, at, timeZone) ?? [];
    const reminders = await active(context, "reminder");
    // A one-off is said with its day; one that comes back, once with its rule ("every day at 8:00 PM"), not on each day.
    const oneOffs = reminders
      .filter((r) => !r.repeat && days.some((day) => goesOffOn(new Date(r.dueAt), null, day, timeZone)))
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
      .map((r) => `${reminderFor(r.label ?? "")} ${spokenMoment(new Date(r.dueAt), at, timeZone)}`);
    const series = reminders
      .filter((r) => r.repeat && days.some((day) => goesOffOn(new Date(r.dueAt), r.repeat, day, timeZone)))
      .map((r) => `${reminderFor(r.label ?? "")} ${spokenRepeat(r.repeat ?? "", new Date(r.dueAt), at, timeZone, "next")}`);
    const due = [...oneOffs, ...series];
    const kept = await Promise.all(days.map((day) => keptOnDay(day, context)));
    const facts = kept.some((f) => f === undefined) ? undefined : [...new Set(kept.flatMap((f) => f ?? []))];
    return { text: agendaSaid(span.replace(/^(?:the )?weekend$/, "this weekend"), due, facts, "those days") };
  };

  const agenda = async (said: string, at: Date, context: TurnContext): Promise<Reply> => {
    const moment = momentIn(said, at, timeZone);
    if (!moment) return { text: "Which day do you mean?" };
    const day = moment.start.date();
    const when = spokenDay(day, at, timeZone);
    const due = (await active(context, "reminder"))
      .filter((r) => goesOffOn(new Date(r.dueAt), r.repeat, day, timeZone))
      .map((r) => ({ task: reminderFor(r.label ?? ""), clock: clockOf(new Date(r.dueAt), timeZone), minutes: wallMinutes(new Date(r.dueAt)) }))
      .sort((a, b) => a.minutes - b.minutes);
    return { text: agendaSaid(when, due.map((r) => `${r.task} at ${r.clock}`), await keptOnDay(day, context), "that day") };
  };
  /** Minutes into the day on the stack's wall clock: a repeating reminder's next day is not the one asked about. */
  const wallMinutes = (at: Date): number => {
    const { hour, minute } = wallClock(at, timeZone);
    return hour * 60 + minute;
  };

  const reminder: IntentHandler = async ({ slots }, context) => {
    const at = now();
    try {
      if (slots.action === "agenda") return slots.span ? await spanAgenda(slots.span, at, context) : await agenda(slots.day ?? "today", at, context);
      if (slots.action === "start" && (slots.before || slots.beforeMonths)) {
        const due = await countedBack(slots, at, context);
        if ("text" in due) return due;
        await timekeeper.post<Timer>("/v1/timers", { kind: "reminder", label: slots.task, dueAt: due.toISOString() }, userScope(context));
        return { text: `Okay, I'll remind you ${reminderFor(slots.task ?? "")} ${spokenMoment(due, at, timeZone)}, ${spanBack(slots)} before ${slots.of && /^about /.test(slots.task ?? "") ? "it" : swapPerson(slots.of ?? "it")}.` };
      }
      if (slots.action === "move") return await moved(slots.when ?? "", at, context);
      if (slots.action === "start") {
        const { repeat } = slots;
        const due = reminderDue(slots.when ?? "", at, timeZone, slots.task, Boolean(repeat));
        // A repeating one whose first moment has passed today starts at the next: the timekeeper moves it.
        if (!due || (!repeat && due.getTime() <= at.getTime())) {
          const place = slots.trigger ? `I can't tell where you are, so I can't remind you ${swapPerson(slots.trigger)}, only at a time. ` : "";
          return { text: `${place}When should I remind you ${reminderFor(slots.task ?? "do that")}${repeat ? ` ${spokenRepeat(repeat, undefined, at, timeZone)}` : ""}?` };
        }
        if (!slots.task) return { text: `What should I remind you to do ${repeat ? spokenRepeat(repeat, due, at, timeZone) : spokenMoment(due, at, timeZone)}?` };
        let set: Timer;
        try {
          set = await timekeeper.post<Timer>(
            "/v1/timers",
            { kind: "reminder", label: slots.task, dueAt: due.toISOString(), ...(repeat ? { repeat, timeZone } : {}) },
            userScope(context),
          );
        } catch (err) {
          // The timekeeper counts a series on PostgreSQL's clock, which may not know a zone Node does: that is no outage.
          if (repeat && err instanceof PeerError && err.status === 400 && /unknown time zone/.test(JSON.stringify(err.body ?? ""))) {
            return { text: `Sorry, I can't set a reminder that comes back: my reminders don't know the time zone ${timeZone}. A one-off reminder still works.`, warnings: [err.message] };
          }
          throw err;
        }
        const first = new Date(set.dueAt);
        return { text: `Okay, I'll remind you ${reminderFor(slots.task ?? "")} ${repeat ? spokenRepeat(repeat, first, at, timeZone) : spokenMoment(first, at, timeZone)}.` };
      }
      const reminders = await active(context, "reminder");
      const when = (r: Timer) => {
        const due = new Date(r.dueAt);
        return `${swapPerson(r.label ?? "")} ${r.repeat ? spokenRepeat(r.repeat, due, at, timeZone, "next") : spokenMoment(due, at, timeZone)}`;
      };
      if (slots.action === "cancel") {
        // "cancel that" right after one was set: the one set last.
        const justSet = slots.last === "true" ? newest(reminders) : undefined;
        const targets = justSet ? [justSet] : slots.all === "true" ? reminders : reminders.filter((r) => !slots.task || namesReminder(slots.task, r.label));
        if (targets.length === 0) return { text: "You don't have a reminder like that." };
        if (targets.length > 1 && slots.all !== "true") return { text: `You have ${targets.length} reminders: ${targets.map(when).join("; ")}. Which one should I cancel?` };
        await Promise.all(targets.map((r) => change(r, "cancel", context)));
        return { text: targets.length === 1 ? `Okay, I've cancelled ${timerName(targets[0])}.` : `Okay, I've cancelled ${every(targets.length)} reminders.` };
      }
      if (slots.alarms === "true") {
        // An alarm is a reminder to wake up (the router's alarmAsReminder): the others are no alarms.
        const alarms = reminders.filter((r) => /^wake up\b/i.test(r.label ?? ""));
        return { text: alarms.length === 0 ? "You don't have any alarms set." : listed(alarms.map(when), "alarm") };
      }
      if (reminders.length === 0) return { text: "You don't have any reminders." };
      if (slots.next === "true") {
        const [soonest] = [...reminders].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
        return { text: `Your next reminder is ${reminderFor(soonest.label ?? "")} ${spokenMoment(new Date(soonest.dueAt), at, timeZone)}.` };
      }
      return { text: listed(reminders.map(when), "reminder") };
    } catch (err) {
      return cannotReach("my reminders", err);
    }
  };

  return { timer, reminder };
}
