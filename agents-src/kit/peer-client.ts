import CircuitBreaker from "opossum";
import { exchange, Exchanged } from "./http-exchange";
import { currentRequestId, currentUserId, requestIdHeader } from "./request-context";
import { userScopeHeader } from "./user-scope";

export type BreakerState = "closed" | "open" | "half-open";

/** A failed call to a peer: `status` is set when the peer answered, absent for network faults and timeouts. */
export class PeerError extends Error {
  constructor(
    readonly peer: string,
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "PeerError";
  }
}

export interface PeerClientOptions {
  timeoutMs?: number;
  /** Extra attempts for idempotent calls only. */
  retries?: number;
  retryDelayMs?: number;
  /** Failure percentage over the rolling window that opens the breaker. */
  errorThresholdPercentage?: number;
  /** How long an open breaker waits before letting one trial call through. */
  resetTimeoutMs?: number;
  /** Minimum calls in the window before the breaker may open. */
  volumeThreshold?: number;
  /** The internal credential, sent as `Authorization: Bearer` on every call. */
  credential?: string;
}

export interface CallOptions {
  timeoutMs?: number;
  idempotent?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

interface Request {
  method: string;
  path: string;
  body?: Buffer | string;
  contentType?: string;
  options: CallOptions;
}

export interface PeerResponse<T> {
  status: number;
  body: T;
}

const idempotentMethods = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const retryableStatus = new Set([502, 503, 504]);

/**
 * JSON client for one peer agent: a timeout on every call, retries only where repeating is safe,
 * and a circuit breaker so a dead peer costs callers nothing once it is known to be dead.
 */
export class PeerClient {
  private readonly breaker: CircuitBreaker<[Request], PeerResponse<unknown>>;
  private readonly options: Required<Omit<PeerClientOptions, "credential">>;
  private readonly credential?: string;

  constructor(
    readonly name: string,
    readonly baseUrl: string,
    options: PeerClientOptions = {},
  ) {
    const { credential, ...tuning } = options;
    this.credential = credential;
    this.options = {
      timeoutMs: 2000,
      retries: 2,
      retryDelayMs: 50,
      errorThresholdPercentage: 50,
      resetTimeoutMs: 5000,
      volumeThreshold: 5,
      ...tuning,
    };
    this.breaker = new CircuitBreaker((req: Request) => this.send(req), {
      timeout: false,
      errorThresholdPercentage: this.options.errorThresholdPercentage,
      resetTimeout: this.options.resetTimeoutMs,
      volumeThreshold: this.options.volumeThreshold,
      // A 4xx means the peer is healthy and the request was wrong, and a call its caller abandoned
      // (barge-in) says nothing about the peer: neither may open the breaker.
      errorFilter: (err: unknown) =>
        err instanceof PeerError && ((err.status !== undefined && err.status < 500) || err.code === "aborted"),
    });
  }

  get state(): BreakerState {
    if (this.breaker.opened) return "open";
    if (this.breaker.halfOpen) return "half-open";
    return "closed";
  }

  get stats(): { successes: number; failures: number; rejects: number; timeouts: number } {
    const s = this.breaker.stats;
    return { successes: s.successes, failures: s.failures, rejects: s.rejects, timeouts: s.timeouts };
  }

  /** Stops the breaker's statistics timer so a stopping process is not held open. */
  close(): void {
    this.breaker.shutdown();
  }

  get<T>(path: string, options: CallOptions = {}): Promise<T> {
    return this.call<T>({ method: "GET", path, options });
  }

  post<T>(path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.call<T>({ method: "POST", path, body: JSON.stringify(body), contentType: "application/json", options });
  }

  patch<T>(path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.call<T>({ method: "PATCH", path, body: JSON.stringify(body), contentType: "application/json", options });
  }

  delete<T>(path: string, options: CallOptions = {}): Promise<T> {
    return this.call<T>({ method: "DELETE", path, options });
  }

  postRaw<T>(path: string, body: Buffer, contentType: string, options: CallOptions = {}): Promise<T> {
    return this.call<T>({ method: "POST", path, body, contentType, options });
  }

  /** Like the verbs above, but resolves with the status too and never throws for an answered 4xx. */
  async request<T>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<PeerResponse<T>> {
    const req: Request = {
      method,
      path,
      options,
      ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: "application/json" }),
    };
    try {
      return (await this.fireWithRetries(req)) as PeerResponse<T>;
    } catch (err) {
      if (err instanceof PeerError && err.status !== undefined && err.status < 500) {
        return { status: err.status, body: err.body as T };
      }
      throw err;
    }
  }

  private async call<T>(req: Request): Promise<T> {
    return ((await this.fireWithRetries(req)) as PeerResponse<T>).body;
  }

  private async fireWithRetries(req: Request): Promise<PeerResponse<unknown>> {
    const retryable = req.options.idempotent ?? idempotentMethods.has(req.method);
    const attempts = retryable ? this.options.retries + 1 : 1;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.breaker.fire(req);
      } catch (err) {
        lastError = this.translate(err);
        const transient =
          lastError instanceof PeerError && lastError.code !== "circuit_open" &&
          (lastError.status === undefined || retryableStatus.has(lastError.status));
        if (!transient || attempt === attempts || req.options.signal?.aborted) break;
        await new Promise((r) => setTimeout(r, this.options.retryDelayMs * attempt));
      }
    }
    throw lastError;
  }

  private translate(err: unknown): unknown {
    if ((err as { code?: string }).code === "EOPENBREAKER") {
      return new PeerError(this.name, "circuit_open", `${this.name} is unavailable (circuit open)`);
    }
    return err;
  }

  /**
   * POSTs JSON and resolves with the open response once the peer has answered 2xx, for a body read
   * as it arrives (server-sent events). Not retried and outside the breaker: a stream's length is
   * the caller's to bound, through `signal`, which also closes the connection when aborted.
   */
  async openStream(path: string, body: unknown, signal: AbortSignal): Promise<Response> {
    const headers = this.headers({ accept: "text/event-stream", "content-type": "application/json" });
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), { method: "POST", headers, body: JSON.stringify(body), signal });
    } catch (err) {
      if (signal.aborted) throw new PeerError(this.name, "aborted", `POST ${path} to ${this.name} was cancelled`);
      throw new PeerError(this.name, "unreachable", `${this.name} unreachable: ${(err as Error).message}`);
    }
    if (!response.ok) {
      const text = await response.text();
      const answer = parseJson(text);
      const message = (answer as { error?: { message?: string } } | undefined)?.error?.message ?? text.slice(0, 200);
      throw new PeerError(this.name, "http_error", `${this.name} answered ${response.status}: ${message}`, response.status, answer);
    }
    return response;
  }

  private headers(base: Record<string, string>): Record<string, string> {
    const headers = { ...base };
    const requestId = currentRequestId();
    if (requestId) headers[requestIdHeader] = requestId;
    // The user travels with every call made on a user's behalf; peers trust it with the credential only.
    const userId = currentUserId();
    if (userId) headers[userScopeHeader] = userId;
    if (this.credential) headers.authorization = `Bearer ${this.credential}`;
    return headers;
  }

  private async send(req: Request): Promise<PeerResponse<unknown>> {
    const headers = this.headers({ accept: "application/json", ...req.options.headers, ...(req.contentType ? { "content-type": req.contentType } : {}) });
    const timeout = AbortSignal.timeout(req.options.timeoutMs ?? this.options.timeoutMs);
    const signal = req.options.signal ? AbortSignal.any([timeout, req.options.signal]) : timeout;
    let response: Exchanged;
    try {
      response = await exchange(new URL(req.path, this.baseUrl), { method: req.method, headers, body: req.body, signal });
    } catch (err) {
      if (req.options.signal?.aborted) throw new PeerError(this.name, "aborted", `${req.method} ${req.path} to ${this.name} was cancelled`);
      const timedOut = timeout.aborted;
      throw new PeerError(
        this.name,
        timedOut ? "timeout" : "unreachable",
        timedOut ? `${this.name} did not answer ${req.method} ${req.path} in time` : `${this.name} unreachable: ${(err as Error).message}`,
      );
    }
    const { status, text } = response;
    const body = parseJson(text);
    if (status < 200 || status > 299) {
      const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? text.slice(0, 200);
      throw new PeerError(this.name, "http_error", `${this.name} answered ${status}: ${message}`, status, body);
    }
    return { status, body };
  }
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
