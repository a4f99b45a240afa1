import type { IntentHandler } from "./reply";
import { capabilities } from "./small-talk";

/**
 * Requests outside the assistant's skills get an honest answer that names the skills it has,
 * never the nearest skill's answer: there is no internet access, and this is the reply whenever
 * no language model is configured or it cannot answer in time.
 */
export const outsideSkills: IntentHandler = async ({ slots }) => ({
  text: `Sorry, I can't help with ${slots.topic ?? "that"}: I have no internet access and no general knowledge. ${capabilities}`,
});
