import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { tarOneFile } from "../../scripts/docker-e2e/upload-archive";

describe("tarOneFile, read back by GNU tar", () => {
  it.each<[string, string, number]>([
    ["/run/voice-secrets/database-url", "postgresql://voice_app:p%40ss@postgres:5432/voice", 0o444],
    ["/etc/empty", "", 0o644],
    ["/run/exactly-512", "x".repeat(512), 0o400],
  ])("%s keeps its content and mode", (name, content, mode) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "voice-tar-"));
    const archive = path.join(dir, "upload.tar");
    fs.writeFileSync(archive, tarOneFile(name, content, mode));
    const listing = execFileSync("tar", ["-tvf", archive], { encoding: "utf8" });
    expect(listing).toContain(name.slice(1));
    execFileSync("tar", ["-xpf", archive, "-C", dir]);
    const extracted = path.join(dir, name);
    expect(fs.readFileSync(extracted, "utf8")).toBe(content);
    expect(fs.statSync(extracted).mode & 0o777).toBe(mode);
  });
});
