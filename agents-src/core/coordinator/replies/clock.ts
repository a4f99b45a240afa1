import { calendarDaysBetween, momentIn } from "../zone-time";
import { capitalised, IntentHandler } from "./reply";

/**
 * Time, date or weekday in the configured time zone, said the way a person would; for a day the
 * question names ("what's the date next friday", "how many days until christmas"), that day.
 */
export function clockReplies(timeZone: string, now: () => Date = () => new Date()): IntentHandler {
  const formats = {
    time: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }),
    date: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }),
    weekday: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }),
  };
  return async (decision) => {
    const at = now();
    const { asks, day, dayName } = decision.slots;
    const named = day ? momentIn(day, at, timeZone) : undefined;
    if (named && asks !== "time") {
      const date = named.start.date();
      const days = calendarDaysBetween(at, date, timeZone);
      if (days === 0) return { text: `${dayName ? `${dayName} is today` : "That's today"}, ${formats.date.format(date)}.` };
      if (asks === "days_until") {
        if (days < 0) return { text: `${dayName ?? capitalised(day ?? "")} was ${-days} day${days === -1 ? "" : "s"} ago, on ${formats.date.format(date)}.` };
        return { text: `${dayName ?? capitalised(day ?? "")} is ${days === 1 ? "tomorrow" : `in ${days} days`}, on ${formats.date.format(date)}.` };
      }
      if (dayName) return { text: `${dayName} is on ${formats.date.format(date)}.` };
      return { text: `${days < 0 ? "That was" : "That's"} ${formats.date.format(date)}.` };
    }
    switch (asks) {
      case "date":
        return { text: `Today is ${formats.date.format(at)}.` };
      case "weekday":
        return { text: `It's ${formats.weekday.format(at)}.` };
      default:
        return { text: `It's ${formats.time.format(at)}.` };
    }
  };
}
