import type { Logger } from "pino";

/** The most a stopped process waits for its event loop to empty before it exits anyway. */
const exitLingerMs = 1500;

/**
 * First SIGTERM/SIGINT: stop gracefully (in-flight work finishes) within `graceMs`, then exit 0.
 * A second signal, or a stop that overruns the grace period, exits at once with 1.
 */
export function exitGracefullyOnSignals(stop: () => Promise<void>, logger: Logger, graceMs = 10_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, "second signal, exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    const deadline = setTimeout(() => {
      logger.error({ graceMs }, "shutdown overran its grace period");
      process.exit(1);
    }, graceMs);
    deadline.unref();
    stop().then(
      () => {
        // Ending on its own lets closed ZeroMQ sockets send what they still hold (their linger);
        // process.exit would cut that off. A handle left open cannot hold the exit up for long.
        process.exitCode = 0;
        setTimeout(() => process.exit(0), exitLingerMs).unref();
      },
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
