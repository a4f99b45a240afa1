import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getFreePort } from "../../agents-src/kit";

const run = promisify(execFile);

/** A throwaway PostgreSQL server (with pgvector) in a temporary directory, owned by one test run. */
export interface PostgresCluster {
  readonly port: number;
  url(database?: string): string;
  /** "fast" ends sessions and shuts down cleanly; "immediate" is a crash without a checkpoint. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function pgConfig(flag: string): Promise<string> {
  const { stdout } = await run(process.env.PG_CONFIG ?? "pg_config", [flag]);
  return stdout.trim();
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user. */
async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run("id", ["-u", "postgres"]);
  const { stdout: gid } = await run("id", ["-g", "postgres"]);
  return { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
}

/**
 * initdb + pg_ctl with the machine's PostgreSQL binaries (`pg_config --bindir`, or $PG_CONFIG),
 * listening on a free loopback port with trust authentication.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bindir = await pgConfig("--bindir");
  if (!existsSync(join(await pgConfig("--sharedir"), "extension", "vector.control"))) {
    throw new Error(`pgvector is not installed for the PostgreSQL in ${bindir}: run scripts/setup-pgvector.sh`);
  }
  const user = await serverUser();
  const dir = await mkdtemp(join(tmpdir(), "voice-pg-"));
  if (user) await chown(dir, user.uid, user.gid);
  const dataDir = join(dir, "data");
  const port = await getFreePort();
  const asServerUser = (command: string, args: string[]) => run(join(bindir, command), args, { ...user, cwd: dir });
  await asServerUser("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  let running = false;
  const cluster: PostgresCluster = {
    port,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await asServerUser("pg_ctl", [
        "-D", dataDir, "-l", join(dir, "server.log"), "-w", "start",
        "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`,
      ]);
      running = true;
    },
    async stop(mode = "fast") {
      await asServerUser("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);
      running = false;
    },
    async destroy() {
      if (running) await cluster.stop("immediate").catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return cluster;
}
