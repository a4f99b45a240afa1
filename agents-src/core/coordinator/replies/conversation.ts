import type { IntentHandler } from "./reply";

/** "What did I just say" and "say that again", read from the conversation so far. */
export const conversationReplies: IntentHandler = async ({ slots }, { recent }) => {
  const role = slots.asks === "last_reply" ? "assistant" : "user";
  const last = [...recent].reverse().find((t) => t.role === role);
  if (!last) return { text: role === "user" ? "You haven't said anything yet in this conversation." : "I haven't said anything yet in this conversation." };
  return { text: role === "user" ? `You said: "${last.content}"` : last.content };
};
