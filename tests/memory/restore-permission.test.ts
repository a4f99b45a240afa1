import { tmpdir } from "node:os";
import { join } from "node:path";
import { permissionProblem, runRestoreCommand } from "../../agents-src/memory/backup/restore-command";

/**
 * The Docker-engine run (npm run test:docker, step 7) found a backup put back with `docker cp`
 * to be root's, mode 0600, which the restore, as the agent user, may not read. The tests run as
 * root, whom no file mode stops, so what the restore then says is checked here.
 */
describe("what a restore refused access says", () => {
  it.each([
    [
      "/var/backups/voice/memories-1.backup.gz",
      { uid: 0, mode: 0o100600 },
      10001,
      "backup" as const,
      "permission denied on /var/backups/voice/memories-1.backup.gz (it belongs to uid 0, mode 0600); the restore runs as uid 10001: " +
        "in Docker, put the backup into the backups volume through the backup container (docs/backups.md, In Docker)",
    ],
    [
      "/var/lib/voice/speakers",
      { uid: 0, mode: 0o40755 },
      10001,
      "speakers" as const,
      "permission denied on /var/lib/voice/speakers (it belongs to uid 0, mode 0755); the restore runs as uid 10001: " +
        "pc2's speakers directory must be writable by the user pc2 runs as, which the restore must run as too (--user 10001:10001)",
    ],
    [
      "/backups/x.backup.gz",
      undefined,
      1000,
      "backup" as const,
      "permission denied on /backups/x.backup.gz; the restore runs as uid 1000: " +
        "in Docker, put the backup into the backups volume through the backup container (docs/backups.md, In Docker)",
    ],
  ])("%s %j as uid %d", (path, owner, uid, what, expected) => {
    expect(permissionProblem(path, owner, uid, what)).toBe(expected);
  });
});

describe("a backup file the restore cannot read", () => {
  // Before, the read stream's error reached no listener and ended the process; the same path as
  // EACCES, which the tests (as root) cannot provoke.
  it.each([
    ["missing", () => join(tmpdir(), `no-such-${process.pid}.backup.gz`), /^restore failed: ENOENT: no such file or directory, open /],
    ["a directory", () => tmpdir(), /^restore failed: EISDIR: illegal operation on a directory, read/],
  ])("%s: refused with the reason and nothing changed", async (_what, file, reason) => {
    let err = "";
    const code = await runRestoreCommand([file()], { MIGRATION_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" }, { line: () => undefined, error: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(reason);
    expect(err).toMatch(/nothing was changed$/);
  });
});
