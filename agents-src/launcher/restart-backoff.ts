export interface RestartPolicy {
  /** Wait before the first restart; each quick failure in a row doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A run this long counts as healthy: the next failure starts the backoff again. */
  healthyAfterMs: number;
  /** Quick failures in a row after which the service is left down. */
  maxQuickFailures: number;
}

/**
 * Docker's restart backoff, which the containers get from their `unless-stopped` policy: 100 ms,
 * doubling up to a minute, reset once a container has run 10 s. Unlike Docker, `npm start` stops
 * after five quick failures in a row: a service that cannot start (a bad setting, a missing
 * model) would otherwise fill the terminal with the same error for ever.
 */
export const containerRestartPolicy: RestartPolicy = { firstDelayMs: 100, maxDelayMs: 60_000, healthyAfterMs: 10_000, maxQuickFailures: 5 };

/** Counts one service's failures and says how long to wait before starting it again. */
export class RestartBackoff {
  private quickFailures = 0;

  constructor(private readonly policy: RestartPolicy) {}

  /** The failures in a row, each within healthyAfterMs of its start. */
  get failuresInARow(): number {
    return this.quickFailures;
  }

  /** Records an exit after `ranMs` of running; the delay before the next start, or undefined to stop restarting. */
  nextDelay(ranMs: number): number | undefined {
    this.quickFailures = ranMs < this.policy.healthyAfterMs ? this.quickFailures + 1 : 0;
    if (this.quickFailures >= this.policy.maxQuickFailures) return undefined;
    return Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** Math.max(0, this.quickFailures - 1));
  }
}
