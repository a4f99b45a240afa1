import type { PlannedService } from "./service-plan";

/** "failed": it kept exiting soon after each start and is no longer restarted. */
export type ServiceState = "ready" | "completed" | "not built" | "not ready" | "restarting" | "failed";

/** One aligned text table: service, state, URL. */
export function formatServiceTable(rows: ReadonlyArray<{ service: PlannedService; state: ServiceState }>): string {
  const lines = [["SERVICE", "STATE", "URL"], ...rows.map(({ service, state }) => [service.name, state, service.url ?? "-"])];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((l) => l[column].length)));
  return lines.map((l) => l.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd()).join("\n");
}
