export interface HealthcheckPlan {
  tests: string[];
  interval: string;
  timeout: string;
  retries: number;
  startPeriod: string;
}

/** Images carry no curl; Node 20's fetch does the probe with the runtime already there. */
export function httpHealthcheck(port: number, path: string): HealthcheckPlan {
  const url = `http://127.0.0.1:${port}${path}`;
  const probe =
    `fetch(${JSON.stringify(url)}, { signal: AbortSignal.timeout(2500) })` +
    ".then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";
  return { tests: ["CMD", "node", "-e", probe], interval: "10s", timeout: "3s", retries: 3, startPeriod: "30s" };
}
