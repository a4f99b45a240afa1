export interface HealthcheckPlan {
  tests: string[];
  interval: string;
  timeout: string;
  retries: number;
  startPeriod: string;
}

/**
 * A probe of a few milliseconds: bash's /dev/tcp sends one HTTP request and reads the status line.
 * Images carry no curl, and a `node -e` fetch costs ~40 ms of CPU per probe, which at this interval
 * across eleven containers would take a fifth of a core. The short interval is what makes a new
 * container healthy within seconds of listening (Debian's engine, 20.10, has no start_interval).
 * Durations are written as Go prints them ("50s", not "60s", which reads back as "1m0s"): the
 * provider stores healthcheck durations with time.Duration.String (resourceDockerContainerRead).
 */
export function httpProbe(port: number, path: string): string {
  return (
    `exec 3<>/dev/tcp/127.0.0.1/${port} && ` +
    `printf 'GET ${path} HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n\\r\\n' >&3 && ` +
    `read -r -t 2 status <&3 && [[ $status == HTTP/1.?' 200'* ]]`
  );
}

export function httpHealthcheck(port: number, path: string): HealthcheckPlan {
  return { tests: ["CMD", "bash", "-c", httpProbe(port, path)], interval: "2s", timeout: "2s", retries: 3, startPeriod: "50s" };
}
