import type { IntentHandler } from "./reply";

/** Time, date or weekday in the configured time zone, said the way a person would. */
export function clockReplies(timeZone: string, now: () => Date = () => new Date()): IntentHandler {
  const formats = {
    time: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }),
    date: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }),
    weekday: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }),
  };
  return async (decision) => {
    const at = now();
    switch (decision.slots.asks) {
      case "date":
        return { text: `Today is ${formats.date.format(at)}.` };
      case "weekday":
        return { text: `It's ${formats.weekday.format(at)}.` };
      default:
        return { text: `It's ${formats.time.format(at)}.` };
    }
  };
}
