import type { IntentHandler } from "./reply";

/**
 * "What did I just say", "what was the first thing I said" and "say that again", read from the
 * conversation so far: the first turn is the earliest one the session's context still holds.
 */
export const conversationReplies: IntentHandler = async ({ slots }, { recent }) => {
  const role = slots.asks === "last_reply" ? "assistant" : "user";
  const inOrder = slots.asks === "first_user_turn" ? recent : [...recent].reverse();
  const turn = inOrder.find((t) => t.role === role);
  if (!turn) return { text: role === "user" ? "You haven't said anything yet in this conversation." : "I haven't said anything yet in this conversation." };
  return { text: role === "user" ? `You said: "${turn.content}"` : turn.content };
};
