/** The coordinator's edge routes, called with the device token; the page is served by the same origin. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Memory {
  id: string;
  content: string;
  type: string;
  createdAt: string;
}

export interface Timer {
  id: string;
  kind: "timer" | "reminder";
  label: string | null;
  state: string;
  dueAt: string;
  remainingMs: number;
  /** How a reminder comes back ("P1D", "weekdays", "PT4H"), or null. */
  repeat?: string | null;
}

export interface ServiceHealth {
  service: string;
  state: string;
  latencyMs: number | null;
  error?: string;
}

export interface AskResult {
  reply: string;
  intent: string;
  sessionId: string | null;
}

/** pc2's state of the user's speaker enrolment (docs/hearing.md). */
export interface SpeakerEnrolment {
  status: "none" | "adapting" | "ready" | "failed";
  error?: string;
  clips?: number;
  unaligned?: number;
  seconds?: number;
  /** The user's own recogniser: "ready" once their voice is what hears them. */
  recogniser: string;
}

export interface WebConfig {
  audioPath: string;
  audioUrl?: string;
  audioPort?: number;
}

export class Api {
  constructor(private readonly token: string) {}

  static async config(): Promise<WebConfig> {
    return (await fetch("/web/config.json")).json() as Promise<WebConfig>;
  }

  ask(text: string, sessionId: string | null): Promise<AskResult> {
    return this.call("POST", "/v1/ask", sessionId ? { text, sessionId } : { text });
  }

  async memories(): Promise<Memory[]> {
    return (await this.call<{ memories: Memory[] }>("GET", "/v1/memories?limit=100")).memories;
  }

  async searchMemories(query: string): Promise<Memory[]> {
    return (await this.call<{ results: Memory[] }>("POST", "/v1/memories/search", { query })).results;
  }

  deleteMemory(id: string): Promise<void> {
    return this.call("DELETE", `/v1/memories/${encodeURIComponent(id)}`);
  }

  async timers(): Promise<Timer[]> {
    return (await this.call<{ timers: Timer[] }>("GET", "/v1/timers")).timers;
  }

  cancelTimer(id: string): Promise<Timer> {
    return this.call("POST", `/v1/timers/${encodeURIComponent(id)}/cancel`);
  }

  async health(): Promise<ServiceHealth[]> {
    return (await this.call<{ services: ServiceHealth[] }>("GET", "/v1/health")).services;
  }

  async enrolmentSentences(): Promise<string[]> {
    return (await this.call<{ sentences: string[] }>("GET", "/v1/speaker-enrolment/sentences")).sentences;
  }

  enrolment(): Promise<SpeakerEnrolment> {
    return this.call("GET", "/v1/speaker-enrolment");
  }

  enrol(clips: Array<{ text: string; audio: string }>): Promise<SpeakerEnrolment> {
    return this.call("POST", "/v1/speaker-enrolment", { clips });
  }

  forgetVoice(): Promise<void> {
    return this.call("DELETE", "/v1/speaker-enrolment");
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (err) {
      throw new ApiError(0, "unreachable", `the assistant cannot be reached (${(err as Error).message})`);
    }
    if (response.status === 204) return undefined as T;
    const answer = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    if (!response.ok) throw new ApiError(response.status, answer.error?.code ?? "error", answer.error?.message ?? `${response.status} ${response.statusText}`);
    return answer as T;
  }
}
