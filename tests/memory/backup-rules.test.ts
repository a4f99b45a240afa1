import { Registry } from "prom-client";
import { backupFileName, backupFileTime } from "../../agents-src/memory/backup/backup-format";
import { BackupHealth, formatAge } from "../../agents-src/memory/backup/backup-health";
import { parentsFirst } from "../../agents-src/memory/backup/backup-tables";

const table = (name: string) => ({ table: name, columns: ["id"] });

describe("parentsFirst", () => {
  it.each<[string, string[], { child: string; parent: string }[], string[]]>([
    ["no references: as listed", ["a", "b"], [], ["a", "b"]],
    ["the schema's references", ["device_tokens", "memories", "dream_memory_checks", "sessions", "turns", "users"], [
      { child: "device_tokens", parent: "users" },
      { child: "dream_memory_checks", parent: "memories" },
      { child: "turns", parent: "sessions" },
    ], ["users", "device_tokens", "memories", "dream_memory_checks", "sessions", "turns"]],
    ["a chain listed backwards", ["c", "b", "a"], [{ child: "c", parent: "b" }, { child: "b", parent: "a" }], ["a", "b", "c"]],
  ])("%s", (_what, names, references, expected) => {
    expect(parentsFirst(names.map(table), references).map((t) => t.table)).toEqual(expected);
  });

  it("refuses a cycle, which no load order satisfies", () => {
    expect(() => parentsFirst([table("a"), table("b")], [{ child: "a", parent: "b" }, { child: "b", parent: "a" }])).toThrow("foreign keys form a cycle through a");
  });
});

describe("backup file names", () => {
  it("carry the start time to the millisecond and sort by age", () => {
    const times = ["2026-12-06T09:05:01.002Z", "2026-12-06T10:00:00.000Z", "2027-01-01T00:00:00.999Z"].map((t) => new Date(t));
    const names = times.map(backupFileName);
    expect(names[0]).toBe("memories-2026-12-06T09-05-01.002Z.backup.gz");
    expect([...names].reverse().sort()).toEqual(names);
    expect(names.map((n) => backupFileTime(n)?.toISOString())).toEqual(times.map((t) => t.toISOString()));
  });

  it.each([".memories-2026-12-06T09-05-01.002Z.backup.gz.partial", "memories-latest.backup.gz", "notes.txt"])("ignore %s", (name) => {
    expect(backupFileTime(name)).toBeUndefined();
  });
});

describe("BackupHealth.readiness", () => {
  const hour = 3_600_000;
  const takenAt = new Date("2026-12-06T00:00:00.000Z");
  const at = (ms: number) => new Date(takenAt.getTime() + ms);
  const healthy = () => {
    const health = new BackupHealth(6 * hour, new Registry());
    health.succeeded({ file: "memories-x.backup.gz", takenAt, bytes: 1234, durationMs: 50 }, 1);
    return health;
  };

  it.each<[string, number, boolean, unknown]>([
    ["just taken", 0, true, { newest: "memories-x.backup.gz", takenAt: takenAt.toISOString(), bytes: 1234 }],
    ["one interval late", 11 * hour, true, expect.objectContaining({ newest: "memories-x.backup.gz" })],
    ["more than two intervals old", 12 * hour + 60_000, false, "the newest backup, memories-x.backup.gz, is 12 h 1 min old: more than 2 intervals of 6 h"],
  ])("%s", (_what, ageMs, ok, detail) => {
    expect(healthy().readiness(at(ageMs))).toEqual({ ok, detail });
  });

  it("is not ready after a failure until a backup succeeds again", () => {
    const health = healthy();
    health.failed("connect ECONNREFUSED 127.0.0.1:5432", at(hour));
    expect(health.readiness(at(hour))).toEqual({ ok: false, detail: "the last backup failed at 2026-12-06T01:00:00.000Z: connect ECONNREFUSED 127.0.0.1:5432" });
    health.succeeded({ file: "memories-y.backup.gz", takenAt: at(2 * hour), bytes: 99 }, 2);
    expect(health.readiness(at(2 * hour)).ok).toBe(true);
  });

  it("is not ready before the first backup", () => {
    expect(new BackupHealth(hour, new Registry()).readiness()).toEqual({ ok: false, detail: "no backup has been taken yet" });
  });

  it.each([[59_000, "1 min"], [45 * 60_000, "45 min"], [2 * 3_600_000, "2 h"], [26 * 3_600_000 + 5 * 60_000, "26 h 5 min"]])("formats %d ms as %s", (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
