/**
 * A process that shuts down as an agent does, for tests/kit/shutdown.test.ts: it publishes a probe
 * every 20 ms; on SIGTERM it publishes `count` messages of 32 KB, closes its publisher and exits
 * through exitGracefullyOnSignals. Usage: publish-on-shutdown.ts PORT COUNT
 */
import pino from "pino";
import { createPublisher } from "../../agents-src/kit/messaging";
import { exitGracefullyOnSignals } from "../../agents-src/kit/shutdown";

async function main(): Promise<void> {
  const [port, count] = process.argv.slice(2).map(Number);
  const logger = pino({ level: "silent" });
  const publisher = await createPublisher({ port, logger });
  const probe = setInterval(() => publisher.publish("probe", {}), 20);
  exitGracefullyOnSignals(async () => {
    clearInterval(probe);
    for (let seq = 0; seq < count; seq++) publisher.publish("last", { seq }, Buffer.alloc(32_000));
    await publisher.close();
  }, logger);
  process.stdout.write("ready\n");
}

void main();
