import { readFileSync } from "node:fs";
import * as path from "node:path";
import { migrationUrl, planDockerRestore } from "../../scripts/docker-e2e/backup-restore";
import { runConfig, stackSettings } from "../../scripts/docker-e2e/program-run";
import { repoRoot, testSecrets } from "../pulumi/mockedProgram";

/**
 * npm run test:docker restores a backup with the `docker run` that planDockerRestore builds from
 * the stack's settings; docs/backups.md "In Docker" must tell a user the same command, or the
 * Docker-engine run proves something the users never run.
 */
const backup = "memories-2026-12-06T14-58-11.350Z.backup.gz";
const settingsOf = (stack: "dev" | "prod", overrides: Record<string, unknown> = {}) => stackSettings(runConfig(stack, overrides));

/** The stack the docs' example is for: a database container, the default volume names, local images. */
const documentedStack = () => settingsOf("dev", { volumes: {}, images: { tag: "0.1.0", baseImage: "node:20-bookworm-slim" } });

/** The shell block of "### In Docker" that runs the restore, as words: continuation lines joined, double quotes dropped. */
function documentedCommands(): { runArgs: string[]; urlLine: string } {
  const doc = readFileSync(path.join(repoRoot, "docs/backups.md"), "utf8");
  const section = doc.slice(doc.indexOf("### In Docker"), doc.indexOf("## Figures"));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.find((b) => b.includes("restore-command.js"));
  if (block === undefined) throw new Error("docs/backups.md \"In Docker\" has no restore command");
  const joined = block.replace(/\\\n\s*/g, "");
  const run = joined.split("\n").find((line) => line.startsWith("docker run "));
  const urlLine = joined.split("\n").find((line) => line.includes("migration-url") && line.startsWith("printf"));
  if (run === undefined || urlLine === undefined) throw new Error("the restore block has no docker run or no migration URL");
  return { runArgs: run.replace(/"/g, "").split(/\s+/).slice(1), urlLine };
}

describe("the restore in Docker", () => {
  it("is the command docs/backups.md gives, for the stack it describes", () => {
    const settings = documentedStack();
    const { runArgs } = documentedCommands();
    const documented = runArgs.map((word) => word.replace("<images.tag>", settings.images.tag).replace("memories-<time>.backup.gz", backup));
    expect(documented).toEqual(planDockerRestore(settings, backup, "$secrets/migration-url"));
  });

  it("connects with the URL docs/backups.md builds", () => {
    const { urlLine } = documentedCommands();
    const documented = /"(postgresql:[^"]+)"/.exec(urlLine)?.[1].replace("$(pulumi config get dbMigrationPassword)", testSecrets.dbMigrationPassword);
    expect(documented).toBe(migrationUrl(documentedStack(), testSecrets.dbMigrationPassword));
  });

  it.each([
    ["dev", {}, { network: "voice_assistant_network", backups: "voice_dev_backups", speakers: "voice_dev_speakers", image: "voice-memory:dev" }],
    ["prod", {}, { network: "monitoring_network", backups: "voice_backups", speakers: "voice_speakers", image: "registry.voice-host:5000/voice/voice-memory:0.1.0" }],
    [
      "prod",
      { volumes: { speakers: { type: "bind", hostPath: "/srv/voice-assistant/speakers" }, backups: { type: "volume", name: "kept_backups" } } },
      { network: "monitoring_network", backups: "kept_backups", speakers: "/srv/voice-assistant/speakers", image: "registry.voice-host:5000/voice/voice-memory:0.1.0" },
    ],
  ] as const)("%s %j: network, volumes and image from the stack's settings", (stack, overrides, expected) => {
    const args = planDockerRestore(settingsOf(stack, overrides), backup, "/tmp/x/migration-url");
    expect(args.slice(0, 6)).toEqual(["run", "--rm", "--network", expected.network, "--user", "10001:10001"]);
    expect(args).toContain(`${expected.backups}:/var/backups/voice:ro`);
    expect(args).toContain(`${expected.speakers}:/var/lib/voice/speakers`);
    expect(args).toContain("STT_SPEAKER_MODELS_DIR=/var/lib/voice/speakers");
    expect(args.slice(-4)).toEqual([expected.image, "node", "dist/agents-src/memory/backup/restore-command.js", `/var/backups/voice/${backup}`]);
  });

  it("reaches an external database as the agents do", () => {
    expect(migrationUrl(settingsOf("prod"), "pw")).toBe("postgresql://voice_migrator:pw@shared-postgres:5432/voice?sslmode=require");
  });
});
