/**
 * `npm start`: the whole stack as local processes with an embedded PostgreSQL when DATABASE_URL
 * is unset. `LAUNCHER_FREE_PORTS=true` moves every service to a free port instead of the
 * catalog's (a second stack beside a running one; the launcher's own tests).
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { catalog, database, ServiceName, ServicePorts, serviceNames } from "../kit/catalog";
import { getFreePort, getFreePorts } from "../kit/ports";
import { JobFailed, Launcher } from "./launcher";
import { databaseUrlPath, deviceTokenPath, ensureSecretFile, internalTokenPath, localDataDir, speakerModelsPath } from "./local-credentials";
import { LocalPostgres, startLocalPostgres } from "./local-postgres";
import { portsInUse } from "./port-check";
import { planServices, webClientUrl } from "./service-plan";
import { formatServiceTable } from "./service-table";

async function freePorts(): Promise<(service: ServiceName) => ServicePorts> {
  // Two per service (HTTP, ZeroMQ), taken at once so that no two services share one.
  const ports = await getFreePorts(2 * serviceNames.length);
  const moved = new Map<ServiceName, ServicePorts>();
  serviceNames.forEach((name, i) => {
    const { http, zmqPub } = catalog[name].ports;
    moved.set(name, {
      ...(http !== undefined ? { http: ports[2 * i] } : {}),
      ...(zmqPub !== undefined ? { zmqPub: ports[2 * i + 1] } : {}),
    });
  });
  return (service) => moved.get(service) as ServicePorts;
}

/** Another process may take a free port before our services bind it; free ports are then chosen again. */
const freePortAttempts = 3;

async function main(): Promise<void> {
  const fromSource = __filename.endsWith(".ts");
  const agentsRoot = resolve(__dirname, "..");
  const entry = join(agentsRoot, fromSource ? "main.ts" : "main.js");
  const dataDir = localDataDir();
  let localDb: LocalPostgres | undefined;
  let launcher: Launcher | undefined;

  let stopping: Promise<void> | undefined;
  const stop = (exitCode: number) =>
    (stopping ??= (async () => {
      await launcher?.stop();
      await localDb?.stop().catch((err: unknown) => console.error(`launcher: stopping PostgreSQL failed: ${(err as Error).message}`));
      console.log("launcher: stopped");
      process.exit(exitCode);
    })());
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const configured = process.env[database.urlEnvName];
    if (!configured) {
      localDb = await startLocalPostgres(join(dataDir, "postgres"), await getFreePort());
      console.log(`launcher: PostgreSQL with pgvector in ${join(dataDir, "postgres")}`);
      writeFileSync(databaseUrlPath(dataDir), `${localDb.url}\n`, { mode: 0o600 });
    }
    const internalToken = internalTokenPath(dataDir);
    ensureSecretFile(internalToken);
    const deviceToken = deviceTokenPath(dataDir);
    if (ensureSecretFile(deviceToken)) {
      console.log(
        `launcher: first device token (user owner) written to ${deviceToken}; npm run ask / talk send it. ` +
          "Another device: npm run users -- token owner --device phone",
      );
    }
    const movePorts = process.env.LAUNCHER_FREE_PORTS === "true";
    const planned = async () =>
      planServices({
        agentsRoot,
        moduleExtension: fromSource ? ".ts" : ".js",
        databaseUrl: configured ?? (localDb as LocalPostgres).url,
        backupDir: join(dataDir, "backups"),
        speakersDir: speakerModelsPath(dataDir),
        provisionModels: Boolean(process.env.MODELS_MANIFEST || process.env.MODELS_MANIFEST_FILE),
        ...(movePorts ? { portsOf: await freePorts() } : {}),
      });
    let plan = await planned();
    let busy = await portsInUse(plan);
    for (let attempt = 1; movePorts && busy.length > 0 && attempt < freePortAttempts; attempt++) {
      plan = await planned();
      busy = await portsInUse(plan);
    }
    if (busy.length > 0) {
      throw new Error(
        movePorts
          ? `free ports were taken by other processes ${freePortAttempts} times in a row: ${busy.join(", ")}`
          : `ports already in use: ${busy.join(", ")}. Is another stack running? Stop it, or set LAUNCHER_FREE_PORTS=true`,
      );
    }
    launcher = new Launcher({
      plan,
      command: process.execPath,
      argsFor: (name) => [...(fromSource ? ["-r", "ts-node/register/transpile-only"] : []), entry, name],
      // db-setup makes sure user owner holds the device token; every agent shares the internal credential.
      // The models job and pc2 share one models folder, under .data/ unless MODELS_DIR says otherwise.
      baseEnv: { ...process.env, INTERNAL_TOKEN_FILE: internalToken, FIRST_DEVICE_TOKEN_FILE: deviceToken, MODELS_DIR: process.env.MODELS_DIR ?? join(dataDir, "models") },
      output: (line) => console.log(line),
      readyTimeoutMs: Number(process.env.LAUNCHER_READY_TIMEOUT_MS ?? 60_000),
      stopGraceMs: 10_000,
      changed: (rows) => console.log(`\n${formatServiceTable(rows)}\n`),
    });
    const rows = await launcher.start();
    const web = webClientUrl(plan);
    const webReady = rows.some((r) => r.service.name === "coordinator" && r.state === "ready");
    if (web && webReady) console.log(`\nlauncher: web client at ${web} (sign in with the device token in ${deviceToken})`);
    console.log(`\n${formatServiceTable(rows)}\n`);
    const waiting = rows.filter((r) => r.state === "not ready" || r.state === "restarting" || r.state === "failed").map((r) => r.service.name);
    console.log(waiting.length === 0 ? "launcher: every built service is ready (Ctrl-C stops them)" : `launcher: not ready: ${waiting.join(", ")}`);
  } catch (err) {
    console.error(err instanceof JobFailed ? `launcher: ${err.message}; see its output above` : `launcher: ${(err as Error).message}`);
    await stop(1);
  }
}

void main();
