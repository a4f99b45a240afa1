import { evalTimeZone, middayZone } from "../../bench/eval-time-zone";

const localHourAndDate = (zone: string, now: Date) => {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "numeric", hourCycle: "h23", day: "numeric" }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { hour: get("hour"), day: get("day") };
};

describe("middayZone", () => {
  test.each([
    ["2026-12-07T22:10:00Z", "Etc/GMT+10"],
    ["2026-12-07T12:00:00Z", "UTC"],
    ["2026-12-07T00:40:00Z", "Etc/GMT-11"],
    ["2026-12-07T05:00:00Z", "Etc/GMT-7"],
    ["2026-12-07T23:59:00Z", "Etc/GMT+12"],
  ])("at %s the stack runs in %s", (iso, zone) => {
    expect(middayZone(new Date(iso))).toBe(zone);
  });

  test("every hour of a day lands between 11:00 and 13:00 on the same date", () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const now = new Date(Date.UTC(2026, 11, 7, 0, minutes));
      const local = localHourAndDate(middayZone(now), now);
      expect(local.day).toBe(7);
      expect(local.hour).toBeGreaterThanOrEqual(11);
      expect(local.hour).toBeLessThanOrEqual(13);
    }
  });
});

describe("evalTimeZone", () => {
  const now = new Date("2026-12-07T22:00:00Z");
  test("without --time-zone, midday", () => expect(evalTimeZone(["--part", "tuned"], now)).toBe("Etc/GMT+10"));
  test("a named zone is used as given", () => expect(evalTimeZone(["--time-zone", "Europe/London"], now)).toBe("Europe/London"));
  test("an unknown zone is refused", () => expect(() => evalTimeZone(["--time-zone", "Mars/Olympus"], now)).toThrow("not a time zone"));
  test("a missing zone is refused", () => expect(() => evalTimeZone(["--time-zone"], now)).toThrow("needs a zone"));
});
