import type { ServiceName } from "../../kit/catalog";

export const intents = [
  "remember",
  "recall",
  "forget",
  "correct",
  "time",
  "status",
  "small_talk",
  "calculate",
  "timer",
  "reminder",
  "conversation",
  "out_of_domain",
  "unknown",
] as const;
export type Intent = (typeof intents)[number];

/**
 * Who handles each intent, best first. The coordinator answers time, small talk, arithmetic,
 * questions about the conversation, requests outside its skills and unknown itself; a later candidate is chosen while the earlier one's circuit is open.
 */
export const intentTargets: Readonly<Record<Intent, readonly ServiceName[]>> = {
  remember: ["memory-orchestrator"],
  recall: ["unified-memory-reasoning", "memory-orchestrator"],
  forget: ["memory-orchestrator"],
  correct: ["memory-orchestrator"],
  time: ["coordinator"],
  status: ["health-monitor"],
  small_talk: ["coordinator"],
  calculate: ["coordinator"],
  // The coordinator keeps them through the timekeeper, and announces them when they fire.
  timer: ["coordinator"],
  reminder: ["coordinator"],
  conversation: ["coordinator"],
  out_of_domain: ["coordinator"],
  unknown: ["coordinator"],
};

export const remoteTargets: readonly ServiceName[] = [
  ...new Set(Object.values(intentTargets).flat().filter((t) => t !== "coordinator")),
];
