import type { RouteDecision } from "../../task-router/router";
import type { ConversationTurn } from "../conversation-log";
import type { FetchedContext } from "../language-model/reply-prompt";

export interface Source {
  id: string;
  content: string;
}

export interface Reply {
  text: string;
  /** Memories the reply is based on. */
  sources?: Source[];
  /** What went wrong on the way to this reply (a peer unreachable, a fallback taken). */
  warnings?: string[];
}

/** Where a reply written piece by piece is spoken sentence by sentence as it comes (spoken turns only). */
export interface SentenceSink {
  say(sentence: string): void;
}

export interface TurnContext {
  /** The user's words this turn. */
  text: string;
  /** The user the turn acts for (from the device token); every peer call of the turn carries it. */
  userId: string;
  sessionId?: string;
  signal: AbortSignal;
  /** The conversation before this turn, oldest first. */
  recent: readonly ConversationTurn[];
  /** Set on spoken turns: a handler that streams its reply says each sentence here, and the reply's text is then not spoken again. */
  speech?: SentenceSink;
  /** The language model's context, fetched by the turn once routed to the llm (undefined inside: not fetched ahead); only the llm's handlers read it. */
  replyContext?: Promise<FetchedContext | undefined>;
}

export type IntentHandler = (decision: RouteDecision, context: TurnContext) => Promise<Reply>;

/** What a peer failure means to the person talking: said plainly, with the detail kept as a warning. */
export function cannotReach(what: string, err: unknown): Reply {
  return { text: `Sorry, I can't reach ${what} right now.`, warnings: [(err as Error).message] };
}

/** The first letter of a reply made of a phrase ("12 times 7 is 84", "your timer is done") in capitals. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

