import type { IntentHandler } from "./reply";

/**
 * Fixed, rule-based answers, given when no language model is configured (or it cannot answer in
 * time): the assistant says what it can do rather than pretending to chat.
 */
const answers: Record<string, string> = {
  greeting: "Hello! What can I do for you?",
  wellbeing: "I'm running fine, thanks for asking. What can I do for you?",
  thanks: "You're welcome.",
  goodbye: "Goodbye!",
  dismissal: "Okay.",
  compliment: "Thank you! What else can I do for you?",
  identity:
    "I'm your private voice assistant. I can set timers and reminders, remember things you tell me, recall them, forget them, tell you the time or date, do arithmetic and unit conversions, and report how my services are doing.",
};

export const capabilities =
  "You can ask me to set a timer or a reminder, remember something, tell you what you told me, forget something, tell you the time or date, do arithmetic or convert units, or check the system status.";

export const smallTalk: IntentHandler = async (decision) => ({
  text: answers[decision.slots.kind ?? ""] ?? answers.greeting,
});

export const notUnderstood: IntentHandler = async () => ({
  text: `Sorry, I didn't understand that. ${capabilities}`,
});
