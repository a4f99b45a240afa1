import type { PeerClient } from "../../kit/peer-client";
import type { Intent } from "../task-router/intents";
import type { RouteDecision } from "../task-router/router";
import { tokenize } from "../task-router/text-normalization";

/** What pc2 heard: the text, and how sure it is where the engine can tell (pocketsphinx's posterior). */
export interface HeardText {
  text: string;
  confidence?: number;
}

/** Answer the text as a turn, or reply at once without one (nothing routed to a handler, nothing stored). */
export type HearingVerdict = { kind: "turn"; text: string } | { kind: "reply"; reply: string; intent: Intent };

/** The answers to "should I remember that?"; pc2's domain language model is built with them too. */
export const confirmationPhrases: Readonly<Record<"yes" | "no", readonly string[]>> = {
  yes: ["yes", "yes please", "yeah", "sure", "correct", "that is right", "please do"],
  no: ["no", "no thanks", "nope", "cancel", "never mind", "that is wrong"],
};

const normalised = (text: string) => tokenize(text).map((w) => w.text).join(" ");
const answers = {
  yes: new Set(confirmationPhrases.yes.map(normalised)),
  no: new Set(confirmationPhrases.no.map(normalised)),
};

export const repeatRequest = "Sorry, I didn't catch that. Could you say it again?";
export const heardQuestion = (text: string) => `I heard "${text}" - should I remember that?`;
export const notRemembered = "Okay, I won't remember that.";

/**
 * Speech pc2 is unsure of is not acted on as if it were certain: the speaker is asked to say it
 * again, and a statement to remember is read back first ("I heard ... - should I remember that?")
 * and stored only after a yes, so a garbled fact never lands in memory unseen. Confirmations wait
 * per audio session, the least recently heard forgotten first.
 */
export class UncertainHearing {
  private readonly unconfirmed = new Map<string, string>();

  constructor(private readonly options: { router: PeerClient; minConfidence: number; maxSessions: number }) {}

  async review(audioSessionId: string, heard: HeardText, signal: AbortSignal): Promise<HearingVerdict> {
    const waiting = this.unconfirmed.get(audioSessionId);
    this.unconfirmed.delete(audioSessionId);
    if (waiting !== undefined) {
      const answer = normalised(heard.text);
      if (answers.yes.has(answer)) return { kind: "turn", text: waiting };
      if (answers.no.has(answer)) return { kind: "reply", reply: notRemembered, intent: "remember" };
    }
    if (heard.confidence === undefined || heard.confidence >= this.options.minConfidence) return { kind: "turn", text: heard.text };
    const decision = await this.options.router.post<RouteDecision>("/v1/route", { text: heard.text }, { signal, idempotent: true });
    if (decision.intent !== "remember") return { kind: "reply", reply: repeatRequest, intent: decision.intent };
    this.unconfirmed.set(audioSessionId, heard.text);
    if (this.unconfirmed.size > this.options.maxSessions) this.unconfirmed.delete(this.unconfirmed.keys().next().value as string);
    return { kind: "reply", reply: heardQuestion(heard.text), intent: "remember" };
  }
}
