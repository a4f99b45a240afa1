import type { ServiceName } from "../../kit/catalog";
import type { BreakerState } from "../../kit/peer-client";
import { Intent, intentTargets } from "./intents";

export interface TargetChoice {
  target: ServiceName;
  /** "local" when the coordinator answers itself; otherwise the target's circuit state. */
  targetState: BreakerState | "local";
}

/** The first candidate whose circuit is not open; the first one regardless when all are open. */
export function selectTarget(intent: Intent, stateOf: (target: ServiceName) => BreakerState): TargetChoice {
  const candidates = intentTargets[intent];
  const choices = candidates.map((target): TargetChoice => ({ target, targetState: target === "coordinator" ? "local" : stateOf(target) }));
  return choices.find((c) => c.targetState !== "open") ?? choices[0];
}
