import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pino, { Logger } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  service: string;
  level: string;
  /** When set, logs are also appended to `<logDir>/<service>.log` (the logs volume). */
  logDir?: string;
}

/** Connection strings and credentials must never reach a log line, whoever logs them. */
const redactPaths = [
  "password",
  "*.password",
  "connectionString",
  "*.connectionString",
  "DATABASE_URL",
  "*.DATABASE_URL",
  "MIGRATION_DATABASE_URL",
  "*.MIGRATION_DATABASE_URL",
  "req.headers.authorization",
  "req.headers.cookie",
];

export function createLogger(options: LoggerOptions): Logger {
  const streams: pino.StreamEntry[] = [{ stream: pino.destination({ fd: 1, sync: false }) }];
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    streams.push({ stream: pino.destination({ dest: join(options.logDir, `${options.service}.log`), sync: false }) });
  }
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      redact: { paths: redactPaths, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.multistream(streams.map((s) => ({ ...s, level: options.level as pino.Level }))),
  );
}
