/**
 * The time zone the evaluation's stack runs in. The set's expectations were written for a day
 * turn: "remind me at 4 pm" expects "at 4:00 PM", not "tomorrow at 4:00 PM". Run at 22:00 UTC
 * in UTC, those turns fail for the hour of the run, not for the assistant. A fixed-offset zone
 * where the run's moment is about midday on the same calendar date (so "today" and the weekday
 * are UTC's, as the set's date expectations assume) makes a run's result independent of its hour.
 */

/** The IANA zone ("Etc/GMT+10", sign inverted by POSIX convention) in which `now` is near 12:00 on `now`'s UTC date. */
export function middayZone(now: Date): string {
  const hour = now.getUTCHours() + now.getUTCMinutes() / 60;
  // Local hour = UTC hour + offset; the zone's offset runs from -12 to +14, and staying on the
  // same date needs 0 <= local hour < 24, which any offset aimed at 12 keeps.
  const offset = Math.max(-12, Math.min(14, Math.round(12 - hour)));
  if (offset === 0) return "UTC";
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** `--time-zone ZONE` names the stack's zone; without it the run is put at midday. */
export function evalTimeZone(args: string[], now: Date): string {
  const at = args.indexOf("--time-zone");
  if (at === -1) return middayZone(now);
  const zone = args[at + 1];
  if (zone === undefined || zone.startsWith("--")) throw new Error("--time-zone needs a zone, such as UTC or Europe/London");
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw new Error(`--time-zone: ${zone} is not a time zone this Node.js knows`);
  }
  return zone;
}
