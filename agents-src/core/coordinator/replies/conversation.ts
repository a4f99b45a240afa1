import type { ConversationTurn } from "../conversation-log";
import type { IntentHandler } from "./reply";

/**
 * Whether a turn only quoted the conversation: the assistant's answer to "what did I just say", or the user's question
 * it answered. "and what did you say" after "what did I just ask" asks for the answer to that question, not for the
 * quote (the router says so with `answer`; "say that again" repeats the quote); "what did I just say" after "sorry,
 * what did you say?" asks for the request before it.
 */
function quotesTheConversation(turns: readonly ConversationTurn[], at: number): boolean {
  const turn = turns[at];
  if (turn.role === "assistant") return turn.intent === "conversation";
  const reply = turns[at + 1];
  return reply?.role === "assistant" && reply.intent === "conversation";
}

/**
 * "What did I just say", "what was the first thing I said" and "say that again", read from the
 * conversation so far: the first turn is the earliest one the session's context still holds.
 */
export const conversationReplies: IntentHandler = async ({ slots }, { recent }) => {
  const role = slots.asks === "last_reply" ? "assistant" : "user";
  const indices = recent.map((_, at) => at);
  const inOrder = slots.asks === "first_user_turn" ? indices : indices.reverse();
  const ofRole = inOrder.filter((at) => recent[at].role === role);
  // The last turn said of its own, not one that only quoted another; the quote itself when there is no other.
  const passQuotes = slots.asks === "last_user_turn" || slots.answer === "true";
  const at = passQuotes ? (ofRole.find((i) => !quotesTheConversation(recent, i)) ?? ofRole[0]) : ofRole[0];
  if (at === undefined) return { text: role === "user" ? "You haven't said anything yet in this conversation." : "I haven't said anything yet in this conversation." };
  const turn = recent[at];
  return { text: role === "user" ? `You said: "${turn.content}"` : turn.content };
};
