import { z } from "zod";
import type { Logger } from "../../kit/logging";
import type { StreamMessage } from "../../kit/messaging";
import type { PeerClient } from "../../kit/peer-client";
import type { ClientChannel } from "./client-channel";
import { isUnavailable } from "./peer-unavailable";
import { runAsUser } from "../../kit/request-context";
import { capitalised } from "./replies/reply";
import type { Timer } from "./replies/timers";
import { timerName } from "./timer-speech";

const firedTimer = z.object({
  id: z.uuid(),
  userId: z.string().min(1),
  kind: z.enum(["timer", "reminder"]),
  label: z.string().nullable(),
  durationMs: z.number().nullable(),
});
type FiredTimer = z.infer<typeof firedTimer>;

/** "Your pasta timer is done.", "Here's your reminder to call mom." */
export function announcement(timer: Pick<Timer, "kind" | "label" | "durationMs">): string {
  return timer.kind === "reminder" ? `Here's ${timerName(timer)}.` : `${capitalised(timerName(timer))} is done.`;
}

/**
 * Telling the user a timer or reminder came due. When the timekeeper publishes one, every
 * connected device gets a `timer-fired` event, a chime and the spoken announcement; one that no
 * device heard is said before the reply of the user's next turn. Either way it is marked told,
 * so it is said once.
 */
export class TimerAnnouncements {
  constructor(
    private readonly timekeeper: PeerClient,
    private readonly preprocessor: PeerClient,
    private readonly client: ClientChannel,
    private readonly logger: Logger,
    private readonly shuttingDown: AbortSignal,
  ) {}

  async fired(message: StreamMessage): Promise<void> {
    const parsed = firedTimer.safeParse(message.header);
    if (!parsed.success) {
      this.logger.warn({ topic: message.topic, issues: parsed.error.issues }, "ignoring timer event with an invalid header");
      return;
    }
    const timer = parsed.data;
    const text = announcement(timer);
    // Devices are not yet tied to users (the access branch does that): every connected device hears it.
    let devices: Array<{ id: string }>;
    try {
      devices = (await this.preprocessor.get<{ sessions: Array<{ id: string }> }>("/v1/sessions", { signal: this.shuttingDown })).sessions;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, timerId: timer.id }, "devices unknown; the timer is told at the next turn");
      return;
    }
    const heard = await Promise.all(devices.map((device) => this.tell(device.id, timer, text)));
    if (heard.some(Boolean)) await this.markTold(timer.userId, timer.id);
  }

  /** What came due since the user last heard from the assistant, as one sentence per timer; marked told. */
  async untold(userId: string, signal: AbortSignal, warnings: string[]): Promise<string[]> {
    let timers: Timer[];
    try {
      timers = (await runAsUser(userId, () => this.timekeeper.get<{ timers: Timer[] }>("/v1/timers/unannounced", { signal }))).timers;
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      warnings.push(`timers that came due were not checked: ${(err as Error).message}`);
      return [];
    }
    await Promise.all(timers.map((t) => this.markTold(userId, t.id)));
    return timers.map(announcement);
  }

  private async tell(audioSessionId: string, timer: FiredTimer, text: string): Promise<boolean> {
    const event = { type: "timer-fired" as const, timerId: timer.id, kind: timer.kind, label: timer.label, text };
    if (!(await this.client.send(audioSessionId, event))) return false;
    await this.client.chime(audioSessionId, this.shuttingDown);
    await this.client.speak(audioSessionId, text, this.shuttingDown);
    return true;
  }

  private async markTold(userId: string, timerId: string): Promise<void> {
    try {
      await runAsUser(userId, () => this.timekeeper.post(`/v1/timers/${timerId}/announced`, {}, { idempotent: true }));
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, timerId }, "timer not marked as told; it may be said again");
    }
  }
}
