import type { ServiceName } from "../../../kit/catalog";
import type { PeerClient } from "../../../kit/peer-client";
import { cannotReach, IntentHandler } from "./reply";

const monitorName: ServiceName = "health-monitor";

interface StatusReport {
  summary: Record<"up" | "degraded" | "down" | "unknown", number>;
  services: Array<{ service: string; state: string }>;
}

/** The health-monitor's picture, summed up in a sentence (or one service's state, when one was named). */
export function systemStatusReplies(monitor: PeerClient): IntentHandler {
  return async (decision, { signal }) => {
    let report: StatusReport;
    try {
      report = await monitor.get<StatusReport>("/v1/status", { signal });
    } catch (err) {
      return cannotReach("the health monitor", err);
    }
    const named = decision.slots.service;
    // The monitor watches every service but itself: that it just answered says it is up.
    if (named === monitorName) return { text: `The ${named} service is up.` };
    if (named) {
      const service = report.services.find((s) => s.service === named);
      return { text: service ? `The ${named} service is ${service.state}.` : `I'm not monitoring a service called ${named}.` };
    }
    const total = report.services.length;
    const notUp = report.services.filter((s) => s.state !== "up");
    if (notUp.length === 0) return { text: `All ${total} services are up.` };
    const listed = ["down", "degraded", "unknown"]
      .map((state) => ({ state, names: notUp.filter((s) => s.state === state).map((s) => s.service) }))
      .filter((g) => g.names.length > 0)
      .map((g) => `${g.state}: ${g.names.join(", ")}`);
    return { text: `${total - notUp.length} of ${total} services are up; ${listed.join("; ")}.` };
  };
}
