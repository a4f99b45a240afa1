import type { ServiceName } from "../../kit/catalog";
import type { StatusChange } from "./service-status";

export interface StatusEvent extends StatusChange {
  seq: number;
  service: ServiceName;
}

/**
 * The recent status changes, numbered, for `GET /v1/events?since=`: a reader remembers the last
 * number it saw and asks for what came after; a long poll waits for the next change instead of
 * polling. Only the newest `capacity` events are kept.
 */
export class StatusEventLog {
  private readonly events: StatusEvent[] = [];
  private seq = 0;
  private waiters = new Set<() => void>();

  constructor(private readonly capacity: number) {}

  get lastSeq(): number {
    return this.seq;
  }

  append(service: ServiceName, change: StatusChange): StatusEvent {
    const event = { seq: ++this.seq, service, ...change };
    this.events.push(event);
    if (this.events.length > this.capacity) this.events.shift();
    this.wakeAll();
    return event;
  }

  after(since: number, limit: number): StatusEvent[] {
    return this.events.filter((e) => e.seq > since).slice(0, limit);
  }

  /** Resolves once an event newer than `since` exists, after `waitMs`, or when the log closes. */
  async waitFor(since: number, waitMs: number): Promise<void> {
    if (this.seq > since || waitMs <= 0) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.waiters.add(done);
    });
  }

  /** Releases every waiting reader (shutdown must not wait out long polls). */
  wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
