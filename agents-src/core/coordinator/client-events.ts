import type { Logger } from "../../kit/logging";
import { PeerClient, PeerError } from "../../kit/peer-client";

/** Events the coordinator sends to a client, through the fused-audio-preprocessor's reply route. */
export type ClientEvent =
  | { type: "transcript"; text: string }
  | { type: "reply"; text: string; intent: string; sessionId: string | null }
  | { type: "reply-cancelled"; reason: "barge-in" }
  | { type: "error"; code: string; text: string };

/**
 * Delivery is best effort: a client that has hung up (404) or cannot keep up (503) loses the
 * event, which is logged; the turn itself is not failed for it.
 */
export class ClientEvents {
  constructor(
    private readonly preprocessor: PeerClient,
    private readonly logger: Logger,
  ) {}

  async send(audioSessionId: string, event: ClientEvent): Promise<boolean> {
    try {
      await this.preprocessor.post(`/v1/sessions/${encodeURIComponent(audioSessionId)}/events`, event);
      return true;
    } catch (err) {
      const gone = err instanceof PeerError && err.status === 404;
      this.logger[gone ? "debug" : "warn"]({ err: (err as Error).message, audioSessionId, type: event.type }, "client event not delivered");
      return false;
    }
  }
}
