/**
 * `restore FILE [--replace]`: loads a backup into the database that MIGRATION_DATABASE_URL (or
 * DATABASE_URL; either also as *_FILE) names, connecting as the role that owns the schema, and its
 * speaker models into STT_SPEAKER_MODELS_DIR (pc2's). The file is checked completely before the
 * database is touched; the schema comes from this version's migrations, applied first as db-setup
 * applies them; then the rows, in one transaction, with the speaker models staged beside pc2's in
 * the same pass and moved into place once the rows are committed. In a
 * container: `node dist/agents-src/memory/backup/restore-command.js FILE`; on a workstation,
 * `npm run restore -- FILE` (scripts/restore.ts).
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Client } from "pg";
import { z } from "zod";
import { ConfigError, createLogger, loadConfig } from "../../kit";
import { applyMigrations } from "../db-setup/apply-migrations";
import { BackupFileError } from "./backup-format";
import { readBackup } from "./read-backup";
import { occupiedTables, refusalForOccupied, restoreBackup, RestoreRefused } from "./restore-backup";
import { PlacedSpeakers, StagedSpeakerModels } from "./speaker-files";

export const restoreUsage = "usage: restore FILE [--replace]\n  --replace  delete what the database holds and restore the backup in its place";

const restoreConfig = z
  .object({
    MIGRATION_DATABASE_URL: z.url().optional(),
    DATABASE_URL: z.url().optional(),
    MIGRATIONS_DIR: z.string().min(1).default(resolve(__dirname, "../migrations")),
    DB_WAIT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
    // No default: the image has an empty /var/lib/voice/speakers of its own, and models written
    // there without the speakers volume mounted would vanish with the container.
    STT_SPEAKER_MODELS_DIR: z.string().min(1).optional(),
  })
  .refine((c) => c.MIGRATION_DATABASE_URL !== undefined || c.DATABASE_URL !== undefined, {
    message: "set MIGRATION_DATABASE_URL (or DATABASE_URL, or either as *_FILE) to the database to restore into, as the role that owns its schema",
    path: ["MIGRATION_DATABASE_URL"],
  });

export interface CommandOutput {
  line(text: string): void;
  error(text: string): void;
}

/** Where a URL points, without its credentials, for messages. */
function databaseName(url: string): string {
  const u = new URL(url);
  return `${u.pathname.slice(1)} on ${u.hostname}:${u.port || "5432"}`;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/**
 * What a restore that was refused access to a file or folder tells the user. In Docker it runs as
 * the agent user (uid 10001), and the ways a backup reaches the backups volume by hand leave it
 * unreadable there (`docker cp` writes it as root, mode 0600; the stack's containers cannot chown,
 * found on the engine); a bare EACCES says neither whose the file is nor who the restore is.
 */
export function permissionProblem(
  path: string,
  owner: { uid: number; mode: number } | undefined,
  runningAs: number,
  what: "backup" | "speakers",
): string {
  const whose = owner === undefined ? "" : ` (it belongs to uid ${owner.uid}, mode ${(owner.mode & 0o777).toString(8).padStart(4, "0")})`;
  const hint =
    what === "backup"
      ? "in Docker, put the backup into the backups volume through the backup container (docs/backups.md, In Docker)"
      : "pc2's speakers directory must be writable by the user pc2 runs as, which the restore must run as too (--user 10001:10001)";
  return `permission denied on ${path}${whose}; the restore runs as uid ${runningAs}: ${hint}`;
}

/** Runs the command; resolves to the process exit code (0 restored, 1 failed or refused, 2 usage). */
export async function runRestoreCommand(args: string[], env: NodeJS.ProcessEnv, out: CommandOutput): Promise<number> {
  const replace = args.includes("--replace");
  const positional = args.filter((a) => a !== "--replace");
  if (positional.length !== 1 || positional[0].startsWith("-")) {
    out.error(restoreUsage);
    return 2;
  }
  const file = positional[0];
  let config: z.infer<typeof restoreConfig>;
  try {
    config = loadConfig(restoreConfig, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    out.error(`restore: ${err.message}`);
    return 2;
  }
  const url = (config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL) as string;
  const speakersDir = config.STT_SPEAKER_MODELS_DIR;
  const started = Date.now();
  let migrated = false;
  try {
    out.line(`checking ${file}`);
    const checked = await readBackup(file);
    const counts = Object.entries(checked.trailer.rows).map(([t, n]) => `${t} ${n}`).join(", ");
    out.line(`backup taken ${checked.header.createdAt} from ${checked.header.server}: ${plural(checked.totalRows, "row")} (${counts})`);
    const speakers = checked.trailer.speakers;
    out.line(
      speakers > 0
        ? `speaker models of ${plural(speakers, "user")}`
        : checked.holdsSpeakerModels
          ? "no speaker models in it: no user had enrolled their voice"
          : "no speaker models in it: the backup is from before they were backed up; users who had enrolled their voice enrol again",
    );
    if (speakers > 0 && speakersDir === undefined) {
      throw new RestoreRefused(
        "the backup holds speaker models: set STT_SPEAKER_MODELS_DIR to pc2's speakers directory (in Docker, mount the speakers volume; docs/backups.md)",
      );
    }

    const client = new Client({ connectionString: url, application_name: "restore", connectionTimeoutMillis: 5000 });
    client.on("error", () => undefined);
    await client.connect();
    let staged: StagedSpeakerModels | undefined;
    try {
      const target = databaseName(url);
      // Checked before migrating too, so that a refused restore leaves even the schema as it was.
      const { rows } = await client.query<{ schema: boolean }>("SELECT to_regclass('public.memories') IS NOT NULL AS schema");
      if (rows[0].schema && !replace) {
        const refusal = refusalForOccupied(await occupiedTables(client));
        if (refusal) throw refusal;
      }
      // Before the migrations, so that a speakers directory the restore may not write changes nothing.
      if (speakersDir !== undefined && speakers > 0) staged = await StagedSpeakerModels.create(speakersDir);
      const logger = createLogger({ service: "restore", level: "warn" });
      const { applied } = await applyMigrations(client, config.MIGRATIONS_DIR, config.DB_WAIT_TIMEOUT_MS, logger);
      migrated = applied.length > 0;
      out.line(applied.length > 0 ? `schema created in ${target} (${plural(applied.length, "migration")})` : `schema of ${target} is up to date`);
      const stage = staged;
      const summary = await restoreBackup(client, file, checked, {
        replace,
        progress: (p) => out.line(`  ${p.table}: ${p.rows.toLocaleString("en-US")}/${p.of.toLocaleString("en-US")} rows`),
        ...(stage ? { speaker: (model) => stage.add(model) } : {}),
      });
      const listed = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`);
      const kept = listed(summary.keptExisting);
      const replacedRows = listed(summary.replacedExisting);
      out.line(
        `restored ${plural(checked.totalRows, "row")} into ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
          (kept.length > 0 ? ` (already there and kept: ${kept.join(", ")})` : "") +
          (replacedRows.length > 0 ? ` (the new stack's own records replaced: ${replacedRows.join(", ")})` : ""),
      );
      if (staged !== undefined) {
        let placed: PlacedSpeakers;
        try {
          placed = await staged.place();
        } catch (err) {
          out.error(`restore: the rows were restored, but the speaker models could not be put into ${speakersDir}: ${(err as Error).message}`);
          return 1;
        }
        out.line(
          `speaker models of ${plural(placed.restored.length, "user")} restored into ${speakersDir}` +
            (placed.kept.length > 0 ? ` (already there and kept: ${placed.kept.join(", ")})` : ""),
        );
        // pc2 lists the enrolled users when it starts (agents-src/pc2/model-server/agent.ts).
        if (placed.restored.length > 0) out.line("restart pc2 to hear them with their own models (docker restart pc2; npm start: stop it and start it again)");
      }
      return 0;
    } finally {
      await staged?.discard();
      await client.end().catch(() => undefined);
    }
  } catch (err) {
    const denied = err as NodeJS.ErrnoException;
    if (denied.code === "EACCES" && typeof denied.path === "string") {
      const inSpeakers = speakersDir !== undefined && denied.path.startsWith(speakersDir);
      const on = denied.path === file ? { path: file, what: "backup" as const } : inSpeakers ? { path: speakersDir, what: "speakers" as const } : undefined;
      if (on !== undefined) {
        const owner = await stat(on.path).then((s) => ({ uid: s.uid, mode: s.mode }), () => undefined);
        const problem = permissionProblem(on.path, owner, process.getuid?.() ?? -1, on.what);
        out.error(`restore: ${problem}\n${migrated ? "no rows were restored; the migrations the database lacked were applied" : "nothing was changed"}`);
        return 1;
      }
    }
    if (err instanceof BackupFileError || err instanceof RestoreRefused) {
      out.error(`restore: ${err.message}\n${migrated ? "no rows were restored; the migrations the database lacked were applied" : "nothing was changed"}`);
      return 1;
    }
    out.error(
      `restore failed: ${(err as Error).message}\n` +
        (migrated ? "no rows were restored; the migrations the database lacked were applied" : "nothing was changed"),
    );
    return 1;
  }
}

if (require.main === module) {
  void runRestoreCommand(process.argv.slice(2), process.env, {
    line: (text) => console.log(text),
    error: (text) => console.error(text),
  }).then((code) => process.exit(code));
}
