/**
 * `npm run restore -- FILE [--replace]`: restores a backup (agents-src/memory/backup) into the
 * database that MIGRATION_DATABASE_URL or DATABASE_URL names, else into the one `npm start` runs
 * (named in .data/database-url), and then its speaker models into pc2's folder of that same stack
 * (.data/speakers) unless STT_SPEAKER_MODELS_DIR names another. See docs/backups.md.
 */
import { existsSync } from "node:fs";
import { databaseUrlPath, localDataDir, speakerModelsPath } from "../agents-src/launcher/local-credentials";
import { runRestoreCommand } from "../agents-src/memory/backup/restore-command";

const env = { ...process.env };
const named = ["MIGRATION_DATABASE_URL", "DATABASE_URL"].some((v) => env[v] || env[`${v}_FILE`]);
const local = databaseUrlPath(localDataDir(env));
if (!named && existsSync(local)) {
  env.MIGRATION_DATABASE_URL_FILE = local;
  // pc2's folder of the stack whose database this is.
  env.STT_SPEAKER_MODELS_DIR ??= speakerModelsPath(localDataDir(env));
}

void runRestoreCommand(process.argv.slice(2), env, {
  line: (text) => console.log(text),
  error: (text) => console.error(text),
}).then((code) => process.exit(code));
